"""The exports written story by story: the golden files' bytes, and atomic files."""

from __future__ import annotations

import pytest

from tests.support.gold import GOLD_DIR
from tests.support.sample import sample_comparison
from tuicompare import report
from tuicompare.errors import Cancelled
from tuicompare.models import Review


def _streamed(writer, comparison) -> str:
    pieces: list[str] = []
    writer(report.ComparisonSource(comparison), pieces.append)
    return "".join(pieces)


def _golden(name: str) -> str:
    """The golden file ``tests/test_report.py`` keeps for the in-memory writers."""
    return (GOLD_DIR / "test_report" / name).read_text(encoding="utf-8")


def test_streamed_json_matches_the_golden_file():
    assert _streamed(report.write_json_stream, sample_comparison()) == _golden("test_json_golden.json")


def test_streamed_markdown_matches_the_golden_file():
    assert _streamed(report.write_markdown_stream, sample_comparison()) == _golden("test_markdown_golden.md")


def test_streamed_outputs_equal_the_in_memory_ones_on_the_seeds(seed_comparison):
    assert _streamed(report.write_json_stream, seed_comparison) == report.json_text(report.to_json(seed_comparison))
    assert _streamed(report.write_markdown_stream, seed_comparison) == report.to_markdown(seed_comparison)


def test_an_interrupted_stream_leaves_no_file(tmp_path, seed_comparison):
    target = tmp_path / "report.json"
    source = report.ComparisonSource(seed_comparison)
    stories = source.placed

    def interrupted(progress=None):
        yield from stories(progress)
        raise Cancelled("stopped")  # Ctrl+C before the next story

    source.placed = interrupted  # type: ignore[method-assign]
    with pytest.raises(Cancelled), report.open_output(target) as write:
        write("{")  # something was written before the stop
        report.write_json_stream(source, write)
    assert list(tmp_path.iterdir()) == []


def test_streamed_outputs_carry_verdicts_notes_and_the_entity_sheet(seed_comparison):
    assert seed_comparison.attributes, "the seeds have an entity sheet"
    first, second = seed_comparison.conflicts[:2]
    reviews = {first.id: Review("confirmed", "checked | by *phone*"), second.id: Review("false-alarm")}
    pieces: list[str] = []
    report.write_json_stream(report.ComparisonSource(seed_comparison), pieces.append, reviews=lambda part: reviews)
    streamed = "".join(pieces)
    assert streamed == report.json_text(report.to_json(seed_comparison, reviews))
    assert '"verdict": "confirmed"' in streamed and '"attributes": [' in streamed
    pieces = []
    report.write_markdown_stream(report.ComparisonSource(seed_comparison), pieces.append, reviews=lambda part: reviews)
    assert "".join(pieces) == report.to_markdown(seed_comparison, reviews)
    assert "| Review |" in "".join(pieces)


def test_a_spooled_array_reads_back_whole_characters_to_text_and_to_a_file(tmp_path):
    """Items of accented and curly-quoted text, over 1 MB so a copied chunk ends inside a character."""
    import tempfile

    from tuicompare.report.spool import Array

    items = [f'"Ministre d\u2019\u00c9tat \u201cn\u00b0{n}\u201d \u00e0 Z\u00fcrich"' for n in range(40_000)]
    spooled = ("\n    " + ",\n    ".join(items)).encode("utf-8")
    # Padding the first item puts a character's second byte where the first 1 MB chunk ends.
    cut = max(i for i in range(1 << 20) if 0x80 <= spooled[i] < 0xC0)
    items[0] = '"' + "x" * ((1 << 20) - cut) + items[0][1:]
    spooled = ("\n    " + ",\n    ".join(items)).encode("utf-8")
    assert 0x80 <= spooled[1 << 20] < 0xC0
    expected = '"articles": [\n    ' + ",\n    ".join(items) + "\n  ]"
    with tempfile.TemporaryFile("w+b") as file:
        array = Array("articles", file)
        for item in items[:3]:
            array.add_text(item.encode("utf-8"))
        array.add_joined(",\n    ".join(items[3:]), len(items) - 3)
        assert array.count == len(items)
        pieces: list[str] = []
        array.copy(pieces.append)
        assert "".join(pieces) == expected
        target = tmp_path / "report.json"
        with report.open_output(target) as write:
            array.copy(write)
    assert target.read_text(encoding="utf-8") == expected


class _GuessingSource(report.ComparisonSource):
    """A source that guesses the head's length as a cache would (``ondemand.KeptTexts.head_length``)."""

    def __init__(self, comparison, guess):
        super().__init__(comparison)
        self.guess = guess
        self.kept: list[int] = []

    def head_length(self):
        return self.guess

    def keep_head_length(self, length):
        self.kept.append(length)


@pytest.mark.parametrize("off_by", [None, 0, -1, 1, -300, 5_000_000])
def test_a_file_report_is_the_same_bytes_whatever_the_head_length_guessed(tmp_path, seed_comparison, off_by):
    """The articles go straight into the file after room for the guessed head; a wrong guess moves them."""
    expected = _streamed(report.write_json_stream, seed_comparison)
    head = expected[: expected.index('"articles": [')].encode()
    source = _GuessingSource(seed_comparison, None if off_by is None else max(0, len(head) + off_by))
    target = tmp_path / "report.json"
    with report.open_output(target) as write:
        report.write_json_stream(source, write)
    assert target.read_bytes() == expected.encode()
    assert source.kept == [len(head)]
    assert list(tmp_path.iterdir()) == [target]


def test_a_file_report_interrupted_after_its_articles_leaves_no_file(tmp_path, seed_comparison):
    source = _GuessingSource(seed_comparison, 10)
    source.placed = lambda progress=None: (_ for _ in ()).throw(Cancelled("stopped"))  # type: ignore[method-assign]
    with pytest.raises(Cancelled), report.open_output(tmp_path / "report.json") as write:
        report.write_json_stream(source, write)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("room, head", [(10, b"{" * 3), (10, b"{" * 10), (3, b"{" * 4000)])
def test_a_head_placed_in_too_much_or_too_little_room_moves_megabytes_written_after_it(tmp_path, room, head):
    body = bytes(range(256)) * 12_000  # about 3 MB: moved a megabyte at a time, in either direction
    target = tmp_path / "out.bin"
    with report.open_output(target) as write:
        write.leave_head(room).write(body)  # type: ignore[attr-defined]
        write.place_head(head)  # type: ignore[attr-defined]
        write("end")
    assert target.read_bytes() == head + body + b"end"
