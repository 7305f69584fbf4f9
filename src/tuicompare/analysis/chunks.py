"""Cut article text into the pieces spaCy parses one at a time.

Line breaks are hard sentence boundaries: articles put one sentence or one
paragraph per line, and a headline or a paragraph must never be glued to the
next. Parsing each line as its own doc makes that certain (no parser can
join across docs) and also keeps every doc under spaCy's ``max_length``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# The same line breaks str.splitlines() knows.
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
# Where a too-long line is best cut: after sentence punctuation, else at a space.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def progress_weight(text: str) -> int:
    """What an article's analysis counts for in progress: its characters (at least 1, so an empty one counts).

    Progress in characters moves while one long article is parsed; counted in
    articles it stood still for a minute on a story of thousands of sentences.
    """
    return max(1, len(text))


def chunks(text: str, max_length: int) -> Iterator[tuple[int, str]]:
    """Split text into trimmed, non-empty line chunks no longer than ``max_length``.

    Args:
        text: The article text.
        max_length: The longest chunk spaCy accepts (``nlp.max_length``).

    Yields:
        ``(offset, chunk)`` pairs where ``text[offset:offset + len(chunk)] == chunk``.
    """
    if max_length < 1:
        raise ValueError("max_length must be positive")
    for line in _LINE.finditer(text):
        yield from _pieces(text, line.start(), line.end(), max_length)


def _pieces(text: str, start: int, end: int, max_length: int) -> Iterator[tuple[int, str]]:
    """Trim ``text[start:end]`` and cut it into pieces of at most ``max_length``."""
    while True:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            return
        if end - start <= max_length:
            yield start, text[start:end]
            return
        cut = _cut_point(text, start, start + max_length)
        yield from _pieces(text, start, cut, max_length)
        start = cut


def _cut_point(text: str, start: int, limit: int) -> int:
    """The best place to end a piece that starts at ``start`` and may not pass ``limit``."""
    window = text[start:limit]
    for pattern in (_SENTENCE_END, _SPACE):
        last = None
        for match in pattern.finditer(window):
            last = match
        if last is not None and last.start() > 0:
            return start + last.end() if pattern is _SENTENCE_END else start + last.start()
    return limit
