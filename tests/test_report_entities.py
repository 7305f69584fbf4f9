"""The entity sheet in every output: terminal, Markdown and the tuicompare/1 JSON (additive)."""

from __future__ import annotations

import copy
import dataclasses
import io
import json

from rich.console import Console

from tests.support.cli_runner import tuicompare
from tests.support.comparisons import tiny_comparison
from tuicompare.models import AttributeValue, EntityAttribute, Mention
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


def test_markdown_has_an_entity_table_per_story(seed_comparison):
    text = to_markdown(seed_comparison)
    assert text.count("### Entities (") == 3  # the single-source stories' sheets too, as in the JSON
    row = next(line for line in text.splitlines() if line.startswith("| Seversk (place) | location |"))
    assert "DPR" in row and "Kharkiv Oblast" in row and row.endswith("✗ conflict |")
    kotz = next(line for line in text.splitlines() if line.startswith("| Kotz (person) | nationality |"))
    assert kotz.endswith("¹ one source |")


def test_markdown_lists_an_attribute_conflict_among_the_storys_conflicts(seed_comparison):
    """Seversk's location, stated in sentences that do not line up, is a row of the conflicts table, typed."""
    text = to_markdown(seed_comparison)
    sheet = text.index("### Entities (")
    row = next(line for line in text[:sheet].splitlines() if "| attribute:location |" in line)
    assert row.startswith("| ✗ conflict |") and "**DPR**" in row and "**Kupiansk district; Kharkiv Oblast**" in row


def test_terminal_report_lists_the_sheet_with_marks_that_survive_no_colour(seed_comparison):
    out = io.StringIO()
    render_report(seed_comparison, Console(width=160, file=out, color_system=None))
    text = out.getvalue()
    assert "Entities: 11 attributes, 3 conflicts" in text
    assert "attribute:location" in text
    sheet = text[text.index("Entities: 11 attributes") :]
    seversk = next(line for line in sheet.splitlines() if line.strip().startswith("Seversk"))
    assert "DPR" in seversk and "✗ conflict" in seversk
    # "the Kupiansk district of Kharkiv Oblast": the district's name lies in the oblast, not the reverse
    kupiansk = next(line for line in sheet.splitlines() if line.strip().startswith("Kupiansk"))
    assert "location" in kupiansk and "Kharkiv Oblast" in kupiansk


def test_the_sheet_at_80_columns_wraps_source_cells_at_spaces_not_mid_word(seed_comparison):
    out = io.StringIO()
    render_report(seed_comparison, Console(width=80, file=out, color_system=None))
    text = out.getvalue()
    sheet = text[text.index("Entities: 11 attributes") :].splitlines()
    putin = next(row for row in sheet if row.strip().startswith("Vladimir"))
    assert putin.count("President") == 3, putin  # each source's cell, not "Presiden" + "t" on the next line
    whole = "\n".join(sheet)
    assert whole.count("Mechanized") == whole.count("Mechaniz") > 0  # never "Mechaniz" + "ed" on the next line
    assert all(len(row) <= 80 for row in sheet)


def test_terminal_sheet_says_each_status_in_the_words_of_markdown_and_the_app(seed_comparison):
    wide, narrow = io.StringIO(), io.StringIO()
    render_report(seed_comparison, Console(width=160, file=wide, color_system=None))
    render_report(seed_comparison, Console(width=80, file=narrow, color_system=None))
    text = wide.getvalue()
    sheet = text[text.index("Entities: ") : text.index("Claims:")].splitlines()
    kotz = sheet.index(next(row for row in sheet if row.strip().startswith("Kotz")))
    assert "¹ one source" in next(row for row in sheet[kotz:] if "nationality" in row)
    assert "single" not in "\n".join(sheet)
    assert "¹ one source" in to_markdown(seed_comparison)
    # At 80 columns the status wraps after its mark's word, leaving the sources' words whole.
    rows = narrow.getvalue()[narrow.getvalue().index("Entities: ") :].splitlines()
    at = next(i for i, row in enumerate(rows) if "nationality" in row and "·" in row)
    assert rows[at].rstrip().endswith("¹ one") and rows[at + 1].strip() == "source"
    assert all(len(row) <= 80 for row in rows)


