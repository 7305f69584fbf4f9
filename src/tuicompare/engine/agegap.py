"""Two ages of one person a year apart: told on two dates, not a disagreement.

Reports of one story are written weeks or months apart (an arrest, a plea, a trial, a verdict), and a
person's age moves on with a birthday between them: "26-year-old Carl Vane" in the plea report and
"27-year-old Carl Vane" in the verdict report both hold. A reader checking the two would not want them
flagged, so two ages one year apart are no difference (the ECB+ audits judged each such report false:
``age-at-different-dates``); two years or more apart they still are. When both sentences date the age
to one year ("in June 2017 Tom Avery, 53"), nothing says a birthday fell between, and the sheet keeps
its possible difference (``attrrelation``).
"""

from __future__ import annotations

import re

from tuicompare.engine.features import Span

__all__ = ["a_year_apart", "age_of"]

#: "26-year-old", "26 - year - old", "26 years old": the age a duration-like span states.
_YEARS_OLD = re.compile(r"^\s*(\d{1,3})\s*-?\s*years?\s*-?\s*old\s*$", re.IGNORECASE)


def age_of(span: Span) -> int | None:
    """The age a slot states ("26-year-old", or a bare number read as an age), else None."""
    match = _YEARS_OLD.match(span.text)
    if match is not None:
        return int(match.group(1))
    if span.kind == "number" and span.unit == "age" and span.key is not None and span.key.isdigit():
        return int(span.key)
    return None


def a_year_apart(x: Span, y: Span) -> bool:
    """True when two slots are ages exactly one year apart ("26-year-old" against "27-year-old")."""
    ax, ay = age_of(x), age_of(y)
    return ax is not None and ay is not None and abs(ax - ay) == 1
