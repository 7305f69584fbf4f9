"""The BASIL gold files point at what they claim, and map onto the loaded articles.

Needs the dev data in ``../shared/dev/basil`` (skipped with the reason otherwise);
no spaCy, so it runs in a second or two.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.realgold import mapped_story
from tests.support.scripts import load_script
from tuicompare.evaluation.realgold import HELD, TUNE, basil_paths

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "basil"
BASIL = ROOT.parent / "shared" / "dev" / "basil"
KEYS = sorted(p.stem for p in GOLD.glob("*.json"))

needs_dev = pytest.mark.skipif(not BASIL.is_dir(), reason=f"dev data not present at {BASIL} (see shared/dev/README.md)")


def _validator():
    return load_script("benchmarks/gold/validate_basil.py")


def test_split_covers_every_gold_story_once():
    assert sorted(TUNE + HELD) == KEYS
    assert not set(TUNE) & set(HELD)


@needs_dev
@pytest.mark.parametrize("key", KEYS)
def test_gold_offsets_hold_their_values(key: str):
    assert _validator().check(GOLD / f"{key}.json") == []


@needs_dev
@pytest.mark.parametrize("key", KEYS)
def test_every_gold_item_is_found_in_the_loaded_articles(key: str):
    paths = basil_paths(BASIL, key)
    assert sorted(paths) == ["fox", "hpo", "nyt"]
    articles, gold = mapped_story(GOLD / f"{key}.json", paths)
    assert gold.unmapped == ()
    raw = json.loads((GOLD / f"{key}.json").read_text(encoding="utf-8"))
    assert len(gold.facts) == len(raw["facts"])
    assert len(gold.different) == len(raw.get("different_fact_pairs", []))
    for fact in gold.facts:
        for m in fact.mentions:
            text = next(a.text for a in articles.values() if a.id == m.article)
            assert text[m.start : m.end] == m.value
            assert m.sentence[0] <= m.start and m.end <= m.sentence[1]


@needs_dev
def test_the_validator_reports_a_mention_whose_offsets_miss_its_value(tmp_path: Path):
    gold = json.loads((GOLD / f"{KEYS[0]}.json").read_text(encoding="utf-8"))
    fact = gold["facts"][0]
    outlet, mention = next(iter(fact["mentions"].items()))
    mention["start"] += 1
    (tmp_path / "broken.json").write_text(json.dumps(gold), encoding="utf-8")
    errors = _validator().check(tmp_path / "broken.json")
    assert len(errors) == 1 and errors[0].startswith(f"broken.json {fact['id']} {outlet}: text[")
