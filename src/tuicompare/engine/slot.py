"""A slot of a sentence (``Span``) and the normal form names are compared in (``name_key``).

Kept apart from ``spans``, which finds the slots, so the value type every engine
stage passes around reads on its own.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from tuicompare.models import article_of


# Not ``frozen``: a frozen dataclass sets each field through ``object.__setattr__``, five times the cost of
# a plain slot (a sixth of the instructions of collecting a sentence's slots went to it). Spans key the
# engine's maps by the hash computed once in ``__post_init__``: never assign to a span's fields, make a new
# one (``dataclasses.replace``).
@dataclass(slots=True)
class Span:
    """A slot of a sentence: a named entity, number, date or unit designation.

    Attributes:
        sentence: Sentence id (``ARTICLE:INDEX``).
        start: Character offset in the article text.
        end: Character offset one past the span.
        text: Surface text (a leading "the" and a trailing possessive removed).
        label: spaCy label, or ``UNIT`` for a unit designation.
        kind: ``name``, ``number``, ``date`` or ``unit``.
        key: Comparable key: the normalised name, or the normalised value;
            ``None`` for a vague value that is never compared.
        vtype: Value type for conflicts (``number``, ``date``, ``duration``...).
        role: Role lemmas attached to a name ("correspondent", "commander").
        role_span: ``(start, end, text)`` of the role phrase, if any. Not the same
            thing as ``shown``, though of one shape: another phrase beside the name
            ("correspondent" of "BBC correspondent Ann Roe"), whose words are
            compared (``holders``, ``links``, ``observations``: a past role, one
            office) and are a conflict's value when two articles give one person
            two roles; the name stays what is shown of the slot.
        cue: ``person`` or ``place`` when the words around a name say so
            ("residents of X", "X said"), else empty.
        unit: What a number counts ("tonne", "money", "%", "age"), when known.
        approximate: The value is hedged ("about $80,000", "more than 500"); a
            bound is also part of the key (``>500``).
        shown: ``(start, end, text)`` of the wider expression a reader is shown,
            when the reading took in words around the slot: the "£" and "m" of
            "£53m" the recogniser tagged as the count "53". None when the slot's
            own text is what is shown; never compared or matched on. Not the same
            thing as ``role_span``: the slot's own value in its full written form
            (it holds the slot), where ``role_span`` is another phrase that is
            compared; a slot has at most one of the two (numbers ``shown``, names
            ``role_span``), and ``conflictmerge._bounds`` marks whichever the
            conflict's value text is.
        converted: A sum in brackets converting the figure before it into another currency
            ("2m euros (£1.7m)"): approximate, by as much as exchange rates differ (``relations``).
        kind_noun: For a number hyphened to its unit, the noun the two qualify ("governor" of "a two-term
            governor"; ``figurecounts.kind_noun``): the office whose terms the figure counts, which
            ``relations.one_kind`` compares before the figures. Empty for durations and unhyphened figures.
    """

    sentence: str
    start: int
    end: int
    text: str
    label: str
    kind: str
    key: str | None
    vtype: str
    role: tuple[str, ...] = ()
    role_span: tuple[int, int, str] | None = None
    cue: str = ""
    unit: str = ""
    approximate: bool = False
    shown: tuple[int, int, str] | None = None
    converted: bool = False
    kind_noun: str = ""
    #: The hash, as its own bound ``__index__``: what ``Span.__hash__`` (this slot) hands back to be called.
    _hash: Callable[[], int] = field(default=int, init=False, repr=False, compare=False)
    #: Id of the article the span is in: the article part of ``sentence``, split once when the span is made.
    #: A slot of its own, not a property: read ~1,700 times a first comparison of the seeds (a call each as a
    #: property). Like every field, never assigned after ``__post_init__``.
    article: str = field(default="", init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Spans key the engine's maps (referents, slot roles), looked up thousands of times a story:
        # the hash is computed once, from where the span lies, not from all thirteen fields.
        # Equal spans lie in one place, so this agrees with ==.
        self._hash = hash((self.sentence, self.start, self.end, self.kind)).__index__
        # Read a million times in a story of hundreds of articles (claims, the entity sheet): split once.
        self.article = article_of(self.sentence)

    @property
    def display(self) -> str:
        """What a reader is shown of the slot: the wider expression (``shown``) when there is one."""
        return self.shown[2] if self.shown is not None else self.text


# ``__hash__`` is the ``_hash`` slot itself: reading it gives the bound ``int.__index__`` of the hash, which the
# interpreter calls, all in C. A Python ``__hash__`` returning the kept value ran a frame for each of the ~14,500
# look-ups a first comparison of the seeds makes (about 2 % of its instructions).
Span.__hash__ = Span._hash  # type: ignore[assignment,method-assign,misc]


@functools.lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Normalise a name for comparison: no accents, case, articles, possessives or punctuation.

    Cached: the entity sheet asks again for the same few texts across every pair of articles.
    """
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    if not text.isascii():
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _LEADING_THE.sub("", text.casefold().strip())
    text = _POSSESSIVE_END.sub("", text)
    text = _NOT_NAME_CHAR.sub("", text).replace("-", " ")
    return " ".join(text.split())


_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE_END = re.compile(r"'s?$")
_NOT_NAME_CHAR = re.compile(r"[^\w\s-]")
