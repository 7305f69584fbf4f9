"""Reading each input format: plain text, Markdown, JSON and JSON Lines, HTML: tuicompare.load.corpus."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.loading import load, only, reasons, write

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
