"""Positions of team sports: the words the sports pages use for a player's trade.

Split from ``rolenouns`` (which re-exports them): a closed list of the positions of the common team sports,
and the units that group some of them ("lineman").
"""

from __future__ import annotations

#: Positions of a team sport: a player's trade in the sports pages ("running back", "Kicker X"); two of them
#: are two jobs on one team.
POSITIONS = frozenset(
    {
        "quarterback",
        "cornerback",
        "linebacker",
        "fullback",
        "halfback",
        "tailback",
        "back",
        "kicker",
        "punter",
        "receiver",
        "goalkeeper",
        "goalie",
        "striker",
        "midfielder",
        "pitcher",
        "catcher",
        "shortstop",
        "baseman",
        # the line's positions, named by a modifier in the sports pages ("defensive tackle", "tight end"); not
        # "lineman", which is any of them
        "tackle",
        "end",
        # the last line of the defence ("Safety X", "a free safety")
        "safety",
    }
)
#: Players named by the unit they play in, with the positions of that unit: a "lineman" is a tackle, an end,
#: a guard or a center, so either word names him.
POSITION_GROUPS = {"lineman": frozenset({"tackle", "end", "guard", "center", "centre"})}
