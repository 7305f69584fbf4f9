"""Verbs that only name an act, without stating that it happened or did not (for negation conflicts).

A negation conflict pairs a verb denied in one sentence with the same verb
stated in another. Some verbs state nothing: "came to help determine the
cause" (a purpose) against "the cause has not been determined" agree; "talks
about returning" against "would not be returning" disagree on nothing either
article asserts. Read from the dependency parse of one sentence:

- a purpose: an infinitive clause hanging from a verb ("surveyed the scene to
  help determine it");
- a gerund after a preposition that names an act instead of dating it ("talks
  about returning", "barred from leaving", "accused of stealing"), unlike
  "after returning", "by paying";
- what depends on one of these the same way ("to help determine", "to find
  and arrest").
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.models import Token

#: Prepositions whose gerund states an act that took place ("after returning", "by paying", "while driving").
STATING_PREPOSITIONS = frozenset(
    {"after", "since", "upon", "on", "by", "in", "while", "despite", "following", "through", "when"}
)
#: Links through which a verb shares its governor's status ("to help determine", "to find and arrest").
_SHARED = frozenset({"xcomp", "conj"})


def unasserted(tokens: Sequence[Token]) -> frozenset[int]:
    """The indices of the verbs of a sentence that name an act without stating it.

    Args:
        tokens: The sentence's tokens, heads as indices within the sentence.
    """
    count = len(tokens)
    infinitive = {tok.head for tok in tokens if tok.dep == "aux" and tok.pos == "PART" and tok.lemma.lower() == "to"}
    memo: dict[int, bool] = {}

    def naming(i: int, depth: int = 0) -> bool:
        if i in memo:
            return memo[i]
        tok = tokens[i]
        head = tok.head if 0 <= tok.head < count and tok.head != i else -1
        found = False
        if tok.dep == "advcl" and i in infinitive:
            found = True  # "surveyed the scene to help ...": a purpose
        elif tok.dep == "pcomp" and head >= 0 and tokens[head].pos in ("ADP", "SCONJ"):
            found = tokens[head].lemma.lower() not in STATING_PREPOSITIONS  # "about returning"
        if not found and tok.dep in _SHARED and head >= 0 and depth < count:
            found = naming(head, depth + 1)  # "to help determine": determine is as unstated as help
        memo[i] = found
        return found

    return frozenset(i for i, tok in enumerate(tokens) if tok.pos in ("VERB", "AUX") and naming(i))
