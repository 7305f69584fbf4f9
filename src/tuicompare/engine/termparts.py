"""Parts of a prison term: the term imposed, the time served, the part suspended, the maximum risked.

"He served 4 1/2 months in prison" against "he was sentenced to one to three years, with all
but six months suspended": both are lengths of one man's punishment, in one unit, but they
answer two questions (how long he was in prison; how much of the term was not suspended). The
verb a length hangs from tells which part of a term it is; two lengths of two parts are two
facts, never one changed (``conflicts.observe`` skips them). Two lengths of one part ("served
four months" against "served nine months") are still compared, and so are lengths whose verb
says nothing of a term ("worked there 15 years").
"""

from __future__ import annotations

from collections.abc import Mapping

from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["term_part", "two_parts_of_a_term"]

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


def _after_all_but(side: SentenceFeatures, span: Span) -> bool:
    """True when the words just before ``span`` are "all but"."""
    parse = side.parse
    if parse is None:
        return False
    before = [t.lemma.lower() for t in parse.tokens if t.end <= span.start]
    return tuple(before[-2:]) == _ALL_BUT
