"""One politician, two home states: the state one article gives a person against the state the others give.

The press ties an elected official to a state in a handful of set forms:
a party mark after the name ("Sen. Ann Roe (D-Ohio)", "Rep. Ann Roe, R-Texas,"),
"of" and the state after a titled name ("Sen. Ann Roe of Ohio"), a party
noun and the state in an apposition ("Ann Roe, Democrat of Ohio"), an office
and the state in an apposition ("Ann Roe, a former governor of Ohio") and
the state before the office that precedes the name ("Ohio Gov. Ann Roe",
"former Ohio Sen. Ann Roe"). Two articles giving one person two states
disagree, wherever the two sentences sit: outlets write the state in
sentences that align with nothing, as a side note of the name (the sentence
comparison misses these when the sentences are worded apart; ``surnames``
and ``holders`` read the story as a whole the same way).

It is strict. Only the fifty US states count (``names.us_state``: "N.Y.",
"Wash.", "Texas"), as they never hold one another; a person's former office
is compared only with a former office ("former Ohio Gov." against "Iowa Sen."
is a career, not a difference); the mention must give the person in full
(given name and surname: a bare "Clinton" may be either Clinton), and an
article giving one person two states says nothing (two people merged, or a
move).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from tuicompare.engine.conflictmerge import FoundConflict
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.holders import person_conflict, reach_values
from tuicompare.engine.names import is_us_state, referent_key, us_state
from tuicompare.engine.spans import name_key
from tuicompare.engine.tuning import TUNING
from tuicompare.models import Sentence

__all__ = ["home_state_conflicts", "home_states"]

#: Offices held for a state (or a district of one): the state before them is the official's.
_OFFICE = (
    r"(?:Gov\.|Governor|Lt\. Gov\.|Lieutenant Governor|Sen\.|Senator|Rep\.|Representative|Congressman"
    r"|Congresswoman|Attorney General|state Sen\.|state Rep\.|State Sen\.|State Rep\.)"
)
_OFFICE_NOUN = r"(?:governor|senator|representative|congressman|congresswoman|attorney general|lawmaker)"
#: One to three capitalised words (a state's name or its press abbreviation: "New Mexico", "N.Y.", "Wash.").
_PLACE = r"(?P<place>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})"
#: The words right after the name that give the state.
_AFTER = [
    re.compile(r"\s*[,(]\s*[DRI]\s?-\s?" + _PLACE),  # " (D-N.Y.)", ", R-Texas,"
    re.compile(r",? (?:a |the )?(?:Democrat|Republican|[Ii]ndependent) (?:of|from) " + _PLACE),
    re.compile(
        r", (?:a |the )(?P<former>former |onetime )?(?:[\w-]+ ){0,2}?" + _OFFICE_NOUN + r" (?:of|from) " + _PLACE
    ),
]
#: "of" and a state right after a titled name ("Sen. Ann Roe of Ohio", "Sen. Ann Roe, of Ohio").
_OF = re.compile(r",? (?:of|from) " + _PLACE)
#: The state and the office before the name ("Ohio Gov. ", "former Ohio Sen. ").
#: "Ohio Attorney General and Senate candidate " too: a second post joined to the office.
_BEFORE = re.compile(r"(?P<former>[Ff]ormer |[Ee]x-)?" + _PLACE + r" " + _OFFICE + r"(?: and (?:[\w.]+ ){1,4}?)?\s*$")
_TITLED = re.compile(_OFFICE + r"\s+$")
#: Words one of which each office of ``_OFFICE`` holds ("Gov" of "Lt. Gov." and "Governor"). Words before a
#: name with none of them hold no office, and ``_TITLED`` and ``_BEFORE`` (searched from every character, as
#: they end the text) cannot match: a test of five substrings answers for most mentions.
_OFFICE_WORDS = ("Gov", "Sen", "Rep", "Congress", "Attorney General")


def _state(text: str, rest: str) -> tuple[str, int] | None:
    """The state a run of capitalised words names in full, and its length in characters, or None.

    The run must be the state alone: "New York City" or "Ohio State" name no state, and the
    words after it (``rest``) must not go on with the name.
    """
    text = text.rstrip(",;:)")
    if text.endswith(".") and is_us_state(name_key(text[:-1])):
        text = text[:-1]  # "of New York.": the sentence's full stop, not an abbreviation's
    if rest[:1].isalpha() or (rest[:1] == " " and rest[1:2].isupper()):
        return None
    state = us_state(name_key(text).replace(".", ""))
    return (state, len(text)) if state else None


def home_states(span: Span, sentence: Sentence) -> list[tuple[str, bool, int, int]]:
    """The US states a person mention is given as home: ``(state, former, start, end)`` in article offsets.

    Strict, as its reading alone raises a conflict; the pairing's looser "PERSON of PLACE" (any place,
    no title: ``conflicts._home_of_person``) only keeps a place from pairing, and stays apart for that.

    Args:
        span: A person mention written in full.
        sentence: Its sentence.
    """
    text, base = sentence.text, sentence.start
    at, to = span.start - base, span.end - base
    if not (0 <= at < to <= len(text)):
        return []
    out = []
    after, before = text[to:], text[:at]
    office = any(word in before for word in _OFFICE_WORDS)
    titled = (office and bool(_TITLED.search(before))) or bool(span.role)
    patterns = [*_AFTER, _OF] if titled else _AFTER
    for pattern in patterns:
        m = pattern.match(after)
        if m is None:
            continue
        found = _state(m.group("place"), after[m.end() :])
        if found is None and " " in m.group("place"):
            first = m.group("place").split(" ")[0]
            found = _state(first, after[m.start("place") + len(first) :])
        if found is not None:
            start = to + m.start("place")
            former = bool(m.groupdict().get("former"))
            out.append((found[0], former, base + start, base + start + found[1]))
            break
    m = _BEFORE.search(before) if office else None
    if m is not None:
        place, start, former = m.group("place"), m.start("place"), bool(m.group("former"))
        first, _, rest = place.partition(" ")
        if first in ("Former", "Ex") and rest:
            place, start, former = rest, start + len(first) + 1, True  # "Former Ohio Gov." opens the sentence
        found = _state(place, "")  # the office follows the state: "Ohio Gov."
        if found is not None:
            out.append((found[0], former, base + start, base + start + found[1]))
    return out


def _full(span: Span) -> bool:
    return len(referent_key(span.key or "", True).split()) >= 2


def home_state_conflicts(
    spans: Sequence[Span],
    entity_of: Mapping[Span, int],
    labels: Sequence[str],
    sentences: Mapping[str, Sentence],
    order: Mapping[str, int],
) -> list[FoundConflict]:
    """Conflicts of a person given two home states by two articles (see the module docstring).

    Args:
        spans: Every slot of the story.
        entity_of: Name slot -> its resolved entity.
        labels: Entity -> its type; only people count.
        sentences: Sentence id -> sentence.
        order: Article id -> its rank, to order the values.

    Returns:
        One conflict per person and kind of office (current or former), valued by the states' mentions.
    """
    # (entity, former) -> article -> state -> the place's mentions
    given: dict[tuple[int, bool], dict[str, dict[str, list[Span]]]] = {}
    for span in spans:
        entity = entity_of.get(span)
        if entity is None or labels[entity] != "person" or not _full(span) or span.sentence not in sentences:
            continue
        sentence = sentences[span.sentence]
        for state, former, start, end in home_states(span, sentence):
            text = sentence.between(start, end)
            place = Span(span.sentence, start, end, text, "GPE", "name", state, "name")
            per_article = given.setdefault((entity, former), {}).setdefault(span.article, {})
            per_article.setdefault(state, []).append(place)
    out = []
    for by_article in given.values():
        held: dict[str, list[Span]] = {}
        for states in by_article.values():
            if len(states) == 1:  # an article giving one person two states says nothing
                for state, mentions in states.items():
                    held.setdefault(state, []).extend(mentions)
        if len(held) >= 2:
            out.append(person_conflict(reach_values(held.values(), order), TUNING.conflicts.home_state, of="place"))
    return out


def places_of_person(side: SentenceFeatures, is_person: Callable[[Span], bool]) -> list[Span]:
    """The places a sentence names right after "PERSON of" ("Sen. Ann Roe of Vermont"): whose, not where.

    Not ``home_states``, on purpose: this only keeps a place out of the pairing, so it takes
    any place ("Jo Poe of Leeds") after any person, titled or not; that one raises a conflict by itself,
    so it reads only the fifty US states, and "of" only after a title. Either reading in the other's
    place would change what is paired or reported.
    """
    if "of" not in side.seq:
        return []  # most sentences: no "PERSON of PLACE" to read (asked of both sentences of every link)
    by_slot = {at: span for at, span in zip(side.slot_at, side.spans, strict=True)}
    return [
        span
        for at, span in zip(side.slot_at, side.spans, strict=True)
        if at >= 2 and side.seq[at - 1] == "of" and (before := by_slot.get(at - 2)) is not None and is_person(before)
    ]
