"""A report withheld is not a report denied: "did not say why" against "say".

A false alarm of the third fresh ECB+ gold: one outlet writes that
investigators did not say why a worker was suspended, another that the
authorities say the shooting began after the suspension; the negated "say"
was read as a denial of the other's "say". Short articles written for the
test, compared with the real spaCy model; a denial of the fact itself is
still a negation conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences

WITHHELD = "Investigators did not say why Tom Moss, a 20-year employee of the plant, had been suspended on Monday."
TOLD = "Investigators say the shooting began after Tom Moss, a 20-year employee of the plant, was suspended on Monday."


def test_not_saying_why_denies_nothing():
    for withheld in (WITHHELD, WITHHELD.replace("did not", "didn't")):
        comparison = compare_texts(withheld, TOLD, tail=NEUTRAL_TAIL)
        assert not [values for _kind, values in differences(comparison) if "say" in " ".join(values)]


def test_a_denied_fact_is_still_a_negation_conflict():
    comparison = compare_texts(
        "The plant's owner did not confirm that Tom Moss had been suspended on Monday after an argument.",
        "The plant's owner confirmed that Tom Moss had been suspended on Monday after an argument.",
        tail=NEUTRAL_TAIL,
    )
    assert [c.type for c in comparison.conflicts if c.kind in ("conflict", "possible")] == ["negation"]
