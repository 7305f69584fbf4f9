"""A renamed person is left alone among others of the given name, and found when initials lead the name.

Short articles written for these tests, analysed with the real spaCy model and compared as one
story of three (the harbour story of ``test_renamed_people``). Two outlets name the harbour engineer
Laura Bennett and a ferry captain Laura Dunmore; the third tells the engineer's warning with another
surname, in the sentence the others tell it in. Which of the two Lauras it means is a guess however
the sentences line up (a shared row, office or fact picked the wrong namesake on held data), so it is
no red conflict. When the renamed engineer's trade tells the ferry captain apart, the other Laura is
the only one she can be, and the rename is red; not when a nickname ("Ben") leads the renamed name.
"J. Paul Bennett" told as "J. Paul Whitfield" is one person renamed, however the
initial leads the name; "Paul Whitfield", without the initial, is not matched. The renaming outlet
giving the new surname to a relative of its own ("her son Tom Whitfield") still renamed her: no other
outlet names a Whitfield (``test_renamed_people``: one that does keeps her unreported).
"""

from __future__ import annotations

from tests.support.texts import HARBOUR_ENGINEER, HARBOUR_INSPECTED, compare_harbour, named, reported

ENGINEER = HARBOUR_ENGINEER + " Ferry captain Laura Dunmore said the boats would keep sailing all winter."
INSPECTED = HARBOUR_INSPECTED + " Laura Dunmore, who runs the ferry, said the boats would keep sailing all winter."


def test_a_renamed_person_among_several_namesakes_is_no_conflict():
    third = "The engineer who inspected the wall, Laura Whitfield, first reported the danger on local radio."
    comparison = compare_harbour(ENGINEER, INSPECTED, third)
    assert {"Laura Bennett", "Laura Whitfield"} not in named(comparison, "conflict")


def test_a_name_led_by_an_initial_is_renamed_as_a_full_name_is():
    first = "Engineer J. Paul Bennett warned in March that the wall could fall in a winter storm."
    second = "The wall could collapse in a bad storm, said J. Paul Bennett, an engineer who inspected it."
    third = "J. Paul Whitfield has checked the stones of the harbour every spring for a decade."
    comparison = compare_harbour(first, second, third)
    assert {"J. Paul Bennett", "J. Paul Whitfield"} in named(comparison, "conflict")


def test_a_name_without_the_initial_is_not_matched_to_one_led_by_it():
    first = "Engineer J. Paul Bennett warned in March that the wall could fall in a winter storm."
    second = "The wall could collapse in a bad storm, said J. Paul Bennett, an engineer who inspected it."
    third = "Paul Whitfield has checked the stones of the harbour every spring for a decade."
    comparison = compare_harbour(first, second, third)
    assert not reported(comparison, "Paul Whitfield")


def test_a_relative_the_renaming_outlet_alone_names_with_the_new_surname_does_not_hide_the_rename():
    first, second = HARBOUR_ENGINEER, HARBOUR_INSPECTED
    third = (
        "Laura Whitfield has checked the stones of the harbour every spring for a decade."
        " Her son, Tom Whitfield, helps her."
    )
    comparison = compare_harbour(first, second, third)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")


#: The harbour engineer, named without her trade, beside a ferry captain of her given name, in two outlets.
UNTITLED = (
    "Laura Bennett warned in March that the wall could fall in a winter storm."
    " Ferry captain Laura Dunmore said the boats would keep sailing all winter."
)
UNTITLED_INSPECTED = (
    "The wall could collapse in a bad storm, said Laura Bennett, who inspected it."
    " Captain Laura Dunmore said the boats would keep sailing all winter."
)


def test_a_namesake_whose_trade_tells_her_apart_leaves_the_other_as_the_renamed_person():
    third = "Engineer Laura Whitfield has checked the stones of the harbour every spring for a decade."
    comparison = compare_harbour(UNTITLED, UNTITLED_INSPECTED, third)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")
    assert {"Laura Dunmore", "Laura Whitfield"} not in named(comparison, "conflict")


def test_namesakes_nothing_tells_apart_leave_the_renamed_person_unreported():
    third = "Laura Whitfield has checked the stones of the harbour every spring for a decade."
    comparison = compare_harbour(UNTITLED, UNTITLED_INSPECTED, third)
    assert not reported(comparison, "Laura Whitfield")


def test_a_nickname_among_namesakes_is_not_matched_even_when_a_trade_tells_one_apart():
    first, second = (t.replace("Laura", "Benjamin") for t in (UNTITLED, UNTITLED_INSPECTED))
    third = "Engineer Ben Whitfield has checked the stones of the harbour every spring for a decade."
    comparison = compare_harbour(first, second, third)
    assert not named(comparison, "conflict")
