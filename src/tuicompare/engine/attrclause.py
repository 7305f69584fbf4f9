"""What a verb says of its subject's role and employer: "resigned as communications director", "works for Rep. X".

The copular clauses ("is the chief executive") are read in ``attributes``;
these are the other verbs the press uses to state a role or an employer about
the subject of a clause or relative clause, read from the parse and only when
the clause asserts it (no "would serve as", no "does not work for").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tuicompare.engine.attrparse import Finding, Parse, asserted, skip_det
from tuicompare.engine.rolenouns import BODY_NOUNS

#: Verbs whose "for" names whom their subject works for ("works for", "worked for", "writes for").
_WORK_VERBS = frozenset({"work", "write", "report"})
#: Verbs whose "as" names a post their subject holds, held or takes ("served as", "resigned as", "was
#: appointed as"); not "is known as a brilliant lawyer", "is seen as a hardliner": a reputation.
_POST_VERBS = frozenset(
    {
        "serve",
        "resign",
        "work",
        "act",
        "step",
        "retire",
        "quit",
        "join",
        "remain",
        "return",
        "appoint",
        "hire",
        "name",
        "elect",
        "confirm",
        "swear",
        "install",
        "stay",
        "continue",
        "begin",
        "start",
    }
)
#: Labels of names that can employ someone.
_EMPLOYERS = frozenset({"ORG", "PERSON"})

RoleReader = Callable[[Parse, int, float, list[Finding]], None]


def verb_findings(
    p: Parse, verbs: Sequence[int], label: str, confidence: float, role: RoleReader, out: list[Finding]
) -> None:
    """Roles after "as" and employers after "work for" in clauses whose subject is the name.

    Args:
        p: The sentence's parse.
        verbs: The verbs the name is the subject of (its clause's, its relative clauses').
        label: The entity's voted type; only people have these.
        confidence: The confidence of the construction.
        role: Reads a role from a noun (``attributes._role``).
        out: Where findings go.
    """
    if label != "person":
        return
    for verb in verbs:
        if not asserted(p, verb):
            continue
        for prep in p.dep_kids(verb, "prep"):
            if p.lemma(prep) == "as" and p.lemma(verb) in _POST_VERBS:
                for obj in p.dep_kids(prep, "pobj"):
                    if p.t[obj].pos == "NOUN" or (p.t[obj].pos == "PROPN" and obj not in p.label):
                        role(p, obj, confidence, out)  # "resigned as communications director"
            elif p.lemma(prep) == "for" and p.lemma(verb) in _WORK_VERBS:
                for obj in p.dep_kids(prep, "pobj"):
                    if p.label.get(obj) in _EMPLOYERS or p.lemma(obj) in BODY_NOUNS:
                        out.append(p.finding("employer", skip_det(p, p.left(obj)), p.right(obj, True), confidence))
