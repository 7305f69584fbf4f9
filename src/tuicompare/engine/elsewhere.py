"""Differences whose values an article also states elsewhere: two facts paired, not one fact changed.

A group compares the sentences it aligned, and a value the other side states
in the same group is already no change (``observations.value_pair``). Across
the whole article the same holds: "Moss scored 23 points" against "Moss had
five points during the run" pairs two figures of one player when the first
article says "five points" of that run further on and the second article
gives his 23 points too. When each article states the other's value somewhere, the two are two facts
(a reordering), and the difference goes.

When only one does, a figure or a date stays as it is: one article's "fired 11 shots" beside "seven bullets
struck him" does not make another's "shot 11 times" agree (on the second fresh ECB+ gold, demoting such
one-sided differences lost more planted changes than it saved false alarms, ``bench_real.py --split fresh2``;
on the audits, two of six true red figures and dates were one-sided). A person or an organisation one article
names beside the other's is at most a possible difference (none for two sources each reporting his own
statement: ``figureholders.named_together``): an outlet that names someone else in a quote's place seldom names the real
speaker too, while two people quoted in loosely aligned sentences, or a short and a full name of one firm, are
named together by one article (``bench_audit.py``: four false reds of 25, no true one). So when a third
article of the story names both: two people of the story, each in its own role ("a wounded girl" and "a
co-accused" paired by loosely aligned sentences; one more false red, no planted change lost). Two people two
articles both name apart are two people, and the difference goes (a renaming outlet names one of them; the
other outlets would have to name the renamed person twice over: a player of each side paired by "scored" in
loosely aligned sentences). A surname written counts only when the two names do not share it: "Ann and
Lena Varga" against "Ann and Rosa Varga" writes "Varga" in both articles, which names either sister.
Places are left out: a town the other outlets name as the next one on a front is
still a different town for the capture (the seeds' Seversk).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.observations import Observation, just_under


def stated_keys(sentences: Iterable[SentenceFeatures], entity_of: Mapping[Span, int]) -> set[str]:
    """The checkable values some sentences state: ``e`` + each resolved entity, ``v`` + each value key."""
    keys: set[str] = set()
    for sentence in sentences:
        for span in sentence.spans:
            if span.kind == "name":
                if (known := entity_of.get(span)) is not None:
                    keys.add(f"e{known}")
            elif span.key:
                keys.add(f"v{span.key}")
    return keys


def article_keys(
    features: Mapping[str, Sequence[SentenceFeatures]], entity_of: Mapping[Span, int]
) -> dict[str, frozenset[str]]:
    """For each article, the keys of every entity and value it states (``stated_keys``)."""
    return {article: frozenset(stated_keys(sentences, entity_of)) for article, sentences in features.items()}


#: Words telling that a figure was revised: "originally rated 4.4", "a preliminary magnitude", "was upgraded".
_REVISED = re.compile(
    r"\b(?:originally|initially|preliminary|revised|upgraded|downgraded|updated|corrected|previously)\b"
)


def told_together(
    features: Mapping[str, Sequence[SentenceFeatures]], texts: Mapping[str, str]
) -> frozenset[frozenset[str]]:
    """The pairs of value keys (``v`` + key) some sentence of the story states together as a figure revised.

    One sentence giving both values of a difference, of one kind and unit, with a word of revision ("was
    rated 4.2, after it originally rated it 4.4") tells of both: the difference is an earlier figure revised,
    not one outlet's word against another's (``stated_elsewhere``). Without such a word the two may be two
    sources' figures the outlets attribute differently ("5.9, Tehran said; 6.1, the USGS said": the tuning
    audit judged that difference true), and figures of two units ("13 points and 9 rebounds") are two
    quantities.
    """
    out: set[frozenset[str]] = set()
    for sentences in features.values():
        for sentence in sentences:
            values = [span for span in sentence.spans if span.kind != "name" and span.key]
            if len(values) < 2 or not _REVISED.search(texts.get(sentence.id, "").lower()):
                continue
            for n, x in enumerate(values):
                for y in values[n + 1 :]:
                    # one quantity's two figures: "4.2-magnitude" and "4.4 in magnitude", the unit read on one side
                    if x.key != y.key and x.vtype == y.vtype and (x.unit == y.unit or not (x.unit and y.unit)):
                        out.add(frozenset((f"v{x.key}", f"v{y.key}")))
    return frozenset(out)


def _key(node: tuple[str, ...]) -> str | None:
    """The article key of an observation's value node (``("value", type, key)`` or ``("name", entity)``)."""
    if node[0] == "value" and len(node) == 3:
        return f"v{node[2]}"
    if node[0] == "name" and len(node) == 2:
        return f"e{node[1]}"
    return None


