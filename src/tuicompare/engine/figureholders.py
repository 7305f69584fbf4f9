"""Whose a figure is, and a person's home named at two grains: false red conflicts of the ECB+ audits.

- **Different holders.** A figure belongs to the subject of its clause: "where she had worked for 15
  years" against "Dorsey has been at the plant for 37 years, and worked beside the shooter, Mara
  Quill". When one sentence gives its figure to a person the other article never names, while it
  also names someone the other sentence names (the shared participant, in another role), the figure
  is another person's: the two values answer two questions and are not compared (``two_holders``).
  A figure whose holder the other article names ("Mara Quill had worked there for 37 years") is
  still compared, and so is one of a person named by that sentence alone (nothing says whose the
  other figure is then).
- **Two sources, one article naming both.** "Ann Roe reported on her show that ..." against "Tom Poe
  reports that ...", where the first article names Tom Poe too, with his own report: each name is the
  source of its own report or quote, and an article that names both knows them for two, so the outlets
  do not disagree on who said it (``named_together``, read in ``conflicts.observe`` for two names each
  the subject of a verb of saying or reporting in sentences that share no quotation and are not alike
  enough to state one fact). Not for a name changed in one statement (the sentences share the quote or
  are alike), nor for places, nor for names in other roles: a changed surname planted in a story is
  then often paired with another person the changed article also names, and dropping those pairs lost
  planted changes (``bench_real.py --split fresh``, conflict-or-possible recall 0.621 -> 0.609 when the
  rule read every name). False possible differences of the ECB+ audits (two reporters, two quoted
  executives: classes both-in-one-article and different-holders, sixteenth session).
- **A home at two grains.** "Ann Roe, 59, of Queens" against "Ann Roe, 59, of College Point": a
  borough and a neighbourhood within it. Without a gazetteer the engine cannot tell a place from a
  place within it, so two homes of one person are a possible difference at most
  (``homes_at_two_grains``), unless both names are of one known level (two US states, two
  countries), where one cannot hold the other.
- **Two people titled apart.** "Agent Roe also represents catcher Jo Poe" against "Roe represented center
  fielder Al Doe": two names each given its own title, the titles sharing no word, in sentences not alike
  enough to state one fact (nor sharing a quote): two people, each in his own role, not one person named two
  ways (``titled``; false possible differences of real coverage and the ECB+ audits, class different-people).
  A statement given to two officials ("..., Sheriff Roe said" against "..., Undersheriff Poe said") is read in
  sentences alike enough to be one statement, a title shared in a word ("general manager", "manager") is
  one post, and two names sharing a word ("Larry Roe", "Larry Poe") may be one person's, renamed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import clause_subject
from tuicompare.engine.placelevels import level
from tuicompare.engine.slotroles import SlotRoles

__all__ = ["holder", "homes_at_two_grains", "named_together", "titled", "two_holders"]

#: How far up the parse the verb of a figure is looked for (figure, preposition, noun, preposition, verb).
_HOPS = 4
#: A holder that is a pronoun: someone, but the parse alone does not say who.
PRONOUN = -1


def holder(side: SentenceFeatures, span: Span, entity_of: Mapping[Span, int]) -> int | None:
    """The entity that is the subject of the verb ``span`` hangs from, ``PRONOUN``, or None (no subject read).

    "Dorsey has been at the plant for 37 years": Dorsey's entity; "she had worked there for 15 years":
    ``PRONOUN``; a common noun or no subject: None.
    """
    parse = side.parse
    if parse is None:
        return None
    tokens = parse.tokens
    found = clause_subject(tokens, span.start, span.end, _HOPS)
    if found is None:
        return None
    subject = found[1]
    if tokens[subject].pos == "PRON":
        return PRONOUN
    at = tokens[subject].start
    return next(
        (entity_of[s] for s in side.spans if s.kind == "name" and s.start <= at < s.end and s in entity_of), None
    )


def two_holders(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    entity_of: Mapping[Span, int],
    entity_label: Sequence[str],
    named: Mapping[str, frozenset[int]],
) -> bool:
    """True when one figure is a person's whom the other article never names, and its sentence names someone
    of the other sentence besides (see the module).

    ``named`` holds the entities each article names anywhere (``SlotRoles.named``).
    """
    holders = (holder(a, x, entity_of), holder(b, y, entity_of))
    people = [_people(side, entity_of, entity_label) for side in (a, b)]
    for own, other, article in ((0, 1, b.article), (1, 0, a.article)):
        held = holders[own]
        if held is None or held == PRONOUN or entity_label[held] != "person" or held == holders[other]:
            continue
        if held in named.get(article, frozenset()):
            continue  # the other article names the holder: its figure may well be the same person's
        if (people[own] - {held}) & people[other]:
            return True
    return False


#: The kinds of entity whose two names one article gives are two of them (not places: one article often names a
#: town and the county it lies in).
_NAMED_APART = frozenset({"person", "organisation"})


def named_together(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    entity_of: Mapping[Span, int],
    entity_label: Sequence[str],
    named: Mapping[str, frozenset[int]],
) -> bool:
    """True when ``x`` and ``y`` are two people (or two bodies) one of their two articles names both of.

    ``named`` holds the entities each article names anywhere (``SlotRoles.named``).
    """
    ex, ey = entity_of.get(x), entity_of.get(y)
    if ex is None or ey is None or ex == ey or {entity_label[ex], entity_label[ey]} - _NAMED_APART:
        return False
    return ey in named.get(a.article, frozenset()) or ex in named.get(b.article, frozenset())


def _people(side: SentenceFeatures, entity_of: Mapping[Span, int], entity_label: Sequence[str]) -> set[int]:
    """The people a sentence names."""
    return {entity_of[s] for s in side.spans if s in entity_of and entity_label[entity_of[s]] == "person"}


def homes_at_two_grains(
    x: Span, y: Span, roles: SlotRoles, entity_of: Mapping[Span, int], entity_label: Sequence[str]
) -> bool:
    """True when two names are each the home of one person ("Ann Roe of Queens") and not of one known level."""
    owners = []
    for span in (x, y):
        of = {
            entity_of[anchor]
            for anchor, relation in roles.anchors.get(span, ())
            if relation == "prep:of" and anchor in entity_of and entity_label[entity_of[anchor]] == "person"
        }
        owners.append(of)
    if not owners[0] & owners[1]:
        return False
    at = level(x)
    return not (at and at == level(y))


def titled(x: Span, y: Span) -> bool:
    """Whether two people's names each carry a title and the titles share no word (see the module docstring: asked
    only of sentences that do not state one statement).

    Args:
        x: A name.
        y: The other sentence's name.
    """
    people = x.kind == y.kind == "name" and x.label == y.label == "PERSON"
    # Asked of every pair of slots of a link, most of them no two titled people: the words are read last.
    if not (people and x.role and y.role) or set(x.role) & set(y.role):
        return False
    # A name word in common ("Larry Roe" / "Larry Poe") may be one person's name changed: not read apart.
    return not set(x.text.casefold().split()) & set(y.text.casefold().split())
