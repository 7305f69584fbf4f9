"""The person a sentence refers to by a pronoun only: "He faces up to 20 years" after a sentence naming Ann Roe.

Outlets name a person in full once and then write "he" or "she": one outlet's "Roe, who acted as her own
lawyer, faces life in prison" and another's "She could be sentenced to 119 years" state one fact, but only
the first names her, so the two share no value and their link lacks the bonus a shared person gives
(``linkstrength.strength``). A third-person pronoun most often refers to the subject of the nearest sentence
before it that names a person (a person the parse makes a subject there, else the first one named), at
most ``LOOK_BACK`` sentences back; that person
is the sentence's referent. Only a person few sentences of the story name counts (``LinkTuning.rare_share``,
as for ``rare_bonus``): the story's protagonist, whom every "he" may mean, tells no fact from another.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import cast

from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["LOOK_BACK", "THIRD_PERSON", "pronoun_referents"]

#: Lemmas of the third-person singular pronouns that refer to a person (spaCy lemmatises "him" as "he").
THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
#: The keys a sentence's pronoun and subject spans are kept under in ``SentenceFeatures.readings``.
_PRONOUN, _SUBJECT_SPANS = "third-person pronoun", "subject spans"
#: Dependency labels of a verb's subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: How many sentences before a pronoun its person is looked for (a pronoun further from any name is
#: read as the story's protagonist by a reader, not as the last person named).
LOOK_BACK = 2


def _has_pronoun(sentence: SentenceFeatures) -> bool:
    """Whether a sentence holds a third-person pronoun (kept on its readings: a pure reading of its parse)."""
    read = sentence.readings
    found = read.get(_PRONOUN)
    if found is None:
        found = False
        # A loop, not ``any`` of a generator (resumed once per token): every sentence's tokens are read here.
        for t in sentence.parse.tokens if sentence.parse is not None else ():
            if t.pos == "PRON" and t.lemma.lower() in THIRD_PERSON:
                found = True
                break
        read[_PRONOUN] = found
    return cast("bool", found)


def _subjects(sentence: SentenceFeatures) -> tuple[bool, ...]:
    """Which of a sentence's spans the parse makes a verb's subject (kept on its readings, read when asked)."""
    read = sentence.readings
    found = read.get(_SUBJECT_SPANS)
    if found is None:
        tokens = [t for t in sentence.parse.tokens if t.dep in _SUBJECTS] if sentence.parse is not None else []
        found = read[_SUBJECT_SPANS] = tuple(
            span.kind == "name" and any(span.start <= t.start and t.end <= span.end for t in tokens)
            for span in sentence.spans
        )
    return cast("tuple[bool, ...]", found)


def _people(sentence: SentenceFeatures, entity_of: Mapping[Span, int], people: Collection[int]) -> list[int]:
    """The persons a sentence names, each once: the subject of a verb first, then the rest in reading order.

    A pronoun continues the sentence before it most often with that sentence's subject ("In addition to his
    talk with Roe, Hale called Poe. During the call, he thanked ..." is Hale's thanks).
    """
    named = [e for span in sentence.spans if span.kind == "name" and (e := entity_of.get(span)) in people]
    if not named:
        return []
    subjects: list[int] = []
    others: list[int] = []
    for span, subject in zip(sentence.spans, _subjects(sentence), strict=True):
        entity = entity_of.get(span) if span.kind == "name" else None
        if entity is not None and entity in people and entity not in subjects and entity not in others:
            (subjects if subject else others).append(entity)
    return subjects + [e for e in others if e not in subjects]


def pronoun_referents(
    sentences: Sequence[SentenceFeatures], entity_of: Mapping[Span, int], people: Collection[int]
) -> list[int | None]:
    """Per sentence of one article (in order), the person its pronoun refers to when it does not name them.

    Args:
        sentences: One article's active sentences, in reading order.
        entity_of: Resolved entity of each name span.
        people: The entities resolved as persons.

    Returns:
        For each sentence, the subject person (else the first named) of the nearest of the ``LOOK_BACK``
        sentences before it that names one, when the sentence holds a third-person pronoun and does not
        name that person itself; else None.
    """
    named: dict[int, list[int]] = {}

    def persons(k: int) -> list[int]:
        if k not in named:
            named[k] = _people(sentences[k], entity_of, people)
        return named[k]

    out: list[int | None] = []
    for n, sentence in enumerate(sentences):
        found = None
        if _has_pronoun(sentence):
            before = next((persons(k) for k in range(n - 1, max(n - LOOK_BACK, 0) - 1, -1) if persons(k)), [])
            if before and before[0] not in persons(n):
                found = before[0]
        out.append(found)
    return out
