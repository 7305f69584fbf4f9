"""A person each sentence names in place of the other's, in one role of one verb, for alignment only.

An outlet that gives a person another name ("Ann Roe sued the city" / "Ann Poe sued the city") takes away
what most often held the two sentences together: the person was the rarest term they shared. Two people
told in one grammatical role (subject or object) of one content verb both sentences use may be one person
under two names, and then the pair states one fact; ``align_terms.StoryTerms`` counts such a pair of names
as a shared term, as it does a date or sum each sentence states in place of the other's (``value_slots``),
and only for choosing rows and links (``Link.judged``).
"""

from __future__ import annotations

from collections.abc import Mapping

from tuicompare.engine.context import slot_head
from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["person_slots"]

#: A name's dependency on its verb -> its role: who acts (an active subject, a passive's "by" agent is read
#: below) and who is acted on (an object, a passive subject).
_ROLE = {"nsubj": "subject", "dobj": "object", "nsubjpass": "object"}


def person_slots(sentence: SentenceFeatures, entity_of: Mapping[Span, int] | None) -> dict[str, frozenset[str]]:
    """Each person a sentence names as a verb's subject or object ("@" + entity), with its "role/verb" readings.

    Only resolved people (``entity_of``) count, and only a name the verb governs directly ("Ann Roe sued",
    "sued Ann Roe", "was sued by Ann Roe"): a name inside another phrase ("the lawyer of Ann Roe") is not
    the verb's argument.
    """
    if sentence.parse is None or not entity_of:
        return {}
    tokens = sentence.parse.tokens
    out: dict[str, set[str]] = {}
    for span in sentence.spans:
        if span.kind != "name" or span.label != "PERSON" or span not in entity_of:
            continue
        slot = slot_head(tokens, span.start, span.end)
        if slot is None:
            continue
        head = tokens[slot[2]]
        role, verb = _ROLE.get(head.dep, ""), head.head
        if head.dep == "pobj" and 0 <= verb < len(tokens) and tokens[verb].dep == "agent":
            role, verb = "subject", tokens[verb].head  # "was sued by Ann Roe": the doer
        if not role or not (0 <= verb < len(tokens)) or tokens[verb].pos != "VERB":
            continue
        out.setdefault(f"@{entity_of[span]}", set()).add(f"{role}/{tokens[verb].lemma.lower()}")
    return {t: frozenset(r) for t, r in out.items()}
