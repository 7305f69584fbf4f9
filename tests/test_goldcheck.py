"""The checks both gold validators share catch each kind of broken mention, on a text written here."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path

from tuicompare.evaluation.goldcheck import check_kind_and_status, check_mention, check_span, report

TEXT = "The bridge opened on Monday.\nIt cost 12 million dollars."


def _mention(value: str, sentence: str) -> dict:
    s = TEXT.index(sentence)
    v = TEXT.index(value, s)
    return {"value": value, "start": v, "end": v + len(value), "sentence": [s, s + len(sentence)]}


def _errors(mention: dict, *, one_paragraph: bool = False) -> list[str]:
    errors: list[str] = []
    check_mention(TEXT, mention, "g.json f1 a", errors, one_paragraph=one_paragraph)
    return errors


def test_a_sound_mention_has_no_error():
    assert _errors(_mention("Monday", "The bridge opened on Monday."), one_paragraph=True) == []


def test_offsets_that_miss_the_value_are_reported_with_what_they_hold():
    m = _mention("Monday", "The bridge opened on Monday.")
    m["start"] += 1
    assert _errors(m) == [f"g.json f1 a: text[{m['start']}:{m['end']}] is 'onday', not 'Monday'"]


def test_a_value_outside_its_sentence_is_reported():
    m = _mention("12", "It cost 12 million dollars.")
    m["sentence"] = _mention("Monday", "The bridge opened on Monday.")["sentence"]
    assert _errors(m) == ["g.json f1 a: value outside its sentence"]


def test_a_long_value_is_reported():
    sentence = "It cost 12 million dollars."
    m = _mention(sentence, sentence)
    m["value"] = m["value"] * 3
    m["end"] = m["start"] + len(m["value"])
    assert "g.json f1 a: value longer than 60 characters (short values only)" in _errors(m)


def test_a_sentence_across_a_paragraph_break_is_reported_only_when_asked():
    m = _mention("Monday", "The bridge opened on Monday.")
    m["sentence"] = [0, len(TEXT)]
    assert _errors(m) == []
    assert _errors(m, one_paragraph=True) == [f"g.json f1 a sentence: span [0, {len(TEXT)}] crosses a paragraph break"]


def test_a_span_off_the_text_or_backwards_is_bad():
    for span in ([0, len(TEXT) + 1], [5, 2], [3], "0-4"):
        errors: list[str] = []
        check_span(TEXT, span, "here", errors, one_paragraph=True)
        assert errors == [f"here: bad span {span!r}"]


def test_unknown_kind_and_status_are_both_reported():
    errors: list[str] = []
    check_kind_and_status({"kind": "date", "status": "same"}, "f0", errors)
    assert errors == []
    check_kind_and_status({"kind": "colour", "status": "maybe"}, "f1", errors)
    assert [e.split(" not in ")[0] for e in errors] == ["f1: kind 'colour'", "f1: status 'maybe'"]


def test_report_prints_each_file_and_fails_on_any_error():
    problems = {"a.json": [], "b.json": ["b.json f2: value outside its sentence"]}
    out = io.StringIO()
    with redirect_stdout(out):
        status = report([Path(n) for n in problems], lambda p: problems[p.name], lambda p: p.name)
    assert status == 1
    assert out.getvalue().splitlines() == ["a.json: ok", "b.json: 1 errors", "  b.json f2: value outside its sentence"]
    with redirect_stdout(io.StringIO()):
        assert report([Path("a.json")], lambda p: problems[p.name], lambda p: p.name) == 0