def test_a_squeezed_sheet_keeps_its_status_on_one_line_and_short_words_whole():
    """Sources wanting unequal widths at 80 columns: each gets its least width, none overruns the line."""
    base = tiny_comparison()
    said = {"a": "chief inspector", "b": "superintendent-general", "c": "commissioner-in-chief"}
    values = tuple(AttributeValue(x, text, (Mention(f"{x}:0", "The", 0, 3),)) for x, text in said.items())
    sheet = (EntityAttribute("t0", "e0", "s1", "role", "conflict", 0.9, values),)
    out = io.StringIO()
    render_report(dataclasses.replace(base, attributes=sheet), Console(width=80, file=out, color_system=None))
    rows = out.getvalue()[out.getvalue().index("Entities: 1 attribute") :].splitlines()
    at = next(i for i, row in enumerate(rows) if row.strip().startswith("Springfield"))
    assert "chief" in rows[at] and "✗ conflict" in rows[at], rows[at]
    assert "inspector" in rows[at + 1] and "superintend" in rows[at], rows[at : at + 2]
    assert all(len(row) == 80 for row in rows[: at + 2])


def test_terminal_and_markdown_show_a_single_sources_sheet_and_each_entitys_kind_alike(seed_comparison):
    out = io.StringIO()
    render_report(seed_comparison, Console(width=160, file=out, color_system=None))
    terminal, markdown = out.getvalue(), to_markdown(seed_comparison)
    single = [s.id for s in seed_comparison.stories if len(s.articles) == 1]
    counts = {s: sum(1 for a in seed_comparison.attributes if a.story == s) for s in single}
    assert single and all(counts.values())  # the seeds' single-source stories say things of their entities
    for n in counts.values():
        assert f"Entities: {n} attributes, 0 conflicts" in terminal
        assert f"### Entities ({n} attributes)" in markdown
    # the terminal names each entity's kind as Markdown does
    assert "Seversk (place)" in terminal and "| Seversk (place) |" in markdown
    ids = {e.id for e in seed_comparison.entities if e.name == "Vladimir Putin"}
    stories = {a.story for a in seed_comparison.attributes if a.entity in ids}
    putin = [row for row in terminal.splitlines() if "Vladimir Putin (person)" in row]
    assert len(putin) == len(stories) == 3  # once in each story's sheet, single-source ones included


def test_a_sheet_of_ten_sources_at_80_columns_lists_values_with_their_sources_instead_of_folding_them(tmp_path):
    """Ten real reports of one story: a column per source would be a few letters wide ("Har/low"); each value is
    listed whole with the numbers of the sources that give it, and the sheet still fits 80 columns."""
    for k in range(10):
        age = 52 if k < 7 else 61
        (tmp_path / f"r{k}.txt").write_text(
            f"Report {k}: Springfield Mayor John Harlow, {age}, opened the new river bridge on Monday.\n"
            "Hundreds of residents walked across it before traffic was allowed.\n"
        )
    run = tuicompare("report", str(tmp_path), "--one-story", cache=tmp_path / "cache", COLUMNS="80")
    assert run.status == 0, run.err
    rows = run.out[run.out.index("Entities: ") : run.out.index("Claims:")].splitlines()
    assert "Values (sources)" in rows[2]
    assert "Mayor  1,2,3,4,5,6,7,8,9,10" in next(row for row in rows if "John Harlow" in row)
    ages = next(i for i, row in enumerate(rows) if " age " in row)
    assert "52  1,2,3,4,5,6,7" in rows[ages] and "✗ conflict" in rows[ages]
    assert "61  8,9,10" in rows[ages + 1]
    assert all(len(row) <= 80 for row in rows)
