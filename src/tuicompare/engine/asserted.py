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
  and arrest");
- a verb of a clause opened by "if" or "whether", or below one ("to determine if their work will harm
  any species", "if the agencies determined that the species would not be harmed"): a question asked or
  a condition set, which states nothing either way (a false possible difference of fresh8: the two
  clauses of one rule);
- a bare verb set against another after a comma or dash ("ways to improve
  it, not weaken it", "repair the bridge - not close it"): a contrast that
  says what should be done instead, with no subject or auxiliary of its own,
  so it denies no act (two false possible differences of the ECB+ audits: a
  quote that a law must be improved, not weakened, against a rule that
  weakened it). "The city will not close it" still denies.
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
#: Words that open a clause of a question or a condition ("whether it will", "if they determine").
_OPEN = frozenset({"if", "whether"})
#: How far up the parse a verb's open clause is looked for (clauses nest a few deep at most).
_OPEN_HOPS = 4
#: Links by which the parser hangs the verb of a contrast ("improve it, not weaken it") on the clause.
_CONTRAST_LINKS = frozenset({"dep", "conj", "parataxis"})
#: Dependents that give a verb a clause of its own (a subject, an auxiliary): then "not" denies it.
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl"})


def unasserted(tokens: Sequence[Token]) -> frozenset[int]:
    """The indices of the verbs of a sentence that name an act without stating it.

    Args:
        tokens: The sentence's tokens, heads as indices within the sentence.
    """
    count = len(tokens)
    infinitive: set[int] = set()
    negators: list[int] = []
    for j, tok in enumerate(tokens):  # one pass: the "to" of infinitives and the rare "not"
        if tok.dep == "aux" and tok.pos == "PART" and tok.lemma.lower() == "to":
            infinitive.add(tok.head)
        elif tok.dep == "neg":
            negators.append(j)
    contrasts = _contrasts(tokens, negators) if negators else frozenset()
    opened = {tok.head for tok in tokens if tok.dep == "mark" and tok.lemma.lower() in _OPEN}
    memo: dict[int, bool] = {}

    def naming(i: int, depth: int = 0) -> bool:
        if i in memo:
            return memo[i]
        tok = tokens[i]
        head = tok.head if 0 <= tok.head < count and tok.head != i else -1
        found = False
        if i in contrasts:
            found = True  # "ways to improve it, not weaken it": what should be done, no act denied
        elif opened and _under(tokens, i, opened):
            found = True  # "determine if it will harm", "if they found it would not": asked or supposed
        elif tok.dep == "advcl" and i in infinitive:
            found = True  # "surveyed the scene to help ...": a purpose
        elif tok.dep == "pcomp" and head >= 0 and tokens[head].pos in ("ADP", "SCONJ"):
            found = tokens[head].lemma.lower() not in STATING_PREPOSITIONS  # "about returning"
        if not found and tok.dep in _SHARED and head >= 0 and depth < count:
            found = naming(head, depth + 1)  # "to help determine": determine is as unstated as help
        memo[i] = found
        return found

    return frozenset(i for i, tok in enumerate(tokens) if tok.pos in ("VERB", "AUX") and naming(i))


def _under(tokens: Sequence[Token], i: int, opened: set[int]) -> bool:
    """True when verb ``i`` or a word it hangs below (a few links up) heads a clause in ``opened``."""
    for _hop in range(_OPEN_HOPS):
        if i in opened:
            return True
        head = tokens[i].head
        if not 0 <= head < len(tokens) or head == i:
            return False
        i = head
    return i in opened


def _contrasts(tokens: Sequence[Token], negators: Sequence[int]) -> frozenset[int]:
    """The verbs negated as one side of a contrast: ", not weaken it" after "ways to improve it".

    The verb has its "not" right after a comma or dash, and no subject or auxiliary of its own: an
    elliptic "X, not Y" (what should be done instead), not a clause that denies an act.
    """
    count = len(tokens)
    out = set()
    for j in negators:
        verb = tokens[j].head
        if j == 0 or not 0 <= verb < count or verb <= j or tokens[j - 1].pos != "PUNCT":
            continue
        own_clause = any(t.head == verb and t.dep in _OWN_CLAUSE for t in tokens)
        if tokens[verb].pos == "VERB" and tokens[verb].dep in _CONTRAST_LINKS and not own_clause:
            out.add(verb)
    return frozenset(out)
