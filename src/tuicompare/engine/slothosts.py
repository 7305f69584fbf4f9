"""Who does what: two values told apart or together by the verbs they hang from and who those verbs hold.

Helpers of ``slots.paired_slots``. A figure is what its verb's doer did ("Ty Rowe
added 16 points" against "Dan Gray scored 22 points": two men's figures, never
one value changed), and two dates hanging from verbs that each hold one entity
both sentences name date one act ("the speech he delivered at the Arden
Institute on Sunday" against "in a speech before the Arden Institute on
Wednesday"). Two verbs of speech are two statements, never one act.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from tuicompare.engine.context import SPEECH
from tuicompare.engine.features import SentenceFeatures, Span


def done_by_others(
    a: SentenceFeatures,
    n: int,
    b: SentenceFeatures,
    m: int,
    verbs: tuple[Mapping[Span, str], Mapping[Span, str]],
    same: Callable[[Span, Span], bool],
    families: tuple[list[str], list[str]],
) -> bool:
    """Whether two figures are what two different people did.

    Each figure's doers are the people that are direct arguments of the verb it
    hangs from ("Ty Rowe" of "added" in "Ty Rowe added 16 points"). Against "Dan
    Gray scored 22 points", Rowe's 16 is his own figure when the other sentence
    knows both men: it names Rowe's doer too, or its own figure's doer is named
    in the first sentence; so is a figure of a person the other sentence never
    names, against one of a sentence about someone both name ("Dan Gray ... the
    first to score 1,000 points"). Two people neither sentence shares
    ("Ann Roe confirmed 38" against "Jo Poe confirmed 57") may be one name
    changed: left to the other evidence, as are two verbs of speech.
    """
    x, y = a.spans[n], b.spans[m]
    hosts, doers = verbs
    vx, vy = hosts.get(x, ""), hosts.get(y, "")
    if x.kind != "number" or y.kind != "number" or not vx or not vy or (vx in SPEECH and vy in SPEECH):
        return False
    fam_a, fam_b = families
    people_a = [p for k, p in enumerate(a.spans) if fam_a[k] == "person"]
    people_b = [q for k, q in enumerate(b.spans) if fam_b[k] == "person"]
    doing_a = [p for p in people_a if doers.get(p, "") == vx]
    doing_b = [q for q in people_b if doers.get(q, "") == vy]

    def named(some: list[Span], others: list[Span]) -> bool:
        return any(same(p, q) for p in some for q in others)

    if doing_a and doing_b:
        return not named(doing_a, doing_b) and (named(doing_a, people_b) or named(doing_b, people_a))
    held, mine, others = (doing_a, people_a, people_b) if doing_a else (doing_b, people_b, people_a)
    return bool(held) and not named(held, others) and named(others, mine)


def hosted_alike(
    a: SentenceFeatures,
    n: int,
    b: SentenceFeatures,
    m: int,
    hosts: Mapping[Span, str],
    same: Callable[[Span, Span], bool],
) -> bool:
    """Whether two values hang from verbs that each hold one entity both sentences name.

    "the speech he delivered at the Arden Institute on Sunday" and "on Wednesday, in
    a speech before the Arden Institute, he will outline": each date hangs from the
    verb the institute hangs from, so both date the one act at the institute,
    however differently the words around the dates run. Names are left to their
    own evidence, and two verbs of speech ("Roe said Monday", "Roe said Friday")
    are two statements, not one act.
    """
    x, y = a.spans[n], b.spans[m]
    vx, vy = hosts.get(x, ""), hosts.get(y, "")
    if x.kind != "date" or y.kind != "date" or not vx or not vy or (vx in SPEECH and vy in SPEECH):
        return False
    held_a = [p for k, p in enumerate(a.spans) if k != n and p.kind == "name" and hosts.get(p, "") == vx]
    held_b = [q for k, q in enumerate(b.spans) if k != m and q.kind == "name" and hosts.get(q, "") == vy]
    return any(same(p, q) for p in held_a for q in held_b)
