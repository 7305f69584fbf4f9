"""Domain objects print readably, in the REPL and with rich."""

from __future__ import annotations

from rich.pretty import pretty_repr

from tuicompare.models import Analysis, Comparison, Sentence


def test_comparison_repr_names_every_field() -> None:
    """repr() and rich's pretty printer show nested domain objects with field names."""
    sentence = Sentence("a", 0, 0, 4, "text")
    comparison = Comparison((), (Analysis("a", (sentence,), "m", "1"),), (), (), (), (), ())
    assert "Sentence(article='a', index=0, start=0, end=4, text='text'" in repr(comparison)
    assert "model_version='1'" in pretty_repr(comparison)