def stated_elsewhere(
    observations: Iterable[Observation],
    keys: Mapping[str, frozenset[str]],
    texts: Mapping[str, str] | None = None,
    cut: float | None = None,
    together: Collection[frozenset[str]] = frozenset(),
) -> list[Observation]:
    """``observations`` without the differences whose two articles each state both values.

    Agreements and variants are kept as they are; so are differences of roles
    and negations (they have no value an article could state elsewhere).
    With ``texts`` (article -> its text), a person the recogniser missed in an
    article still counts as named there when their surname is written in it
    ("Gibbs ended the run"). With ``cut`` (the confidence from which a difference
    is a conflict), a difference of two people or organisations one of the story's
    articles names both of keeps a confidence under ``cut``: a possible difference; so does a difference of
    two values one sentence of the story states together (``together``, from ``told_together``).
    """
    out = []
    for o in observations:
        if o.kind not in ("conflict", "possible"):
            out.append(o)
            continue
        left, right = _key(o.left), _key(o.right)
        if left is None or right is None:
            out.append(o)
            continue
        (x, _), (y, _) = o.spans
        # Two people of one family name ("Ann and Lena Varga"): the surname written names either of them.
        kin = _kin(x.text, y.text)
        a_says = right in keys.get(x.article, ()) or (not kin and _written(o, y, x.article, texts))
        b_says = left in keys.get(y.article, ()) or (not kin and _written(o, x, y.article, texts))
        if a_says and b_says:
            continue  # each outlet gives both values: two facts, paired by the alignment
        # Named both, by resolved names only: a surname merely written ("his sister Lena Varga") is a
        # kin's as often as the person's, and an outlet that renames someone keeps the family's name.
        both = sum(left in k and right in k for k in keys.values())
        if both >= 2 and o.left[0] == "name" and o.type == "person":
            continue  # two outlets name both people apart: two people of the story, not one renamed
        if cut is not None and both and o.left[0] == "name" and o.type != "place":
            o.confidence = min(o.confidence, just_under(cut))  # one outlet names both: two people, likely
        elif cut is not None and left[0] == "v" and frozenset((left, right)) in together:
            o.confidence = min(o.confidence, just_under(cut))  # "rated 4.2, first read as 4.4": told as revised
        out.append(o)
    return out


def _written(o: Observation, person: Span, article: str, texts: Mapping[str, str] | None) -> bool:
    """True when ``article``'s text writes the surname of the person ``person`` names."""
    return texts is not None and o.type == "person" and writes(texts.get(article, ""), person.text)


def _kin(first: str, second: str) -> bool:
    """Whether two names are a given name each and one family name ("Lena Varga", "Rosa Varga").

    Only names of two words: "Historic Ash Mill" beside "Ashford Mill" is one building named two ways,
    whose written last word still names it (``bench_audit.py``: taken for kin, such a pair of the tuning
    audit became one more possible difference, unjudged).
    """
    a, b = first.split(), second.split()
    return len(a) == len(b) == 2 and a[1] == b[1] and a[0] != b[0]


def writes(text: str, name: str) -> bool:
    """True when ``text`` writes the last word of ``name`` as a whole, capitalised word of three letters or more."""
    words = name.split()
    last = words[-1] if words else ""
    if len(last) < 3 or not last[0].isupper():
        return False
    word = re.escape(last)
    # The word first and the character before it checked from its end: a pattern that opens with a look-behind
    # is tried at every character of the article, one that opens with the word is searched for as a string.
    return re.search(rf"{word}(?<!\w{word})(?!\w)", text) is not None
