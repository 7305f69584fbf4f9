"""Precision on real coverage: one office named two ways is no role conflict.

Each class was a false alarm on real multi-outlet coverage (the second fresh
ECB+ gold, a tuning set since session 5): an initialism of an office, two
names of the judge's office, the prosecutor named by their office, a player's
year beside what they did. Each test compares short articles written for the
test with the real spaCy model (the player's year: the role words, which the
entity sheet no longer reads from such sentences), next to the real role
conflict that must still be reported.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts
from tuicompare.engine.roles import compatible
from tuicompare.models import Comparison

TAIL = NEUTRAL_TAIL


def _compare(*texts: str) -> Comparison:
    return compare_texts(*texts, tail=TAIL)


def _role_differences(comparison: Comparison) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (c.kind, tuple(v.text for v in c.values))
        for c in comparison.conflicts
        if c.type in ("role", "attribute:role") and c.kind in ("conflict", "possible")
    ]


def _role_status(comparison: Comparison, name_part: str) -> str:
    ids = {e.id for e in comparison.entities if name_part in e.name}
    rows = [a for a in comparison.attributes if a.entity in ids and a.name == "role"]
    assert len(rows) == 1, comparison.attributes
    return rows[0].status


def test_an_initialism_of_an_office_is_that_office():
    comparison = _compare(
        '"Buying the firm helps us grow," John Parks, senior VP and general manager for Acme Services, said.',
        '"Buying the firm helps us grow," says John Parks, senior vice president and general manager of Acme.',
    )
    assert _role_differences(comparison) == []


def test_an_initialism_of_another_office_is_still_a_role_conflict():
    comparison = _compare(
        '"Buying the firm helps us grow," John Parks, senior VP and general manager for Acme Services, said.',
        '"Buying the firm helps us grow," says John Parks, chief financial officer of Acme Services.',
    )
    assert [kind for kind, _values in _role_differences(comparison)] == ["conflict"]


def test_a_justice_is_a_judge():
    comparison = _compare(
        "Supreme Court Justice Ann Vole said the witness was afraid of the gunman on Monday.",
        "Judge Ann Vole said the witness was afraid of the gunman on Monday.",
    )
    assert _role_status(comparison, "Vole") == "compatible"
    assert _role_differences(comparison) == []


def test_a_judge_is_no_senator():
    comparison = _compare(
        "Supreme Court Justice Ann Vole said the witness was afraid of the gunman on Monday.",
        "Senator Ann Vole said the witness was afraid of the gunman on Monday.",
    )
    assert _role_status(comparison, "Vole") == "conflict"
    assert [kind for kind, _values in _role_differences(comparison)] == ["conflict"]


def test_a_district_attorney_is_the_prosecutor():
    comparison = _compare(
        "District Attorney Tom Evans told the jury the gunman lied to them about the shooting.",
        "Prosecutor Tom Evans told the jury the gunman lied to them about the shooting.",
    )
    assert _role_status(comparison, "Evans") == "compatible"
    assert _role_differences(comparison) == []


def test_a_district_attorney_is_no_sheriff():
    comparison = _compare(
        "District Attorney Tom Evans told the jury the gunman lied to them about the shooting.",
        "Sheriff Tom Evans told the jury the gunman lied to them about the shooting.",
    )
    assert _role_status(comparison, "Evans") == "conflict"


def test_a_defense_attorney_is_no_prosecutor():
    # Both are attorneys (one family of jobs), but of the two sides of one trial.
    comparison = _compare(
        "Defense attorney Tom Evans told the jury the gunman lied to them about the shooting.",
        "Prosecutor Tom Evans told the jury the gunman lied to them about the shooting.",
    )
    assert _role_status(comparison, "Evans") == "conflict"
    assert not compatible(["defense", "attorney"], ["district", "attorney"])
    assert compatible(["attorney"], ["prosecutor"])


def test_a_players_year_excludes_no_other_role():
    # The entity sheet no longer reads "the leading scorer" as a role: the words are compared directly.
    assert compatible(["junior"], ["leading", "scorer"])
    assert compatible(["sophomore"], ["center"])


def test_a_player_is_no_head_coach():
    assert not compatible(["leading", "scorer"], ["coach"])
