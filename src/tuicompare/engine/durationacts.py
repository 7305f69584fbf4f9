"""Two lengths of two states: "hospitalized for four weeks" against "lingering in a coma for a week".

A length of time is how long something lasted, and the verb it hangs from says what: a stay in
hospital, a coma, a standoff. Outlets tell one state with one verb or one of its family ("was
hospitalized", "her hospitalization"), so two lengths whose verbs are of two families, neither named
by the other sentence, are likely lengths of two states of one story (a different-facts false red of
the audits: the weeks in hospital before a heart attack against the week in a coma after it). Such a
pair is a possible difference at most (``lengths_of_two_states``): outlets also tell one state with
two verbs ("jailed", "imprisoned"), so the pair is kept, not dropped. Lengths of a prison term are
read by ``termparts``; a verb that says nothing of what lasted ("be", "have", "last", "take"), a verb
of speech, or a length of a thing named after it ("seven hours of battery life") leaves the pair as it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from tuicompare.engine.context import SPEECH, tokens_within
from tuicompare.engine.derivation import family_keys
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import NOUN_FRAME
from tuicompare.engine.termparts import term_part

__all__ = ["lengths_of_two_states"]

#: Verbs that carry a length without saying what lasted: "it lasted two hours", "was there for a week".
_EMPTY = frozenset({"be", "have", "last", "take", "spend", "go", "come", "remain", "stay", "continue", "run"})


def lengths_of_two_states(
    a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span, frames: Mapping[Span, str]
) -> bool:
    """True when two durations hang from verbs of two families, neither named in the other sentence."""
    if _age(x) or _age(y):
        return False  # "a 26-year-old": an age, read as the age of a person (``attributes``), not a length
    if _of_a_thing(a, x) or _of_a_thing(b, y):
        return False  # "delivers seven hours of battery life": the thing measured is named, whatever the verb
    verb_x, verb_y = frames.get(x, ""), frames.get(y, "")
    for verb in (verb_x, verb_y):
        if not verb or verb.startswith(NOUN_FRAME) or verb in SPEECH or verb in _EMPTY:
            return False
    if term_part(a, x, frames) or term_part(b, y, frames):
        return False
    keys_x, keys_y = family_keys(verb_x), family_keys(verb_y)
    if keys_x & keys_y:
        return False
    return not _names(b, keys_x) and not _names(a, keys_y)


def _names(side: SentenceFeatures, keys: frozenset[str]) -> bool:
    """True when a word of the sentence is of the family ``keys`` ("hospitalization" of "hospitalize")."""
    parse = side.parse
    return parse is None or any(family_keys(t.lemma.lower()) & keys for t in parse.tokens)


def _age(span: Span) -> bool:
    """True for an age written as a length: "26 - year - old", "26 years old"."""
    return span.text.rstrip().lower().endswith("old")


def _of_a_thing(side: SentenceFeatures, span: Span) -> bool:
    """True when the length measures a thing named beside it: "seven hours of battery life", "a five-year
    contract". Without the first, two planted battery lives told with "deliver" and "come with" were lost on
    the fourth ECB+ gold; without the second, a contract's two lengths (tests/engine/test_participants)."""
    parse = side.parse
    if parse is None:
        return True
    tokens = parse.tokens
    inside = set(tokens_within(tokens, span.start, span.end))
    if any(t.head in inside and t.dep == "prep" and t.lemma.lower() == "of" for t in tokens):
        return True
    # "a five-year contract", "a two-week stay": the length is written before the noun of what it measures
    return any(
        tokens[i].head not in inside
        and tokens[i].dep in ("amod", "compound", "nmod", "nummod")
        and tokens[tokens[i].head].pos in ("NOUN", "PROPN")
        for i in inside
    )


def duration_unit(span: Span) -> str:
    """The unit of a duration's key ("day" of "35 day", ``>2 month``'s "month")."""
    return (span.key or "").partition(" ")[2]
