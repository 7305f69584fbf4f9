"""Two lower bounds of one count: "killed at least seven people" against "killed at least six".

Each outlet gives the least the count can be, as far as it knows; a count of seven or more makes both true, so the
two agree, whatever their figures ("at least six" is no other toll than "at least seven"). Read only between loosely
linked sentences (under ``link_full``, ``factsapart``): two outlets telling one statement with two bounds ("at least
five" against "at least eight" in one quote) have changed the figure, and that stays compared
(``relations.relation``). A bound against an exact figure compares as before ("at least 10" against "12": compatible;
against "8": a difference).
"""

from __future__ import annotations

from tuicompare.engine.features import Span

__all__ = ["two_lower_bounds"]


def two_lower_bounds(x: Span, y: Span) -> bool:
    """Whether two numbers are both lower bounds ("at least", "more than": a key starting ``>``)."""
    return x.kind == y.kind == "number" and (x.key or "").startswith(">") and (y.key or "").startswith(">")
