"""Scoring the entity sheet against the hand-made gold of ``benchmarks/gold/entities/``.

A gold file lists, for some entities of one story, every attribute value each
article states where it names the entity (offsets into the raw text the gold
was made on, short values only), and the true status of each attribute across
the articles. Values are keyed by outlet (BASIL, the seeds, the written pairs)
or, in the fresh ECB+ parts (``ecb_*.json``, ``"part": "fresh"`` ... ``"fresh6"``), by
ECB+ file stem with offsets into the raw ``.txt`` file (its URL line or, in an ``..ecb.txt`` file, its first line
included), re-found in the loaded text by :func:`locate` (``fresh`` ... ``fresh4`` are tuning parts, the later
ones unseen). The gold is exhaustive for the entities it lists, so:

- recall: gold values the engine found (an engine value overlapping the gold
  value in the same article, or spelled the same after normalisation);
- precision: engine values on the listed entities that match a gold value of
  the same attribute and article;
- conflicts on compatible values: attributes whose gold status is ``same``,
  ``variant``, ``compatible`` or ``single`` that the engine calls a conflict
  (target 0), and the same for possible differences;
- conflict recall: gold conflicts the engine reports as a conflict or possible difference.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tuicompare.engine.features import name_key
from tuicompare.engine.names import TITLES
from tuicompare.evaluation.tally import add_fields
from tuicompare.models import Article, Comparison, EntityAttribute
from tuicompare.models import Mention as EngineMention

AGREE = ("same", "variant", "compatible", "single")


@dataclass(frozen=True, slots=True)
class GoldValue:
    """One value an article states, with offsets into the loaded article text (``-1`` when not located)."""

    article: str
    value: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class GoldAttribute:
    entity: str
    name: str
    status: str
    values: tuple[GoldValue, ...]


@dataclass(frozen=True, slots=True)
class GoldStory:
    """The gold of one story, mapped onto its loaded articles."""

    key: str
    entities: tuple[str, ...]
    attributes: tuple[GoldAttribute, ...]


@dataclass
class EntityScore:
    """Counts over stories; ``+=`` adds another story's."""

    gold_values: int = 0
    found_values: int = 0
    engine_values: int = 0
    right_values: int = 0
    gold_conflicts: int = 0
    conflicts_found: int = 0
    compatible_attributes: int = 0
    false_conflicts: int = 0
    false_possible: int = 0
    status_right: int = 0
    status_total: int = 0
    notes: list[str] = field(default_factory=list)

    def __iadd__(self, other: EntityScore) -> EntityScore:
        add_fields(self, other)
        return self

    @property
    def precision(self) -> float:
        return self.right_values / self.engine_values if self.engine_values else 1.0

    @property
    def recall(self) -> float:
        return self.found_values / self.gold_values if self.gold_values else 1.0


def locate(raw: str, text: str, value: str, start: int) -> tuple[int, int]:
    """The offsets of ``value`` in the loaded ``text`` nearest to where the raw text had it."""
    head = text[:200]
    shift = max(raw.find(head), 0) if head else 0
    hits = [m.start() for m in re.finditer(re.escape(value), text)]
    if not hits:
        return -1, -1
    at = min(hits, key=lambda h: abs(h - (start - shift)))
    return at, at + len(value)


def load_gold(doc: Mapping, articles: Mapping[str, Article], raws: Mapping[str, str]) -> GoldStory:
    """Map one story's gold onto its loaded articles (by the gold's outlet or alias keys)."""
    attributes = []
    for entity in doc["entities"]:
        for attr in entity["attributes"]:
            values = []
            for outlet, items in attr["values"].items():
                art = articles[outlet]
                for item in items:
                    s, e = locate(raws[outlet], art.text, item["value"], item["start"])
                    values.append(GoldValue(art.id, item["value"], s, e))
            attributes.append(GoldAttribute(entity["name"], attr["attribute"], attr["status"], tuple(values)))
    return GoldStory(doc["story"], tuple(e["name"] for e in doc["entities"]), tuple(attributes))


