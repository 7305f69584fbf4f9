"""Two sentences about different participants: their values are most likely of two facts.

A difference is only as good as the evidence that its two sentences state one
fact. When each sentence names someone or something besides the two values,
the two sets share no one (not even a name one side writes without the
recogniser seeing it), and the sentences share no value either, they tell of
different participants: "Moss is seeking a five-year deal" against "Park
hoped his client Reed could attract a ten-year deal". The words around the two
values may agree ("a N-year deal") and still belong to two people's facts, so
such a difference of numbers, dates, durations or people is kept as a possible
one (``ConflictTuning.participants_factor``), unless the parse says the two
names qualify one entity alike (``slotroles.anchored_alike``) or the sentences
are alike enough to state one fact whoever they name (a link of at least
``ConflictTuning.link_full``). Places and
organisations are left out: no false alarm of theirs moved on the tuning golds,
and a planted place change did.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.names import same_given_name, stem
from tuicompare.engine.roles import role_words

__all__ = ["apart", "other_actors"]


def _words(text: str) -> set[str]:
    """The lower-cased words of three letters or more of a name ("Social Security Trust Fund": social, security...)."""
    return {stem(stem(w.lower())) for w in re.findall(r"[^\W\d_]{3,}", text)}


def _name_words(text: str) -> set[str]:
    """The words of a name, initials left out ("Al Roe": al, roe)."""
    return {w.lower() for w in re.findall(r"[^\W\d_]{2,}", text)}


def _named(sentence: SentenceFeatures, entity_of: Mapping[Span, int], values: set[int | None]) -> set[str]:
    """The words of the names of ``sentence`` other than the compared ``values``."""
    out: set[str] = set()
    for span in sentence.spans:
        entity = entity_of.get(span) if span.kind == "name" else None
        if entity is not None and entity not in values:
            # A person's title counts as a word of their name: "prosecutor Ann Roe" and "prosecutor Jo Poe"
            # may be one prosecutor, named two ways or renamed.
            out |= _words(" ".join([span.text, *role_words(span.role)]))
    return out


def apart(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    entity_of: Mapping[Span, int],
    entity_label: Sequence[str],
) -> bool:
    """True when ``a`` and ``b`` each name participants besides ``x`` and ``y`` and share none of them.

    Participants are compared by the words of their names and titles, stemmed ("the Social Security
    Administration" and "the Social Security Trust Fund" may be one body named two ways; "Democrats"
    are "Democratic"), and a word the other sentence writes outside any name counts too (a name the
    recogniser missed there). Two names that share a word ("Ann Roe", "Ann Poe") are one name changed,
    not two participants' facts: never apart. The caller checks that the sentences share no value and
    that the values differ.
    """
    if x.kind == "name" and not all(entity_label[entity_of[s]] == "person" for s in (x, y) if s in entity_of):
        return False  # places and organisations: see the module
    if x.kind == "name" and _name_words(x.text) & _name_words(y.text):
        return False  # "Ann Roe" / "Ann Poe": one name changed or misspelt
    values = {entity_of.get(x), entity_of.get(y)}
    named_a, named_b = _named(a, entity_of, values), _named(b, entity_of, values)
    if not named_a or not named_b:
        return False
    written_a, written_b = {stem(stem(w)) for w in a.seq}, {stem(stem(w)) for w in b.seq}
    return not named_a & (named_b | written_b) and not named_b & written_a


def other_actors(acting_a: set[int], named_b: set[int], acting_b: set[int], named_a: set[int]) -> bool:
    """True when people act in both sentences (besides the two values) and none is named by the other sentence."""
    return bool(acting_a) and bool(acting_b) and not acting_a & named_b and not acting_b & named_a


def counterpart_named(
    a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span, named: Sequence[set[int]], entity_of: Mapping[Span, int]
) -> bool:
    """True when either sentence names, besides its own value, the person the other side's value is.

    "Garrard was sacked" against "Garrard ... got sacked by Freeney": the second sentence names Garrard
    too, so its Freeney fills another role of the fact (the one who sacked), not Garrard's: at most a
    possible difference. ``named`` holds the people each sentence (``a``'s, then ``b``'s) names; a surname
    the recogniser left unlabelled counts when the sentence writes it as a word of its own, and so does
    another name of the sentence ending in it (resolved to another entity).
    """
    ex, ey = entity_of.get(x), entity_of.get(y)
    if ex is None or ey is None or ex == ey or x.key is None or y.key is None or same_given_name(x.key, y.key):
        return False  # "Rick Perry" against "Rick Poe": one given name, one slot whose surname changed
    if ex in named[1] or ey in named[0]:
        return True
    sx, sy = x.key.split()[-1], y.key.split()[-1]
    if sx == sy:
        return False
    # The other sentence may name the person by the surname alone, resolved to another entity ("Deputy Jerry
    # Ortiz" against "Tom Brennan, Ortiz's partner", where the article's "Luis 'Jerry' Ortiz" kept its own).
    return sx in b.seq or sy in a.seq or sx in _surnames(b, y, entity_of) or sy in _surnames(a, x, entity_of)


def _surnames(sentence: SentenceFeatures, value: Span, entity_of: Mapping[Span, int]) -> set[str]:
    """The last words of the names of ``sentence`` other than ``value`` ("ortiz" of "Ortiz")."""
    return {
        s.key.split()[-1] for s in sentence.spans if s is not value and s.kind == "name" and s in entity_of and s.key
    }


def other_people(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    acting: Sequence[set[int]],
    named: Sequence[set[int]],
    entity_of: Mapping[Span, int],
) -> bool:
    """True when other people than ``x`` and ``y`` explain a difference: ``other_actors`` or ``counterpart_named``.

    ``acting`` and ``named`` hold the people who act in, and who are named by, ``a`` (``x``'s sentence) then
    ``b``. ``conflicts.observe`` does not ask it of a figure when the two sentences share a quotation
    (``quotes.share_a_quote``): "'all three of the guests', Roe said" against "'all seven of the guests', Poe
    said" give one statement to two speakers, and its figure is the statement's, not the speakers' own.
    """
    ex, ey = entity_of.get(x), entity_of.get(y)
    return other_actors(acting[0] - {ex}, named[1], acting[1] - {ey}, named[0]) or counterpart_named(
        a, b, x, y, named, entity_of
    )
