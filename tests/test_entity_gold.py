"""The entity-sheet gold (benchmarks/gold/entities/): every offset points at its value, values stay short."""

from __future__ import annotations

import json

import pytest

from tests.support import ROOT, SEEDS

GOLD = ROOT / "benchmarks" / "gold" / "entities"
BASIL = ROOT.parent / "shared" / "dev" / "basil"
STATUSES = {"same", "variant", "compatible", "single", "conflict", "possible"}
ATTRIBUTES = {"role", "employer", "age", "location", "base", "party", "nationality", "count"}


def _check(doc: dict, raw_of) -> int:  # noqa: ANN001 - outlet -> raw text
    count = 0
    for entity in doc["entities"]:
        for attr in entity["attributes"]:
            assert attr["attribute"] in ATTRIBUTES and attr["status"] in STATUSES
            outlets = set(attr["values"])
            assert (attr["status"] == "single") == (len(outlets) == 1), (entity["name"], attr)
            for outlet, items in attr["values"].items():
                raw = raw_of(outlet)
                for item in items:
                    assert raw[item["start"] : item["end"]] == item["value"]
                    assert len(item["value"]) <= 60
            count += 1
    return count


def test_seed_and_pair_gold_offsets_point_at_their_values():
    seeds = json.loads((GOLD / "seeds.json").read_text(encoding="utf-8"))
    files = {p.name[:3]: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    total = _check(seeds, files.__getitem__)
    for doc in json.loads((GOLD / "pairs.json").read_text(encoding="utf-8"))["stories"]:
        total += _check(doc, doc["texts"].__getitem__)
    assert total >= 30


@pytest.mark.skipif(not BASIL.is_dir(), reason="no dev data")
def test_basil_entity_gold_offsets_point_at_their_values():
    from tuicompare.evaluation.realgold import basil_paths, raw_text

    total = 0
    for path in sorted(GOLD.glob("basil_*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        paths = basil_paths(BASIL, doc["story"])
        total += _check(doc, lambda o, paths=paths: raw_text(paths[o]))
    assert total >= 20
