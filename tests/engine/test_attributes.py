"""The entity sheet: what each article says about each entity, on short texts written for the test.

Each test compares two short articles with the real spaCy model and reads the
sheet a reader would see: the attribute, each article's value and the status.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading, sheet_row, sheet_values


def test_ages_that_differ_are_an_attribute_conflict_in_sentences_that_do_not_line_up():
    comparison = compare_sheet(
        "Harriet Okafor, 52, opened the new ferry terminal on Monday.\n\nThe mayor thanked the builders.",
        "The mayor thanked the builders.\n\nThe new terminal was opened by Harriet Okafor, who is 58.",
    )
    row = sheet_row(comparison, "Okafor", "age")
    assert row.status == "conflict" and sheet_values(row) == {"a0": "52", "a1": "58"}
    conflict = next(c for c in comparison.conflicts if c.id == row.conflict)
    assert conflict.kind == "conflict" and conflict.type == "attribute:age"
    assert {v.text for v in conflict.values} == {"52", "58"}
    assert row.evidence == {"a0": ("a0:0",), "a1": ("a1:1",)}


def test_the_76_year_old_is_the_person_named_just_before():
    comparison = compare_sheet(
        "Ann Cole, 76, opened the harbour museum on Sunday.",
        "Ann Cole opened the harbour museum on Sunday.\n\nThe 76-year-old said it was her last project.",
    )
    assert sheet_reading(comparison, "Cole", "age") == ("same", {"a0": "76", "a1": "76"})


def test_an_age_one_source_gives_is_single_never_a_conflict():
    comparison = compare_sheet(
        "Ann Cole, 76, opened the harbour museum on Sunday.",
        "Ann Cole opened the harbour museum on Sunday.",
    )
    assert sheet_row(comparison, "Cole", "age").status == "single"
    assert not [c for c in comparison.conflicts if c.type.startswith("attribute:")]


def test_two_offices_are_a_role_conflict():
    comparison = compare_sheet(
        "Council leader Harriet Okafor opened the new ferry terminal on Monday.",
        "Harriet Okafor, the chief executive of the council, opened the new ferry terminal on Monday.",
    )
    assert sheet_reading(comparison, "Okafor", "role") == (
        "conflict",
        {"a0": "leader", "a1": "chief executive"},
    )


def test_brigade_commander_and_commander_of_the_brigade_are_compatible():
    # the body is the employer's row on both sides, so the role reads the post alone
    comparison = compare_sheet(
        "The commander of the 4th brigade, Ivan Petrov, inspected the harbour defences on Monday.",
        "Brigade commander Ivan Petrov inspected the harbour defences on Monday.",
    )
    assert sheet_reading(comparison, "Petrov", "role") == ("same", {"a0": "commander", "a1": "commander"})
    assert sheet_reading(comparison, "Petrov", "employer") == ("compatible", {"a0": "4th brigade", "a1": "Brigade"})
    assert not [c for c in comparison.conflicts if c.type.startswith("attribute:")]


def test_an_abbreviated_title_is_a_variant_of_the_full_one():
    comparison = compare_sheet(
        "Sen. John Marsh toured the harbour on Monday with the port authority.",
        "Senator John Marsh toured the harbour on Monday with the port authority.",
    )
    assert sheet_row(comparison, "Marsh", "role").status == "variant"


def test_a_district_and_the_region_the_text_says_contains_it_are_compatible():
    comparison = compare_sheet(
        "Shelling hit homes in Velykyi Burluk, a village in the Kupiansk district, on Monday.",
        "Shelling hit homes in Velykyi Burluk, a village in the Kharkiv region, on Monday."
        "\n\nThe Kupiansk district lies in the Kharkiv region.",
    )
    row = sheet_row(comparison, "Burluk", "location")
    assert row.status == "compatible"
    assert not [c for c in comparison.conflicts if c.type == "attribute:location"]


def test_two_different_named_places_are_a_location_conflict():
    comparison = compare_sheet(
        "Flooding closed the bridge at Marlow, a market town in Buckinghamshire, on Monday.",
        "Flooding closed the bridge at Marlow, a market town in Oxfordshire, on Monday.",
    )
    assert sheet_reading(comparison, "Marlow", "location") == (
        "conflict",
        {"a0": "Buckinghamshire", "a1": "Oxfordshire"},
    )


def test_a_company_based_in_two_towns_is_a_base_conflict():
    comparison = compare_sheet(
        "Harlow Systems, based in Reading, won the harbour contract on Monday.",
        "Harlow Systems, a Swindon-based firm, won the harbour contract on Monday.",
    )
    row = sheet_row(comparison, "Harlow", "base")
    assert row.status in ("conflict", "possible")
    assert sheet_values(row) == {"a0": "Reading", "a1": "Swindon"}


def test_party_marks_and_party_words_agree_as_a_variant_and_differ_as_a_conflict():
    same = compare_sheet(
        "Sen. John Marsh (R-Texas) toured the harbour on Monday with the port authority.",
        "Republican Sen. John Marsh toured the harbour on Monday with the port authority.",
    )
    assert sheet_row(same, "Marsh", "party").status == "variant"
    differ = compare_sheet(
        "Democrat John Marsh toured the harbour on Monday with the port authority.",
        "Republican John Marsh toured the harbour on Monday with the port authority.",
    )
    assert sheet_row(differ, "Marsh", "party").status == "conflict"


def test_nationalities_that_differ_are_a_conflict():
    comparison = compare_sheet(
        "The French architect Paul Renard designed the harbour museum, which opened on Sunday.",
        "The Belgian architect Paul Renard designed the harbour museum, which opened on Sunday.",
    )
    assert sheet_reading(comparison, "Renard", "nationality") == ("conflict", {"a0": "French", "a1": "Belgian"})


def test_a_misparsed_clause_after_a_name_is_no_role():
    comparison = compare_sheet(
        "The meeting, held with Colonel Denis Orlov, highlighted the harbour plan, a move that pleased many.",
        "The meeting, held with Colonel Denis Orlov, covered the harbour plan.",
    )
    assert sheet_reading(comparison, "Orlov", "role") == ("same", {"a0": "Colonel", "a1": "Colonel"})


def test_a_looping_parse_from_a_damaged_cache_ends_and_states_nothing_wrong():
    from tuicompare.engine.attributes import mention_findings
    from tuicompare.models import EntitySpan, Sentence, Token

    text = "Ann Cole, 52, met Bob Reed."
    words = [(0, 3), (4, 8), (8, 9), (10, 12), (12, 13), (14, 17), (18, 21), (22, 26), (26, 27)]
    heads = [1, 3, 1, 1, 1, 5, 7, 6, 5]  # Cole <-> 52 and Bob <-> Reed loop
    tokens = tuple(
        Token(s, e, text[s:e], "PROPN" if text[s].isupper() else "NUM", "appos", h)
        for (s, e), h in zip(words, heads, strict=True)
    )
    sentence = Sentence("a", 0, 0, len(text), text, (EntitySpan(0, 8, "PERSON", "Ann Cole"),), tokens)
    assert isinstance(mention_findings(sentence, 0, 8, "person"), list)


def test_a_looping_parse_before_a_name_ends():
    # The words before a name are walked up to the "of" phrase of a title ("Secretary of State Ann Cole");
    # heads read from a damaged cache that loop there (Secretary <-> State) must end the walk, not hang.
    import threading

    from tuicompare.engine.attributes import mention_findings
    from tuicompare.models import EntitySpan, Sentence, Token

    text = "Former Secretary State Ann Cole spoke."
    words = [(0, 6), (7, 16), (17, 22), (23, 26), (27, 31), (32, 37), (37, 38)]
    heads = [2, 2, 1, 4, 5, 5, 5]
    deps = ["dobj", "dobj", "dobj", "compound", "nsubj", "ROOT", "punct"]
    tokens = tuple(
        Token(s, e, text[s:e].lower(), "PROPN", dep, h) for (s, e), h, dep in zip(words, heads, deps, strict=True)
    )
    sentence = Sentence("a", 0, 0, len(text), text, (EntitySpan(23, 31, "PERSON", "Ann Cole"),), tokens)
    found: list[object] = []
    reader = threading.Thread(target=lambda: found.append(mention_findings(sentence, 23, 31, "person")), daemon=True)
    reader.start()
    reader.join(timeout=30)
    assert found and isinstance(found[0], list)


def test_coordinated_titles_and_a_relative_clause_give_every_role():
    comparison = compare_sheet(
        "State Treasurer and gubernatorial candidate Ann Marsh opened the harbour fair on Monday.",
        "Ann Marsh, the lawyer who became county treasurer, opened the harbour fair on Monday.",
    )
    row = sheet_row(comparison, "Marsh", "role")
    assert row.values[0].text == "State Treasurer; gubernatorial candidate"
    assert row.values[1].text == "lawyer; county treasurer"
    assert row.status == "compatible"


def test_a_hypothesis_a_denial_or_a_verdict_is_no_role():
    comparison = compare_sheet(
        "Tom Reed would become chairman of the harbour board if the council agreed on Monday.",
        "Tom Reed is not the chairman of the harbour board.\n\nTom Reed is the worst negotiator in the county.",
    )
    assert not [a for a in comparison.attributes if a.name == "role"]


def test_a_description_is_no_role_so_never_against_an_office():
    # "a familiar presence" says what kind of member she is, not which office she holds.
    comparison = compare_sheet(
        "Mara Lindqvist, a familiar presence at council meetings, voted against the harbour budget on Tuesday.",
        "Mara Lindqvist, the board treasurer, voted against the harbour budget on Tuesday.",
    )
    assert sheet_reading(comparison, "Lindqvist", "role") == ("single", {"a1": "treasurer"})
    assert not [c for c in comparison.conflicts if c.type == "attribute:role"]