def _engine_entities(comparison: Comparison, name: str) -> set[str]:
    """The engine's entities that name the gold entity (its full name or its surname).

    A title the recogniser kept in a person's mention ("Lawyer Ann Cole") is no part of the name it gives.
    """
    key = name_key(name).split()
    out = set()
    for entity in comparison.entities:
        for m in entity.mentions:
            words = name_key(m.text).split()
            while entity.label == "person" and len(words) > 2 and words[0] in TITLES:
                words = words[1:]
            if words and (words == key or (words[-1] == key[-1] and set(words) <= set(key) | {"mr", "ms", "mrs"})):
                out.add(entity.id)
                break
    return out


def _matches(m: EngineMention, v: GoldValue) -> bool:
    if m.article != v.article:
        return False
    if v.start >= 0 and m.start < v.end and v.start < m.end:
        return True
    return name_key(m.text) == name_key(v.value)


def _status(rows: Sequence[EntityAttribute]) -> str:
    order = ("single", "same", "variant", "compatible", "possible", "conflict")
    return max((r.status for r in rows), key=order.index) if rows else "missing"


def score(gold: GoldStory, comparison: Comparison) -> EntityScore:
    """Score one story's sheet against its gold."""
    out = EntityScore()
    ids = {name: _engine_entities(comparison, name) for name in gold.entities}
    for name in gold.entities:
        if not ids[name]:
            out.notes.append(f"{gold.key}: entity {name!r} not found")
    by_entity: dict[str, list[GoldAttribute]] = {}
    for attr in gold.attributes:
        by_entity.setdefault(attr.entity, []).append(attr)
    # Every listed entity, also one listed with no attribute (the articles state none of it): the gold is
    # exhaustive for the entities it names, so each value the engine gives such an entity is a wrong one.
    for name in dict.fromkeys(gold.entities):  # once each, in the gold's order
        attrs = by_entity.get(name, [])
        rows = [a for a in comparison.attributes if a.entity in ids[name]]
        gold_of = {a.name: a for a in attrs}
        for attr in attrs:
            mine = [r for r in rows if r.name == attr.name]
            mentions = [m for r in mine for v in r.values for m in v.mentions]
            for v in attr.values:
                if v.start < 0:
                    out.notes.append(f"{gold.key}: unmapped {name} {attr.name} {v.value!r} (in the headline?)")
                    continue
                out.gold_values += 1
                if any(_matches(m, v) for m in mentions):
                    out.found_values += 1
                else:
                    out.notes.append(f"{gold.key}: missed {name} {attr.name} {v.value!r} ({v.article})")
            status = _status(mine)
            if len({v.article for v in attr.values}) > 1:
                out.status_total += 1
                out.status_right += status == attr.status or (status in AGREE and attr.status in AGREE)
            if attr.status == "conflict":
                out.gold_conflicts += 1
                out.conflicts_found += status in ("conflict", "possible")
            elif attr.status in AGREE:
                out.compatible_attributes += 1
                out.false_conflicts += status == "conflict"
                out.false_possible += status == "possible"
                if status in ("conflict", "possible"):
                    out.notes.append(f"{gold.key}: {status} on {attr.status} {name} {attr.name}")
        for row in rows:
            expected = gold_of.get(row.name)
            seen: set[tuple[str, str]] = set()
            for value in row.values:
                for m in value.mentions:
                    if (m.article, name_key(m.text)) in seen:
                        continue
                    seen.add((m.article, name_key(m.text)))
                    out.engine_values += 1
                    if expected is not None and any(_matches(m, v) for v in expected.values):
                        out.right_values += 1
                    else:
                        out.notes.append(f"{gold.key}: wrong {name} {row.name} {m.text!r} ({m.article})")
            if expected is None and row.status == "conflict":
                out.false_conflicts += 1
                out.notes.append(f"{gold.key}: conflict on unannotated {name} {row.name}")
    return out


def articles_by_key(paths: Mapping[str, Path], loaded: Sequence[Article]) -> dict[str, Article]:
    """The loaded articles by the gold's keys (ECB+ file stems), in the order of ``paths``.

    Matched on the resolved file path: the loader names and orders articles as it
    likes, the path is what ties an article to the gold key its offsets belong to.
    """
    by_path = {Path(a.path).resolve(): a for a in loaded}
    return {key: by_path[path.resolve()] for key, path in paths.items()}


def read(path: Path) -> dict:
    """A gold file."""
    return json.loads(path.read_text(encoding="utf-8"))
