"""A game's final score, however told: "beat Dover 88-70", "a 78-70 victory", "a 70-88 defeat".

Helper of ``figures.number_slot``. A score, record or tally ("pair 88-70") compares only with a pair of
the same things (``relations._pairs``): one unit, or none on both, so that a "12-3 run" or a team's
"(12-3)" record is never read as another value of a "72-60" final. But a final score has many
forms: the noun of the game's result after the figures ("the Hawks' 78-70 victory", "a 31-24 defeat to
the Colts"), the side a verb of beating names before them ("beat Dover 88-70", "defeated Drake, 65 -
53") or a verb of winning or losing ("won 88-70"). The parse gives the first the unit "victory" (or
"defeat", or none at all) and the others none, so two outlets' finals of one game never met, while a
final told by a verb met any bare pair: a record, a score at half-time. Each form is read here as the one
unit ``RESULT``: finals compare with finals, and never with a bare pair.
"""

from __future__ import annotations

import re

__all__ = ["RESULT", "result_unit"]

#: The unit of a game's final score, whatever the words that tell it.
RESULT = "victory"

#: A result's noun right after the figures, with at most one word before it that is not itself counted ("a
#: 91-73 basketball victory", never "a 3-5 point lead"); never a standing ("record", "start") or a score within
#: the game ("lead", "deficit", "run"), nor a fight's "decision" (a card's scoring, not a score).
_RESULT_AFTER = re.compile(
    r"\s?(?:(?!(?:points?|percent|per|years?|seats?|votes?|goals?|runs?|games?|yards?|strokes?|shots?)\b)"
    r"[a-z]+(?:-[a-z]+)?\s)?(?:victory|victories|win|wins|defeat|defeats|loss|losses|triumph|rout)\b"
)
#: Just before the figures: a verb of beating and the side beaten ("defeated Drake 39 - 53", "beat the Owls,
#: 72-60"), or a verb of winning or losing itself ("won 88-70", "lost 70-88 to Dover").
_RESULT_BEFORE = re.compile(
    r"(?:\b(?:beat|beats|beating|defeated|defeats|defeating|edged|edges|edging|routed|downed|topped|trounced)"
    r"\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2},?"
    r"|\b(?:won|wins|winning|lost|loses|losing))\s?$"
)


def result_unit(before: str, after: str, unit: str) -> str:
    """The unit of a pair of figures ("88-70"): ``RESULT`` when the words tell a game's final score, else ``unit``.

    Args:
        before: The sentence's text before the pair.
        after: Its text after the pair's second number.
        unit: The unit the pair was read with (the noun it qualifies, or none).
    """
    if _RESULT_AFTER.match(after) or _RESULT_BEFORE.search(before[-40:]):
        return RESULT
    return unit
