"""The analysis on input shaped to hurt it: one enormous line."""

from __future__ import annotations

import pytest

from tuicompare.analysis import nlp
from tuicompare.models import Article

pytestmark = pytest.mark.slow


def test_an_enormous_line_is_parsed_in_bounded_pieces() -> None:
    """A 45,000-character line without sentence punctuation used to reach spaCy whole (its limit is a
    million characters, and 64 such lines were parsed at once): one 300,000-character line took
    1.1 GB and 45 s. Now no piece, and so no sentence, is longer than ``MAX_CHUNK``."""
    nlp.load_model(nlp.resolve_model())
    text = "Mayor Anna Kowalski said " + "word " * 9_000 + "and left."
    (analysis,) = nlp.analyze([Article("long", "long.txt", "Long", text)])
    assert len(analysis.sentences) >= 3
    assert max(s.end - s.start for s in analysis.sentences) <= nlp.MAX_CHUNK
    for s in analysis.sentences:
        assert text[s.start : s.end] == s.text
    words = sum(len(s.text.split()) for s in analysis.sentences)
    assert words == len(text.split()), "no word lost at the cuts"
