"""Short reports (one to three sentences, no date line, no address line) cluster into their events.

A folder of three briefs about one event is one story, although each brief
tells a different part of it and shares only the event's names and figures
with the others; briefs about another event of the same kind stay apart.
The texts are invented here (places and people that do not exist).
"""

from __future__ import annotations

import pytest

from tuicompare.analysis import nlp
from tuicompare.engine import cluster_articles
from tuicompare.engine.story_anchors import shares_specifics, specific
from tuicompare.models import Article

# One landslide told three ways, and another landslide elsewhere told twice.
BRIEFS = {
    "slide_a": "A landslide buried part of the mountain village of Tervaskoia on Sunday night, and rescuers "
    "evacuated 340 residents, the regional governor Ilmo Karrasvuo said.",
    "slide_b": "Governor Ilmo Karrasvuo said two people were still missing in Tervaskoia. "
    "Mud and rocks cut the only road into the valley.",
    "slide_c": "Some 340 people spent the night in a school gym after the hillside above Tervaskoia gave way. "
    "Army engineers are clearing the road.",
    "other_a": "Heavy rain set off a landslide near the fishing town of Brenvik Harbour, where three houses "
    "were swept into the fjord, police chief Sunniva Ottesdal said.",
    "other_b": "Police chief Sunniva Ottesdal said nobody was hurt when the houses at Brenvik Harbour slid into "
    "the fjord after days of rain.",
}


@pytest.fixture(scope="module")
def briefs() -> tuple[list[Article], dict[str, object]]:
    articles = [Article(key, f"{key}.txt", text.split(". ")[0], text) for key, text in BRIEFS.items()]
    analyses = nlp.analyze(articles)
    return articles, {a.article: a for a in analyses}


def _cluster(briefs, keys: list[str]) -> list[list[str]]:
    articles, analyses = briefs
    chosen = [a for a in articles if a.id in keys]
    return cluster_articles(chosen, [analyses[a.id] for a in chosen])


def test_a_report_of_another_landslide_does_not_join_a_small_story(briefs):
    assert _cluster(briefs, ["slide_a", "slide_b", "other_a"]) == [["slide_a", "slide_b"], ["other_a"]]


def test_rare_names_and_specific_figures_are_an_events_specifics():
    # Rare in English: an invented village, a surname nobody else has; a figure no other story states.
    assert specific("@tervaskoia") and specific("@ilmo karrasvuo") and specific("#340")
    # Shared by unrelated stories: a country, a common first name, a small count, a bare year.
    assert not specific("@france") and not specific("@john") and not specific("#3") and not specific("#2012")
    assert not specific("landslide")  # words are weighed by the similarity, not anchors
    assert shares_specifics({"@tervaskoia": 1.0, "road": 2.0}, {"@tervaskoia": 3.0, "mud": 1.0})
    assert not shares_specifics({"@france": 1.0, "road": 2.0, "#3": 1.0}, {"@france": 1.0, "road": 1.0, "#3": 1.0})
