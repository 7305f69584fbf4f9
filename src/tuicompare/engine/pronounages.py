"""An age stated of a pronoun: "He was 77." is the age of the person "he" refers to (issue 10).

Obituaries give the age in a sentence of its own after the one naming the person ("Jo Roe died on Monday.
She was 85."). ``figurecounts`` reads the figure as an age, but no name of its sentence holds it, so two
outlets' "He was 95." and "He was 57." were tied to no one: a weak link's two figures of unknown holders.
The pronoun's person is the one ``pronouns.pronoun_referents`` reads (the subject of the nearest sentence
before naming a person); the age is that person's (``slotroles.slot_roles``), as "Jo Roe, 85," is Roe's.
Only the complement of "be" whose one subject is "he" or "she" is read so ("She was 85 and lived in
Leeds"): an age in any other clause may be anyone's.
"""

from __future__ import annotations

from tuicompare.engine.features import Span
from tuicompare.models import Sentence

__all__ = ["pronoun_age"]

#: The subject pronouns of one person.
_HE_SHE = frozenset({"he", "she"})


def pronoun_age(sentence: Sentence, span: Span) -> bool:
    """Whether the age ``span`` is the complement of "be" whose one subject is "he" or "she" ("She was 85.")."""
    tokens = sentence.tokens
    inside = [k for k, t in enumerate(tokens) if span.start <= t.start and t.end <= span.end]
    if len(inside) != 1:
        return False
    figure = inside[0]
    head = tokens[figure].head
    if tokens[figure].dep not in ("attr", "acomp") or not 0 <= head < len(tokens) or head == figure:
        return False
    if tokens[head].lemma.lower() != "be":
        return False
    subjects = [k for k, t in enumerate(tokens) if t.head == head and t.dep in ("nsubj", "nsubjpass") and k != head]
    return len(subjects) == 1 and tokens[subjects[0]].lemma.lower() in _HE_SHE
