"""Two titles joined before one name are both the person's: "photographer and director Lena Voss".

A false alarm of the BASIL held-aside part: one outlet calls a person a
"controversial photographer", another a "celebrity photographer and
director"; the parser hangs "photographer" apart from the name, so only
"director" was read as the title and the two roles conflicted. Short
articles written for the test, compared with the real spaCy model; two
different titles of one person still differ.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences

SHOOT = "The singer posed on Tuesday for a photo shoot with controversial photographer Lena Voss in a Brooklyn studio."
BOTH = "Shot by celebrity photographer and director Lena Voss, the singer posed on Tuesday in a Brooklyn studio."


def test_a_title_joined_to_the_one_before_the_name_is_the_persons_too():
    assert differences(compare_texts(SHOOT, BOTH, tail=NEUTRAL_TAIL)) == []


def test_another_title_alone_still_differs():
    only = "Shot by celebrity chef Lena Voss, the singer posed on Tuesday in a Brooklyn studio."
    comparison = compare_texts(SHOOT.replace("controversial photographer", "senator"), only, tail=NEUTRAL_TAIL)
    assert [kind for kind, _values in differences(comparison)] in (["conflict"], ["possible"])
