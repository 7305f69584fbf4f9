"""Two dates of one act told through a link: a difference judged by a row's cut, not a link's.

A difference found only through a link is at most a possible one unless it is very sure
(``LinkTuning.conflict_min``): two rows are weaker evidence of one fact than one row, and the
confidence of a link's differences does not tell the true from the false ones (two candidates, two
programmes, two counts). A date pair can say by its own words that it is one fact's: each date is the
one date of its sentence (of one grain: two days, two months or two years), and both hang from one act,
the same verb or event noun ("The shootings happened ... Monday" / "the shooting took place ...
Thursday") or two words of one act (``verbclasses.one_act``: "an appearance Wednesday on the show" /
"appeared on the show on Sunday"; "sprained the knee in last Thursday's loss" / "was injured in the
Sunday night loss"; "his death in 2004" / "who died in 2006"). Such a pair is judged as a row's pair is.

What keeps two acts apart: a verb of speech or a generic verb dates any act; the verbs of a contest
("won", "beat", "scored") and of one event's several acts recur on many days of one story; a second date
of one grain in either sentence may be the one the other states ("won an Emmy in 2005 for hosting the
Tonys in 2004"); and a name the act takes as its argument that the other sentence does not name ("Oppal
hired Robertson in June" / "Oppal appointed a special prosecutor in October") may make two acts of one
verb, two hirings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine.evidence import same_frame
from tuicompare.engine.features import Span
from tuicompare.engine.frames import NOUN_FRAME
from tuicompare.engine.observations import Observation
from tuicompare.engine.slotroles import SlotRoles
from tuicompare.engine.soledates import one_date_each
from tuicompare.engine.verbclasses import GENERIC, STATEMENTS, act_class, one_act

__all__ = ["one_dated_act", "sentence_slots"]

#: Classes of acts that recur on many days of one story (a season's games, a career's wins).
_RECURRING = frozenset({"game", "beat"})


def sentence_slots(roles: SlotRoles) -> dict[str, list[Span]]:
    """Every keyed slot of the story (``SlotRoles.frame`` holds each), by sentence id."""
    out: dict[str, list[Span]] = {}
    for span in roles.frame:
        out.setdefault(span.sentence, []).append(span)
    return out


def _act_word(verb: str) -> str:
    return verb.removeprefix(NOUN_FRAME)


def _names_apart(own: Span, frame: str, slots: Sequence[Span], other: Sequence[Span], roles: SlotRoles) -> bool:
    """Whether a name the date's act takes as its argument is not named in the other sentence."""
    if frame.startswith(NOUN_FRAME):
        return False
    named = {word for s in other if s.kind == "name" and s.key for word in s.key.split()}
    for span in slots:
        if span.kind != "name" or span is own or roles.argument.get(span, "") != frame or not span.key:
            continue
        if not set(span.key.split()) & named:
            return True
    return False


def one_dated_act(o: Observation, roles: SlotRoles, slots: Mapping[str, Sequence[Span]]) -> bool:
    """Whether a date difference through a link is one act's two dates (see the module docstring).

    Args:
        o: A difference of two slots found through a link.
        roles: The story's slot readings (frames, arguments).
        slots: Every keyed slot of the story by sentence (``sentence_slots``).

    Returns:
        True when both values are dates of one grain, each the one dated slot of its sentence, hanging
        from one act that is no statement, generic verb or recurring contest, and no name the act takes
        is missing from the other sentence.
    """
    if o.kind != "conflict":
        return False
    (x, _), (y, _) = o.spans
    own_x, own_y = slots.get(x.sentence, ()), slots.get(y.sentence, ())
    if not one_date_each(x, y, own_x, own_y):
        return False
    fx, fy = roles.frame.get(x, ""), roles.frame.get(y, "")
    if not fx or not fy or {_act_word(fx), _act_word(fy)} & (GENERIC | STATEMENTS):
        return False
    if (act_class(fx) | act_class(fy)) & _RECURRING:
        return False
    if not (same_frame(fx, fy) or one_act(fx, fy)):
        return False
    return not (_names_apart(x, fx, own_x, own_y, roles) or _names_apart(y, fy, own_y, own_x, roles))
