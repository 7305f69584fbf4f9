"""Whether two people's names, in two linked sentences, fill one place in one fact.

``surnames.surname_conflicts`` reads a person one article names with another surname than another article
does ("Ann Poe" / "Ann Roe"). When some other article names neither, the story's articles cannot tell which
outlet renamed whom, or whether the two are two people of one given name; the two sentences can. Two names in
linked sentences (``links.cross_links``) fill one place in one fact when they are arguments of one verb ("Ann
Poe retired" / "Ann Roe will retire"), or of two verbs of one act (``verbclasses.one_act``), or stand in one
relation to one entity (``slotroles.fact_relation``), or when each is named beside one other person ("Ann Poe
and Jo Lee" / "Jo Lee and Ann Roe": the same pair, told with one surname changed) when the story names that
other person rarely: its main figure stands beside everyone ("Ann Poe stood beside Mayor Jo Lee" / "Jo Lee
toured the hall with Ann Roe" may be two of the mayor's guests). Two people of one given
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
) -> Callable[[Span, Span], bool]:
    """A test of two person mentions: whether their sentences are linked and the names fill one place in one fact.

    Args:
        links: The story's links between sentences of two rows.
        roles: The story's ``SlotRoles``.
        entity_of: Name slot -> its resolved entity.
        labels: Entity -> its type; only people count as companions.
        story_sentences: How many sentences the story's articles hold; a companion named in more than
            ``TUNING.conflicts.companion_share`` of them is no evidence (0: every companion is).
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

    def one_fact(x: Span, y: Span) -> bool:
        if frozenset((x.sentence, y.sentence)) not in linked:
            return False
        vx, vy = roles.argument.get(x, ""), roles.argument.get(y, "")
        if same_frame(vx, vy) or one_act(vx, vy) or fact_relation(x, y, roles) == SAME:
            return True
        pair = {entity_of.get(x), entity_of.get(y)}
        shared = (named_in.get(x.sentence, set()) & named_in.get(y.sentence, set())) - pair
        return bool(shared & rare)

    return one_fact
