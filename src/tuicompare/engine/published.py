"""An article's publication date, the anchor its relative dates are read against (``dates.resolve``).

Kept apart from ``dates`` because it reads the input's metadata, not the text: a date string in
whatever form the source gives it.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache


@lru_cache(maxsize=512)
def publication_date(text: str | None) -> date | None:
    """Parse an article's publication date as the input gives it ("2018-04-06", "Fri, 6 Apr 2018").

    ISO forms are read directly; anything else goes through ``dateparser``.
    Only a date with a day counts: a month alone is no anchor for "Friday".
    A year-less "March 5", a weekday or "yesterday" is no anchor either: read
    from the clock, the same folder would compare otherwise another day.
    """
    if not text or not text.strip():
        return None
    text = text.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    from dateparser.date import DateDataParser  # slow to import: only for unusual date strings

    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],  # not "relative-time": "2 days ago"
    }
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None or data.period != "day":
        return None
    return data.date_obj.date()
