"""One referent named two ways is no conflict (same-referent false alarms of the ECB+ audits, thirteenth session).

A product line in the plural and the singular, a firm's two short forms of the full name the story gives,
a body's name whose front or inner words the recogniser cut, a headline's common noun after a colon, a
role read across a coordination, two roles one apposition gives a person, a misspelt surname; and two
people's names in loosely aligned sentences, which stay a possible difference (none at all for two officers
of other given names, fourteenth session). Short articles written for these
tests, analysed with the real spaCy model and compared as one story; each false-alarm class is paired with
the real difference the rule must still let through.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, red_and_possible
from tuicompare.engine.bodyforms import one_of_plural, parts_of_one_name, short_forms, shortens
from tuicompare.engine.samereferent import misspelt_surname


def _silent(first: str, second: str) -> bool:
    red, possible = red_and_possible(first, second)
    return not red and not possible


LAUNCH = "Orchard unveils {} with faster chips at its developer conference."


def test_a_product_line_in_the_plural_and_the_singular_is_one_name():
    assert _silent(LAUNCH.format("latest Zephyr Pros,"), LAUNCH.format("new Zephyr Pro"))


def test_plural_forms_read_the_last_word_only():
    assert one_of_plural("zephyr pros", "zephyr pro") and one_of_plural("acme boxes", "acme box")
    assert not one_of_plural("zephyr pro", "zephyr max") and not one_of_plural("pros", "pro")


FIRM = "Harlan Quade said {} has 350 employees and 13 offices across the country."
FULL = " Brindle Vault Storage Systems was founded in 1972."


def test_two_short_forms_of_the_full_name_the_story_gives_are_one_firm():
    assert _silent(FIRM.format("Brindle VSS") + FULL, FIRM.format("Brindle Vault") + FULL)


def test_two_firms_sharing_a_first_word_still_differ():
    red, _possible = red_and_possible(FIRM.format("Brindle Vault"), FIRM.format("Brindle Foods"))
    assert red == {frozenset({"Brindle Vault", "Brindle Foods"})}


def test_short_forms_are_first_words_or_initials_of_the_rest():
    full = ["brindle vault storage systems inc"]
    assert short_forms("brindle vss", "brindle vault", full)  # both shorten the full name
    assert short_forms("brindle vaults", "brindle vault storage systems")  # one shortens the other
    assert not short_forms("brindle vault", "brindle foods", full)
    assert not short_forms("ann roe", "ann poe", ["ann roe smith"])  # a person's two names stay two
    assert shortens("brindle vaults", full) and not shortens("brindle", full)  # one word: no short form


QUOTE = '"Demand for data centres is rising fast," said Harlan Quade, chief executive of Brindle VSS.' + FULL
STATEMENT = (
    "In a statement, Orchard executives said {} expertise in cooling will complement its own data centre technology."
)


def test_a_person_against_a_firms_short_form_is_no_difference():
    # The recogniser calls "Brindle Vaults" a person; it shortens the firm the story names in full.
    assert _silent(QUOTE, STATEMENT.format("Brindle Vaults"))


PRESIDENT = "Dr. Mara Quill became the first woman president of the {} in 2002."
CHOSEN = "Dr. Mara Quill was chosen as president of the {} in 2002."


def test_a_name_whose_front_the_recogniser_cut_is_the_other_outlets_name():
    # "Dental Assn. of the State of Nevada" read as "State of Nevada".
    assert _silent(
        PRESIDENT.format("Dental Assn. of the State of Nevada"), CHOSEN.format("Dental Association of Nevada")
    )


def test_two_associations_still_differ():
    red, _possible = red_and_possible(
        PRESIDENT.format("Dental Assn. of the State of Nevada"), CHOSEN.format("Medical Association of Nevada")
    )
    assert red == {frozenset({"State of Nevada", "Medical Association of Nevada"})}


ARREST = (
    "The Nevada Highway Patrol said the driver was arrested on Friday. "
    "NHP Officer Tom Reyes said Jo Poe was on probation."
)
OFFICER = "Jo Poe was on probation, {} Officer Tom Reyes said."


def test_a_body_cut_inside_its_name_is_the_body_its_initials_name():
    # "Highway Patrol Officer" read as the body "Highway": the story writes "Nevada Highway Patrol" and "NHP".
    assert _silent(ARREST, OFFICER.format("Highway Patrol"))


def test_another_agency_still_differs():
    red, _possible = red_and_possible(ARREST, OFFICER.format("Parks Police"))
    assert red == {frozenset({"NHP", "Parks Police"})}


def test_parts_of_one_name_are_runs_of_its_written_forms():
    forms = [frozenset({"nhp", "nevada highway patrol"})]
    assert parts_of_one_name(["nhp"], ["highway patrol"], forms)
    assert not parts_of_one_name(["nhp"], ["highway"], forms)  # one word of a name may name anything
    assert not parts_of_one_name(["nhp"], ["parks police"], forms)


def test_common_nouns_opening_headline_clauses_are_no_names():
    assert _silent(
        "Dunmore double murder: Man charged with killing mother and sister after a row at the farm.",
        "Kerrow double murder: Son suspected of killing mother and sister after a row at the farm.",
    )


RECEIVER = "City {} Tom Reyes was arrested for drink driving on Jan. 6, five days before the cup final."


def test_a_role_never_runs_across_a_coordination():
    # "game" is no one's role: the title is "fellow Rover", and a Rover (one of the Rovers) may play any post.
    assert _silent(
        "Tom Reyes, a receiver for the Rovers, was arrested for drink driving on Jan. 6, five days before the cup "
        "final.",
        "Of course, rugby is the ultimate team game and fellow Rover Tom Reyes was arrested on Jan. 6 for "
        "drink driving as well.",
    )


def test_two_posts_of_one_team_still_conflict():
    red, _possible = red_and_possible(RECEIVER.format("receiver"), RECEIVER.format("goalkeeper"))
    assert red == {frozenset({"City receiver", "City goalkeeper"})}


CHOICE = (
    "The minister's reported choice for chief medical officer, BBC health correspondent Ravi Menon, "
    "could bring star power to the job."
)


def test_two_roles_one_apposition_gives_are_both_the_persons():
    assert _silent(
        CHOICE,
        "Ravi Menon, a cardiologist and the BBC's chief health reporter, is the leading choice for chief "
        "medical officer.",
    )


def test_a_role_the_other_article_never_gives_still_conflicts():
    red, _possible = red_and_possible(
        CHOICE, "Ravi Menon, a cardiologist at the city hospital, is the leading choice for chief medical officer."
    )
    assert red == {frozenset({"BBC health correspondent", "a cardiologist"})}


def test_a_surname_alone_misspelt_is_the_full_names_variant():
    assert _silent(
        "The two men were treated at Lakeside Hospital, where spokeswoman Ilsa Marloff said the families of the "
        "wounded men asked that their conditions not be released.",
        "Marlofe said the families of the wounded men requested privacy, and the hospital would not release any "
        "details about their conditions.",
    )


def test_misspelt_surnames_sound_and_look_alike():
    assert misspelt_surname("marlofe", "ilsa marloff")
    assert not misspelt_surname("butler", "ann smith") and not misspelt_surname("marloff", "ilsa marloff")


def test_a_partner_is_what_someone_is_to_another_beside_any_post():
    comparison = compare_texts(
        "Herald reporter Ann Poe broke the bribery story in 1998.",
        "Tom Reyes said his partner Ann Poe broke the bribery story in 1998.",
        tail=NEUTRAL_TAIL,
    )
    poe = {e.id for e in comparison.entities if "Poe" in e.name}
    # "his partner" says what she is to Reyes, no post (attrrole): the Herald reporter's role is one source's
    assert [r.status for r in comparison.attributes if r.entity in poe and r.name == "role"] == ["single"]


BRUSSELS = "Orchard said on Monday that its {} would meet the regulators in Brussels next week."


def test_two_people_in_loosely_aligned_sentences_are_a_possible_difference_at_most():
    # Nothing says the chief and the lawyer fill one place: two people of the story, most likely.
    red, possible = red_and_possible(
        BRUSSELS.format("chief Lena Voss"),
        "Orchard said on Monday that its lawyer Ivan Bolt had met the regulators in Brussels last week.",
    )
    assert not red and possible == {frozenset({"Lena Voss", "Ivan Bolt"})}


def test_one_quote_given_to_two_speakers_still_conflicts():
    quote = '"We are aware of the issue involving Tom," {} general manager A.J. {} said in a statement.'
    red, _possible = red_and_possible(quote.format("team", "Carver"), quote.format("Rovers", "Bellamy"))
    assert red == {frozenset({"A.J. Carver", "A.J. Bellamy"})}


STOPPED = "The singer was arrested on a highway near the city shortly after 2 a.m. on Sunday and failed a sobriety test"


def test_two_holders_of_a_rank_many_hold_in_loosely_aligned_sentences_are_two_people():
    # Each outlet quotes its own patrol officer on another detail: two officers, no difference at all.
    red, possible = red_and_possible(
        STOPPED + ". Highway Patrol Officer Brad Keller said he had been driving on probation.",
        "Officer Tom Varga said the singer was driving a black car when he was stopped on a highway near the city"
        " shortly after 2 a.m.",
    )
    assert not red and not possible


def test_one_statement_given_to_two_officers_still_conflicts():
    red, _possible = red_and_possible(
        STOPPED + ", Highway Patrol Officer Brad Keller said.", STOPPED + ", Highway Patrol Officer Tom Varga said."
    )
    assert red == {frozenset({"Brad Keller", "Tom Varga"})}
