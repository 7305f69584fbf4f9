"""Two dates of two acts: a sentence that tells of the other side's act apart from the act its date is of.

"In August, the court overturned the conviction that found him guilty" against
"In September 2007 a jury found him guilty": the first sentence tells of the
finding too, but in a clause of a noun; its date hangs from the overturning. The
two dates are of two acts and never one fact (``conflicts.observe`` skips them).
Only a verb in a clause of a noun, or in one set before or after the dated act
("arrested Friday after he shot ..."), tells of another act so: a clause of time
("scored as his team won on Friday") or a verb joined to the dated one ("shot and
killed") may share its date, and the parser may hang the date on either.

Also here, ``dated_alike``: a date the other sentence states, less precisely, in a
slot besides the one it was paired with (that sentence dates this act there; the
paired date is another act's), unless the first sentence states that date too in another slot
(``dated_beside``: "a 2006 conviction" in both is the conviction's, no less precise date of the release,
nor a value moved, ``observations.value_pair``); and ``dated_by_another``: a sentence that dates the
other side's act with a date of its own ("As it promised Tuesday, the firm today
issued a patch" against "issued a patch Wednesday": "today" is the issuing's date,
Tuesday the promise's; a different-facts false possible difference of the ECB+
audits, and a red one when the parse hangs Tuesday on "promised").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine.context import SPEECH, slot_head
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import NOUN_FRAME, SEQUENCE, frame, frame_index
from tuicompare.models import Token

__all__ = ["dated_alike", "dated_beside", "dated_by_another", "dates_of_two_acts"]


def dates_of_two_acts(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span, frames: Mapping[Span, str]) -> bool:
    """True when two dates hang from two verbs and one sentence tells the other's act apart from its date.

    "In August, the court overturned the conviction that found him guilty" against "In September
    2007 a jury found him guilty": the first sentence tells of the finding too, below the
    overturning its date hangs from; the second's date is the finding's. The two dates are of two
    acts, never one fact. Not when the date's verb hangs below the other verb ("voters approved
    the measure, legalizing it, in 2012": the parser may hang the date on the wrong one of the two),
    nor for a date set on a noun ("noun:shooting"), hanging from no verb, or from a verb of speech.
    """
    verb_a, verb_b = frames.get(x, ""), frames.get(y, "")
    if not verb_a or not verb_b or verb_a == verb_b or {verb_a, verb_b} & SPEECH:
        return False
    if verb_a.startswith(NOUN_FRAME) or verb_b.startswith(NOUN_FRAME):
        return False
    return _told_apart(a, x, verb_b) or _told_apart(b, y, verb_a)


def _told_apart(side: SentenceFeatures, date: Span, other: str) -> bool:
    """True when ``side`` tells of an act of verb ``other`` apart from the one ``date`` hangs from.

    The other verb must sit in a clause of a noun ("the conviction that found him guilty") or one set
    before or after the dated act ("arrested Friday after he shot ..."): a clause of time or manner
    ("scored as his team won on Friday") or a verb joined to the dated one ("shot and killed") may
    share its date, and the parser may hang the date on either.
    """
    parse = side.parse
    if parse is None:
        return False
    tokens = parse.tokens
    own = frame_index(parse, date.start, date.end)
    if own < 0:
        return False
    above = _path_up(tokens, own)
    for k, t in enumerate(tokens):
        if t.pos != "VERB" or t.lemma.lower() != other or k in above:
            continue
        path = []
        for node in _path_up(tokens, k):
            if node in above:
                break
            path.append(node)
        if any(tokens[n].dep in ("relcl", "acl") for n in path):
            return True
        if any(c.lemma.lower() in SEQUENCE and c.dep in ("mark", "prep") and c.head in path for c in tokens):
            return True
    return False


def _path_up(tokens: Sequence[Token], start: int) -> list[int]:
    """``start`` and its heads up to the root of the parse, in order."""
    out = [start]
    node = start
    while 0 <= tokens[node].head < len(tokens) and tokens[node].head != node and tokens[node].head not in out:
        node = tokens[node].head
        out.append(node)
    return out


def dated_alike(x: Span, other: SentenceFeatures, paired: Span, own: SentenceFeatures | None = None) -> bool:
    """True when ``other`` states ``x``'s date, as precisely or less, in a slot besides ``paired``.

    "A quake killed 26,000 in Bam in December 2003" against "a quake killed 31,000 in Bam in 2003, and 600
    in Zarand in February": the second sentence dates Bam's quake "2003", which "December 2003" is; its
    "February" is of another event, whatever the slot pairing made of the two dates. A date ``own`` (``x``'s
    sentence) also states in another slot is that slot's, not ``x``'s: "released in late 2006 after serving
    time on a 2006 conviction" against "released in late 2008 after serving time on a 2006 conviction" state
    the conviction's year alike and the release's apart.
    """
    stated = {s.key for s in own.spans if s is not x and s.vtype == "date"} if own is not None else set()
    return any(
        s is not paired
        and s.kind == "date"
        and s.vtype == "date"
        and s.key is not None
        and s.key not in stated
        and _within(x.key or "", s.key)
        for s in other.spans
    )


def dated_beside(x: Span, own: SentenceFeatures, other: SentenceFeatures) -> bool:
    """True when ``x``'s date is another date both compared sentences state alike: ``own`` (``x``'s sentence)
    in another slot, ``other`` in any ("released in late 2006 after serving time on a 2006 conviction" against
    "released in late 2008 after ... a 2006 conviction": the 2006 the other states is the conviction's, stated
    by both, so the release's "late 2006" is no value moved to another slot, ``observations._elsewhere``).
    """
    if x.key is None:
        return False
    mine = any(s is not x and s.vtype == "date" and s.key == x.key for s in own.spans)
    return mine and any(s.vtype == "date" and s.key == x.key for s in other.spans)


def _within(key: str, coarser: str) -> bool:
    """True when the calendar date ``key`` lies in ``coarser``, a year or month of a known year ("2011-03" in "2011").

    Only dates with a stated year: a weekday or a month alone may fall in any year ("Sunday" may be in March).
    """
    return coarser[:4].isdigit() and key[:4].isdigit() and (key == coarser or key.startswith(coarser + "-"))


#: Clauses whose verb a date right after it belongs to, whatever verb the parser hung it on ("As it promised
#: [Tuesday], the firm today issued": the parser may hang Tuesday on "issued" across the clause's end).
_CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp"})


def dated_by_another(side: SentenceFeatures, date: Span, other_verb: str, frames: Mapping[Span, str]) -> bool:
    """True when ``side`` dates the act of ``other_verb`` with another date while ``date`` is of another act.

    ``other_verb`` is the verb the other side's date hangs from ("issue" of "issued a patch Wednesday"):
    when another date of this sentence hangs from a verb of that lemma ("today issued"), that date is the
    act's, and ``date`` ("As it promised Tuesday") is of the act of its own verb. Never for verbs of speech
    (each "said Tuesday" is a statement of its own) nor a date set on a noun.
    """
    parse = side.parse
    if parse is None or not other_verb or other_verb in SPEECH or other_verb.startswith(NOUN_FRAME):
        return False
    own = _own_verb(parse.tokens, date, frames.get(date, ""))
    if not own or own == other_verb:
        return False
    return any(
        s is not date and s.kind == "date" and s.vtype == "date" and frame(parse, s.start, s.end) == other_verb
        for s in side.spans
    )


def _own_verb(tokens: Sequence[Token], date: Span, parsed: str) -> str:
    """The lemma of the verb a date is of: the verb of a clause right before it ("As it promised [Tuesday],"),
    else the verb the parse hangs it from (``parsed``)."""
    slot = slot_head(tokens, date.start, date.end)
    if slot is None:
        return parsed
    before = slot[0] - 1
    while before >= 0 and tokens[before].pos in ("PUNCT", "X"):
        before -= 1  # "[Tuesday]": an editor's bracket
    if before < 0 or tokens[before].pos != "VERB" or tokens[before].dep not in _CLAUSES:
        return parsed
    return tokens[before].lemma.lower()
