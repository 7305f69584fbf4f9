"""A date on the first of two conjoined verbs dates the second too: "walked in Friday and shot a man".

The parser hangs a date on the nearest verb of its clause, which in a row of acts told with "and" is often
the first: "A former employee walked into a party Friday and shot and killed a man" gives "Friday" to
"walked", though the day is the shooting's as much. The other outlet may date the shooting itself ("after a
shooting at a party Tuesday", "was shot Tuesday"), and the two dates, read by their own verbs, seem of two
acts (``verbclasses.acts_apart``) and stay unsure. Verbs that one "and" joins to the date's verb, with no
subject of their own (one doer's acts, not a second clause: "Roe left Friday and Poe stayed") and no date of
their own ("was arrested Tuesday and charged Friday"), are read as dated by it too: when one of them and the
other side's verb are one act (``verbclasses.one_act``: "shot" and "a shooting", "hit" and "struck"), the two
dates fill one role of that act, as two verbs of one act do (``ConflictTuning.act_evidence``). Measured on the
ten tuning splits (``bench_real.py --split S``): fresh6's shooting (both ways) and hit-and-run turn red, every
other split, BASIL held and the audits unchanged (``docs/measurements.md``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import frame_index
from tuicompare.engine.observations import Observation
from tuicompare.engine.slotroles import SlotRoles
from tuicompare.engine.verbclasses import one_act

__all__ = ["conjoined", "conjoined_act", "conjoined_verbs"]

#: Dependencies of a clause's own subject: a conjoined verb with one is a second clause, not the same doer's act.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def conjoined_verbs(side: SentenceFeatures, date: Span) -> frozenset[str]:
    """The lemmas of the verbs "and" joins to the verb ``date`` hangs from, that the date dates too.

    Only verbs with no subject of their own, no negation and no date of their own (another dated slot of the
    sentence hangs from none of them); the date's own verb is left out.
    """
    parse = side.parse
    if parse is None or not any(t.dep == "conj" and t.pos == "VERB" for t in parse.tokens):
        return frozenset()  # most sentences join no verbs: nothing more to read
    verb = frame_index(parse, date.start, date.end)
    tokens = parse.tokens
    if verb < 0 or tokens[verb].pos != "VERB":
        return frozenset()
    group = {verb}
    grew = True
    while grew:  # the conj chain both ways: "walked ... and shot and killed"
        grew = False
        for k, t in enumerate(tokens):
            joined = t.dep == "conj" and t.pos == "VERB" and (t.head in group or (k in group and t.head != k))
            if not joined:
                continue
            for m in (k, t.head):
                if m not in group and tokens[m].pos == "VERB":
                    group.add(m)
                    grew = True
    group.discard(verb)
    if not group:
        return frozenset()
    dated = {frame_index(parse, s.start, s.end) for s in side.spans if s.vtype == "date" and s.key and s is not date}
    # A verb with its own subject is a second clause; a negated one ("but did not shoot") tells no act at all.
    own = {t.head for t in tokens if t.dep in _SUBJECTS or t.dep == "neg"}
    return frozenset(tokens[k].lemma.lower() for k in group if k not in own and k not in dated)


def conjoined_act(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span, frames: Mapping[Span, str]) -> bool:
    """True when two dates hang from verbs of one act once each date's conjoined verbs are read as its own.

    Args:
        a: One sentence.
        b: The other (``x`` and ``y`` are date slots of the two, in either order).
        x: A slot.
        y: The other sentence's slot.
        frames: Slot -> the verb (or event noun) it hangs from (``SlotRoles.frame``).
    """
    if not (x.vtype == y.vtype == "date" and x.key and y.key):
        return False
    side_x, side_y = (a, b) if x.sentence == a.id else (b, a)
    more_x, more_y = conjoined_verbs(side_x, x), conjoined_verbs(side_y, y)
    if not (more_x or more_y):
        return False
    own_x, own_y = frames.get(x, ""), frames.get(y, "")
    return _any_one_act([own_x, *more_x], [own_y, *more_y])


def _any_one_act(verbs_x: Sequence[str], verbs_y: Sequence[str]) -> bool:
    return any(one_act(vx, vy) for vx in verbs_x for vy in verbs_y if vx and vy)


def conjoined(o: Observation, a: SentenceFeatures, b: SentenceFeatures, roles: SlotRoles | None) -> bool:
    """Whether a difference of two dates is of one act once each date's conjoined verbs count (``conjoined_act``).

    Asked of a link's differences, which need evidence of one role of their own (``links._one_role``).
    """
    if roles is None or o.kind not in ("conflict", "possible"):
        return False
    (x, _), (y, _) = o.spans
    return conjoined_act(a, b, x, y, roles.frame)
