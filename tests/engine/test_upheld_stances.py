"""A claim never marks ✓ the article a red conflict of its own row shows differing from it.

``claims.upheld`` settles a claim's stances again once the story's offices, surnames and home states
are filed (they may make a possible difference of a row a conflict after ``claims.stances`` read it).
The unit tests build the conflicts by hand; the end-to-end ones compare short articles written for
these tests with the real spaCy model and read the marks a report shows (✓ supports, ✗ contradicts).
"""

from __future__ import annotations

from tests.support.texts import compare_texts
from tuicompare.engine.claims import upheld
from tuicompare.models import Comparison, Conflict, ConflictValue, Stance
from tuicompare.report.marks import STANCE_MARKS
from tuicompare.report.tiers import settle


def _conflict(kind: str, first: tuple[str, ...], second: tuple[str, ...]) -> Conflict:
    values = (ConflictValue("Nadia Okonjo", first, ()), ConflictValue("Tomas Brandt", second, ()))
    return Conflict("c1", kind, "person", "g1", values)  # type: ignore[arg-type]


def test_an_article_holding_only_the_losing_value_of_a_conflict_contradicts():
    stances: dict[str, Stance] = {"a0": "supports", "a1": "supports", "a2": "absent"}
    assert upheld(stances, [_conflict("conflict", ("a0",), ("a1",))]) == {
        "a0": "supports",
        "a1": "contradicts",
        "a2": "absent",
    }


def test_a_possible_difference_changes_no_stance():
    stances: dict[str, Stance] = {"a0": "supports", "a1": "supports"}
    assert upheld(stances, [_conflict("possible", ("a0",), ("a1",))]) == stances


def test_an_article_holding_both_values_keeps_its_stance():
    stances: dict[str, Stance] = {"a0": "supports", "a1": "supports"}
    assert upheld(stances, [_conflict("conflict", ("a0", "a1"), ("a1",))]) == stances


FIRST = (
    "The harbour authority approved a new budget for the northern docks on Tuesday after months of debate.",
    "{}",
    "The plan moves money from the ferry service to repairs of the old sea wall.",
)
SECOND = (
    "After a long fight, the harbour authority passed its budget for the northern docks on Tuesday.",
    "Money for the ferry service will instead pay for repairs to the crumbling sea wall.",
    "{}",
)


def _marks(comparison: Comparison) -> list[tuple[str, dict[str, str]]]:
    """Each claim holding a red conflict, with the mark a report shows for each article."""
    shown = settle(comparison)
    red = {c.id for c in shown.conflicts if c.kind == "conflict"}
    return [
        (claim.text, {a: STANCE_MARKS[s] for a, s in claim.stances.items()})
        for claim in shown.claims
        if red & set(claim.conflicts)
    ]


def test_two_managers_for_one_statement_is_a_cross_not_a_tick():
    comparison = compare_texts(
        " ".join(FIRST).format(
            '"We are aware of the concerns about the wall," general manager Nadia Okonjo said in a statement.'
        ),
        " ".join(SECOND).format(
            'General manager Tomas Brandt issued a statement: "We are aware of the concerns about the wall."'
        ),
    )
    marks = _marks(comparison)
    assert marks, "the two managers are a conflict on the statement's row"
    for _text, by_article in marks:
        assert sorted(by_article.values()) == ["✓", "✗"]


def test_one_manager_named_alike_is_a_tick():
    comparison = compare_texts(
        " ".join(FIRST).format(
            '"We are aware of the concerns about the wall," general manager Nadia Okonjo said in a statement.'
        ),
        " ".join(SECOND).format(
            'General manager Nadia Okonjo issued a statement: "We are aware of the concerns about the wall."'
        ),
    )
    assert _marks(comparison) == []
    ticks = [c for c in comparison.claims if "Okonjo" in c.text]
    assert ticks and all(set(c.stances.values()) == {"supports"} for c in ticks)
