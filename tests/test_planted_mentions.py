"""A planted copy changes a person's surname or a place at every mention, as a disagreeing outlet would.

Two short articles written for this test (not from any dataset), with a gold in the
BASIL gold format; the comparison is built by hand so the test pins the planting and
its scoring, not the engine.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tuicompare import pipeline
from tuicompare.evaluation.planted import plant_story
from tuicompare.evaluation.plantscore import score_planted
from tuicompare.evaluation.plantvalues import renamed
from tuicompare.evaluation.realgold import load_story_gold
from tuicompare.models import Analysis, Comparison, Conflict, ConflictValue, Mention, Sentence, Story

TITLE = "Mill closure costs jobs"
BODIES = {
    "fox": [
        "Maria Okafor said on Tuesday that 40 workers lost their jobs in Denver.",
        "Okafor's office said the Denver mill had closed in 2019.",
        "It had employed 300 people at its peak.",
    ],
    "hpo": [
        "Maria Okafor said Tuesday that 40 workers were laid off in Denver.",
        "The Denver mill shut its doors in 2019, Maria T. Okafor said.",
        "At its peak it employed 350 people.",
    ],
}
# fact id, kind, status, {outlet: (sentence number, value)}
FACTS = [
    ("f1", "person", "same", {"fox": (0, "Maria Okafor"), "hpo": (0, "Maria Okafor")}),
    ("f2", "number", "same", {"fox": (0, "40"), "hpo": (0, "40")}),
    ("f3", "date", "same", {"fox": (1, "2019"), "hpo": (1, "2019")}),
    ("f4", "number", "disagree", {"fox": (2, "300"), "hpo": (2, "350")}),
]


def _raw(outlet: str) -> str:
    return TITLE + "\n\n" + "\n\n".join(BODIES[outlet])


@pytest.fixture
def story(tmp_path: Path):
    """The loaded articles by outlet and the gold mapped onto them."""
    folder = tmp_path / "story"
    folder.mkdir()
    facts = []
    for outlet in BODIES:
        record = {"title": TITLE, "text": _raw(outlet), "source": outlet, "date": "2020-03-03"}
        (folder / f"{outlet}_mill.json").write_text(json.dumps(record), encoding="utf-8")
    for fid, kind, status, where in FACTS:
        mentions = {}
        for outlet, (n, value) in where.items():
            raw = _raw(outlet)
            start_s = raw.index(BODIES[outlet][n])
            start = raw.index(value, start_s)
            sentence = [start_s, start_s + len(BODIES[outlet][n])]
            mentions[outlet] = {"value": value, "start": start, "end": start + len(value), "sentence": sentence}
        facts.append({"id": fid, "kind": kind, "status": status, "what": fid, "mentions": mentions})
    gold_path = tmp_path / "mill.json"
    gold_path.write_text(json.dumps({"story": "mill", "facts": facts, "different_fact_pairs": []}))
    articles = {a.outlet: a for a in pipeline.load([str(folder)], pipeline.Options()).articles}
    return articles, load_story_gold(gold_path, articles, {o: _raw(o) for o in BODIES})


def _value(article, text: str, start: int) -> ConflictValue:
    sid = f"{article.id}:0"
    return ConflictValue(text, (article.id,), (sid,), (Mention(sid, text, start, start + len(text)),))


def _comparison(articles, conflicts) -> Comparison:
    analyses = tuple(
        Analysis(a.id, tuple(Sentence(a.id, 0, 0, len(a.text), a.text) for _ in [0]), "test", "0") for a in articles
    )
    story = Story("s1", tuple(a.id for a in articles))
    return Comparison(tuple(articles), analyses, (story,), (), (), tuple(conflicts), ())


def test_the_surname_a_change_replaces_keeps_a_possessive_out():
    assert renamed("surname", "Maria Okafor's", "Maria Castellano's") == ("Okafor", "Castellano")
    assert renamed("place", "the Netherlands", "the Philippines") == ("Netherlands", "Philippines")
    assert renamed("number", "40", "45") is None  # a figure may be another fact's elsewhere: one mention only


def test_a_changed_surname_is_changed_at_every_mention_and_offsets_follow(story, tmp_path: Path):
    articles, gold = story
    copies = plant_story(gold, articles, tmp_path, pool=["Castellano"], changes=3)
    copy = next(c for c in copies if c.outlet == "fox")
    person = next(ch for ch in copy.changes if ch.fact.id == "f1")
    assert person.new == "Maria Castellano"
    assert "Okafor" not in copy.text  # the reader of the copy never meets the real name
    assert [copy.text[a:b] for a, b in person.also] == ["Castellano"]  # "Castellano's office"
    for ch in copy.changes:
        assert copy.text[ch.start : ch.end] == ch.new
        assert copy.text[ch.sentence[0] : ch.sentence[1]].count(ch.new) == 1
    fox = articles["fox"]
    assert copy.text[copy.shift(fox.text.index("300")) :].startswith("300")  # a later gold mention moved along
    assert pipeline.load([str(copy.path)], pipeline.Options()).articles[0].text == copy.text


def test_a_report_on_another_mention_of_the_changed_name_finds_the_change(story, tmp_path: Path):
    articles, gold = story
    copy = next(c for c in plant_story(gold, articles, tmp_path, pool=["Castellano"], changes=3) if c.outlet == "fox")
    changed = pipeline.load([str(copy.path)], pipeline.Options()).articles[0]
    hpo = articles["hpo"]
    second = [m.start() for m in re.finditer("Castellano", changed.text)][1]
    conflicts = [
        Conflict(
            "c1",
            "conflict",
            "person",
            "g1",
            (_value(changed, "Castellano", second), _value(hpo, "Maria T. Okafor", hpo.text.index("Maria T."))),
        ),
        Conflict(
            "c2",
            "conflict",
            "number",
            "g2",
            (_value(changed, "300", changed.text.index("300")), _value(hpo, "350", hpo.text.index("350"))),
        ),
    ]
    score = score_planted(copy, changed, gold, _comparison([changed, hpo], conflicts))
    # The surname, though reported on its second mention and against a fuller form of the real name.
    assert score.found.get("conflict") == 1
    assert score.correct == {"conflict": 2}  # and the real disagreement 300 / 350, found where it moved to
