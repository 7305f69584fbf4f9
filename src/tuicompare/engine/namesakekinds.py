"""A full name the recogniser calls a place or a firm, beside a person of its given name: a person.

spaCy's small model tags an unfamiliar full name by its words: "Austin Roe" is a place (Austin, Texas), "Ann
Poe" a firm, and every mention of it alike, so the entity vote (``entities._vote``) has no person's tag to
count. When the story names a person of that very given name in full in running text ("Austin Lee said"; voted a
person, by the tags or by a role, "pinup queen Austin Lee"), a name made of that given name and a surname is a
person's name too: the given name is what the two share, and it names people in this story. Read as a place or
a firm, the name could never pair with its namesake's slot, so a surname one outlet changed ("Austin Lee" in one
article, "Austin Roe" in another) went unread.

Strict, as firms and places are named after people: the name is two to four capitalised words, no mention of it
is given a place's or a firm's noun ("the town of", "the carmaker"), its last word is no noun of a place, a body
or a firm ("Austin Street", "Lincoln Memorial", "Jordan Company"), its first no part of a place ("North"),
the whole is no place a gazetteer knows ("Jordan Valley"), and no word after the given name is the namesake's
surname or begins as it does ("Brindle Vaultworks" beside a "Brindle Vaults" read as a person: a firm and its short
form). Only the kind changes: no mention joins another.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from tuicompare.engine.firms import FIRM_NOUNS, firm_title
from tuicompare.engine.gazetteer import readings
from tuicompare.engine.names import FIRM_DESIGNATORS, TITLES
from tuicompare.engine.placekinds import BODY_WORDS, PART_WORDS, SITE_WORDS
from tuicompare.engine.placelevels import KINDS

if TYPE_CHECKING:
    from tuicompare.engine.entities import ResolvedEntity

__all__ = ["namesakes_are_people"]

#: Last words that make a name a place's, a body's or a firm's ("Lincoln Memorial", "Ford Foundation").
_HEADS = (
    FIRM_NOUNS
    | FIRM_DESIGNATORS
    | BODY_WORDS
    | SITE_WORDS
    | KINDS
    | frozenset(
        {
            "street",
            "avenue",
            "road",
            "square",
            "bridge",
            "memorial",
            "center",
            "centre",
            "park",
            "hall",
            "house",
            "tower",
            "valley",
            "river",
            "lake",
            "mountain",
            "county",
            "city",
            "group",
            "post",
            "times",
            "news",
            "institute",
            "fund",
            "trust",
            "team",
            "club",
            "award",
            "prize",
            "act",
            "bill",
            # Words that end firms' names ("Summit Entertainment", "Vault Storage Systems").
            "systems",
            "storage",
            "holdings",
            "partners",
            "capital",
            "technologies",
            "solutions",
            "industries",
            "enterprises",
            "international",
            "media",
            "entertainment",
            "pictures",
            "films",
            "records",
            "studios",
            "motors",
            "airlines",
            "labs",
            "ventures",
            "network",
        }
    )
)


def _name_words(text: str) -> list[str] | None:
    """The lower-cased words of a span written as a person's full name ("Ann Roe"), else None."""
    words = text.split()
    if not 2 <= len(words) <= 4:
        return None
    # Capitalised words of letters, none written in capitals ("Austin FC": a club's letters).
    if not all(w[:1].isupper() and not w.isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    lowered = [w.lower() for w in words]
    if len(lowered[0]) < 2 or lowered[0] in TITLES or lowered[0] in PART_WORDS or lowered[-1] in _HEADS:
        return None
    return lowered


def _given_names(entities: Sequence[ResolvedEntity], running: Callable[[str], bool] | None) -> dict[str, set[str]]:
    """The given names of the story's people written in full in running text, each with the surnames it leads.

    A mention's words are read before its sentence: most mentions are one word ("Roe"), and their sentences go unread.
    """
    out: dict[str, set[str]] = {}
    for entity in entities:
        if entity.label != "person":
            continue
        for span in entity.spans:
            words = _name_words(span.text)
            if words is not None and (running is None or running(span.sentence)):
                out.setdefault(words[0], set()).add(words[-1])
    return out


def _one_word(a: str, b: str) -> bool:
    """Whether two name words may be one ("vault", "vaults"): they share their first four letters (or are one)."""
    return a[:4] == b[:4] if min(len(a), len(b)) >= 4 else a == b


def _named_person(
    entity: ResolvedEntity,
    given: dict[str, set[str]],
    running: Callable[[str], bool] | None,
    place_nouns: frozenset[str],
) -> bool:
    """Whether an entity voted no person is a full name of a person's given name, with nothing saying otherwise."""
    # The mentions that may be such a name, read first: most entities have none, and their roles go unread.
    named = []
    for span in entity.spans:
        words = _name_words(span.text)
        if words is not None and words[0] in given and (running is None or running(span.sentence)):
            named.append((span, words))
    if not named:
        return False
    # "the carmaker Ann Roe", "Ann Roe, a town in Ohio": the article says what it is. A preposition of place ("born
    # in 1923 in Nashville, Ann Roe was") says nothing: it takes a person too (``entities._vote``).
    if any(firm_title(s.role) or place_nouns & set(s.role) for s in entity.spans):
        return False
    for span, words in named:
        if any(_one_word(w, o) for w in words[1:] for o in given[words[0]]):
            # "Brindle Vault Storage Systems" beside a "Brindle Vaults" the recogniser calls a person: the firm and
            # its short form, not two people of one given name (a surname changed is another word; a middle name
            # the two share, "Ann Lee Roe" and "Ann Lee Poe", is no such sign).
            return False
        if readings(span.text):
            return False  # "Jordan Valley": a place of that name
    return True


def namesakes_are_people(
    entities: list[ResolvedEntity], running: Callable[[str], bool] | None, place_nouns: frozenset[str]
) -> list[ResolvedEntity]:
    """The story's entities, a full name voted a place or a firm read as a person's beside a namesake person.

    Args:
        entities: The story's resolved entities (``entities.resolve``).
        running: Whether a sentence (by id) is running text, not a title-case line; None: every line is.
        place_nouns: Apposition nouns that say a name is a place (``entities.PLACE_NOUNS``: "Ann Roe, a town").

    Returns:
        The entities, in order, each such name's label ``person``.
    """
    given = _given_names(entities, running)
    if not given:
        return entities
    # One pass over the other entities' mentions, each split once: the entities one of whose names a given name
    # leads (the others cannot change; most stories have none), and how many lead with each given name (the only
    # words whose count is read).
    leads: dict[str, int] = {}
    candidates = []
    for n, entity in enumerate(entities):
        if entity.label == "person":
            continue
        firsts = set()
        for span in entity.spans:
            words = span.text.split(maxsplit=1)
            if len(words) > 1:
                firsts.add(words[0].lower())
        led = firsts.intersection(given)
        if led:
            candidates.append(n)
            for name in led:
                leads[name] = leads.get(name, 0) + 1
    if not candidates:
        return entities
    # A word that leads the names of two things of the story or more ("Matanuska Maid", "Matanuska Creamery") is a
    # place's or a maker's name, not a given name, whatever the recogniser makes of one of them.
    given = {name: surnames for name, surnames in given.items() if leads.get(name, 0) < 2}
    out = list(entities)
    for n in candidates:
        if _named_person(out[n], given, running, place_nouns):
            out[n] = replace(out[n], label="person")
    return out
