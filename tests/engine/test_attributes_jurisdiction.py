"""A people's word before a state's office names the office's country, not the holder's nationality (issue 11).

"Egyptian Minister of Communications Ali Hassan" holds Egypt's office: the text does not say what passport he
carries, as "the British ambassador to Egypt" may be of any birth. Before a trade ("the Egyptian activist") the word
is the person's nationality. The entity golds' convention (``benchmarks/gold/entities/README.md``); texts written
for the test.
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_reading, sheet_rows

OTHER = "Markets in Cairo were calm on Monday, traders said."


def test_a_peoples_word_before_a_ministers_title_is_the_offices_country_not_a_nationality():
    comparison = compare_sheet("Egyptian Minister of Communications Ali Hassan said the cable was cut.", OTHER)
    assert not sheet_rows(comparison, "Hassan", "nationality")
    status, cells = sheet_reading(comparison, "Hassan", "role")
    assert status == "single" and cells["a0"].startswith("Minister")  # the country stays out of the role
    assert not sheet_rows(comparison, "Hassan", "employer")  # a jurisdiction, no body employing him


def test_a_peoples_word_before_a_trade_is_the_persons_nationality():
    comparison = compare_sheet("The Egyptian activist Ali Hassan said the cable was cut.", OTHER)
    assert sheet_reading(comparison, "Hassan", "nationality") == ("single", {"a0": "Egyptian"})
    assert sheet_reading(comparison, "Hassan", "role") == ("single", {"a0": "activist"})


def test_heads_of_government_and_envoys_hold_their_countrys_office_in_every_construction():
    comparison = compare_sheet(
        "Greek Prime Minister Nikos Dimas met the French ambassador, Paul Renard, on Monday.",
        "Nikos Dimas, the Greek prime minister, spoke. Paul Renard was the French ambassador to Greece.",
    )
    assert not sheet_rows(comparison, "Dimas", "nationality")
    assert not sheet_rows(comparison, "Renard", "nationality")
    assert sheet_reading(comparison, "Dimas", "role")[0] in ("same", "variant")


def test_one_person_with_an_office_in_one_article_and_a_trade_in_another_has_the_trades_nationality_only():
    comparison = compare_sheet(
        "Egyptian Minister of Communications Ali Hassan said the cable was cut on Monday.",
        "The Egyptian engineer Ali Hassan said the cable was cut on Monday.",
    )
    assert sheet_reading(comparison, "Hassan", "nationality") == ("single", {"a1": "Egyptian"})
    assert not attribute_conflict_types(comparison, "nationality")


def test_a_peoples_word_before_the_president_of_a_body_is_the_holders_nationality():
    # the presidency of an association is no state's office: "Kenyan" says what its holder is
    comparison = compare_sheet(
        "Ann Cole became the first Kenyan president of the Royal Academy of Arts on Monday.",
        "Ann Cole spoke at the Royal Academy of Arts on Monday.",
    )
    assert sheet_reading(comparison, "Cole", "nationality") == ("single", {"a0": "Kenyan"})
