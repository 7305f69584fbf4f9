"""Word families: lemmas one derivation apart ("shooting" and "shoot", "evacuation" and "evacuate").

Outlets state one fact with a verb or its noun ("the gunman shot three workers",
"the shooting left three dead"), and spaCy lemmatises each word on its own, so
the two sentences share no lemma. Two lemmas are of one family when one
common English derivational suffix taken off either (and a final "e" off a long
word, so "arrive" and "arrival" meet at "arriv") leaves one stem of at least
``_MIN_STEM`` letters, so that short words never merge ("shooter" and "shoot"
do, "tier" and "tie" do not). A few irregular families of news English
("death", "dead": "die") are listed; sound changes are not followed ("explosion"
and "explode" stay apart). No dictionary is needed, and
no family is built from a story: the same lemma always gets the same family.

``links`` counts the families two sentences share through *different* words
(``LinkTuning.derived_bonus``): the same word is already a shared lemma.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import numpy as np

__all__ = ["families", "family_keys", "family_matrix", "shared_families"]

#: Derivational and inflectional suffixes: a lemma's family keys are its stems without each it ends with.
_SUFFIXES = (
    "ation",
    "ition",
    "ion",
    "ment",
    "ing",
    "ure",
    "er",
    "or",
    "ance",
    "ence",
    "ity",
    "ness",
    "ive",
    "al",
    "y",
)
#: A stem keeps at least this many letters ("shoot" of "shooting"; "sing" never loses its "ing").
_MIN_STEM = 4
#: A final "e" goes from a word this long ("evacuate" meets "evacuation" at "evacuat"; "state" keeps it,
#: so it never meets "station").
_E_FROM = 6
#: Irregular families common in news ("three dead", "the death of", "died").
_IRREGULAR = {"death": "die", "dead": "die", "deadly": "die"}


@functools.lru_cache(maxsize=65536)
def family_keys(lemma: str) -> frozenset[str]:
    """The family keys of a lower-case lemma: itself and its stems (see the module docstring).

    Two lemmas are of one family when they share a key. A word may end with two suffixes
    ("evacuation": "-ion" gives "evacuat", the stem of "evacuate"; "information": "-ation" gives
    "inform"), so it has a key for each.
    """
    word = _IRREGULAR.get(lemma, lemma)
    stems = [word] + [word[: -len(x)] for x in _SUFFIXES if word.endswith(x) and len(word) - len(x) >= _MIN_STEM]
    # "settlement" and "settle" meet at "settl".
    return frozenset(w[:-1] if w.endswith("e") and len(w) >= _E_FROM else w for w in stems)


def families(lemmas: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each family key of ``lemmas`` with the lemmas of it the sentence uses."""
    out: dict[str, frozenset[str]] = {}
    for lemma in lemmas:
        # Most keys hold one lemma: its set is shared (a sentence's families are kept with its features,
        # ``links``), and made the key's set at once (no set built per key and frozen after).
        alone = _alone(lemma)
        for key in family_keys(lemma):
            held = out.get(key)
            if held is None:
                out[key] = alone
            elif lemma not in held:
                out[key] = held | alone
    return out


@functools.lru_cache(maxsize=65536)
def _alone(lemma: str) -> frozenset[str]:
    """The set of ``lemma`` alone, one object for every sentence using it."""
    return frozenset((lemma,))


def shared_families(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> int:
    """How many family keys two sentences share through different words only ("shot", "shooting")."""
    return sum(1 for f in a.keys() & b.keys() if a[f].isdisjoint(b[f]))


def family_matrix(xs: Sequence[dict[str, frozenset[str]]], ys: Sequence[dict[str, frozenset[str]]]) -> np.ndarray:
    """``shared_families`` of every sentence of one article (``families`` of each) with every one of another."""
    out = np.zeros((len(xs), len(ys)))
    by_family: dict[str, list[tuple[int, frozenset[str]]]] = {}
    for j, fams in enumerate(ys):
        for f, words in fams.items():
            by_family.setdefault(f, []).append((j, words))
    for i, fams in enumerate(xs):
        for f, words in fams.items():
            for j, theirs in by_family.get(f, ()):
                if words.isdisjoint(theirs):
                    out[i, j] += 1.0
    return out
