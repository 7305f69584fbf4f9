"""The entity sheet in every output: terminal, Markdown and the tuicompare/1 JSON (additive)."""

from __future__ import annotations

import copy
import io
import json

from rich.console import Console

from tuicompare.report import from_json, json_text, render_report, to_json, to_markdown, validate


def _seversk(comparison):
    names = {e.id: e.name for e in comparison.entities}
    return next(a for a in comparison.attributes if names[a.entity] == "Seversk" and a.name == "location")


def test_json_carries_the_sheet_and_reads_back_unchanged(seed_comparison):
    document = json.loads(json_text(to_json(seed_comparison)))
    assert validate(document) == []
    row = next(a for a in document["attributes"] if a["id"] == _seversk(seed_comparison).id)
    assert row["status"] == "conflict" and row["name"] == "location"
    assert {v["text"] for v in row["values"]} == {"DPR", "Kupiansk district; Kharkiv Oblast"}
    conflict = next(c for c in document["conflicts"] if c["id"] == row["conflict"])
    assert conflict["type"] == "attribute:location"
    assert from_json(document).attributes == seed_comparison.attributes


def test_a_document_without_a_sheet_is_still_valid_and_reads_as_none(seed_comparison):
    document = to_json(seed_comparison)
    del document["attributes"]
    assert validate(document) == []
    assert from_json(document).attributes == ()


def test_validate_refuses_a_sheet_pointing_outside_the_document(seed_comparison):
    document = copy.deepcopy(to_json(seed_comparison))
    document["attributes"][0]["entity"] = "e999"
    document["attributes"][1]["conflict"] = "c999"
    document["attributes"][2]["values"][0]["mentions"][0]["start"] = 0
    problems = validate(document)
    assert any("unknown entity 'e999'" in p for p in problems)
    assert any("unknown conflict 'c999'" in p for p in problems)
    assert any("outside sentence" in p or "does not match" in p for p in problems)


def test_markdown_has_an_entity_table_per_compared_story(seed_comparison):
    text = to_markdown(seed_comparison)
    assert text.count("### Entities (") == 1  # the two single-source stories compare nothing
    row = next(line for line in text.splitlines() if line.startswith("| Seversk (place) | location |"))
    assert "DPR" in row and "Kharkiv Oblast" in row and row.endswith("✗ conflict |")
    kotz = next(line for line in text.splitlines() if line.startswith("| Kotz (person) | nationality |"))
    assert kotz.endswith("¹ one source |")


def test_terminal_report_lists_the_sheet_with_marks_that_survive_no_colour(seed_comparison):
    out = io.StringIO()
    render_report(seed_comparison, Console(width=160, file=out, color_system=None))
    text = out.getvalue()
    assert "Entities: 12 attributes, 3 conflicts" in text
    assert "attribute:location" in text
    sheet = text[text.index("Entities: 12 attributes") :]
    seversk = next(line for line in sheet.splitlines() if line.strip().startswith("Seversk"))
    assert "DPR" in seversk and "✗ conflict" in seversk
    # "the Kupiansk district of Kharkiv Oblast": the district's name lies in the oblast, not the reverse
    kupiansk = next(line for line in sheet.splitlines() if line.strip().startswith("Kupiansk"))
    assert "location" in kupiansk and "Kharkiv Oblast" in kupiansk


def test_the_sheet_at_80_columns_wraps_source_cells_at_spaces_not_mid_word(seed_comparison):
    out = io.StringIO()
    render_report(seed_comparison, Console(width=80, file=out, color_system=None))
    text = out.getvalue()
    sheet = text[text.index("Entities: 12 attributes") :].splitlines()
    putin = next(row for row in sheet if row.strip().startswith("Vladimir"))
    assert putin.count("President") == 3, putin  # each source's cell, not "Presiden" + "t" on the next line
    whole = "\n".join(sheet)
    assert whole.count("Mechanized") == whole.count("Mechaniz") > 0  # never "Mechaniz" + "ed" on the next line
    assert all(len(row) <= 80 for row in sheet)
