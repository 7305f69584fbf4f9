"""Two stat lines that agree but for one figure: that figure is one holder's, over one stretch.

"Manning completed 29 of 34 for 364 yards and seven touchdowns" against "Manning completed 29 of 34
passes for 364 yards and 3 touchdowns": the other figures of the two sentences agree, so they give one
line of one holder's tally over one stretch (a game, a season), and the figure they do not agree on is
that line's, told two ways. Two rules keep a difference of two people's counts possible on what the
parse cannot tell: whose figure a pronoun holds ("He set career-highs of 77 receptions, 1,098 yards and
seven touchdowns", ``figurepeople.unsure_holders``) and over which stretch each is counted ("Through 14
games, Bush had 570 yards and two touchdowns on 106 carries" against "finished his season with 404 yards
and two touchdowns on 106 carries", ``scopes.other_stretches``). Two figures a sentence gives alike
besides the one compared, each a number of the same key and unit on both sides, answer both doubts: a
second holder or stretch would not share them.

What is not such a line: money and shares (which count everything), a single agreeing figure (a
score both sentences name beside two players' tallies), and dates (a day is no figure of a tally).

The converse (``lines_apart``): two lines of several figures that agree on none are two holders' or two
stretches' tallies ("53 catches for 605 yards and five touchdowns" against "3,907 yards and 26 touchdowns in
15 games"; "13 homers and 43 RBIs in 54 games" against "33 homers and 121 RBIs"), not one line told two ways,
whose other figures an outlet would repeat; unless the two sentences name someone alike, who may hold both lines
("Roe scored 14 points and Poe 13" against "Poe had 13 and Roe 12, with four assists": two figures differ).
"""

from __future__ import annotations

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.tuning import TUNING

__all__ = ["lines_apart", "one_stat_line"]

#: Units that count everything: no figure of a tally.
_ANY_THING = frozenset({"money", "%"})


def one_stat_line(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """Whether ``x`` (of ``a``) and ``y`` (of ``b``), numbers of one unit, sit in two lines of figures that agree
    on at least ``ConflictTuning.stat_line_alike`` other figures (same key, same unit).

    Args:
        a: The sentence of ``x``.
        b: The sentence of ``y``.
        x: A number.
        y: The other sentence's number.
    """
    if x.kind != "number" or y.kind != "number" or x.unit != y.unit or x.unit in _ANY_THING:
        return False
    return len(_others(a, x) & _others(b, y)) >= TUNING.conflicts.stat_line_alike


def lines_apart(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """Whether ``x`` (of ``a``) and ``y`` (of ``b``), counts of one unit, sit in two lines of figures that each give
    at least ``ConflictTuning.stat_line_apart`` other figures and agree on none of them (same key).

    Args:
        a: The sentence of ``x``.
        b: The sentence of ``y``.
        x: A number.
        y: The other sentence's number.
    """
    least = TUNING.conflicts.stat_line_apart
    if least < 1 or x.kind != "number" or y.kind != "number" or x.unit != y.unit or not x.unit:
        return False
    if x.unit in _ANY_THING:
        return False
    # Keys alone: one figure's unit is read unevenly ("up to 16GB" counts cards in one list, nothing in another).
    mine, theirs = {k for k, _unit in _others(a, x)}, {k for k, _unit in _others(b, y)}
    # A person both sentences name may hold both lines: "Roe scored 14 and Poe 13" against "Poe had 13, Roe 12".
    return len(mine) >= least and len(theirs) >= least and not mine & theirs and not _names(a) & _names(b)


def _names(sentence: SentenceFeatures) -> set[str]:
    """The last word of every person's name ``sentence`` gives, lowercased ("Danny Green" and "Green" alike); not
    a team's, which both players' lines name."""
    return {s.text.split()[-1].lower() for s in sentence.spans if s.label == "PERSON" and s.text.split()}


def _others(sentence: SentenceFeatures, figure: Span) -> set[tuple[str, str]]:
    """The (key, unit) of every number of ``sentence`` but ``figure`` that has a key."""
    return {(s.key, s.unit) for s in sentence.spans if s.kind == "number" and s is not figure and s.key}
