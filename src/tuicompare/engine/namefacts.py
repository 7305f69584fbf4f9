"""Whether two people's names, in two linked sentences, fill one place in one fact.

``surnames.surname_conflicts`` reads a person one article names with another surname than another article
does ("Ann Poe" / "Ann Roe"). When some other article names neither, the story's articles cannot tell which
outlet renamed whom, or whether the two are two people of one given name; the two sentences can. Two names in
linked sentences (``links.cross_links``) fill one place in one fact when they are arguments of one verb ("Ann
Poe retired" / "Ann Roe will retire"), or of two verbs of one act (``verbclasses.one_act``), or stand in one
relation to one entity (``slotroles.fact_relation``), or when each is named beside one other person ("Ann Poe
and Jo Lee" / "Jo Lee and Ann Roe": the same pair, told with one surname changed) when the story names that
other person rarely: its main figure stands beside everyone ("Ann Poe stood beside Mayor Jo Lee" / "Jo Lee
toured the hall with Ann Roe" may be two of the mayor's guests), or when both sentences give one figure of one
unit, not a small count ("Ann Poe added 16 points" / "Ann Roe chipped in 16 points"; "the $90 million paid to
Ann Poe" / "the $90 million deal Ann Roe got"): a figure is what a reporter copies from one source with the
name, and two people of one given name given one such figure in two linked sentences are rare. Two people of one given
name quoted in two loosely related sentences share none of these ("Prime Minister Ann Poe faced pressure" /
"Ann Roe said the troops would stay").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from tuicompare.engine.align import Link
from tuicompare.engine.evidence import same_frame
from tuicompare.engine.features import Span
from tuicompare.engine.slotroles import SAME, SlotRoles, fact_relation
from tuicompare.engine.tuning import TUNING
from tuicompare.engine.verbclasses import one_act

__all__ = ["one_fact_names"]


def one_fact_names(
    links: Iterable[Link],
    roles: SlotRoles,
    entity_of: Mapping[Span, int],
    labels: Sequence[str],
    story_sentences: int = 0,
    spans: Iterable[Span] = (),
) -> Callable[[Span, Span], bool]:
    """A test of two person mentions: whether their sentences are linked and the names fill one place in one fact.

    Args:
        links: The story's links between sentences of two rows.
        roles: The story's ``SlotRoles``.
        entity_of: Name slot -> its resolved entity.
        labels: Entity -> its type; only people count as companions.
        story_sentences: How many sentences the story's articles hold; a companion named in more than
            ``TUNING.conflicts.companion_share`` of them is no evidence (0: every companion is).
        spans: Every slot of the story, to read the figures of each sentence (none: no figure ties two names).
    """
    linked = {frozenset((k.a, k.b)) for k in links}
    named_in: dict[str, set[int]] = {}  # sentence id -> the people it names
    for span, number in entity_of.items():
        if labels[number] == "person":
            named_in.setdefault(span.sentence, set()).add(number)
    # The story's main figures stand beside everyone: two people of one given name, each named beside the
    # mayor who opened the terminal, are two of the mayor's guests, not one guest renamed. Only a companion
    # the story names rarely ties the two names to one place.
    said: dict[int, set[str]] = {}
    for sentence, people in named_in.items():
        for number in people:
            said.setdefault(number, set()).add(sentence)
    bound = TUNING.conflicts.companion_share * story_sentences
    rare = {number for number, where in said.items() if not story_sentences or len(where) <= bound}
    figures: dict[str, set[tuple[str, str]]] = {}  # sentence id -> its figures of a unit, not small counts
    for span in spans:
        if _telling(span):
            figures.setdefault(span.sentence, set()).add((span.key or "", span.unit))

    def one_fact(x: Span, y: Span) -> bool:
        if frozenset((x.sentence, y.sentence)) not in linked:
            return False
        vx, vy = roles.argument.get(x, ""), roles.argument.get(y, "")
        if same_frame(vx, vy) or one_act(vx, vy) or fact_relation(x, y, roles) == SAME:
            return True
        if figures.get(x.sentence, set()) & figures.get(y.sentence, set()):
            return True  # "Ann Poe added 16 points" / "Ann Roe chipped in 16 points"
        pair = {entity_of.get(x), entity_of.get(y)}
        shared = (named_in.get(x.sentence, set()) & named_in.get(y.sentence, set())) - pair
        return bool(shared & rare)

    return one_fact


def _telling(span: Span) -> bool:
    """Whether a slot is a figure of a unit that ties two sentences: exact, of a unit, and no small count.

    "16 points", "$90 million", "45" of an age tell one fact; "two" cars, "three" people are what many facts
    count alike. A hedged figure ("about 500") may be two outlets' roundings of two figures.
    """
    if span.kind != "number" or not span.unit or span.approximate or span.key is None:
        return False
    try:
        return float(span.key) >= TUNING.conflicts.figure_tie_min
    except ValueError:
        return False  # a pair ("10-0"), a ratio: read elsewhere
