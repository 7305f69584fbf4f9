"""Amounts that are differences, not totals: "five rounds sooner", "rose by 5%", "adding three years".

An outlet that writes "adding three years to his sentence" or "finished five
rounds sooner" states by how much something changed, not how much there is;
another outlet's "12 years" or "11 rounds" is then no other value of the same
slot. Read from spaCy's dependency parse with the morphology of English
comparatives (the small model gives a lemma, not the fine tag): vocabulary,
never names.
"""

from __future__ import annotations

from typing import NamedTuple

from tuicompare.engine.context import phrase_root
from tuicompare.engine.relations import Relation, Valued
from tuicompare.engine.relations import relation as total_relation
from tuicompare.models import Sentence

#: Prefix of the key of an amount that is a difference, not a total (see ``difference``).
DIFFERENCE = "+/-"

#: Comparatives that are not an adjective or adverb plus "-er", and those the parser lemmatises as
#: themselves ("later" of "a year later").
_COMPARATIVES = frozenset({"more", "less", "fewer", "further", "farther", "later", "earlier", "sooner"})
#: Verbs whose object is an amount added to another ("adding three years to his sentence").
_ADDING = frozenset({"add"})


def comparative(word: str, lemma: str) -> bool:
    """True for a comparative adjective or adverb: "sooner" of "soon", "earlier", "bigger", "more"."""
    word, lemma = word.lower(), lemma.lower()
    if word in _COMPARATIVES:
        return True
    if word == lemma or not word.endswith("er") or len(lemma) < 3:
        return False
    stems = (lemma + "er", lemma + "r", lemma[:-1] + "ier", lemma + lemma[-1:] + "er")
    return word in stems


def difference(sentence: Sentence, first: int, last: int) -> bool:
    """True when the amount in tokens ``first..last`` says by how much something changed.

    A comparative after the noun the number counts, or on that noun's head
    ("five rounds sooner", "two hours later", "ten points higher"), or heading
    the slot itself ("a year later", taken whole by the recogniser); the
    object of "by" under a verb ("rose by 5%", "won by five votes"); the object
    of a verb of adding with what it is added to ("adding three years to his
    sentence"). A comparative before the number
    is a bound ("more than ten"), read by ``values.hedge``.
    """
    tokens = sentence.tokens
    node = phrase_root(tokens, first, last)
    noun = node
    head = tokens[node].head
    counts = tokens[node].pos == "NUM" and tokens[node].dep in ("nummod", "quantmod")
    if counts and 0 <= head < len(tokens) and tokens[head].pos == "NOUN" and head > node:
        noun = head  # "five rounds": the amount is the noun phrase the number counts

    def text(i: int) -> str:
        return sentence.word(tokens[i])

    if node > first and tokens[node].pos in ("ADV", "ADJ") and comparative(text(node), tokens[node].lemma):
        # "A year later": the recogniser took the comparative into the slot, where it heads the amount.
        return True
    around = [i for i, t in enumerate(tokens) if t.head in (node, noun) and i != t.head]
    up = tokens[noun].head
    if 0 <= up < len(tokens) and up != noun:
        around.append(up)
    # "three more years" between the number and its noun is left out: outlets write it for what
    # another calls "a three-year extension", one fact.
    if any(
        i > max(first, noun) and tokens[i].pos in ("ADV", "ADJ") and comparative(text(i), tokens[i].lemma)
        for i in around
    ):
        return True
    if not (0 <= up < len(tokens)):
        return False
    above = tokens[up].head
    by = tokens[up].lemma.lower() == "by" and tokens[up].dep != "agent"  # not "followed by four aftershocks"
    if tokens[noun].dep == "pobj" and by and 0 <= above < len(tokens):
        return tokens[above].pos == "VERB"
    if tokens[noun].dep != "dobj" or tokens[up].lemma.lower() not in _ADDING:
        return False
    # Only what is added *to* something is a change of it ("adding three years to his sentence");
    # "Roe added 12 points" states how many she scored, a total another outlet's "12 points" is.
    return any(t.lemma.lower() == "to" and t.head in (up, noun) and t.dep in ("prep", "dative") for t in tokens)


class _Amount(NamedTuple):
    key: str | None
    vtype: str
    unit: str
    approximate: bool
    display: str  # the amount as shown, which names its currency (``relations._two_currencies``)


def relation(x: Valued, y: Valued) -> Relation:
    """``relations.relation`` of two slots, where a difference compares only with another difference.

    "five rounds sooner" (key prefixed with ``DIFFERENCE``) against "11 rounds"
    is two facts (unknown), unless the figures are one: "three years more" is
    what another outlet calls "a three-year extension" (compatible).
    """
    kx, ky = x.key or "", y.key or ""
    dx, dy = kx.startswith(DIFFERENCE), ky.startswith(DIFFERENCE)
    if not (dx or dy):
        return total_relation(x, y)
    kx, ky = kx.removeprefix(DIFFERENCE), ky.removeprefix(DIFFERENCE)
    if dx != dy:
        return Relation("compatible" if kx == ky and x.vtype == y.vtype else "unknown")
    return total_relation(
        _Amount(kx, x.vtype, x.unit, x.approximate, getattr(x, "display", "")),
        _Amount(ky, y.vtype, y.unit, y.approximate, getattr(y, "display", "")),
    )
