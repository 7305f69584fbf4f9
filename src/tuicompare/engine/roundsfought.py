"""Rounds a contest lasted, told as a count or as the ordinal of its last round.

"The bout went 11 rounds" and "he was stopped in the 11th round" state one fact: the
contest lasted eleven rounds. Both figures are read as counts of ``ROUNDS_FOUGHT``
(``figures.number_slot``, ``spans._entity_span``) and so compare. Any other round
figure stays what it was: "a 12-round bout" (scheduled) or "the third round" of a
contest not said to end in it state no length of the contest, and
``relations.relation`` never sets a count of rounds fought against another count
("the 3rd game of 7" is no game count either: only rounds are read so). A date on one
side ("In 2008, the bout went 11 rounds") places the contest; it is no stretch the rounds
are counted over (``scopes.other_stretches``), unless both sides date theirs; nor is such
a count ever a margin ("an eight round decision win", ``margins.is_margin``).
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.models import Sentence, Token

#: The unit of a figure read as the rounds a contest lasted.
ROUNDS_FOUGHT = "round fought"
#: Nouns of a contest's outcome: an "eighth-round decision" or a "12-round decision" was reached after the
#: round named, the last fought.
_OUTCOMES = frozenset({"decision", "knockout", "stoppage", "tko", "ko", "win", "victory", "loss", "defeat"})
#: Verbs of a contest's ending: "ended in the 11th round", "knocked him out in the 11th round".
_ENDINGS = frozenset({"end", "stop", "finish", "halt", "knock", "win", "retire", "lose"})
#: Verbs whose object is the rounds a contest lasted: "went 11 rounds", "lasted 11 rounds".
_LASTED = frozenset({"go", "last"})


def _round_after(sentence: Sentence, last: int) -> int | None:
    """The index of "round(s)" right after the figure (a hyphen between allowed), else None."""
    tokens = sentence.tokens
    i = last + 1
    if i < len(tokens) and sentence.word(tokens[i]) == "-":
        i += 1
    if i < len(tokens) and sentence.word(tokens[i]).lower() in ("round", "rounds"):
        return i
    return None


def _before_outcome(sentence: Sentence, at: int) -> bool:
    """True when a noun of an outcome follows the round ("eighth-round decision", "12 round decision win").

    An adjective may stand between: "an eighth-round unanimous decision", "a 12-round split decision".
    """
    tokens = sentence.tokens
    nxt = at + 1
    if nxt + 1 < len(tokens) and tokens[nxt].pos == "ADJ":
        nxt += 1
    return nxt < len(tokens) and sentence.word(tokens[nxt]).lower() in _OUTCOMES


def last_round(sentence: Sentence, first: int, last: int) -> bool:
    """True for an ordinal naming the round a contest ended in ("stopped in the 11th round")."""
    at = _round_after(sentence, last)
    return at is not None and (_before_outcome(sentence, at) or _ended_in(sentence.tokens, at))


def rounds_lasted(sentence: Sentence, first: int, last: int) -> bool:
    """True for a count of the rounds a contest lasted ("went 11 rounds", "a 12-round decision")."""
    at = _round_after(sentence, last)
    return at is not None and (_before_outcome(sentence, at) or _gone(sentence.tokens, at))


def _ended_in(tokens: Sequence[Token], at: int) -> bool:
    """True when the round ``at`` is the object of "in" after a verb of ending ("stopped in the 11th round")."""
    head = tokens[at].head
    if tokens[at].dep != "pobj" or not 0 <= head < len(tokens) or tokens[head].lemma.lower() != "in":
        return False
    verb = tokens[head].head
    return 0 <= verb < len(tokens) and tokens[verb].lemma.lower() in _ENDINGS


def _gone(tokens: Sequence[Token], at: int) -> bool:
    """True when the rounds ``at`` are the object of a verb of lasting ("went 11 rounds")."""
    head = tokens[at].head
    return (
        tokens[at].dep in ("npadvmod", "dobj")
        and 0 <= head < len(tokens)
        and tokens[head].lemma.lower() in _LASTED
        and tokens[head].pos in ("VERB", "AUX")
    )
