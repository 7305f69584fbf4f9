"""One thing outlets count under two nouns: "59 catches" and "59 receptions", "two counts" and "two charges".

``figurecounts.counted`` reads the noun a figure counts; the engine pairs and compares two figures
as counts of one thing only when their nouns agree (``conflicts.observe``'s family, ``relations``).
A few general nouns name one thing as another does: a catch is a reception, a count of an
indictment is a charge, a swat is a blocked shot, a grandkid is a grandchild; and a noun may name that
thing only through what a verb does to it ("caught 59 passes" counts receptions: passes thrown are another
count; "six blocked shots" counts blocks; "fired 11 rounds" counts the shots fired; "marrying two women"
counts wives). Each is read here as the one name the engine counts it by.
"""

from __future__ import annotations

from tuicompare.models import Sentence

__all__ = ["one_name"]

#: Nouns of one thing and the one name each is counted by.
_SAME_THING = {"catch": "reception", "count": "charge", "swat": "block", "grandkid": "grandchild", "kid": "child"}
#: Nouns that name that thing only through the word the figure's noun hangs from or is qualified by.
_THROUGH = {
    "pass": (frozenset({"catch", "haul", "receive"}), "reception"),
    "shot": (frozenset({"block"}), "block"),
    # A round fired is a shot ("fired 11 rounds", "fired 11 shots"); rounds of a fight or a vote are not.
    "round": (frozenset({"fire"}), "shot"),
    # The women a man marries are his wives ("accused of marrying two women", "of having two wives").
    "woman": (frozenset({"marry", "wed"}), "wife"),
    "man": (frozenset({"marry", "wed"}), "husband"),
}


def one_name(sentence: Sentence, first: int, last: int, unit: str) -> str:
    """The name ``unit`` (the noun a figure at tokens ``first``..``last`` counts) is counted by.

    Args:
        sentence: The figure's sentence.
        first: Its first token.
        last: Its last token.
        unit: What ``figurecounts.counted`` read it to count.
    """
    if unit in _SAME_THING:
        return _SAME_THING[unit]
    through = _THROUGH.get(unit)
    if through is None:
        return unit
    tokens = sentence.tokens
    noun = next(
        (
            k
            for k in (tokens[last].head, *range(first, last + 1))
            if 0 <= k < len(tokens) and tokens[k].lemma.lower() == unit
        ),
        -1,
    )
    if noun < 0:
        return unit
    words, name = through
    verb = _act_of(sentence, noun)
    qualifiers = {t.lemma.lower() for t in tokens if t.head == noun and t.dep in ("amod", "compound")}
    if (0 <= verb < len(tokens) and tokens[verb].lemma.lower() in words) or qualifiers & words:
        return name
    return unit


def _act_of(sentence: Sentence, noun: int) -> int:
    """The word a counted noun hangs from, read through "a total of" ("fired a total of 11 rounds": "fire")."""
    tokens = sentence.tokens
    head = tokens[noun].head
    if 0 <= head < len(tokens) and tokens[head].lemma.lower() == "of" and tokens[noun].dep == "pobj":
        whole = tokens[head].head  # "total", "number", "volley": the amount the figure's noun is of
        if 0 <= whole < len(tokens) and tokens[whole].pos == "NOUN":
            return tokens[whole].head
    return head
