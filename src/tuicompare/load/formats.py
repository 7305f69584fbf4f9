"""Parse decoded input into raw article records, one format at a time.

Parsers return text as the format gives it, with entities and JSON escapes
decoded; :mod:`tuicompare.load.articles` sanitises and normalises it afterwards,
so nothing encoded in the markup escapes the clean-up.
"""

from __future__ import annotations

import json
import re
from typing import Any

from tuicompare.load.records import FormatError, Record

#: File suffixes loaded from a directory, and the format each one means.
SUFFIXES = {
    ".txt": "text",
    ".md": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}

# Field names accepted in JSON records, most specific first.
_TEXT_FIELDS = ("text", "body", "content", "article", "description")
_TITLE_FIELDS = ("title", "headline")
_OUTLET_FIELDS = ("source", "outlet", "publisher", "site_name", "sitename")
_URL_FIELDS = ("url", "link")
_DATE_FIELDS = ("date", "published", "published_at", "publishedAt", "pubDate")
# Wrapper keys of JSON documents holding a list of articles.
_LIST_FIELDS = ("articles", "items", "records", "data")
# Closing or line-break tags that show a JSON text field holds HTML markup.
_HTML_MARKUP = re.compile(r"</(?:p|div|span|a|em|strong|b|i|li|h[1-6])>|<br\s*/?>", re.IGNORECASE)
#: Bad JSON Lines reported one by one before the rest are only counted.
MAX_LINE_WARNINGS = 20
#: Deepest nesting of lists and objects read as the text of a field.
MAX_TEXT_DEPTH = 32


def sniff(text: str) -> str:
    """Guess the format of input without a known file suffix (standard input).

    Args:
        text: The decoded input.

    Returns:
        ``json`` or ``jsonl`` for a leading brace or bracket, ``html`` for a
        leading HTML tag, ``markdown`` for a leading heading or front
        matter, else ``text``.
    """
    head = text.lstrip()[:1000]
    if head.startswith(("{", "[")):
        first = head.split("\n", 1)[0].rstrip()
        return "jsonl" if head.startswith("{") and first.endswith("}") and "\n" in text.strip() else "json"
    if re.match(r"<(!doctype html|html|head|body|article|p|div)\b", head, re.IGNORECASE):
        return "html"
    if re.match(r"#{1,6} \S|---\n", head):
        return "markdown"
    return "text"


def parse(text: str, fmt: str) -> tuple[list[Record], list[str]]:
    """Parse decoded text in format ``fmt``.

    Args:
        text: The decoded input.
        fmt: One of ``text``, ``markdown``, ``html``, ``json``, ``jsonl``.

    Returns:
        The records, and reasons for records that were skipped, each
        starting with ``line N:`` (JSON Lines) or ``item N:`` (JSON array).

    Raises:
        FormatError: The whole input is unusable (malformed JSON...).
    """
    if fmt == "jsonl":
        return _parse_jsonl(text)
    if fmt == "json":
        return _parse_json(text)
    if fmt == "html":
        from tuicompare.load.markup import parse_html

        return [parse_html(text)], []
    if fmt == "markdown":
        from tuicompare.load.markup import parse_markdown

        return [parse_markdown(text)], []
    return [Record(text)], []


def _parse_json(text: str) -> tuple[list[Record], list[str]]:
    """A JSON object, a list of objects, or an object wrapping such a list."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":
            # Several objects one after another: read it as JSON Lines.
            records, skipped = _parse_jsonl(text)
            if records:
                return records, skipped
        raise FormatError(f"malformed JSON: {error.msg} at line {error.lineno} column {error.colno}") from None
    except RecursionError:
        raise FormatError("malformed JSON: nested too deeply") from None
    except ValueError as error:  # e.g. an integer over Python's digit limit
        raise FormatError(f"malformed JSON: {_short(error)}") from None
    if isinstance(data, dict):
        inner = next((data[k] for k in _LIST_FIELDS if isinstance(data.get(k), list)), None)
        if inner is None or _first(data, _TEXT_FIELDS) is not None:
            return [_record(data)], []
        data = inner
    if not isinstance(data, list):
        raise FormatError("JSON is neither an object nor a list of objects")
    if not any(isinstance(item, dict) for item in data):
        raise FormatError("JSON list holds no objects")
    if len(data) == 1:
        return [_record(data[0])], []
    records, skipped = [], []
    for number, item in enumerate(data, 1):
        if isinstance(item, dict):
            records.append(_record(item, number))
        else:
            skipped.append(f"item {number}: not a JSON object")
    return records, skipped


def _parse_jsonl(text: str) -> tuple[list[Record], list[str]]:
    """One JSON object per line; bad lines are reported, good ones kept."""
    records: list[Record] = []
    skipped: list[str] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            skipped.append(f"line {number}: malformed JSON ({error.msg} at column {error.colno})")
            continue
        except RecursionError:
            skipped.append(f"line {number}: malformed JSON (nested too deeply)")
            continue
        except ValueError as error:
            skipped.append(f"line {number}: malformed JSON ({_short(error)})")
            continue
        if not isinstance(item, dict):
            skipped.append(f"line {number}: not a JSON object")
            continue
        record = _record(item, number)
        if not record.text.strip():
            skipped.append(f"line {number}: no text (expected a text, body or content field)")
            continue
        records.append(record)
    return records, skipped


def _short(error: ValueError) -> str:
    """The first clause of an error message (int-limit errors ramble on)."""
    return str(error).split(":", 1)[0]


def _record(item: dict[str, Any], number: int | None = None) -> Record:
    """Map the fields of a JSON object onto a record."""
    text = _as_text(_first(item, _TEXT_FIELDS)) or ""
    if _HTML_MARKUP.search(text):
        # Feeds often put the article's HTML in the text field.
        from tuicompare.load.markup import html_fragment_text

        text = html_fragment_text(text)
    return Record(
        text=text,
        title=_as_text(_first(item, _TITLE_FIELDS)),
        outlet=_as_text(_first(item, _OUTLET_FIELDS)),
        url=_as_text(_first(item, _URL_FIELDS)),
        date=_as_text(_first(item, _DATE_FIELDS)),
        number=number,
    )


def _first(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The value of the first key present with a non-empty value."""
    return next((item[k] for k in keys if item.get(k) not in (None, "", [], {})), None)


def _as_text(value: Any, depth: int = 0) -> str | None:
    """A JSON value as text: lists are paragraphs, ``{"name": ...}`` a name.

    Values nested deeper than :data:`MAX_TEXT_DEPTH` are not text: json.loads
    accepts nesting almost to the recursion limit, and following it all the
    way down here would overflow the stack.
    """
    if value is None or depth > MAX_TEXT_DEPTH:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n\n".join(filter(None, (_as_text(v, depth + 1) for v in value)))
    if isinstance(value, dict):
        return _as_text(_first(value, ("name", "title", "text", "id")), depth + 1)
    if isinstance(value, bool):
        return None
    return str(value)
