"""A difference on the entity sheet shows each side by the same words whatever order the articles come in.

Triage reads the new article last, ``report`` reads the folder in order; a side held by two articles that
write it in two forms ("pitcher", "pitchers") was shown in the first article's form, so the two outputs named
one value two ways (ECB+ tuning topic 10 as a folder). The form most of the side's articles write is shown,
ties by the text.
"""

from __future__ import annotations

from tuicompare.engine.attrcompare import _shown


def _values(*texts: str) -> list:
    return [(f"a{n}", text, (), 1.0) for n, text in enumerate(texts)]


def test_a_side_written_two_ways_is_shown_the_same_in_either_order() -> None:
    assert _shown(_values("pitchers", "pitcher"), [0, 1]) == _shown(_values("pitcher", "pitchers"), [0, 1]) == "pitcher"


def test_the_form_most_articles_write_is_shown() -> None:
    values = _values("pitchers", "pitcher", "pitcher", "free agent")
    assert _shown(values, [0, 1, 2]) == "pitcher"
    assert _shown(values, [3]) == "free agent"
