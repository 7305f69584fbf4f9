"""A place's name that leads a team's name the story writes: a record told of the place is the team's.

A sports story names one team two ways: by its city ("Jacksonville fell to 5-10", "Indianapolis (11-4)"), which the
recogniser calls a place, and by its nickname ("the Jaguars, falling to 5-10,"), and the entity sheet has a row for
each, so a record one outlet gives the city and another the nickname is never compared. The story itself ties the
two where it writes them together ("the Jacksonville Jaguars"): a name made of the place's name and a capitalised
plural word or two. A record of wins and losses (``attrcount.records``) is a team's, never a city's, so the sheet
reads a record told of the place as the team's. Only records move; the place keeps every other finding ("in
Jacksonville", its location), and when two such names lead from one place ("Texas Rangers", "Texas Longhorns")
nothing moves: the story does not say which team the place's name means.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tuicompare.engine.entities import ResolvedEntity

__all__ = ["teams_of_places"]


def _nickname(words: Sequence[str]) -> bool:
    """Whether words are a team's nickname: one or two capitalised words of letters, the last a plural ("Jaguars",
    "Tar Heels"), none written in capitals."""
    return (
        1 <= len(words) <= 2
        and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)
        and words[-1].endswith("s")
        and not words[-1].endswith(("ss", "us", "is"))
    )


def teams_of_places(resolved: Sequence[ResolvedEntity], labels: Sequence[str]) -> dict[int, int]:
    """For each place (by index) whose name leads exactly one team's name of the story, that team's index.

    Args:
        resolved: The story's entities (``entities.resolve``).
        labels: Each entity's label as the sheet reads it (``attrcollect.collect``).

    Returns:
        The team of each such place, by index.
    """
    if "place" not in labels:
        return {}
    # The names the story writes as a place's name and a nickname, by the place's part: a mention is split only when
    # it may be one (two words or more, the last a plural), most are not.
    led: dict[str, set[int]] = {}
    for t, entity in enumerate(resolved):
        if labels[t] == "place":
            continue
        for span in entity.spans:
            if not span.text.endswith("s") or " " not in span.text:
                continue
            words = span.text.split()
            for n in (len(words) - 1, len(words) - 2):
                if n >= 1 and _nickname(words[n:]):
                    led.setdefault(" ".join(words[:n]), set()).add(t)
    if not led:
        return {}
    out: dict[int, int] = {}
    for k, entity in enumerate(resolved):
        if labels[k] != "place":
            continue
        teams = {t for name in {s.text for s in entity.spans} for t in led.get(name, ())}
        if len(teams) == 1:
            out[k] = teams.pop()
    return out
