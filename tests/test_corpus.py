"""Loading articles from files, directories, globs and stdin: tuicompare.load.corpus."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import socket
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tuicompare.load.corpus import LoadResult, load_corpus, load_path
from tuicompare.models import Article

SEED_000 = "000_ba5c7385b1f8dd65"
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff]"
)


def write(directory: Path, name: str, content: bytes | str) -> Path:
    """Write exact bytes (str is UTF-8) and return the path."""
    path = directory / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def load(*paths: Path | str, **kwargs) -> LoadResult:
    return load_corpus([str(p) for p in paths], **kwargs)


def only(result: LoadResult) -> Article:
    assert not result.warnings, result.warnings
    assert len(result.articles) == 1, result.articles
    return result.articles[0]


def reasons(result: LoadResult) -> list[str]:
    return [str(w) for w in result.warnings]


# --- the seeds --------------------------------------------------------------


def test_seeds_load_in_sorted_order(seeds_dir: Path) -> None:
    result = load(seeds_dir)
    assert not result.warnings
    assert [a.id for a in result.articles] == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    assert all(a.encoding == "utf-8" and a.format == "text" for a in result.articles)


def test_seed_000_headline_is_title_not_first_sentence(seeds_dir: Path) -> None:
    article = only(load(seeds_dir / f"{SEED_000}.txt"))
    assert article.title == (
        "Late-Breaking: Putin’s Urgent Calls to Frontline Commanders Highlight Coordination Efforts"
    )
    assert article.text.startswith("Russian President")
    assert "Late-Breaking" not in article.text
    # Paragraph breaks are kept as single blank lines.
    assert "\n\n" in article.text and "\n\n\n" not in article.text


@pytest.mark.parametrize("seed", ["001_f26ec24a58b350c0", "002_f1e299b74bfee8ae"])
def test_seeds_without_headline_take_first_sentence_as_title(seeds_dir: Path, seed: str) -> None:
    article = only(load(seeds_dir / f"{seed}.txt"))
    raw = (seeds_dir / f"{seed}.txt").read_text(encoding="utf-8")
    first_line = raw.split("\n", 1)[0]
    assert article.text.startswith(first_line)
    assert first_line.startswith(article.title.rstrip("…"))
    assert len(article.title) <= 200


def test_seed_002_title_is_exactly_its_first_sentence(seeds_dir: Path) -> None:
    article = only(load(seeds_dir / "002_f1e299b74bfee8ae.txt"))
    assert article.title == (
        "Russian President Vladimir Putin engaged in a series of urgent phone calls with frontline "
        "commanders, signaling a renewed focus on stabilizing the war-torn Donbass region."
    )


def test_input_files_are_unchanged_after_loading(tmp_path: Path, seeds_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    write(corpus, "extra.jsonl", '{"text": "A record."}\n{bad\n')
    write(corpus, "page.html", "<html><body><p>Some text here.</p></body></html>")
    os.utime(corpus / "extra.jsonl", ns=(1_000_000_000, 2_000_000_000))
    before = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in corpus.iterdir()}
    load(corpus)
    load(*sorted(corpus.iterdir()))
    after = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in corpus.iterdir()}
    assert after == before


# --- formats ----------------------------------------------------------------


def test_plain_text_with_crlf_and_trailing_space(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", "Headline Here  \r\n\r\n\r\n\r\nFirst sentence.   \r\nSecond one.\r\n\r\n\r\n")
    article = only(load(path))
    assert (article.id, article.title, article.format) == ("story", "Headline Here", "text")
    assert article.text == "First sentence.\nSecond one."


def test_markdown_markup_is_stripped_and_link_text_kept(tmp_path: Path) -> None:
    source = (
        '---\ntitle: "From the front matter"\ndate: 2024-03-01\nsource: Daily Planet\n---\n'
        "# The *big* headline\n\n"
        "The mayor **resigned** on Tuesday, [according to](https://example.com/x) officials.\n"
        "The line was wrapped here.\n\n"
        "- a listed point.\n\n> A quoted ![chart](c.png) remark.\n"
    )
    article = only(load(write(tmp_path, "note.md", source)))
    assert article.format == "markdown"
    assert article.title == "From the front matter"
    assert (article.date, article.outlet) == ("2024-03-01", "Daily Planet")
    assert article.text == (
        "The big headline\n\n"
        "The mayor resigned on Tuesday, according to officials. The line was wrapped here.\n\n"
        "a listed point.\n\nA quoted chart remark."
    )


def test_markdown_heading_becomes_title(tmp_path: Path) -> None:
    article = only(load(write(tmp_path, "n.md", "## Storm hits the *coast*\n\nWinds reached 150 km/h.\n")))
    assert article.title == "Storm hits the coast"
    assert article.text == "Winds reached 150 km/h."


def test_markdown_raw_html_block_keeps_its_words(tmp_path: Path) -> None:
    source = (
        'Intro line here.\n\n<div class="note">\n<p>Inside &amp; <b>bold</b> &rlm;text.</p>\n'
        "<script>x()</script>\n</div>\n"
    )
    article = only(load(write(tmp_path, "raw.md", source)))
    assert article.text == "Intro line here.\n\nInside & bold text."


def test_json_object_fields(tmp_path: Path) -> None:
    record = {
        "title": "Mayor resigns",
        "body": "The mayor resigned.\n\nAn election follows.",
        "publisher": "Daily Planet",
        "link": "https://example.com/a",
        "published": "2024-03-01",
    }
    article = only(load(write(tmp_path, "one.json", json.dumps(record))))
    assert (article.id, article.title, article.format) == ("one", "Mayor resigns", "json")
    assert article.text == "The mayor resigned.\n\nAn election follows."
    assert (article.outlet, article.url, article.date) == ("Daily Planet", "https://example.com/a", "2024-03-01")


def test_json_text_holding_html_markup_is_reduced_to_text(tmp_path: Path) -> None:
    record = {"title": "T", "content": "<p>Para <b>one</b> &amp; more.</p><p>Two &#27;[31mhere.<br>Next line.</p>"}
    article = only(load(write(tmp_path, "feed.json", json.dumps(record))))
    assert article.text == "Para one & more.\n\nTwo here.\n\nNext line."


def test_json_title_field_wins_over_text_headline(tmp_path: Path) -> None:
    record = {"title": "Given title", "content": "Given title\n\nBody sentence here."}
    article = only(load(write(tmp_path, "t.json", json.dumps(record))))
    assert article.title == "Given title"
    assert article.text == "Body sentence here."


def test_json_list_of_objects_numbered(tmp_path: Path) -> None:
    data = [{"title": "A", "text": "First."}, {"text": "Second story here.", "source": {"id": "x", "name": "CNN"}}]
    result = load(write(tmp_path, "many.json", json.dumps(data)))
    assert not result.warnings
    assert [a.id for a in result.articles] == ["many#1", "many#2"]
    assert result.articles[1].outlet == "CNN"
    assert result.articles[1].title == "Second story here."


def test_json_wrapped_article_list(tmp_path: Path) -> None:
    data = {"status": "ok", "articles": [{"text": "One."}, {"content": ["Para one.", "Para two."]}]}
    result = load(write(tmp_path, "api.json", json.dumps(data)))
    assert [a.text for a in result.articles] == ["One.", "Para one.\n\nPara two."]


def test_jsonl_good_records_load_and_bad_lines_warn_with_numbers(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "First", "text": "One."}),
        "{not json",
        "",
        json.dumps(["a list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Four."}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    result = load(path)
    assert [a.id for a in result.articles] == ["feed#1", "feed#6"]
    assert [a.format for a in result.articles] == ["jsonl", "jsonl"]
    messages = reasons(result)
    assert len(messages) == 3
    assert messages[0].startswith(f"{path}: line 2: malformed JSON")
    assert messages[1] == f"{path}: line 4: not a JSON object"
    assert messages[2].startswith(f"{path}: line 5: no text")


def test_many_bad_jsonl_lines_are_summarised(tmp_path: Path) -> None:
    path = write(tmp_path, "junk.jsonl", "{bad\n" * 50 + '{"text": "Good one."}\n')
    result = load(path)
    assert [a.id for a in result.articles] == ["junk#51"]
    assert len(result.warnings) == 21
    assert result.warnings[-1].reason == "30 more malformed lines not listed"


def test_json_array_items_without_text_or_not_objects_warn(tmp_path: Path) -> None:
    data = [{"text": "First."}, {"title": "No body"}, "stray string", {"text": "Fourth."}]
    path = write(tmp_path, "mixed.json", json.dumps(data))
    result = load(path)
    assert [a.id for a in result.articles] == ["mixed#1", "mixed#4"]
    assert reasons(result) == [
        f"{path}: item 3: not a JSON object",
        f"{path}#2: no text (empty or only whitespace and control characters)",
    ]


def test_json_file_holding_concatenated_objects_reads_as_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "dump.json", '{"text": "One."}\n{"text": "Two."}\n')
    result = load(path)
    assert [(a.id, a.text) for a in result.articles] == [("dump#1", "One."), ("dump#2", "Two.")]
    assert not result.warnings


def test_single_object_array_keeps_plain_stem(tmp_path: Path) -> None:
    article = only(load(write(tmp_path, "solo.json", '[{"text": "Alone."}]')))
    assert article.id == "solo"


# --- inputs: directories, globs, stdin, ids -----------------------------------


def test_directory_lists_supported_files_sorted_not_recursive(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "Bee text here.")
    write(tmp_path, "a.md", "Ay text here.")
    write(tmp_path, "c.TXT", "Upper-case suffix.")
    write(tmp_path, "skip.csv", "not,an,article")
    write(tmp_path, ".hidden.txt", "Editor leftovers.")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "deep.txt", "Not loaded.")
    result = load(tmp_path)
    assert not result.warnings
    assert [a.id for a in result.articles] == ["a", "b", "c"]


def test_glob_is_expanded_sorted(tmp_path: Path) -> None:
    for name in ("z.txt", "m.txt", "a.json"):
        write(tmp_path, name, "Words here." if name.endswith("txt") else '{"text": "Words."}')
    result = load(tmp_path / "*.txt")
    assert [a.id for a in result.articles] == ["m", "z"]
    nothing = load(tmp_path / "*.nothing")
    assert reasons(nothing) == [f"{tmp_path}/*.nothing: no file matches this pattern"]


def test_stdin_is_read_and_format_sniffed() -> None:
    text = only(load("-", stdin=io.BytesIO(b"Breaking News\n\nIt happened.")))
    assert (text.id, text.path, text.title, text.text) == ("stdin", "-", "Breaking News", "It happened.")
    jsonl = load("-", stdin=io.BytesIO(b'{"text": "One."}\n{"text": "Two."}\n'))
    assert [(a.id, a.format) for a in jsonl.articles] == [("stdin#1", "jsonl"), ("stdin#2", "jsonl")]
    json_doc = only(load("-", stdin=io.BytesIO(b'{\n  "title": "T",\n  "text": "Body."\n}\n')))
    assert (json_doc.format, json_doc.title) == ("json", "T")
    page = only(load("-", stdin=io.BytesIO(b"<!DOCTYPE html><html><body><p>From a page.</p></body></html>")))
    assert (page.format, page.text) == ("html", "From a page.")
    markdown = only(load("-", stdin=io.BytesIO(b"# Head *line*\n\nBody **text**.")))
    assert (markdown.format, markdown.title, markdown.text) == ("markdown", "Head line", "Body text.")


def test_stdin_that_is_a_terminal_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    leader, follower = os.openpty()
    try:
        with os.fdopen(follower, "r", closefd=False) as terminal:
            monkeypatch.setattr("sys.stdin", terminal)
            result = load("-")
    finally:
        os.close(leader)
        os.close(follower)
    assert reasons(result) == ["-: cannot read: standard input is a terminal or closed; pipe an article into it"]


def test_duplicate_stems_get_distinct_ids_and_same_file_loads_once(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    a = write(tmp_path / "x", "story.txt", "One story.")
    write(tmp_path / "y", "story.md", "Other story.")
    result = load(tmp_path / "x", tmp_path / "y", a)
    assert not result.warnings
    assert [a.id for a in result.articles] == ["story", "story~2"]


def test_load_path_avoids_taken_ids(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", "New arrival.")
    result = load_path(str(path), taken_ids={"story"})
    assert [a.id for a in result.articles] == ["story~2"]


def test_recursive_glob(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    write(tmp_path / "a" / "b", "deep.txt", "Deep text.")
    write(tmp_path / "a", "top.txt", "Top text.")
    result = load(f"{tmp_path}/**/*.txt")
    assert [a.id for a in result.articles] == ["deep", "top"]


def test_progress_counts_every_input_and_cancel_stops(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        write(tmp_path, name, "Some text.")
    calls: list[tuple[int, int]] = []
    result = load_corpus([str(tmp_path), str(tmp_path / "missing.txt")], progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert len(result.articles) == 3 and len(result.warnings) == 1
    stopped = load_corpus(
        [str(tmp_path)], cancelled=lambda: len(calls) >= 5, progress=lambda d, t: calls.append((d, t))
    )
    assert [a.id for a in stopped.articles] == ["a"]


# --- hostile content ----------------------------------------------------------


def test_escape_sequences_and_bidi_in_text_are_removed(tmp_path: Path) -> None:
    raw = "Title \x1b[31mred\x1b[0m\n\nThe \x1b]0;pwned\x07mayor \u202eresigned\u202c on\u200b Tuesday.\x07\r\n"
    article = only(load(write(tmp_path, "evil.txt", raw)))
    assert article.title == "Title red"
    assert article.text == "The mayor resigned on Tuesday."


def test_encoded_escapes_are_decoded_then_removed(tmp_path: Path) -> None:
    record = json.dumps({"title": "T\u001b[2J", "text": "A \u001b[31mred\u001b[0m word.", "source": "X\u202e"})
    assert "\\u001b" in record
    article = only(load(write(tmp_path, "e.json", record)))
    assert (article.title, article.text, article.outlet) == ("T", "A red word.", "X")
    md = only(load(write(tmp_path, "e.md", "A &#27;[31mred&#x1b;[0m word.\n")))
    assert md.text == "A red word."


@pytest.mark.parametrize("suffix", [".txt", ".md", ".json"])
def test_markup_like_text_is_kept_literally(tmp_path: Path, suffix: str) -> None:
    raw = "He typed [bold]x[/] and [@click=app.quit] into the [link=https://x.example]box[/link]."
    content = json.dumps({"title": "[red]T[/red]", "text": raw}) if suffix == ".json" else raw
    article = only(load(write(tmp_path, f"m{suffix}", content)))
    assert article.text == raw
    assert article.title == ("[red]T[/red]" if suffix == ".json" else raw)


def test_escape_and_bidi_characters_in_file_names_are_removed(tmp_path: Path) -> None:
    name = "ev\x1b[31mil\u202e\u200bname\x07.txt"
    write(tmp_path, name, "Some text here.")
    result = load(tmp_path)
    article = only(result)
    assert article.id == "evilname"
    assert not UNSAFE.search(article.path)
    assert article.path.endswith("evilname.txt")


def test_undecodable_file_name_bytes_are_shown_as_replacement_character(tmp_path: Path) -> None:
    raw_name = os.fsencode(tmp_path) + b"/caf\xe9 \x1b[2Jnews.txt"
    fd = os.open(raw_name, os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, b"Bytes in the name.")
    os.close(fd)
    article = only(load(tmp_path))
    assert article.id == "caf\ufffd news"
    assert article.text == "Bytes in the name."


def test_escape_characters_in_warning_paths_are_removed(tmp_path: Path) -> None:
    write(tmp_path, "bad\x1b]0;x\x07\u202e.json", "{broken")
    result = load(tmp_path)
    assert len(result.warnings) == 1
    assert not UNSAFE.search(result.warnings[0].path)


# --- encodings ------------------------------------------------------------------


def test_cp1252_is_detected_and_curly_quotes_survive(tmp_path: Path) -> None:
    text = "The minister said “it’s over” — for now. The café closed.\n"
    article = only(load(write(tmp_path, "legacy.txt", text.encode("cp1252"))))
    assert article.encoding == "cp1252"
    assert article.text == text.strip()


def test_latin1_bytes_decode_without_loss(tmp_path: Path) -> None:
    text = "Le président a déclaré à l’AFP que la réunion était « très constructive ».".replace("’", "'")
    article = only(load(write(tmp_path, "fr.txt", text.encode("latin-1"))))
    assert article.text == text
    assert article.encoding in {"cp1252", "iso8859-1", "iso8859-15"}


def test_bytes_undefined_in_cp1252_fall_back_to_latin1(tmp_path: Path) -> None:
    article = only(load(write(tmp_path, "odd.txt", b"Caf\xe9 na\xefve \x81 owners, the mayor said.")))
    assert article.encoding == "iso8859-1"
    assert article.text == "Café naïve  owners, the mayor said."


def test_utf16_without_bom_is_detected(tmp_path: Path, seeds_dir: Path) -> None:
    body = (seeds_dir / "003_f609cba098b55e28.txt").read_text(encoding="utf-8")
    article = only(load(write(tmp_path, "wide.txt", body.encode("utf-16-le"))))
    assert article.encoding == "utf-16-le"
    assert article.title == "Urgent Peace Efforts: Putin’s Command Post Update on Donbass Security"


def test_utf8_with_a_stray_latin1_byte_stays_utf8(tmp_path: Path) -> None:
    data = "“Quoted” text, an apostrophe’s here. ".encode() + b"Caf\xe9 owner."
    path = write(tmp_path, "mixed.txt", data)
    result = load(path)
    assert [a.text for a in result.articles] == ["“Quoted” text, an apostrophe’s here. Caf\ufffd owner."]
    assert result.articles[0].encoding == "utf-8"
    assert reasons(result) == [f"{path}: 1 byte not valid UTF-8, shown as \ufffd"]


def test_utf8_with_bom(tmp_path: Path) -> None:
    article = only(load(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + "“Quoted” headline\n\nBody.".encode())))
    assert article.encoding == "utf-8-sig"
    assert article.title == "“Quoted” headline"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str) -> None:
    body = "Curly “quotes” and café.\n\nSecond paragraph."
    data = body.encode(codec) if codec != "utf-16-be" else b"\xfe\xff" + body.encode(codec)
    article = only(load(write(tmp_path, "wide.txt", data)))
    assert article.text == body
    assert article.encoding.startswith(codec[:6])


def test_json_with_bom(tmp_path: Path) -> None:
    article = only(load(write(tmp_path, "b.json", b"\xef\xbb\xbf" + json.dumps({"text": "Fine."}).encode())))
    assert article.text == "Fine."


def test_encoding_override(tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", "Zażółć gęślą jaźń.".encode("cp1250"))
    article = only(load(path, encoding="cp1250"))
    assert (article.text, article.encoding) == ("Zażółć gęślą jaźń.", "cp1250")
    wrong = load(write(tmp_path, "u.txt", b"\xff\xfe\xfd"), encoding="utf-8")
    assert "cannot be decoded as utf-8" in reasons(wrong)[0]
    unknown = load(path, encoding="no-such-codec")
    assert not unknown.articles and "unknown encoding" in reasons(unknown)[0]


# --- bad input: one warning each, loading goes on ----------------------------------


def test_each_bad_file_gives_one_warning_and_good_files_still_load(tmp_path: Path) -> None:
    write(tmp_path, "a_good.txt", "A good article.")
    write(tmp_path, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    write(tmp_path, "control.txt", b"\x01\x02\x03\x04\x05\x06\x0e\x0f" * 64)
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "blank.md", " \n\n\t \r\n\u200b\x1b[0m\n")
    write(tmp_path, "nowords.txt", "--- 123 ---\n*** 456 ***\n")
    write(tmp_path, "broken.json", '{"text": ')
    write(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000)
    write(tmp_path, "bigint.json", '{"text": "Big.", "n": ' + "9" * 10_000 + "}")
    write(tmp_path, "scalar.json", "42")
    write(tmp_path, "notext.json", '{"title": "Only a title", "text": ""}')
    write(tmp_path, "z_good.json", '{"text": "Another good one."}')
    result = load(tmp_path)
    assert [a.id for a in result.articles] == ["a_good", "z_good"]
    by_file = {Path(w.path).name: w.reason for w in result.warnings}
    assert len(by_file) == len(result.warnings) == 10
    assert by_file["binary.txt"].startswith("skipped: binary data")
    assert by_file["control.txt"] == "skipped: binary data (mostly control characters)"
    assert by_file["empty.txt"] == "empty file"
    assert by_file["blank.md"].startswith("no text")
    assert by_file["nowords.txt"].startswith("no sentences")
    assert by_file["broken.json"] == "malformed JSON: Expecting value at line 1 column 10"
    assert by_file["deep.json"] == "malformed JSON: nested too deeply"
    assert by_file["bigint.json"].startswith("malformed JSON: Exceeds the limit (4300 digits)")
    assert by_file["scalar.json"] == "JSON is neither an object nor a list of objects"
    assert by_file["notext.json"].startswith("no text")


def test_lone_surrogates_in_json_are_removed(tmp_path: Path) -> None:
    path = write(tmp_path, "s.json", '{"title": "Odd \\udfff title", "text": "Bad \\ud800 half here."}')
    article = only(load(path))
    assert (article.title, article.text) == ("Odd title", "Bad  half here.")
    article.text.encode("utf-8")  # printable everywhere


def test_oversize_file_names_the_limit(tmp_path: Path) -> None:
    big = write(tmp_path, "big.txt", b"word " * 1_000_001)
    small = write(tmp_path, "small.txt", "Small enough.")
    result = load(big, small)
    assert [a.id for a in result.articles] == ["small"]
    assert reasons(result) == [f"{big}: skipped: larger than the 5 MB limit (5 MB); see --max-size"]
    limited = load(small, max_bytes=10)
    assert reasons(limited) == [f"{small}: skipped: larger than the 10 bytes limit (13 bytes); see --max-size"]


def test_oversize_stdin_is_refused_without_reading_it_all() -> None:
    stream = io.BytesIO(b"x" * 1000)
    result = load("-", stdin=stream, max_bytes=100)
    assert reasons(result) == ["-: skipped: larger than the 100 bytes limit; see --max-size"]
    assert stream.tell() == 101


def test_missing_path_and_dangling_symlink_warn(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    write(tmp_path, "ok.txt", "Fine text.")
    result = load(tmp_path, tmp_path / "absent.txt")
    assert [a.id for a in result.articles] == ["ok"]
    assert reasons(result) == [
        f"{tmp_path}/dangling.txt: broken symbolic link",
        f"{tmp_path}/absent.txt: no such file or directory",
    ]


def test_unreadable_file_warns(tmp_path: Path) -> None:
    """A file the user may not read: as root, checked in a child process run as nobody."""
    public = Path(tempfile.mkdtemp(prefix="tuicompare-perm-"))
    try:
        public.chmod(0o755)
        write(public, "locked.txt", "Secret text.").chmod(0)
        write(public, "open.txt", "Public text.").chmod(0o644)
        messages = _load_as_unprivileged(public)
    finally:
        shutil.rmtree(public)
    assert messages == {"articles": ["open"], "warnings": [f"{public}/locked.txt: cannot read: Permission denied"]}


def _load_as_unprivileged(directory: Path) -> dict:
    """Load ``directory`` with no right to read root-only files."""
    if os.geteuid() != 0:
        result = load(directory)
        return {"articles": [a.id for a in result.articles], "warnings": reasons(result)}
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop to nobody, load, report as JSON, exit without cleanup
        try:
            os.close(read_end)
            try:
                os.setgid(65534)
                os.setuid(65534)
            except OSError as error:
                report: dict = {"skip": f"cannot drop privileges: {error}"}
            else:
                result = load(directory)
                report = {"articles": [a.id for a in result.articles], "warnings": reasons(result)}
            os.write(write_end, json.dumps(report).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    report = json.loads(data)
    if "skip" in report:
        pytest.skip(report["skip"])
    return report


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_regular_file_whose_read_fails_warns() -> None:
    # Reading /proc/self/mem at offset 0 fails with EIO: opening worked, reading did not.
    result = load("/proc/self/mem")
    assert not result.articles
    assert len(result.warnings) == 1
    assert result.warnings[0].reason.startswith("cannot read: ")


def test_special_files_are_skipped_without_hanging(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock.txt"))
    (tmp_path / "null.txt").symlink_to("/dev/null")
    (tmp_path / "folder.txt").mkdir()
    write(tmp_path, "real.txt", "Real text.")
    outcome: list[LoadResult] = []
    worker = threading.Thread(
        target=lambda: outcome.append(load(tmp_path, tmp_path / "pipe.txt", "/dev/zero")), daemon=True
    )
    worker.start()
    worker.join(timeout=30)
    server.close()
    assert outcome, "loading hung on a special file"
    result = outcome[0]
    assert [a.id for a in result.articles] == ["real"]
    assert reasons(result) == [
        f"{tmp_path}/folder.txt: skipped: a directory, not a regular file",
        # A link out of the folder is not followed at all (issue 13), whatever it points to.
        f"{tmp_path}/null.txt: skipped: a symbolic link to a file outside the folder (name the file itself to load it)",
        f"{tmp_path}/pipe.txt: skipped: a named pipe (FIFO), not a regular file",
        f"{tmp_path}/sock.txt: skipped: a socket, not a regular file",
        f"{tmp_path}/pipe.txt: skipped: a named pipe (FIFO), not a regular file",
        "/dev/zero: skipped: a character device, not a regular file",
    ]


def test_directory_without_articles_warns(tmp_path: Path) -> None:
    write(tmp_path, "data.csv", "a,b")
    (tmp_path / "empty").mkdir()
    result = load(tmp_path, tmp_path / "empty")
    assert not result.articles
    assert reasons(result) == [
        f"{tmp_path}: no articles: the directory has no .txt, .md, .html, .htm, .json, .jsonl files",
        f"{tmp_path}/empty: no articles: the directory has no .txt, .md, .html, .htm, .json, .jsonl files",
    ]


# --- HTML -----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Mayor resigns after budget row | Daily Planet</title>
<meta property="og:title" content="Mayor resigns after budget row">
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2024-03-01T10:00:00Z">
<link rel="canonical" href="https://planet.example/news/mayor">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main><article>
<h1>Mayor resigns after budget row</h1>
<p>The mayor of Springfield resigned on Tuesday &#27;[31m after weeks of protests over the city&rsquo;s budget.</p>
<p>She called it &ldquo;painful but necessary&rdquo; and [bold]thanked[/bold] her staff. Council met late.</p>
<p>A new election will be held in March, according to the city clerk.&#x202E;\u202e</p>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Celebrity weds</a></li><li><a href="/b">Cat rescued</a></li></ul></aside>
<footer><p>Copyright 2024 Daily Planet. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def test_html_main_text_without_boilerplate(tmp_path: Path) -> None:
    article = only(load(write(tmp_path, "page.html", PAGE)))
    assert (article.title, article.format, article.outlet) == ("Mayor resigns after budget row", "html", "Daily Planet")
    assert (article.url, article.date) == ("https://planet.example/news/mayor", "2024-03-01")
    assert article.text == (
        "The mayor of Springfield resigned on Tuesday after weeks of protests over the city’s budget.\n\n"
        "She called it “painful but necessary” and [bold]thanked[/bold] her staff. Council met late.\n\n"
        "A new election will be held in March, according to the city clerk."
    )


def test_short_html_keeps_its_text(tmp_path: Path) -> None:
    article = only(load(write(tmp_path, "tiny.htm", "<html><body><p>Just one line.</p></body></html>")))
    assert (article.title, article.text) == ("Just one line.", "Just one line.")


def test_html_in_cp1252_is_decoded(tmp_path: Path) -> None:
    page = "<html><body><article><p>The “mayor” quit — café owners cheered.</p></article></body></html>"
    article = only(load(write(tmp_path, "old.html", page.encode("cp1252"))))
    assert article.text == "The “mayor” quit — café owners cheered."
    assert article.encoding == "cp1252"


# --- property -------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(), suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]))
def test_any_text_in_a_file_loads_safely(tmp_path: Path, text: str, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    result = load(path)
    assert len(result.articles) + len(result.warnings) >= 1
    for article in result.articles:
        for value in (article.id, article.title, article.text, article.path):
            assert not UNSAFE.search(value)
            assert "\r" not in value


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=2000))
def test_any_bytes_on_stdin_load_safely(data: bytes) -> None:
    result = load("-", stdin=io.BytesIO(data))
    for article in result.articles:
        assert not UNSAFE.search(article.text) and not UNSAFE.search(article.title)
