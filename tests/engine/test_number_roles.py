"""What a figure counts, read from the parse: ages an obituary states, magnitudes, unit spellings.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. A figure conflicts with another only when both count the
same thing: "She was 85." gives an age as "Ann Roe, 85," does; a quake's magnitude
is one scale however the sentence hangs it ("magnitude of 4.6", "measuring 6.6");
and "kilometres" and "kilometers" are one unit.
"""

from __future__ import annotations

from tests.support.texts import compare_texts, difference_sets
from tuicompare.engine.features import article_features

OPENING_A = "Officials in Harwick County gave new details on Tuesday about the events of the weekend. "
OPENING_B = "Harwick County officials released more details on Tuesday about what happened at the weekend. "
CLOSING = " The county will publish a full report next month."


def _found(sentence_a: str, sentence_b: str) -> list[tuple[str, set[str]]]:
    return difference_sets(compare_texts(OPENING_A + sentence_a + CLOSING, OPENING_B + sentence_b + CLOSING))


def test_an_age_stated_as_what_a_person_was_is_compared_as_an_age():
    lead_a = "The former mayor of Harwick died of pneumonia at a hospital on Sunday."
    lead_b = "The former mayor of Harwick died at a hospital on Sunday after a long illness."
    other = _found(f"{lead_a} She was 85.", f"{lead_b} She was 91.")
    same = _found(f"{lead_a} She was 85.", f"{lead_b} She was 85.")
    # Red: the two sentences are written alike but for the age (``test_one_change``); "possible" before that rule.
    assert other == [("conflict", {"85", "91"})] and same == []


def test_a_figure_of_no_person_is_no_age():
    found = compare_texts(
        OPENING_A + "The final count of the ballots was 85." + CLOSING,
        OPENING_B + "The final count of the ballots was 91." + CLOSING,
    )
    units = {s.unit for a in found.analyses for f in article_features(a) for s in f.spans if s.text in ("85", "91")}
    assert units == {""} and difference_sets(found) == [("conflict", {"85", "91"})]


def test_a_magnitude_is_one_scale_however_the_sentence_hangs_it():
    found = _found(
        "An earthquake with a preliminary magnitude of 4.6 was recorded near Harwick early on Sunday.",
        "An earthquake measuring 6.6 rattled Harwick early on Sunday.",
    )
    same = _found(
        "An earthquake with a preliminary magnitude of 4.6 was recorded near Harwick early on Sunday.",
        "A magnitude 4.6 earthquake rattled Harwick early on Sunday.",
    )
    assert found == [("conflict", {"4.6", "6.6"})] and same == []


def test_a_spaced_decimal_the_recogniser_calls_a_date_is_a_magnitude():
    found = _found(
        "The survey put the quake's magnitude at 5. 9 on Sunday.",
        "The survey put the quake's magnitude at 8. 9 on Sunday.",
    )
    assert found == [("conflict", {"5. 9", "8. 9"})]


def test_kilometres_and_kilometers_are_one_unit():
    other = _found(
        "The repair boat left on Sunday with 20 kilometres of spare cable on board.",
        "The repair boat left on Sunday with 26 kilometers of spare cable on board.",
    )
    same = _found(
        "The repair boat left on Sunday with 20 kilometres of spare cable on board.",
        "The repair boat left on Sunday with 20 kilometers of spare cable on board.",
    )
    assert other == [("conflict", {"20 kilometres", "26 kilometers"})] and same == []
