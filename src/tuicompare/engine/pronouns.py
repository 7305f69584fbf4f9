"""The person a sentence refers to by a pronoun only: "He faces up to 20 years" after a sentence naming Ann Roe.

Outlets name a person in full once and then write "he" or "she": one outlet's "Roe, who acted as her own
lawyer, faces life in prison" and another's "She could be sentenced to 119 years" state one fact, but only
the first names her, so the two share no value and their link lacks the bonus a shared person gives
(``links.strength``). A third-person pronoun most often refers to the subject of the nearest sentence
before it that names a person (a person the parse makes a subject there, else the first one named), at
most ``LOOK_BACK`` sentences back; that person
is the sentence's referent. Only a person few sentences of the story name counts (``LinkTuning.rare_share``,
as for ``rare_bonus``): the story's protagonist, whom every "he" may mean, tells no fact from another.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["LOOK_BACK", "THIRD_PERSON", "pronoun_referents"]

#: Lemmas of the third-person singular pronouns that refer to a person (spaCy lemmatises "him" as "he").
THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
#: Dependency labels of a verb's subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: How many sentences before a pronoun its person is looked for (a pronoun further from any name is
#: read as the story's protagonist by a reader, not as the last person named).
LOOK_BACK = 2


def _people(sentence: SentenceFeatures, entity_of: Mapping[Span, int], people: Collection[int]) -> list[int]:
    """The persons a sentence names, each once: the subject of a verb first, then the rest in reading order.

    A pronoun continues the sentence before it most often with that sentence's subject ("In addition to his
    talk with Roe, Hale called Poe. During the call, he thanked ..." is Hale's thanks).
    """
    subjects: list[int] = []
    others: list[int] = []
    tokens = sentence.parse.tokens if sentence.parse is not None else ()
    for span in sentence.spans:
        entity = entity_of.get(span) if span.kind == "name" else None
        if entity is None or entity not in people or entity in subjects or entity in others:
            continue
        subject = any(t.dep in _SUBJECTS and span.start <= t.start and t.end <= span.end for t in tokens)
        (subjects if subject else others).append(entity)
    return subjects + [e for e in others if e not in subjects]


def _has_pronoun(sentence: SentenceFeatures) -> bool:
    parse = sentence.parse
    return parse is not None and any(t.pos == "PRON" and t.lemma.lower() in THIRD_PERSON for t in parse.tokens)


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
    named = [_people(s, entity_of, people) for s in sentences]
    out: list[int | None] = []
    for n, sentence in enumerate(sentences):
        found = None
        if _has_pronoun(sentence):
            before = next((named[k] for k in range(n - 1, max(n - LOOK_BACK, 0) - 1, -1) if named[k]), [])
            if before and before[0] not in named[n]:
                found = before[0]
        out.append(found)
    return out
