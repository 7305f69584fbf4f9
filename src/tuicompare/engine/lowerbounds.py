"""Two lower bounds of one count: "killed at least seven people" against "killed at least six".

Each outlet gives the least the count can be, as far as it knows; a count of seven or more makes both true, so the
two agree, whatever their figures ("at least six" is no other toll than "at least seven"). Read only between sentences
linked under ``elimination_link_min`` (too weakly for the link alone to pair two slots, ``conflicts.observe``):
sentences more alike tell one statement ("the report lists more than 300 cases" against "... more than 390
cases"), whose bound was changed, and that stays compared (``relations.relation``). A bound against an exact
figure compares as before ("at least 10" against "12": compatible; against "8": a difference).
"""

from __future__ import annotations

from tuicompare.engine.features import Span

__all__ = ["two_lower_bounds"]


def two_lower_bounds(x: Span, y: Span) -> bool:
    """Whether two numbers are both lower bounds ("at least", "more than": a key starting ``>``)."""
    return x.kind == y.kind == "number" and (x.key or "").startswith(">") and (y.key or "").startswith(">")
