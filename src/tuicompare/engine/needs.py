"""A figure someone needs against a figure someone got: what a goal takes is not what was done.

"He needed nine points to pass the record" against "he scored 20 points": the first figure is what
the record took, the second what the player made (a different-facts false red of the held-aside
audits). A figure written right after a verb of needing ("needed nine points", "needs only 12 more
votes", "requiring 30 stitches") is read from the words, since the parser often misreads such a
clause (it took "needed" for an adjective of "points"); against a figure no such verb governs
(``needed_against_done``) it is no difference in sentences linked below ``link_full`` (fifteenth session:
an audit's false possible difference), and a possible difference at most in sentences that alike.
Two needed figures still conflict.
"""

from __future__ import annotations

from tuicompare.engine.context import tokens_within
from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["needed", "needed_against_done"]

#: The written forms of the verbs of needing.
_NEED = frozenset({"need", "needs", "needed", "needing", "require", "requires", "required", "requiring"})
#: Words that may stand between the verb and its figure ("needed only nine more points").
_BETWEEN = frozenset({"only", "just", "another", "at", "least", "a", "an", "the", "still", "about"})
#: How many words before the figure are read.
_REACH = 4


def needed(side: SentenceFeatures, span: Span) -> bool:
    """True when a verb of needing stands right before the figure, past a few small words."""
    parse = side.parse
    if parse is None:
        return False
    tokens = parse.tokens
    inside = tokens_within(tokens, span.start, span.end)
    first = inside[0] if inside else -1
    for k in range(first - 1, max(first - 1 - _REACH, -1), -1):
        word = parse.word(tokens[k]).lower()
        if word in _NEED:
            return True
        if word not in _BETWEEN:
            return False
    return False


def needed_against_done(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """True when one figure is what someone needs and the other is not."""
    return needed(a, x) != needed(b, y)
