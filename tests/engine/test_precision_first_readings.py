"""A figure its own sentence gives as a first reading ("a preliminary magnitude of 4.4"): short texts written for it.

The class is the twenty-fifth session's reading of fresh7's planted false reds (``engine.provisional``).
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet

_PLAIN = "A 4.2 magnitude earthquake struck near the geysers on Sunday morning, the survey said."


def _numbers(comparison, kind: str) -> list[list[str]]:
    return [[v.text for v in c.values] for c in comparison.conflicts if c.kind == kind and c.type == "number"]


def test_a_preliminary_figure_against_another_outlet_s_is_at_most_possible():
    comparison = compare_sheet(
        "An earthquake with a preliminary magnitude of 4.4 struck near the geysers on Sunday morning, the survey said.",
        _PLAIN,
    )
    assert not _numbers(comparison, "conflict")
    assert _numbers(comparison, "possible")


def test_two_plain_figures_and_two_first_readings_still_conflict():
    # no word of a first reading, or one on each side: two outlets' accounts differ
    plain = compare_sheet(
        "An earthquake with a magnitude of 4.4 struck near the geysers on Sunday morning, the survey said.", _PLAIN
    )
    both = compare_sheet(
        "An earthquake with a preliminary magnitude of 4.4 struck near the geysers on Sunday morning, the survey said.",
        "An earthquake with a preliminary magnitude of 4.2 struck near the geysers on Sunday morning, the survey said.",
    )
    assert _numbers(plain, "conflict")
    assert _numbers(both, "conflict")
