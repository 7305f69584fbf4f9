"""Loading articles from files, directories, globs and stdin: tuicompare.load.corpus."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
from pathlib import Path

import pytest

from tests.support.loading import SEED_000, load, only, reasons, write
from tuicompare.load.corpus import load_corpus, load_path

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


@pytest.mark.parametrize(
    ("gap", "kept"),
    [
        ("\n\n\n\n", "\n\n"),  # a run of blank lines becomes one
        ("\n   \n\t\n  \n", "\n\n"),  # blank lines holding only spaces and tabs are blank lines too
        ("\r\n\r\n\r\n", "\n\n"),  # Windows line ends
        ("  \n", "\n"),  # a line's trailing spaces go; a single line break stays one
    ],
    ids=["run", "spaces", "crlf", "single"],
)
def test_paragraph_breaks_are_one_blank_line_however_they_were_typed(tmp_path: Path, gap: str, kept: str) -> None:
    write(
        tmp_path,
        "ferry.txt",
        f"Ferry service resumes\n\nThe harbour ferry sailed again on Monday.{gap}Its owners said the "
        "engines were repaired.  \n\n\n\nTickets cost the same.\n\n\n",
    )
    article = only(load(tmp_path / "ferry.txt"))
    assert article.title == "Ferry service resumes"
    assert article.text == (
        f"The harbour ferry sailed again on Monday.{kept}Its owners said the engines were repaired.\n\n"
        "Tickets cost the same."
    )


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


def test_one_listing_serves_the_output_check_and_the_loader(tmp_path: Path, seeds_dir: Path) -> None:
    """``report`` lists its inputs once: the files checked against the output are ``input_files``'s, and the
    articles and warnings loaded from that listing are those of listing again."""
    from tuicompare.load.sources import expand, input_files, source_files

    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    limit = max(p.stat().st_size for p in corpus.iterdir()) + 1
    write(corpus, "big.txt", "A long enough story. " * (limit // 20 + 1))
    write(tmp_path, "outside.txt", "A story from elsewhere.")
    (corpus / "link.txt").symlink_to(tmp_path / "outside.txt")
    (corpus / "gone.txt").symlink_to(tmp_path / "missing.txt")
    named = [str(corpus), str(tmp_path / "outside.txt"), str(tmp_path / "nothing-*.txt"), str(tmp_path / "absent.txt")]
    sources = expand(named, limit)
    assert [s.path for s in sources if s.problem and "larger than" in s.problem] == [str(corpus / "big.txt")]
    assert source_files(sources) == input_files(named)
    loaded = load_corpus(named, max_bytes=limit, sources=sources)
    assert len(loaded.articles) == len(list(seeds_dir.iterdir())) + 1, "the seeds and the story named outside"
    assert loaded == load_corpus(named, max_bytes=limit)


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
        write(tmp_path, name, f"Some text in {name}.")
    calls: list[tuple[int, int]] = []
    result = load_corpus([str(tmp_path), str(tmp_path / "missing.txt")], progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert len(result.articles) == 3 and len(result.warnings) == 1
    stopped = load_corpus(
        [str(tmp_path)], cancelled=lambda: len(calls) >= 5, progress=lambda d, t: calls.append((d, t))
    )
    assert [a.id for a in stopped.articles] == ["a"]


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


def test_two_files_with_the_same_text_are_said_to_be_copies(tmp_path: Path) -> None:
    write(tmp_path, "first.txt", "The mayor opened the bridge on Monday.")
    write(tmp_path, "second.md", "The mayor opened the bridge on Monday.\n")
    write(tmp_path, "third.txt", "The mayor opened the bridge on Tuesday.")
    result = load(tmp_path)
    assert [a.id for a in result.articles] == ["first", "second", "third"]
    assert [w.reason for w in result.warnings] == [
        "first and second have the same text (a copy, not an independent source)"
    ]
    assert result.warnings[0].path.endswith("second.md")
