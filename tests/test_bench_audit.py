"""The audit benchmark's figures (``benchmarks/bench_audit.py``): in total and per set of audit files.

The reports are built by hand, so the test pins the counting, not the engine's current quality;
the audit files are written here (no article text, no dev data needed).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.scripts import load_script

bench = load_script("benchmarks/bench_audit.py")


def _report(audit: str, kind: str, verdict: str | None, cls: str = "", audit_set: str = "tuning"):
    return bench.Report(audit, kind, "number", ("40", "forty-one"), verdict, cls, audit_set)


def _write(folder: Path, stem: str, extra: dict[str, str]) -> Path:
    path = folder / f"{stem}.json"
    path.write_text(json.dumps({"cluster": "1", "articles": ["a", "b", "c"], **extra, "reports": []}), "utf-8")
    return path


def test_a_file_without_a_set_is_tuning_and_a_named_set_is_kept(tmp_path: Path):
    plain = _write(tmp_path, "01-plain", {})
    held = _write(tmp_path, "02-held", {"set": "held-s13"})
    assert bench.audit_set(json.loads(plain.read_text("utf-8"))) == "tuning"
    assert bench.audit_set(json.loads(held.read_text("utf-8"))) == "held-s13"


REPORTS = [
    _report("01-a", "conflict", "true"),
    _report("01-a", "conflict", "false", "different-facts"),
    _report("02-b", "possible", None),
    _report("03-held", "conflict", "false", "same-referent", "held-s13"),
    _report("03-held", "possible", "false", "different-facts", "held-s13"),
]
# A silent held triple (no report) still counts among its set's triples.
SETS = {"01-a": "tuning", "02-b": "tuning", "03-held": "held-s13", "04-silent": "held-s13"}


def test_json_keeps_the_totals_and_adds_each_set():
    out = json.loads(bench.render(REPORTS, SETS, as_json=True))
    assert out["triples"] == 4
    assert out["conflict"] == {"reported": 3, "true": 1, "false": 2, "unjudged": 0}
    assert out["possible"] == {"reported": 2, "true": 0, "false": 1, "unjudged": 1}
    assert out["false_classes"] == {"different-facts": 2, "same-referent": 1}
    held, tuning = out["sets"]["held-s13"], out["sets"]["tuning"]
    assert held["triples"] == 2 and tuning["triples"] == 2
    assert held["conflict"] == {"reported": 1, "true": 0, "false": 1, "unjudged": 0}
    assert held["possible"] == {"reported": 1, "true": 0, "false": 1, "unjudged": 0}
    assert tuning["conflict"] == {"reported": 2, "true": 1, "false": 1, "unjudged": 0}
    assert tuning["possible"]["unjudged"] == 1
    assert held["false_classes"] == {"same-referent": 1, "different-facts": 1}


def test_text_prints_the_total_then_tuning_then_the_held_set():
    text = bench.render(REPORTS, SETS).splitlines()
    assert text[0] == "== audit: 4 triples"
    assert text[1].split() == ["conflict", "reported", "3", "true", "1", "false", "2", "unjudged", "0"]
    tuning, held = text.index("-- set tuning: 2 triples"), text.index("-- set held-s13: 2 triples")
    assert tuning < held
    assert text[held + 1].split() == ["conflict", "reported", "1", "true", "0", "false", "1", "unjudged", "0"]
    assert text[held + 3] == "false classes: same-referent 1, different-facts 1"


def test_every_held_aside_set_names_audit_files_and_only_those_are_left_out():
    """A misspelt held-aside set would silently let ``red_decision.py`` fit on the session's honest figure."""
    sets = {bench.audit_set(json.loads(f.read_text("utf-8"))) for f in bench.AUDIT.glob("*.json")}
    assert bench.HELD_ASIDE, "no held-aside set"
    assert not bench.HELD_ASIDE - sets, f"held-aside sets with no audit file: {bench.HELD_ASIDE - sets}"
    assert bench.TUNING not in bench.HELD_ASIDE


def test_verbose_keeps_held_aside_reports_back_unless_their_files_are_named():
    held = next(iter(bench.HELD_ASIDE))
    reports = [
        _report("01-a", "conflict", "false", "different-facts"),
        _report("01-a", "possible", "true"),
        _report("09-held", "conflict", "false", "same-referent", held),
        _report("09-held", "possible", None, "", held),
    ]
    shown, hidden = bench.listed(reports, named=False)
    assert [r.audit for r in shown] == ["01-a"] and hidden == 2
    shown, hidden = bench.listed(reports, named=True)
    assert [r.audit for r in shown] == ["01-a", "09-held", "09-held"] and hidden == 0
