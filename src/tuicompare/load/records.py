"""What a parser returns: raw article records, and the error for unusable input."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Record:
    """One article as parsed, before sanitising.

    Attributes:
        text: Body text; paragraphs separated by blank lines.
        title: Title given by the format (JSON field, HTML page, front matter).
        outlet: Publisher, when given.
        url: Source URL, when given.
        date: Publication date, when given.
        number: Record number within the file (JSON Lines line number or
            1-based index in a JSON array), or None for a single article.
    """

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    number: int | None = None


class FormatError(ValueError):
    """The input is not valid in its format; the message says why."""
