"""Alignment on real-outlet paraphrase: facts in another order and other words, on texts written for the test.

Each test compares short articles with the real spaCy model and checks the
groups a reader sees side by side: the sentences that state one fact share a
group, and sentences that only share a person do not.
"""

from __future__ import annotations

from tests.support.texts import compare_texts, grouped_together

FIRST = " ".join(
    [
        "The Rivermouth harbour authority approved a $40 million plan on Tuesday to deepen the northern channel.",
        "Dredging will begin in March and is expected to last two years, officials said.",
        "Local fishermen warned that the work would drive cod away from the bay for a generation.",
        "The authority's chairwoman, Ingrid Salo, said the channel had silted up after the 2019 floods.",
        "Container traffic through the port has doubled since 2015, according to the authority.",
    ]
)
SECOND = " ".join(
    [
        "Fishing crews in Rivermouth fear the cod will leave the bay for decades once the dredgers arrive.",
        "Since 2015 the number of containers handled at the port has doubled, the harbour authority says.",
        "Ingrid Salo, who chairs the authority, blamed the 2019 floods for the silt that now chokes the channel.",
        "Work is due to start in March and should take about two years.",
        "The harbour board voted on Tuesday to spend $40 million on deepening the channel to the north.",
    ]
)


def test_the_same_facts_in_another_order_and_other_words_align_fact_to_fact():
    comparison = compare_texts(FIRST, SECOND)
    # First sentence of one, last of the other; second against fourth; fifth against second.
    assert grouped_together(comparison, "approved a $40 million plan", "spend $40 million")
    assert grouped_together(comparison, "Dredging will begin in March", "Work is due to start in March")
    assert grouped_together(comparison, "has doubled since 2015", "Since 2015 the number")
    assert grouped_together(comparison, "silted up after the 2019 floods", "blamed the 2019 floods")
    assert not grouped_together(comparison, "Dredging will begin in March", "Since 2015 the number")


def test_one_person_quoted_on_two_topics_stays_in_two_groups():
    comparison = compare_texts(
        "The city will close two libraries next year to save money, the council announced. "
        "Dana Whitcombe said the new tram line would open in September.",
        "The council plans to shut two libraries in 2025 to cut costs. "
        "Dana Whitcombe said she would not seek a third term when her mandate ends.",
    )
    assert grouped_together(comparison, "close two libraries", "shut two libraries")
    assert not grouped_together(comparison, "new tram line", "not seek a third term")
