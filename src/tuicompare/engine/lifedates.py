"""A person dies once: two dates of one named person's death are one fact's date.

"Roe died in 2004" against "Jo Roe, who died in 2006 after 21 years in power": the same verb with one date on
each side, paired by the slots with the shared verb's evidence only (``ConflictTuning.frame_evidence``), stays a
possible difference when the two sentences share little else, as two dates of one verb must in general (a
verb told twice may be two acts: "beat Ohio on Monday", "beat Iowa Thursday", two suits, two visits). A few
acts happen to a person once in a life, whatever else the sentences say: dying and being born. When both dates
hang from such a verb and the verb's subject is one person in both (a name the story resolves to one entity;
a "who" after a comma is the name before it, ``possessors.subject_person``), the two dates fill one role of
one act, as two verbs of one act do (``verbclasses.one_act``: ``ConflictTuning.act_evidence``). Anything less
ties nothing: a subject that is no named person ("a man died", "his wife died"), two people, a date of
another grain (a year against a weekday may both be right), an active "bore" (a mother bears more than one
child). Measured on the nine tuning splits (``bench_real.py --split S``): fresh6's two planted death years
turn from possible to red, every other split, the audits and the seeds are unchanged (``docs/measurements.md``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.possessors import subject_person
from tuicompare.engine.soledates import grain, one_event_noun

__all__ = ["one_dated_event", "one_life_event"]

#: Verbs (lemmas) of what happens to a person once in a life: "died", "was born" (the passive subject; an
#: active "bore a son" has an object and ties nothing, ``possessors.subject_person``'s undergoer).
ONCE_IN_A_LIFE = frozenset({"die", "bear"})


def one_life_event(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    frames: Mapping[Span, str],
    people: tuple[Mapping[Span, int], Sequence[str]],
) -> bool:
    """True when two dates of one grain date one verb of ``ONCE_IN_A_LIFE`` whose subject is one person.

    Args:
        a: One sentence.
        b: The other (``x`` and ``y`` are slots of the two, in either order).
        x: A slot.
        y: The other sentence's slot.
        frames: Slot -> the verb it hangs from (``frames.frame``).
        people: Name slot -> its entity (``entities.resolve``), and entity -> its voted label.
    """
    if not (x.vtype == y.vtype == "date" and x.key and y.key) or x.key == y.key:
        return False
    verb = frames.get(x, "")
    if verb not in ONCE_IN_A_LIFE or frames.get(y, "") != verb or grain(x.key) != grain(y.key):
        return False
    entity_of, labels = people
    sentence_x, sentence_y = (a, b) if x.sentence == a.id else (b, a)
    person = subject_person(sentence_x, x, entity_of, labels)
    return person is not None and person == subject_person(sentence_y, y, entity_of, labels)


def one_dated_event(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    frames: Mapping[Span, str],
    people: tuple[Mapping[Span, int], Sequence[str]],
    nouns: bool,
) -> bool:
    """True when two dates date one event: one event noun dated twice, or one person's death or birth.

    The first is ``soledates.one_event_noun`` (when ``nouns``: ``ConflictTuning.one_noun_dates``), the second
    ``one_life_event``; the arguments are theirs.
    """
    return (nouns and one_event_noun(a, b, x, y, frames)) or one_life_event(a, b, x, y, frames, people)
