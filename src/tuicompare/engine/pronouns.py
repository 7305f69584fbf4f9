"""The person a sentence refers to by a pronoun only: "He faces up to 20 years" after a sentence naming Ann Roe.

Outlets name a person in full once and then write "he" or "she": one outlet's "Roe, who acted as her own
lawyer, faces life in prison" and another's "She could be sentenced to 119 years" state one fact, but only
the first names her, so the two share no value and their link lacks the bonus a shared person gives
(``links.strength``). A third-person pronoun most often refers to the first person (the subject, in news
prose) of the nearest sentence before it that names one, at most ``LOOK_BACK`` sentences back; that person
is the sentence's referent. Only a person few sentences of the story name counts (``LinkTuning.rare_share``,
as for ``rare_bonus``): the story's protagonist, whom every "he" may mean, tells no fact from another.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["LOOK_BACK", "THIRD_PERSON", "pronoun_referents"]

#: Lemmas of the third-person singular pronouns that refer to a person (spaCy lemmatises "him" as "he").
THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
#: How many sentences before a pronoun its person is looked for (a pronoun further from any name is
#: read as the story's protagonist by a reader, not as the last person named).
LOOK_BACK = 2


def _people(sentence: SentenceFeatures, entity_of: Mapping[Span, int], people: Collection[int]) -> list[int]:
    """The persons a sentence names, in reading order, each once."""
    out: list[int] = []
    for span in sentence.spans:
        entity = entity_of.get(span) if span.kind == "name" else None
        if entity is not None and entity in people and entity not in out:
            out.append(entity)
    return out


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
        For each sentence, the first person named by the nearest of the ``LOOK_BACK`` sentences before it
        that names one, when the sentence holds a third-person pronoun and does not name that person
        itself; else None.
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
