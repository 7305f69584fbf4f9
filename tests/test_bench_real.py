"""Planting and scoring of the real-coverage benchmark, on a tiny story written for this test.

Three short articles (written here, not taken from any dataset) with a gold
file in the BASIL gold format; the comparisons are built by hand so the test
pins the scoring rules, not the engine's current quality.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from tuicompare import pipeline
from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.evaluation.planted import plant_story
from tuicompare.evaluation.plantscore import PlantedScore, score_planted
from tuicompare.evaluation.plantwhy import CAUSES, StoryStages, cause_table
from tuicompare.evaluation.real import score_story
from tuicompare.evaluation.realgold import load_story_gold
from tuicompare.models import (
    Analysis,
    Comparison,
    Conflict,
    ConflictValue,
    Group,
    Mention,
    Sentence,
    SentenceLink,
    Story,
)

TITLE = "Plant closure costs jobs"
BODIES = {
    "fox": [
        "Senator Maria Okafor said on Tuesday that 40 workers lost their jobs in Denver.",
        "The plant closed in 2019 after a fire.",
        "It had employed 300 people at its peak.",
    ],
    "hpo": [
        "Maria Okafor said Tuesday that 40 workers were laid off in Denver.",
        "The factory shut its doors in 2019.",
        "At its peak it employed 350 people.",
    ],
    "nyt": [
        "Ms. Okafor, a senator, said on Tuesday that forty workers lost jobs in Denver.",
        "The site closed in 2019.",
    ],
}
# fact id, kind, status, {outlet: (sentence number, value)}
FACTS = [
    ("f1", "person", "same", {"fox": (0, "Maria Okafor"), "hpo": (0, "Maria Okafor")}),
    ("f2", "date", "same", {"fox": (0, "Tuesday"), "hpo": (0, "Tuesday"), "nyt": (0, "Tuesday")}),
    ("f3", "number", "form", {"fox": (0, "40"), "hpo": (0, "40"), "nyt": (0, "forty")}),
    ("f4", "place", "same", {"fox": (0, "Denver"), "hpo": (0, "Denver"), "nyt": (0, "Denver")}),
    ("f5", "date", "same", {"fox": (1, "2019"), "hpo": (1, "2019"), "nyt": (1, "2019")}),
    ("f6", "number", "disagree", {"fox": (2, "300"), "hpo": (2, "350")}),
]


def _raw(outlet: str) -> str:
    return TITLE + "\n\n" + "\n\n".join(BODIES[outlet])


def _sentence(outlet: str, n: int) -> list[int]:
    raw = _raw(outlet)
    start = raw.index(BODIES[outlet][n])
    return [start, start + len(BODIES[outlet][n])]


@pytest.fixture
def story(tmp_path: Path):
    """The loaded articles by outlet and the gold mapped onto them."""
    folder = tmp_path / "story"
    folder.mkdir()
    for outlet in BODIES:
        record = {"title": TITLE, "text": _raw(outlet), "source": outlet, "date": "2020-03-03"}
        (folder / f"{outlet}_tiny.json").write_text(json.dumps(record), encoding="utf-8")
    facts = []
    for fid, kind, status, where in FACTS:
        mentions = {}
        for outlet, (n, value) in where.items():
            sentence = _sentence(outlet, n)
            start = _raw(outlet).index(value, sentence[0])
            mentions[outlet] = {"value": value, "start": start, "end": start + len(value), "sentence": sentence}
        facts.append({"id": fid, "kind": kind, "status": status, "what": fid, "mentions": mentions})
    different = [
        {
            "a": {"outlet": "fox", "sentence": _sentence("fox", 2)},
            "b": {"outlet": "hpo", "sentence": _sentence("hpo", 1)},
        }
    ]
    gold_path = tmp_path / "tiny.json"
    gold_path.write_text(json.dumps({"story": "tiny", "facts": facts, "different_fact_pairs": different}))
    loaded = pipeline.load([str(folder)], pipeline.Options())
    articles = {a.outlet: a for a in loaded.articles}
    assert all(not a.text.startswith(TITLE) for a in articles.values())  # the loader split the title off
    gold = load_story_gold(gold_path, articles, {o: _raw(o) for o in BODIES})
    return articles, gold


def _analysis(article) -> Analysis:
    spans = [m.span() for m in re.finditer(r"[^\n]+", article.text)]
    return Analysis(
        article.id,
        tuple(Sentence(article.id, n, s, e, article.text[s:e]) for n, (s, e) in enumerate(spans)),
        "test",
        "0",
    )


def _value(article, text: str, sentence: int, occurrence: int = 0) -> ConflictValue:
    start = [m.start() for m in re.finditer(re.escape(text), article.text)][occurrence]
    sid = f"{article.id}:{sentence}"
    return ConflictValue(text, (article.id,), (sid,), (Mention(sid, text, start, start + len(text)),))


def _comparison(articles, conflicts, groups) -> Comparison:
    analyses = tuple(_analysis(a) for a in articles)
    story = Story("s1", tuple(a.id for a in articles))
    return Comparison(tuple(articles), analyses, (story,), tuple(groups), (), tuple(conflicts), ())


def test_gold_offsets_follow_the_loader(story):
    articles, gold = story
    assert gold.unmapped == ()
    for fact in gold.facts:
        for m in fact.mentions:
            assert next(a for a in articles.values() if a.id == m.article).text[m.start : m.end] == m.value


def test_real_scoring_counts_disagreements_false_alarms_and_same_referent(story):
    articles, gold = story
    fox, hpo, nyt = articles["fox"], articles["hpo"], articles["nyt"]
    conflicts = [
        Conflict("c1", "conflict", "number", "g3", (_value(fox, "300", 2), _value(hpo, "350", 2))),
        Conflict("c2", "conflict", "number", "g1", (_value(hpo, "40", 0), _value(nyt, "forty", 0))),
        Conflict("c3", "possible", "person", "g1", (_value(fox, "Senator", 0), _value(nyt, "Ms.", 0))),
        Conflict("c4", "variant", "person", "g1", (_value(fox, "Maria Okafor", 0), _value(nyt, "Okafor", 0))),
    ]
    ids = {o: a.id for o, a in articles.items()}
    groups = [
        Group("g1", "s1", (f"{ids['fox']}:0", f"{ids['hpo']}:0", f"{ids['nyt']}:0"), 0.8),
        Group("g2", "s1", (f"{ids['fox']}:1", f"{ids['hpo']}:1", f"{ids['fox']}:2"), 0.5),
        Group("g3", "s1", (f"{ids['hpo']}:2",), 0.0),
        Group("g4", "s1", (f"{ids['nyt']}:1",), 0.0),
    ]
    score = score_story(gold, _comparison([fox, hpo, nyt], conflicts, groups))
    assert score.disagree == 1 and score.disagree_found == {"conflict": 1}
    assert score.reported == {"conflict": 2, "possible": 1}
    assert score.correct == {"conflict": 1}
    assert score.precision("conflict") == 0.5
    assert score.same_referent == {"conflict": 1}
    assert [r.values for r in score.false_alarms] == [("40", "forty"), ("Senator", "Ms.")]
    # Same-fact pairs: three from sentence 0, three from sentence 1 (2019), one from sentence 2 (300/350).
    assert (score.fact_pairs, score.fact_pairs_grouped) == (7, 4)
    # The different-fact pair (fox's 300 sentence, hpo's 2019 sentence) was wrongly grouped.
    assert (score.different_pairs, score.different_apart) == (1, 0)
    assert score.one_story == 1


def test_links_count_same_fact_pairs_in_two_rows_and_the_different_fact_pairs_they_join(story):
    articles, gold = story
    fox, hpo, nyt = articles["fox"], articles["hpo"], articles["nyt"]
    f, h, n = (a.id for a in (fox, hpo, nyt))
    groups = [
        Group("g1", "s1", (f"{f}:0", f"{h}:0", f"{n}:0"), 0.8),
        Group("g2", "s1", (f"{f}:1", f"{h}:1"), 0.5),
        Group("g3", "s1", (f"{f}:2",), 0.0),
        Group("g4", "s1", (f"{h}:2",), 0.0),
        Group("g5", "s1", (f"{n}:1",), 0.0),
    ]
    links = (
        SentenceLink("s1", f"{f}:2", f"{h}:2", 0.5),  # 300 / 350: one fact in two rows
        SentenceLink("s1", f"{f}:1", f"{n}:1", 0.6),  # 2019: one fact in two rows
        SentenceLink("s1", f"{f}:2", f"{h}:1", 0.4),  # the gold's different-fact pair
    )
    comparison = replace(_comparison([fox, hpo, nyt], [], groups), links=links)
    score = score_story(gold, comparison)
    assert (score.fact_pairs, score.fact_pairs_grouped, score.fact_pairs_linked) == (7, 4, 6)
    assert (score.different_pairs, score.different_apart, score.different_linked) == (1, 1, 1)
    assert sum("linked" in line for line in score.missed_pairs) == 2
    # Two of the three links join a same-fact pair; the third joins the different-fact pair.
    assert (score.links, score.links_on_fact_pairs) == (3, 2)
    assert score.confirmed_share == 2 / 3


def test_planting_changes_one_value_per_sentence_and_loads_back(story, tmp_path: Path):
    articles, gold = story
    copies = plant_story(gold, articles, tmp_path, pool=["Okafor", "Castellano"], changes=2)
    fox_copies = [c for c in copies if c.outlet == "fox"]
    planted = sorted(ch.fact.id for c in fox_copies for ch in c.changes)
    assert planted == ["f1", "f2", "f3", "f4", "f5"]  # every same/form fact once, never the disagreement
    for copy in copies:
        starts = [ch.sentence[0] for ch in copy.changes]
        assert len(starts) == len(set(starts)) and len(starts) <= 2
        text = copy.text
        for ch in sorted(copy.changes, key=lambda c: -c.start):
            assert text[ch.start : ch.end] == ch.new and ch.new != ch.old
            text = text[: ch.start] + ch.old + text[ch.end :]
        assert text == articles[copy.outlet].text
        loaded = pipeline.load([str(copy.path)], pipeline.Options()).articles[0]
        assert loaded.text == copy.text
    names = [ch.new for c in copies for ch in c.changes if ch.fact.kind == "person"]
    assert names and all(n == "Maria Castellano" for n in names)  # "Okafor" is the story's own name


def test_planted_scoring_by_tier(story, tmp_path: Path):
    articles, gold = story
    copy = next(c for c in plant_story(gold, articles, tmp_path, pool=["Castellano"], changes=2) if c.outlet == "fox")
    assert sorted(ch.fact.id for ch in copy.changes) == ["f1", "f5"]
    changed = pipeline.load([str(copy.path)], pipeline.Options()).articles[0]
    hpo, nyt = articles["hpo"], articles["nyt"]
    by_fact = {ch.fact.id: ch for ch in copy.changes}
    name, year = by_fact["f1"].new, by_fact["f5"].new
    conflicts = [
        Conflict("c1", "conflict", "person", "g1", (_value(changed, name, 0), _value(hpo, "Maria Okafor", 0))),
        Conflict("c2", "possible", "date", "g2", (_value(changed, year, 1), _value(nyt, "2019", 1))),
        Conflict("c3", "conflict", "number", "g3", (_value(changed, "300", 2), _value(hpo, "350", 2))),
        Conflict("c4", "conflict", "date", "g1", (_value(changed, "Tuesday", 0), _value(nyt, "forty", 0))),
    ]
    aligned = Group("g2", "s1", (f"{changed.id}:1", f"{nyt.id}:1"), 0.6)
    score = score_planted(copy, changed, gold, _comparison([changed, hpo, nyt], conflicts, [aligned]))
    assert score.planted == 2
    assert score.found == {"conflict": 1, "possible": 1}
    assert score.recall() == 0.5 and score.recall(("conflict", "possible")) == 1.0
    assert score.reported == {"conflict": 3, "possible": 1}
    assert score.correct == {"conflict": 2, "possible": 1}  # the planted name and the real 300/350
    assert score.precision() == pytest.approx(2 / 3)
    assert [r.values for r in score.false_alarms] == [("Tuesday", "forty")]
    assert score.missed_aligned == 1  # the year, only a possible difference, sat in an aligned group


def test_sweep_replaces_one_tuning_field_and_restores_it():
    from tuicompare.engine import tuning
    from tuicompare.evaluation.sweep import sweep_values, swept

    before = tuning.TUNING
    assert sweep_values(None) == [("", None)]
    values = sweep_values("stories.threshold=0.2,0.5")
    assert [label for label, _ in values] == ["stories.threshold=0.2", "stories.threshold=0.5"]
    with swept("stories.threshold=0.2,0.5", "0.5") as current:
        assert tuning.TUNING is current
        assert current.stories.threshold == 0.5
        assert current.align == before.align
    assert tuning.TUNING is before
    with pytest.raises(SystemExit, match="no field"):
        sweep_values("stories.nonsense=1")


def test_calibration_labels_each_difference_and_retiers_it_by_source(story):
    from tuicompare.evaluation.calibration import Run, best_cut, curve, items, retier, source

    articles, gold = story
    fox, hpo, nyt = articles["fox"], articles["hpo"], articles["nyt"]
    f, h, n = (a.id for a in (fox, hpo, nyt))
    groups = [
        Group("g1", "s1", (f"{f}:0", f"{h}:0", f"{n}:0"), 0.8),
        Group("g3", "s1", (f"{f}:2", f"{h}:2"), 0.5),
        Group("g4", "s1", (f"{h}:1",), 0.0),
    ]
    conflicts = [
        # the gold's disagreement, in one row
        Conflict("c1", "conflict", "number", "g3", (_value(fox, "300", 2), _value(hpo, "350", 2)), 0.6),
        # two facts in two rows (hpo's sentence 1 is outside g1): a link's false alarm
        Conflict("c2", "conflict", "date", "g1", (_value(fox, "Tuesday", 0), _value(hpo, "2019", 1)), 0.8),
        # possible before any cut: stays possible at every cut
        Conflict("c3", "possible", "person", "g1", (_value(fox, "Senator", 0), _value(nyt, "Ms.", 0)), 0.3),
    ]
    comparison = _comparison([fox, hpo, nyt], conflicts, groups)
    run = Run("tune", gold, comparison)
    assert [source(c, comparison) for c in conflicts] == ["row", "link", "row"]
    found = items([run])
    assert [(i.source, i.kind, i.true) for i in found] == [
        ("row", "conflict", True),
        ("link", "conflict", False),
        ("row", "possible", False),
    ]
    cut = retier(run, {"row": 0.65, "link": 0.75, "attribute": 0.5})
    assert [c.kind for c in cut.conflicts] == ["possible", "conflict", "possible"]
    rows = curve(found, "row")
    assert best_cut(rows, 0.8) == 0.6  # the highest cut keeping the one true row conflict (0.6)
    assert best_cut(rows, 0.8, ceiling=0.25) is None  # the seeds' limit below every cut tried
    assert best_cut(curve(found, "link"), 0.8) is None  # only a false one: no cut keeps precision


def test_every_planted_change_missed_gets_one_cause(story, tmp_path: Path):
    articles, gold = story
    copies = plant_story(gold, articles, tmp_path, pool=["Okafor", "Castellano"], changes=2)
    total = PlantedScore()
    for copy in copies:
        planted = pipeline.load([str(copy.path)], pipeline.Options()).articles[0]
        group = [planted, *(a for o, a in articles.items() if o != copy.outlet)]
        analyses = nlp.analyze(group)
        comparison = compare(group, analyses, stories=[[a.id for a in group]])
        total += score_planted(copy, planted, gold, comparison, StoryStages(group, analyses))
    misses = total.planted - total.found.get("conflict", 0)
    causes = Counter()
    for counts in total.causes.values():
        causes.update(counts)
    assert sum(causes.values()) == misses == len(total.missed)
    assert set(causes) <= set(CAUSES)
    assert all(any(cause in line for cause in CAUSES) for line in total.missed)
    if misses:
        assert any(c in " ".join(cause_table(total.causes)) for c in causes)
