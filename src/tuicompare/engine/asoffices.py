"""The office a sentence gives a person by "as": "calling her tenure as secretary of state", "who served as mayor".

``surnames`` reads a person one article names with another surname than another article does, and asks for
evidence beyond the given name that the two names are one person's; one office both names hold is such evidence
(``roles.one_seat``). The role reader reads a title before a name and a noun in apposition to it; a sentence
often gives the office otherwise, by "as" after a possessive pronoun of the name or after "serve" said of it
("Ann Roe, calling her tenure as secretary of state a failure", "Ann Roe, who served as mayor"), and that
office was not read, so the name shared no office with "Secretary of State Ann Poe" in another article.

Read only where nobody else is named in the sentence, so that the pronoun or the verb can only be the name's,
and only a role noun ("secretary", "mayor"; "of" and a bare noun after it make one post, as in
``bodyties.compound_office``: "secretary of state").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine.context import parsed_slot
from tuicompare.engine.features import Span
from tuicompare.engine.rolenouns import role_noun
from tuicompare.engine.roles import offices
from tuicompare.models import Sentence, Token

__all__ = ["as_offices"]

#: Possessive pronouns of one person ("her tenure as", "his term as"); "their" may be several people's.
_OWN = frozenset({"his", "her"})


def as_offices(
    spans: Sequence[Span], entity_of: Mapping[Span, int], labels: Sequence[str], sentences: Mapping[str, Sentence]
) -> dict[int, set[str]]:
    """The offices each person is given by "as" in a sentence naming no one else (see the module docstring).

    Args:
        spans: Every slot of the story.
        entity_of: Name slot -> its resolved entity.
        labels: Entity -> its type; only people count.
        sentences: Sentence id -> its parsed sentence.

    Returns:
        Person entity -> the offices read ("secretary of state", "mayor"); people with none are left out.
    """
    people: dict[str, list[tuple[Span, int]]] = {}
    for span in spans:
        entity = entity_of.get(span)
        if entity is not None and labels[entity] == "person":
            people.setdefault(span.sentence, []).append((span, entity))
    out: dict[int, set[str]] = {}
    for sentence, named in people.items():
        if len({e for _s, e in named}) != 1 or sentence not in sentences:
            continue  # two people named: "her" or "who served" may be the other's
        for span, entity in named:
            found = _offices_as(span, sentences[sentence])
            if found:
                out.setdefault(entity, set()).update(found)
    return out


def _offices_as(span: Span, sentence: Sentence) -> set[str]:
    """The offices after "as" said of one name: "<name> ... her <noun> as <office>", "<name> served as <office>"."""
    found = parsed_slot(sentence, span.start, span.end)
    if found is None:
        return set()
    tokens, (_first, last, root) = found
    n = len(tokens)
    at: list[int] = []  # the tokens "as" the office follows
    for i in range(last + 1, n - 2):
        # "her tenure as": a possessive pronoun after the name, a noun, then "as" (however the parser hangs "as")
        t = tokens[i]
        own = t.pos == "PRON" and t.dep == "poss" and t.lemma.lower() in _OWN
        if own and tokens[i + 1].pos == "NOUN" and tokens[i + 2].lemma.lower() == "as":
            at.append(i + 2)
    for k, t in enumerate(tokens):
        # "Ann Roe served as", "Ann Roe, who served as": the name is what serves
        if t.lemma.lower() != "serve" or t.pos != "VERB":
            continue
        subject = any(x.head == k and x.dep == "nsubj" and j == root for j, x in enumerate(tokens))
        relative = t.dep == "relcl" and t.head == root
        if subject or relative:
            at += [j for j, x in enumerate(tokens) if x.head == k and x.dep == "prep" and x.lemma.lower() == "as"]
    out: set[str] = set()
    for i in at:
        if i + 1 < n:
            out |= _office_at(tokens, i + 1)
    return out


def _office_at(tokens: Sequence[Token], i: int) -> set[str]:
    """The office a role noun at ``i`` names: "<title> of <bare noun>" as one post, else the title's office."""
    title = tokens[i]
    word = title.lemma.lower().strip(".")
    if title.pos not in ("NOUN", "PROPN") or not role_noun(word):
        return set()
    if i + 2 < len(tokens) and tokens[i + 1].lemma.lower() == "of" and tokens[i + 2].pos in ("NOUN", "PROPN"):
        field = i + 2
        if not any(t.head == field and k != field for k, t in enumerate(tokens)):
            return {f"{word} of {tokens[field].lemma.lower()}"}
        return set()  # "as director of the Harbour Trust": a body, not a field
    return set(offices((word,)))
