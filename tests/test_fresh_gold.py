"""The fresh ECB+ conflict gold points at what it claims, and maps onto the loaded articles.

Needs the dev data in ``../shared/dev/ecbplus`` (skipped with the reason otherwise);
no spaCy, so it runs in a second or two.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tuicompare.evaluation.realgold import gold_paths, load_story_gold, raw_text
from tuicompare.load.corpus import load_corpus

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "ecbplus"
ECBPLUS = ROOT.parent / "shared" / "dev" / "ecbplus"
KEYS = sorted(p.stem for p in GOLD.glob("*.json"))

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


def test_fresh_gold_has_eight_events_of_three_articles():
    assert len(KEYS) == 8
    stems = [s for k in KEYS for s in json.loads((GOLD / f"{k}.json").read_text(encoding="utf-8"))["articles"]]
    assert len(stems) == 24 and len(set(stems)) == 24
    assert len({s.split("_")[1] for s in stems}) == 8  # eight different ECB+ topics


@needs_dev
@pytest.mark.parametrize("key", KEYS)
def test_fresh_gold_offsets_hold_their_values(key: str):
    assert _validator().check(GOLD / f"{key}.json") == []


@needs_dev
@pytest.mark.parametrize("key", KEYS)
def test_every_fresh_gold_mention_lands_on_its_value_in_the_loaded_article(key: str):
    paths = gold_paths(ECBPLUS, GOLD / f"{key}.json")
    raw = json.loads((GOLD / f"{key}.json").read_text(encoding="utf-8"))
    assert sorted(paths) == sorted(raw["articles"])
    loaded = {Path(a.path).resolve(): a for a in load_corpus([str(p) for p in paths.values()]).articles}
    articles = {s: loaded[p.resolve()] for s, p in paths.items()}
    gold = load_story_gold(GOLD / f"{key}.json", articles, {s: raw_text(p) for s, p in paths.items()})
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
def test_planting_skips_furniture_but_plants_in_every_story():
    from tuicompare.evaluation.planted import plan, surname_pool

    pool = surname_pool(GOLD)
    furniture = 0
    for key in KEYS:
        paths = gold_paths(ECBPLUS, GOLD / f"{key}.json")
        loaded = {Path(a.path).resolve(): a for a in load_corpus([str(p) for p in paths.values()]).articles}
        articles = {s: loaded[p.resolve()] for s, p in paths.items()}
        gold = load_story_gold(GOLD / f"{key}.json", articles, {s: raw_text(p) for s, p in paths.items()})
        furniture += sum(f.furniture for f in gold.facts)
        planned = [c for stem in articles for copy in plan(gold, stem, articles, pool, 4) for c in copy]
        assert planned, key
        assert not any(fact.furniture for _, fact, _ in planned)
    assert furniture == 5
