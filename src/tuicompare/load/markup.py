"""Markdown and HTML inputs reduced to plain article text.

Markdown goes through markdown-it-py's token stream (the parser Rich itself
uses), so emphasis, links, images and code spans lose their syntax but keep
their words. HTML goes through trafilatura, which finds the main text and
drops navigation, footers and other boilerplate.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from html import unescape
from typing import TYPE_CHECKING, cast

from tuicompare.load.records import FormatError, Record
from tuicompare.sanitize import clean_text

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from trafilatura.settings import Document

# YAML-style front matter ("---" fenced block of "key: value" lines) at the
# top of a Markdown file, as static-site generators write it.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
# For small pieces of HTML (raw blocks in Markdown, markup in JSON fields):
# comments, scripts and styles go whole, other tags leave their text, and
# block ends and line breaks become paragraph breaks.
_TAG = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]*>", re.DOTALL | re.IGNORECASE)
# Layout wrappers: they hold no text of their own, so removing them only removes nesting.
_WRAPPERS = re.compile(r"</?(?:div|span|section|article|main|aside|font|center|header|footer)\b[^>]*>", re.IGNORECASE)
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote|tr|section|article)\s*>", re.IGNORECASE)
# Numeric character references; the ones naming control or invisible
# characters are decoded and removed before parsing, because lxml rejects a
# whole page when it meets one and html.unescape would drop an escape
# character but leave the rest of its sequence ("[31m") as text.
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
# Cleaning goes one run of text between tags at a time: an unterminated
# control string (OSC, DCS... cut at the end of the line otherwise) must not
# swallow the rest of a page that is written on a single line.
_BETWEEN_TAGS = re.compile(r"[^<]+")


def parse_markdown(text: str) -> Record:
    """Markdown as plain text, one blank line between blocks.

    Front matter fields ``title``, ``date``, ``source``/``outlet``/``publisher``
    and ``url``/``link`` become metadata. A heading stays a line of its own,
    so a leading ``# Headline`` is detected as the title later.

    Args:
        text: Decoded Markdown.

    Returns:
        One record.
    """
    text = decode_invisible_refs(text)
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        meta = {k.lower(): v.strip("\"'") for k, v in _FIELD.findall(match.group(1))}
        text = text[match.end() :]
    blocks: list[str] = []
    row: list[str] | None = None
    try:
        tokens = _markdown().parse(text)
    except Exception as error:  # noqa: BLE001 - hostile markup must not stop the other files
        raise FormatError(f"could not parse the Markdown ({type(error).__name__})") from None
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append(" | ".join(row))
            row = None
        elif token.type == "inline":
            line = "".join(_inline_text(token.children or []))
            if row is not None:
                row.append(line)
            else:
                blocks.append(line)
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif token.type == "html_block":
            # Raw HTML paragraphs in Markdown still carry article text.
            blocks.append(" ".join(unescape(_TAG.sub(" ", token.content)).split()))
    return Record(
        text="\n\n".join(b for b in blocks if b.strip()),
        title=meta.get("title"),
        outlet=meta.get("source") or meta.get("outlet") or meta.get("publisher"),
        url=meta.get("url") or meta.get("link"),
        date=meta.get("date") or meta.get("published"),
    )


def _inline_text(children: list) -> list[str]:
    """The words of an inline token: markup dropped, image alt text kept."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            # A wrapped line inside a paragraph, not a sentence boundary.
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.extend(_inline_text(child.children or []))
    return parts


@cache
def _markdown() -> MarkdownIt:
    """The CommonMark parser with tables, built once."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def parse_html(html: str) -> Record:
    """The main text and metadata of an HTML page.

    Args:
        html: Decoded HTML.

    Returns:
        One record; paragraphs are separated by blank lines and the page
        title (from metadata or the main heading) is the record title.
    """
    _quiet_loggers()
    html = decode_invisible_refs(html)
    doc, fallback = _extract(html)
    if not (doc is not None and doc.text) and not fallback:
        # lxml gives up below 255 levels of nesting (or hundreds of unclosed wrappers) and the
        # page reads as empty: drop the wrapper tags, which carry no text, and try again.
        doc, fallback = _extract(_WRAPPERS.sub("\n", html))
    if fallback is None and doc is not None:
        return Record(
            text=_paragraphs(cast(str, doc.text)),  # no fallback: the extraction had text
            title=doc.title,
            outlet=doc.sitename,
            url=doc.url,
            date=doc.date,
        )
    # Too little for the extractor to call it an article: keep all the text.
    return Record(text=_paragraphs(fallback or ""))


def _extract(html: str) -> tuple[Document | None, str | None]:
    """trafilatura's main-text extraction, and its plain-text fallback when that found nothing.

    Raises:
        FormatError: The extractor failed on the markup.
    """
    import trafilatura

    try:
        # Without as_dict, trafilatura returns its Document (or None), never a dict.
        doc = cast("Document | None", trafilatura.bare_extraction(html, with_metadata=True, include_comments=False))
        fallback = None if doc is not None and doc.text else trafilatura.html2txt(html)
    except Exception as error:  # noqa: BLE001 - hostile markup must not stop the other files
        raise FormatError(f"could not extract text from the HTML ({type(error).__name__})") from None
    return doc, fallback


def html_fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a JSON ``content`` field holding markup).

    Block-level tags end a paragraph; other tags are dropped and entities
    decoded. Too small a piece of markup for trafilatura's page heuristics.

    Args:
        fragment: HTML markup without a page around it.

    Returns:
        Plain text, paragraphs separated by blank lines.
    """
    text = _BLOCK_END.sub("\n\n", decode_invisible_refs(fragment))
    text = unescape(_TAG.sub("", text))
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n") if p.strip())


def _paragraphs(text: str) -> str:
    """Trafilatura puts one paragraph per line; make each a paragraph."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def decode_invisible_refs(text: str) -> str:
    """Decode character references to control or invisible characters, then clean.

    Args:
        text: HTML or Markdown source.

    Returns:
        The source with those references (and what they introduce, such as
        the rest of an escape sequence) removed; other references stay for
        the parser to decode.
    """
    if "&#" in text:
        text = _CHAR_REF.sub(_decode_invisible_ref, text)
    if clean_text(text) == text:
        return text
    return _BETWEEN_TAGS.sub(lambda run: clean_text(run.group()), text)


def _decode_invisible_ref(match: re.Match[str]) -> str:
    """Decode a numeric character reference if it names a removable character."""
    hex_digits, digits = match.groups()
    code = int(hex_digits, 16) if hex_digits else int(digits)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return ""
    if 0x80 <= code <= 0x9F:
        # HTML5 (and every browser) reads these as windows-1252: "&#146;" is an
        # apostrophe, "&#150;" a dash. Only the five cp1252 leaves undefined
        # stay C1 controls, to be removed below.
        try:
            return bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            pass
    # html.unescape would drop an escape character and leave "[31m" behind;
    # decoding it ourselves lets clean_text remove the whole sequence.
    char = chr(code)
    return char if clean_text(char) != char else match.group(0)


@cache
def _quiet_loggers() -> None:
    """Keep trafilatura's warnings off the terminal (the app owns the screen)."""
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).addHandler(logging.NullHandler())
