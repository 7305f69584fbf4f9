"""The fresh ECB+ conflict golds point at what they claim, and map onto the loaded articles.

Two gold folders share the format: ``benchmarks/gold/ecbplus`` and the second,
``benchmarks/gold/ecbplus2`` (a tuning set since session 6). Needs the dev data in
``../shared/dev/ecbplus`` (skipped with the reason otherwise); no spaCy, so it
runs in a second or two.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tuicompare.evaluation.realgold import FRESH_SPLITS, gold_paths, load_story_gold, raw_text
from tuicompare.load.corpus import load_corpus

ROOT = Path(__file__).resolve().parent.parent
GOLDS = [ROOT / "benchmarks" / "gold" / folder for folder in FRESH_SPLITS.values()]
ECBPLUS = ROOT.parent / "shared" / "dev" / "ecbplus"
#: Every gold file, as (folder, key) so a failure names both.
CASES = [(g.name, p.stem) for g in GOLDS for p in sorted(g.glob("*.json"))]
#: Publication-date facts (news furniture) each gold marks.
FURNITURE = {"ecbplus": 5, "ecbplus2": 8}

needs_dev = pytest.mark.skipif(
    not ECBPLUS.is_dir(), reason=f"dev data not present at {ECBPLUS} (see shared/dev/README.md)"
)


def _validator():
    spec = importlib.util.spec_from_file_location(
        "validate_ecbplus", ROOT / "benchmarks" / "gold" / "validate_ecbplus.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stems(gold: Path) -> list[str]:
    return [s for p in sorted(gold.glob("*.json")) for s in json.loads(p.read_text(encoding="utf-8"))["articles"]]


@pytest.mark.parametrize("gold", GOLDS, ids=lambda g: g.name)
def test_fresh_gold_has_eight_events_of_three_articles(gold: Path):
    assert len(list(gold.glob("*.json"))) == 8
    stems = _stems(gold)
    assert len(stems) == 24 and len(set(stems)) == 24
    assert len({s.split("_")[1] for s in stems}) == 8  # eight different ECB+ topics


def test_the_second_fresh_gold_shares_no_topic_with_the_first():
    """Held out means other events: no ECB+ topic of the first gold comes back in the second."""
    first, second = ({s.split("_")[1] for s in _stems(g)} for g in GOLDS)
    assert first and second and not first & second


def test_the_validator_checks_every_fresh_gold_folder():
    assert sorted(_validator().GOLDS) == sorted(FRESH_SPLITS.values())


@needs_dev
@pytest.mark.parametrize(("folder", "key"), CASES)
def test_fresh_gold_offsets_hold_their_values(folder: str, key: str):
    assert _validator().check(ROOT / "benchmarks" / "gold" / folder / f"{key}.json") == []


@needs_dev
@pytest.mark.parametrize(("folder", "key"), CASES)
def test_every_fresh_gold_mention_lands_on_its_value_in_the_loaded_article(folder: str, key: str):
    gold_dir = ROOT / "benchmarks" / "gold" / folder
    paths = gold_paths(ECBPLUS, gold_dir / f"{key}.json")
    raw = json.loads((gold_dir / f"{key}.json").read_text(encoding="utf-8"))
    assert sorted(paths) == sorted(raw["articles"])
    loaded = {Path(a.path).resolve(): a for a in load_corpus([str(p) for p in paths.values()]).articles}
    articles = {s: loaded[p.resolve()] for s, p in paths.items()}
    gold = load_story_gold(gold_dir / f"{key}.json", articles, {s: raw_text(p) for s, p in paths.items()})
    assert gold.unmapped == ()
    assert len(gold.facts) == len(raw["facts"])
    assert len(gold.different) == len(raw["different_fact_pairs"])
    by_id = {a.id: a for a in articles.values()}
    for fact in gold.facts:
        assert len(fact.mentions) == len(raw["facts"][[f["id"] for f in raw["facts"]].index(fact.id)]["mentions"])
        for m in fact.mentions:
            text = by_id[m.article].text
            assert text[m.start : m.end] == m.value
            assert m.sentence[0] <= m.start and m.end <= m.sentence[1]
            assert "\n" not in text[m.sentence[0] : m.sentence[1]]


@needs_dev
@pytest.mark.parametrize("gold_dir", GOLDS, ids=lambda g: g.name)
def test_planting_skips_furniture_but_plants_in_every_story(gold_dir: Path):
    from tuicompare.evaluation.planted import plan, surname_pool

    pool = surname_pool(gold_dir)
    furniture = 0
    for key in sorted(p.stem for p in gold_dir.glob("*.json")):
        paths = gold_paths(ECBPLUS, gold_dir / f"{key}.json")
        loaded = {Path(a.path).resolve(): a for a in load_corpus([str(p) for p in paths.values()]).articles}
        articles = {s: loaded[p.resolve()] for s, p in paths.items()}
        gold = load_story_gold(gold_dir / f"{key}.json", articles, {s: raw_text(p) for s, p in paths.items()})
        furniture += sum(f.furniture for f in gold.facts)
        planned = [c for stem in articles for copy in plan(gold, stem, articles, pool, 4) for c in copy]
        assert planned, key
        assert not any(fact.furniture for _, fact, _ in planned)
    assert furniture == FURNITURE[gold_dir.name]


def test_article_keyed_gold_maps_through_the_text_loader(tmp_path: Path):
    """Offsets into a raw .txt file (URL line first, one sentence a paragraph) land on their values."""
    bodies = {
        "ev_1": "http: / / example. org / a\n\nStorm hits Lisbon\n\nA storm hit Lisbon on Friday, killing 3 people.\n",
        "ev_2": "http: / / example. net / b\n\nLisbon storm\n\nThree people died when a storm struck Lisbon on Friday.",
    }
    for stem, body in bodies.items():
        (tmp_path / f"{stem}.txt").write_text(body, encoding="utf-8")

    def mention(stem: str, value: str, sentence: str) -> dict:
        raw = bodies[stem]
        s = raw.index(sentence)
        v = raw.index(value, s)
        return {"value": value, "start": v, "end": v + len(value), "sentence": [s, s + len(sentence)]}

    one = "A storm hit Lisbon on Friday, killing 3 people."
    two = "Three people died when a storm struck Lisbon on Friday."
    gold = {
        "story": "storm",
        "articles": ["ev_1", "ev_2"],
        "facts": [
            {
                "id": "f1",
                "kind": "number",
                "what": "dead",
                "status": "form",
                "mentions": {"ev_1": mention("ev_1", "3", one), "ev_2": mention("ev_2", "Three", two)},
            },
            {
                "id": "f2",
                "kind": "date",
                "what": "day",
                "status": "same",
                "mentions": {"ev_1": mention("ev_1", "Friday", one), "ev_2": mention("ev_2", "Friday", two)},
            },
        ],
        "different_fact_pairs": [
            {
                "a": {"article": "ev_1", "sentence": mention("ev_1", "Storm", "Storm hits Lisbon")["sentence"]},
                "b": {"article": "ev_2", "sentence": mention("ev_2", "Three", two)["sentence"]},
                "why": "test",
            }
        ],
    }
    gold_path = tmp_path / "storm.json"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    paths = gold_paths(tmp_path, gold_path)
    assert sorted(paths) == ["ev_1", "ev_2"]
    loaded = {Path(a.path).resolve(): a for a in load_corpus([str(p) for p in paths.values()]).articles}
    articles = {s: loaded[p.resolve()] for s, p in paths.items()}
    assert all(not a.text.startswith("http") for a in articles.values())  # the URL line became the headline
    story = load_story_gold(gold_path, articles, {s: raw_text(p) for s, p in paths.items()})
    assert story.unmapped == () and len(story.facts) == 2 and len(story.different) == 1
    by_id = {a.id: a for a in articles.values()}
    assert [(m.value, by_id[m.article].text[m.start : m.end]) for m in story.facts[0].mentions] == [
        ("3", "3"),
        ("Three", "Three"),
    ]
