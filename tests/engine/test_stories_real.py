"""Story clustering on real coverage (a vendored ECB+ subset) and on short texts written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tuicompare.analysis import nlp
from tuicompare.engine import cluster_articles
from tuicompare.load.corpus import load_corpus
from tuicompare.models import Article

ECB = Path(__file__).resolve().parents[1] / "data" / "ecbplus"

# Three outlets on one (invented) event, in their own words, and the same kind of event elsewhere.
FERRY = {
    "harbour_a": (
        "Ferry fire forces evacuation off Brannholm",
        "A fire broke out in the engine room of the passenger ferry Nordlys Star off the island of Brannholm "
        "on Tuesday, forcing the evacuation of 212 passengers, the coastguard said.\n\n"
        "Coastguard spokesman Henrik Vaage said two crew members were treated for smoke inhalation. "
        "The vessel was towed to Skarvik harbour in the evening.\n\n"
        "The operator, Fjordline Brannholm, said the cause of the fire was being investigated.",
    ),
    "harbour_b": (
        "212 evacuated as blaze hits Nordlys Star",
        "Passengers were taken off the Nordlys Star after a blaze started in its engine room near Brannholm, "
        "coastguard officials said Tuesday.\n\n"
        "All 212 people on board were safe, according to Henrik Vaage of the coastguard, though two crew "
        "members needed treatment after breathing smoke.\n\n"
        "Tugs brought the ferry into Skarvik harbour; Fjordline Brannholm has opened an inquiry.",
    ),
    "harbour_c": (
        "Engine-room fire on Brannholm ferry",
        "The coastguard evacuated the Nordlys Star on Tuesday when fire spread through the engine room "
        "during the crossing to Brannholm.\n\n"
        "Henrik Vaage, speaking for the coastguard, said 212 passengers had been moved to rescue boats and "
        "that two crew members inhaled smoke.\n\n"
        "The ferry reached Skarvik harbour under tow. Fjordline Brannholm did not say what caused the fire.",
    ),
    "other_ferry": (
        "Cargo ferry catches fire near Port Alvaro",
        "A cargo ferry, the Santa Ines, caught fire near Port Alvaro on Saturday and its 14 crew members "
        "were rescued by a fishing boat, the navy said.\n\n"
        "Navy captain Lucia Ferreira said the fire started among trucks on the car deck. "
        "The ship sank two hours later.\n\n"
        "Its owner, Transmar Alvaro, said the trucks carried fertiliser.",
    ),
}


def _articles(ids: list[str]) -> list[Article]:
    return [Article(i, f"{i}.txt", FERRY[i][0], FERRY[i][1]) for i in ids]


@pytest.fixture(scope="module")
def ferry():
    articles = _articles(list(FERRY))
    return articles, nlp.analyze(articles)


def test_three_articles_opened_alone_are_one_story(ferry):
    articles, analyses = ferry
    three = [a for a in articles if a.id.startswith("harbour")]
    assert cluster_articles(three, analyses[:3]) == [["harbour_a", "harbour_b", "harbour_c"]]


def test_the_same_kind_of_event_elsewhere_is_another_story(ferry):
    articles, analyses = ferry
    assert cluster_articles(articles, analyses) == [["harbour_a", "harbour_b", "harbour_c"], ["other_ferry"]]


def test_far_apart_publication_dates_keep_look_alike_articles_apart(ferry):
    articles, analyses = ferry
    dated = [
        Article(a.id, a.path, a.title, a.text, date="2021-03-02" if a.id != "harbour_c" else "2023-03-07")
        for a in articles[:3]
    ]
    assert cluster_articles(dated, analyses[:3]) == [["harbour_a", "harbour_b"], ["harbour_c"]]
    same_week = [Article(a.id, a.path, a.title, a.text, date="2021-03-0" + str(n + 2)) for n, a in enumerate(articles)]
    assert cluster_articles(same_week[:3], analyses[:3]) == [["harbour_a", "harbour_b", "harbour_c"]]


@pytest.fixture(scope="module")
def ecb():
    articles = load_corpus([str(ECB)]).articles
    articles = tuple(a for a in articles if a.id.startswith("ecb_"))
    return articles, nlp.analyze(articles)


def test_ecbplus_events_cluster_and_same_kind_events_stay_apart(ecb):
    """Two office shootings and two family killings: each event one story, never two events in one."""
    articles, analyses = ecb
    gold = json.loads((ECB / "stories.json").read_text(encoding="utf-8"))
    assert len(articles) == 12
    stories = cluster_articles(articles, analyses)
    assert sorted(map(sorted, stories)) == sorted(map(sorted, gold))
