"""Domain objects print readably, in the REPL and with rich."""

from __future__ import annotations

import dataclasses

from rich.pretty import pretty_repr

from tuicompare.models import Analysis, Comparison, Group, Sentence, article_of, split_sentence_id


def test_comparison_repr_names_every_field() -> None:
    """repr() and rich's pretty printer show nested domain objects with field names."""
    sentence = Sentence("a", 0, 0, 4, "text")
    comparison = Comparison((), (Analysis("a", (sentence,), "m", "1"),), (), (), (), (), ())
    assert "Sentence(article='a', index=0, start=0, end=4, text='text'" in repr(comparison)
    assert "model_version='1'" in pretty_repr(comparison)


def test_sentence_ids_split_at_the_last_colon() -> None:
    """An article id may hold colons (``story:2#1``); the index is what follows the last one."""
    assert split_sentence_id("wire:2024#3:12") == ("wire:2024#3", 12)
    assert article_of("wire:2024#3:12") == "wire:2024#3"
    assert Group("g", "s", ("a:b:0", "a:b:1", "c:0"), 0.5).articles == ("a:b", "c")


def test_sentence_id_follows_article_and_index() -> None:
    """A sentence's id is ``ARTICLE:INDEX`` (made once), also for a changed copy, and is not printed or compared."""
    sentence = Sentence("wire:2024#3", 12, 0, 4, "text")
    assert sentence.id == "wire:2024#3:12"
    assert dataclasses.replace(sentence, index=13).id == "wire:2024#3:13"
    assert sentence == Sentence("wire:2024#3", 12, 0, 4, "text")
    assert hash(sentence) == hash(Sentence("wire:2024#3", 12, 0, 4, "text"))
    assert "id=" not in repr(sentence) and "id=" not in pretty_repr(sentence)
