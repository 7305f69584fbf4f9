"""Two counts over different stretches: "100 RBIs in six seasons" against "43 RBIs in 54 games".

A count is bound to what it runs over: a season, a game, a half, a run of
play, the first minutes of a match. Outlets often give a player's or an
event's figure over one stretch and another outlet's figure over another
("five points during a 15-2 run" against "23 points"), and both are true. The parse says so: a
phrase opened by a preposition of extent ("in", "during", "over", "through",
"across", "within") whose object carries a number ("54 games", "a 15-2 run",
"the first 3½ minutes") hangs on the counted noun or on its verb, and its object is a stretch (``STRETCHES``, or a
date: "in 1978"), never a place or a medium ("spread through 13 offices", "in around 50 languages"). When the two
counts of a difference run over stretches that share no word, or only one says what it runs over, the difference is
kept as a possible one at most (its confidence just under the cut); two
counts over the same stretch ("in 54 games" on both sides), over none, or over a game one names by its score and
the other states ("in the 91-73 victory", "beat Evansville 91-73"), still conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from tuicompare.engine.context import slot_head, tokens_within
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.figureparts import SUMMED
from tuicompare.engine.observations import Observation, demote
from tuicompare.engine.roundsfought import ROUNDS_FOUGHT
from tuicompare.engine.statlines import one_stat_line
from tuicompare.models import Sentence

#: Prepositions that open the stretch a count runs over.
EXTENT = frozenset({"in", "during", "over", "through", "across", "within"})
#: Nouns of a stretch a count runs over: lengths of time, and the parts and runs of play or of a career.
#: "spread through 13 offices" or "in around 50 languages" says where or in what, not over what.
STRETCHES = frozenset(
    {
        "second",
        "minute",
        "hour",
        "day",
        "night",
        "week",
        "weekend",
        "month",
        "year",
        "decade",
        "season",
        "half",
        "quarter",
        "period",
        "inning",
        "innings",
        "set",
        "round",
        "game",
        "match",
        "bout",
        "fight",
        "contest",
        "start",
        "appearance",
        "outing",
        "run",
        "stretch",
        "span",
        "career",
        "spell",
        "campaign",
        "tournament",
        "series",
        "race",
        "lap",
        "leg",
        "stage",
        "term",
        "session",
        "victory",
        "win",
        "loss",
        "defeat",
        "meeting",
        "frame",
        "over",
        "time",
        "trip",
    }
)
#: Entity labels that make a phrase's object a measured stretch ("54 games", "six seasons", "a 15-2 run").
_MEASURED = frozenset({"CARDINAL", "QUANTITY"})
#: Words of a stretch told as a sum, as lemmas ("a combined 157 games": "combine" or "combined").
_SUMMED_LEMMAS = SUMMED | {"combine"}
#: How far up the parse from the number its anchors (the counted noun, its verb) are looked for.
_HOPS = 3


def _measured(sentence: Sentence, first: int, last: int) -> bool:
    """True when tokens ``first..last`` hold a number or a cardinal ("six", "a 15-2 run")."""
    tokens = sentence.tokens
    if any(tokens[i].pos == "NUM" for i in range(first, last + 1)):
        return True
    start, end = tokens[first].start, tokens[last].end
    return any(e.label in _MEASURED and e.start < end and start < e.end for e in sentence.entities)


def _stretch(sentence: Sentence, obj: int) -> bool:
    """True when the phrase's object is a stretch: a noun of ``STRETCHES`` or a time the recogniser tagged ("1978")."""
    token = sentence.tokens[obj]
    if token.lemma.lower() in STRETCHES:
        return True
    return any(e.label in ("DATE", "TIME") and e.start <= token.start < e.end for e in sentence.entities)


def _anchors(sentence: Sentence, span: Span) -> tuple[list[int], set[int]]:
    """The words a value's stretch may hang on (its counted noun, its verb) and the value's own tokens."""
    tokens = sentence.tokens
    slot = slot_head(tokens, span.start, span.end)
    if slot is None:
        return [], set()
    inside = set(tokens_within(tokens, span.start, span.end))
    anchors, node = [], slot[2]
    for _hop in range(_HOPS):
        head = tokens[node].head
        if not (0 <= head < len(tokens)) or head == node:
            break
        node = head
        anchors.append(node)
        if tokens[node].pos in ("VERB", "AUX"):
            break
    return anchors, inside


def scope(sentence: Sentence, span: Span) -> frozenset[str]:
    """The lemmas of the stretch the value ``span`` is counted over ("in 54 games": 54, game), or none."""
    tokens = sentence.tokens
    anchors, inside = _anchors(sentence, span)
    words: set[str] = set()
    for i, token in enumerate(tokens):
        if token.dep != "prep" or token.head not in anchors or i in inside or token.lemma.lower() not in EXTENT:
            continue
        for obj in (j for j, t in enumerate(tokens) if t.head == i and t.dep == "pobj"):
            first = min([obj] + [j for j, t in enumerate(tokens) if t.head == obj and j < obj])
            if inside & set(range(first, obj + 1)) or obj in anchors:
                continue  # the value's own phrase ("spread through 13 offices"): what is counted, not over what
            if _stretch(sentence, obj) and _measured(sentence, first, obj):
                words |= {
                    tokens[j].lemma.lower() for j in range(first, obj + 1) if tokens[j].pos not in ("DET", "PUNCT")
                }
    return frozenset(words)


