"""Parts of a prison term: the term imposed, the time served, the part suspended, the maximum risked.

"He served 4 1/2 months in prison" against "he was sentenced to one to three years, with all
but six months suspended": both are lengths of one man's punishment, in one unit, but they
answer two questions (how long he was in prison; how much of the term was not suspended). The
verb a length hangs from tells which part of a term it is; two lengths of two parts are two
facts, never one changed (``conflicts.observe`` skips them). Two lengths of one part ("served
four months" against "served nine months") are still compared, and so are lengths whose verb
says nothing of a term ("worked there 15 years").

Also here, ``other_terms``: an article that itself states two terms of one part ("sentenced to
seven years" for an early crime, "imposing a sentence of 12 years" for a later one) tells of two
sentences; against another article's "sentenced to 12 years" its seven years is the other term,
not a changed one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.observations import Observation

__all__ = ["other_terms", "stated_terms", "term_part", "two_parts_of_a_term"]

#: The part of a prison term a length is, by the verb (or the noun, ``noun:``) it hangs from.
#: General English: a court sentences, gives, hands down or imposes a term that a convict gets or
#: receives; he serves or spends time; a part of the term is suspended; a charge carries, and an
#: accused faces or risks, a maximum.
_PART = {
    "sentence": "imposed",
    "impose": "imposed",
    "give": "imposed",
    "hand": "imposed",
    "get": "imposed",
    "receive": "imposed",
    "noun:sentence": "imposed",
    "serve": "served",
    "spend": "served",
    "suspend": "suspended",
    "face": "risked",
    "risk": "risked",
    "carry": "risked",
}

#: "with all but six months suspended": the length is the part of the term that is not suspended.
_ALL_BUT = ("all", "but")


def term_part(side: SentenceFeatures, span: Span, frames: Mapping[Span, str]) -> str:
    """The part of a term a duration is ("imposed", "served", "suspended", "risked", "kept"), or ``""``.

    "kept" is the part left when all the rest is suspended ("all but six months suspended").
    """
    part = _PART.get(frames.get(span, ""), "")
    if part == "suspended" and _after_all_but(side, span):
        return "kept"
    return part


def two_parts_of_a_term(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span, frames: Mapping[Span, str]) -> bool:
    """True when two durations are lengths of two known parts of a term (served against suspended)."""
    if not (x.vtype == y.vtype == "duration"):
        return False
    first, second = term_part(a, x, frames), term_part(b, y, frames)
    return bool(first and second) and first != second


def stated_terms(
    features: Mapping[str, Sequence[SentenceFeatures]], frames: Mapping[Span, str]
) -> dict[str, frozenset[tuple[str, str]]]:
    """Per article, the lengths of a term it states anywhere, each with its part ("12 year", "imposed")."""
    out = {}
    for article, sentences in features.items():
        found = set()
        for side in sentences:
            for span in side.spans:
                if span.vtype == "duration" and span.key and (part := term_part(side, span, frames)):
                    found.add((span.key, part))
        out[article] = frozenset(found)
    return out


def other_terms(
    observations: Iterable[Observation],
    terms: Mapping[str, frozenset[tuple[str, str]]],
    flat: Mapping[str, SentenceFeatures],
    frames: Mapping[Span, str],
) -> list[Observation]:
    """``observations`` without the differences of two terms of one part when an article states both.

    "Sentenced to seven years" against "sentenced to 12 years", the first article also stating a
    sentence of 12 years elsewhere: it tells of two sentences and agrees on the 12 years; its seven
    years is the other sentence, which the second article does not mention. Agreements and other
    types are kept as they are.
    """
    out = []
    for o in observations:
        if o.kind in ("conflict", "possible") and o.type == "duration":
            (x, _), (y, _) = o.spans
            part = term_part(flat[x.sentence], x, frames) if x.key and y.key else ""
            same_part = bool(part) and part == term_part(flat[y.sentence], y, frames)
            if same_part and ((y.key, part) in terms.get(x.article, ()) or (x.key, part) in terms.get(y.article, ())):
                continue
        out.append(o)
    return out


def _after_all_but(side: SentenceFeatures, span: Span) -> bool:
    """True when the words just before ``span`` are "all but"."""
    parse = side.parse
    if parse is None:
        return False
    before = [t.lemma.lower() for t in parse.tokens if t.end <= span.start]
    return tuple(before[-2:]) == _ALL_BUT
