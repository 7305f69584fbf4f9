"""A name the story writes whole, called by a part of it: short texts written for it (``cutnames``).

The class is the twenty-fifth session's reading of fresh7's false possible "Angels | Los Angeles": a team
called by its nickname in one outlet and by its city in another, the story writing the full name once; and a
body called by its name before "of" (a red on the session's own text).
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet


def _articles(first: str) -> list[str]:
    return [
        f"{first} offered free-agent first baseman Sam Birch an eight-year contract at the Winter Meetings in Las "
        'Vegas.\n\n"It\'s something they can consider - or should consider," Ravens general manager Ted Oakes '
        "told reporters on Friday.",
        "The Ravens have offered an eight-year contract to Sam Birch, general manager Ted Oakes said Friday night.",
        "The Ravens apparently are good with that.\n\nSeattle general manager Ted Oakes has sounded like a broken "
        "record saying that signing Birch was his top priority, and backed that up now with an eight-year offer.",
    ]


def _places(comparison) -> list[tuple[str, list[str]]]:
    return [(c.kind, [v.text for v in c.values]) for c in comparison.conflicts if c.type == "place"]


def test_a_team_called_by_its_city_and_by_its_nickname_is_one_team():
    comparison = compare_sheet(*_articles("The Seattle Ravens of Portland"))
    assert [kind for kind, _ in _places(comparison)] == ["variant"]


def test_without_the_whole_name_the_city_and_the_nickname_stay_apart():
    # nothing in the story joins "Seattle" and "Ravens": the difference stays as it was
    comparison = compare_sheet(*_articles("The Ravens of Portland"))
    assert [kind for kind, _ in _places(comparison)] == ["possible"]


def test_a_body_called_by_its_name_before_of_is_that_body():
    # "the Bank" of "the Bank of Salem": its name without the "of" phrase, a variant, never red
    comparison = compare_sheet(
        "The Bank of Salem offered first baseman Sam Birch a loan at the meetings in Denver.",
        "The Bank has offered a loan to Sam Birch, manager Ted Oakes said Friday night.",
    )
    kinds = [c.kind for c in comparison.conflicts if c.type == "organisation"]
    assert kinds == ["variant"]
