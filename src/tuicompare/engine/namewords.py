"""Names written word for word in another sentence that the engine did not read as the same value.

One multi-word name reaches two outlets' sentences in forms the recogniser reads
apart: one capitalises a programme, "the Temporary Protected Status", that the
other writes in plain words, "temporary protected status"; one writes "the Rubio
Doctrine" and the other "the Rubio doctrine"; one tags "Harbour Line Ltd" and the
other only "Harbour Line" inside a longer name. Each sentence then holds the
same words, but not one resolved entity, so the shared-value bonus of
``linkstrength.strength`` never sees them, and such pairs are often paraphrases with
little else in common.

A sentence's name phrases are its name slots of two words or more (letters: "Route 66"
is one word), lower-cased word by word. Another sentence writes one when the phrase's words stand in it in
order (any case), it does not hold the name's own entity (that is a shared value
already) and no name slot of it has the same words (the resolver kept two
referents of one name apart, and that is its decision). Only a phrase the story
writes seldom counts (in at most ``LinkTuning.name_words_share`` of its
sentences): the story's subject, written everywhere, says nothing of which fact
a sentence states. ``LinkTuning.name_words_bonus`` adds to a link's strength per
such phrase (at most two count).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence

import numpy as np

from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["NamePhrases"]

#: A word of a lower-cased text: letters with inner apostrophes or hyphens ("o'neill", "sci-fi").
_WORD = re.compile(r"[a-z][a-z'\u2019\-]*")


@functools.lru_cache(maxsize=65536)
def _phrase(name: str) -> str:
    """A name's lower-cased words between spaces: the key of one name however it is punctuated."""
    return " " + " ".join(_WORD.findall(name.lower())) + " "


def _written(text: str, needle: str) -> Iterator[int]:
    """Where a lower-cased text holds ``needle`` as whole words (no letter or digit either side)."""
    start = text.find(needle)
    while start >= 0:
        end = start + len(needle)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield start
        start = text.find(needle, start + 1)


class NamePhrases:
    """The story's multi-word names and the sentences writing each (see the module docstring).

    Args:
        active: Article id -> its active sentences, in order.
        entity_of: The resolved entity of each name span.
        share: A phrase counts when at most this share of the story's sentences write it
            (two always may: the one naming it and one other).
    """

    def __init__(
        self, active: Mapping[str, Sequence[SentenceFeatures]], entity_of: Mapping[Span, int], share: float
    ) -> None:
        self._active, self._entity_of = active, entity_of
        # Each sentence's name phrases, with the entity each was resolved to.
        self._names: dict[str, list[dict[str, int | None]]] = {}
        surfaces: dict[str, set[str]] = {}  # each phrase as the story writes it, lower-cased ("u.s.")
        for art, fs in active.items():
            names = []
            for s in fs:
                found: dict[str, int | None] = {}
                for span in s.spans:
                    if span.kind == "name" and len((phrase := _phrase(span.text)).split()) >= 2:
                        found.setdefault(phrase, entity_of.get(span))
                        surfaces.setdefault(phrase, set()).add(span.text.lower())
                names.append(found)
            self._names[art] = names
        total = sum(len(fs) for fs in active.values())
        bar = max(2.0, share * total)
        # Which sentences write each phrase, per article (as the story writes the name, any case, as whole
        # words); phrases written too often are dropped. Each article is searched as one text (its sentences
        # joined by line breaks, each one's first offset kept): the cost goes with the names' occurrences.
        texts, firsts = {}, {}
        for art, fs in active.items():
            lowered = [s.parse.text.lower() if s.parse is not None else "" for s in fs]
            texts[art] = "\n".join(lowered)
            firsts[art] = list(itertools.accumulate((len(t) + 1 for t in lowered[:-1]), initial=0))
        self._writers: dict[str, dict[str, list[int]]] = {}
        for phrase in sorted(surfaces):
            writers: dict[str, list[int]] = {}
            for art, text in texts.items():
                at = {bisect.bisect_right(firsts[art], pos) - 1 for n in surfaces[phrase] for pos in _written(text, n)}
                if at:
                    writers[art] = sorted(at)
            if sum(map(len, writers.values())) <= bar:
                self._writers[phrase] = writers

    def _holds(self, article: str, index: int) -> tuple[frozenset[str], set[int]]:
        """The name phrases and the resolved entities of one sentence's names."""
        spans = self._active[article][index].spans
        entities = {self._entity_of[x] for x in spans if x.kind == "name" and x in self._entity_of}
        return frozenset(self._names[article][index]), entities

    def shared(self, a: str, b: str) -> np.ndarray:
        """Per pair of sentences of articles ``a`` and ``b``, the rare name phrases one gives and the other
        writes without holding that name (module docstring), counted from both sides.
        """
        out = np.zeros((len(self._names[a]), len(self._names[b])))
        self._count(a, b, out)
        self._count(b, a, out.T)
        return out

    def _count(self, a: str, b: str, out: np.ndarray) -> None:
        """Add to ``out[i, j]`` the phrases sentence ``i`` of ``a`` names and sentence ``j`` of ``b`` writes."""
        for i, found in enumerate(self._names[a]):
            for phrase, entity in found.items():
                writers = self._writers.get(phrase)
                if writers is None:
                    continue
                for j in writers.get(b, ()):
                    own, entities = self._holds(b, j)
                    if phrase not in own and (entity is None or entity not in entities):
                        out[i, j] += 1.0