def _stated_in(words: frozenset[str], sentence: Sentence) -> bool:
    """True when ``sentence`` has a noun of a stretch whose own words hold all of ``words`` ("54 games").

    The stretch must be one phrase there (the noun and its dependents), not its words scattered
    across the sentence ("six points ... this season" states no "six seasons"), or a time the
    recogniser tagged holding them all ("in 1967" against "in the 1967 slayings").
    """
    tokens = sentence.tokens
    for e in sentence.entities:
        if e.label in ("DATE", "TIME"):
            inside = {t.lemma.lower() for t in tokens if e.start <= t.start and t.end <= e.end}
            if words <= inside:
                return True
    for i, token in enumerate(tokens):
        if token.lemma.lower() not in words or token.lemma.lower() not in STRETCHES:
            continue
        own = {token.lemma.lower()} | {t.lemma.lower() for t in tokens if t.head == i}
        if words <= own:
            return True
    return False


def summed(sentence: Sentence, span: Span) -> bool:
    """True when the value is counted over a stretch told as a sum of several ("in a combined 157 games").

    The stretch may hang on a participle's clause on the value's verb, as it often opens a stat line:
    "Playing in a combined 157 games with the Angels and Braves, he had 33 homers".
    """
    tokens = sentence.tokens
    anchors, inside = _anchors(sentence, span)
    verbs = {i for i in anchors if tokens[i].pos in ("VERB", "AUX")}
    anchors += [j for j, t in enumerate(tokens) if t.head in verbs and t.dep == "advcl" and j not in verbs]
    for i, token in enumerate(tokens):
        if token.dep != "prep" or token.head not in anchors or i in inside or token.lemma.lower() not in EXTENT:
            continue
        for obj in (j for j, t in enumerate(tokens) if t.head == i and t.dep == "pobj" and j not in inside):
            marks = (t.lemma.lower() for j, t in enumerate(tokens) if t.head == obj and j < obj)
            if _stretch(sentence, obj) and any(m in _SUMMED_LEMMAS for m in marks):
                return True
    return False


def _named_in(words: frozenset[str], sentence: Sentence) -> bool:
    """True when a stretch's two figures are a score ("91-73") the sentence also states, in either order.

    A game is named by its score: "in the 91-73 victory" and "beat Evansville 91-73" tell one game. One
    figure alone ("in 54 games") names nothing another sentence could be sure to share.
    """
    figures = sorted(w for w in words if w.isdigit())
    if len(figures) != 2:
        return False
    a, b = figures
    return any(
        re.search(rf"(?<![\d.,]){x}\s?[-\u2013\u2014]\s?{y}(?![\d]|[.,]\d)", sentence.text) for x, y in ((a, b), (b, a))
    )


def other_stretches(
    observations: Iterable[Observation],
    sentences: Mapping[str, Sentence],
    cut: float,
    features: Mapping[str, SentenceFeatures] | None = None,
) -> list[Observation]:
    """``observations``, with number differences counted over different stretches kept under ``cut``.

    With ``features``, two lines of figures agreeing on two others are one stretch's (``statlines``).
    """

    def apart(x: Span, y: Span) -> bool:
        sx, sy = sentences.get(x.sentence), sentences.get(y.sentence)
        if sx is None or sy is None:
            return False
        fx, fy = (features.get(x.sentence), features.get(y.sentence)) if features else (None, None)
        if fx is not None and fy is not None and one_stat_line(fx, fy, x, y):
            return False
        wx, wy = scope(sx, x), scope(sy, y)
        if not (wx or wy) or wx & wy:
            return False
        if x.unit == y.unit == ROUNDS_FOUGHT and not (wx and wy):
            # "In 2008, the bout went 11 rounds" against "was ended in the 18th round": the length of one
            # contest, which a date on one side places but does not count over; two dated contests stay apart.
            return False
        # "20 points in the 91-73 victory" against "scored 32 points ... to beat Evansville 91-73": the other
        # sentence names the same stretch by its figures, though not as a stretch.
        if not (wx and wy) and _stated_in(wx or wy, sy if wx else sx):
            # "hit 9 home runs in 54 games" against "In 54 games ... he hit with 13 home runs": the other
            # sentence gives the same stretch, which its parse did not hang on the count.
            return False
        return not (_named_in(wx, sy) if not wy else _named_in(wy, sx) if not wx else False)

    def one_summed(o: Observation) -> bool:
        # "13 homers in 54 games with the Angels" against "in a combined 157 games with the Angels and Braves,
        # 33 homers": the counts of a part and of the whole, two facts (as ``figureparts`` reads the 54 and 157).
        if o.kind not in ("conflict", "possible") or o.type != "number" or o.left[0] == "name":
            return False
        (x, _), (y, _) = o.spans
        sx, sy = sentences.get(x.sentence), sentences.get(y.sentence)
        return sx is not None and sy is not None and summed(sx, x) != summed(sy, y)

    return demote([o for o in observations if not one_summed(o)], cut, "number", False, apart)
