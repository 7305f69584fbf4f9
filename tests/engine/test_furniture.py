"""News furniture (bylines, datelines, timestamps, credits, related links) states nothing of the story."""

from __future__ import annotations

import pytest

from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.engine.furniture import furniture, furniture_of
from tuicompare.models import Article, Sentence


def _line(text: str, index: int = 0) -> Sentence:
    return Sentence("a", index, 100, 100 + len(text), text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("By Jane Doe", "byline"),
        ("By JOHN ROE and Mary Major, Associated Press", "byline"),
        ("The Associated Press contributed to this report.", "byline"),
        ("Updated: November 11, 2011 20: 09 IST", "timestamp"),
        ("Published 3:45 p.m. ET Nov. 3, 2016 | Updated 5:12 p.m. ET Nov. 3, 2016", "timestamp"),
        ("Last Updated: Tuesday, 20 December 2005, 10: 39 GMT", "timestamp"),
        ("4 October 2013, 18: 07 (GMT+05: 00)", "timestamp"),
        # The lead word after the date, a "|" between two stamps, a lead with "time", a release line.
        ("14 March 2021 Last updated at 09: 12 GMT", "timestamp"),
        ("Tuesday, Oct 5, 2021 | Updated 6: 10 PM EDT", "timestamp"),
        ("Published time: May 3, 2019 17: 40", "timestamp"),
        ("First Posted: 02 / 11 / 19 07: 15 AM ET Updated: 02 / 12 / 19 09: 00 AM ET", "timestamp"),
        ("Release: 11 / 02 / 2020", "timestamp"),
        ("08: 15am UK, Friday 14 May 2021", "timestamp"),
        ("Getty Images", "credit"),
        ("Photo credit: John Smith/Getty Images", "credit"),
        ("Read more: Storm batters the coast", "link"),
        ("RELATED: Senate passes the budget", "link"),
        ("Click here to get the app", "link"),
        ("http: / / www. example. org / news / storm /", "link"),
        ("WASHINGTON —", "dateline"),
    ],
)
def test_furniture_lines(text, kind):
    found = furniture(_line(text))
    assert found.whole and found.kind == kind
    assert found.ranges == ((100, 100 + len(text)),)


@pytest.mark.parametrize(
    "text",
    [
        "By the time police arrived, the gunman had fled.",
        "By Friday, Congress must pass a budget.",
        "Updated figures show that 500 homes were lost.",
        "Credit for the idea goes to the mayor, who proposed it in May.",
        "Marines and mayors met on May 5.",
        "NATO said it would respond to the attack.",
        "More than 500 people were evacuated.",
        "12 June 2020: the day the plant was last updated by its owner.",
        "The report was released: it says 300 people died in May.",
        "Released on Friday, the report blamed the pilots.",
        "The UK on Monday said it would act.",
    ],
)
def test_sentences_of_the_story_are_not_furniture(text):
    found = furniture(_line(text))
    assert not found.whole and found.ranges == ()


def test_a_dateline_or_credit_inside_a_sentence_is_a_range():
    text = "WASHINGTON — The Senate passed the bill on Friday."
    found = furniture(_line(text))
    assert not found.whole and [text[a - 100 : b - 100] for a, b in found.ranges] == ["WASHINGTON — "]
    text = "The senator, shown here (AP Photo/Evan Vucci), spoke on Monday."
    found = furniture(_line(text, index=5))
    assert [text[a - 100 : b - 100] for a, b in found.ranges] == ["(AP Photo/Evan Vucci)"]
    assert not furniture(_line("NATO — the alliance — said it would respond.", index=9)).ranges


BODY = (
    "The council of Marlow voted on Tuesday to rebuild the flooded library for $4 million.\n\n"
    "The new library will open next spring with a larger reading room and a cafe."
)


def test_furniture_takes_part_in_no_claim_or_conflict():
    one = (
        "By Jane Doe\n\nUpdated: November 11, 2011 20: 09 IST\n\nMARLOW, England — "
        + BODY
        + "\n\n(Photo: Reuters)\n\nRead more: 12 libraries closed in 2010"
    )
    two = "By John Roe\n\nPublished 3:45 p.m. ET Nov. 12, 2011\n\n" + BODY + "\n\nRELATED: 15 libraries closed in 2009"
    articles = [Article("one", "one.txt", "Library", one), Article("two", "two.txt", "Library", two)]
    comparison = compare(articles, nlp.analyze(articles), stories=[["one", "two"]])
    assert comparison.conflicts == ()
    dimmed = {m.text for m in comparison.furniture}
    assert {"By Jane Doe", "By John Roe", "MARLOW, England — ", "(Photo: Reuters)"} <= dimmed
    assert any(t.startswith("Updated: November 11") for t in dimmed)
    assert any(t.startswith("RELATED:") for t in dimmed)
    claims = " ".join(c.text for c in comparison.claims)
    assert "Jane Doe" not in claims and "Updated" not in claims and "libraries closed" not in claims
    assert "$4 million" in claims
    text = {a.id: a.text for a in articles}
    for mention in comparison.furniture:
        assert text[mention.article][mention.start : mention.end] == mention.text


def test_furniture_survives_the_json_format():
    from tuicompare import report

    text = "By Jane Doe\n\nWASHINGTON — The council of Marlow voted on Tuesday to rebuild the flooded library."
    articles = [Article("one", "one.txt", "Library", text)]
    comparison = compare(articles, nlp.analyze(articles))
    document = report.to_json(comparison)
    assert report.validate(document) == []
    assert [m["text"] for m in document["furniture"]] == ["By Jane Doe", "WASHINGTON — "]
    assert report.from_json(document).furniture == comparison.furniture


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A credit glued to the photographer's name, as flattened web pages leave it; credit lines with "by".
        ("CreditJohn Smith/Reuters", "credit"),
        ("PhotoJane Roe for The Daily Planet", "credit"),
        ("Photo Jane Roe/AP", "credit"),
        ("(Photo by Jane Roe/Getty Images)", "credit"),
        ("Photographs by Jane Roe for The Daily Planet", "credit"),
        # Timestamps: an "Edited" lead, "@" between date and time, an age with a download note, a stray zone.
        ("Edited time: June 4, 2019 11: 20", "timestamp"),
        ("11 / 30 / 2015 @ 08: 15PM", "timestamp"),
        ("Posted 2 years, 41 days ago [retrieved on 3 May 2014]", "age"),
        ("GMT", "timestamp"),
        ("55PM EDT", "timestamp"),
        # Pointers to what the page embeds or links.
        ("Read the full statement via the council:", "link"),
        ("Details here.", "link"),
        ("Watch the video here:", "link"),
        ("Follow Jane Roe on Twitter @janeroe.", "link"),
        # A blog's update label on a line of its own: it heads the added paragraph, states nothing itself.
        ("UPDATE:", "update"),
        ("Update 2:", "update"),
        ("UPDATED (3:15 p.m.):", "update"),
    ],
)
def test_more_furniture_lines(text, kind):
    found = furniture(_line(text))
    assert found.whole and found.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # Real sentences naming a photographer, an agency, a credit or a post: they stay claims.
        "An AP photographer, Jane Roe, said the crowd fled from the square.",
        "Credit card debt rose in May, Reuters reported.",
        "CreditSights said the bonds would fall.",
        "Credit Suisse/UBS merger talks stalled on Monday.",
        "Pictures by the hundreds were posted.",
        "Posted 3 hours after the attack, the video showed the crowd.",
        "He was here.",
        "See, the problem is this:",
        "Police said the shooter had this: a rifle.",
        "The 24/7 service and/or the 50/50 plan worked.",
        "UK",
        "On Monday",
        # The label opening the update's own sentence leaves the sentence the story's.
        "UPDATE: The council approved the plan on Monday.",
        "Update the records:",
    ],
)
def test_sentences_that_mention_credits_or_links_are_not_furniture(text):
    found = furniture(_line(text, index=4))
    assert not found.whole and found.ranges == ()


def test_a_clock_tail_low_in_an_article_stays_the_story_s():
    # "at 10. 30 BST" split in two by the source: lower down, the tail is part of a time of the story.
    assert not furniture(_line("30 BST", index=20)).ranges
    assert not furniture(_line("30am", index=1)).ranges
    assert furniture(_line("30 BST", index=2)).whole


def _analysed(text):
    article = Article("one", "one.txt", "Harbor", text)
    (analysis,) = nlp.analyze([article])
    return analysis.sentences


def test_a_dateline_with_a_horizontal_bar_is_cut_from_the_lead():
    text = "WASHINGTON \u2015 The Senate passed the bill on Friday."
    found = furniture(_line(text))
    assert not found.whole and [text[a - 100 : b - 100] for a, b in found.ranges] == ["WASHINGTON \u2015 "]


def test_a_place_and_date_line_is_a_timestamp():
    sentences = _analysed("Oslo, Norway, June 3, 2014 / 09: 00 am (NTB)\n\nThe ferry sank on Monday.")
    assert [(f.whole, f.kind) for f in furniture_of(sentences)] == [(True, "timestamp"), (False, "")]
    sentences = _analysed("Oslo, Norway, is a city of 700,000 people.\n\nThe ferry sank.")
    assert not any(f.ranges for f in furniture_of(sentences))


def test_a_caption_before_its_credit_is_furniture_but_a_sentence_with_a_verb_is_not():
    text = "Senator Jane Roe of Ohio, in May at the harbor.CreditJohn Smith/Reuters\n\nOSLO — The ferry sank on Monday."
    found = furniture_of(_analysed(text))
    assert [(f.whole, f.kind) for f in found] == [(True, "credit"), (True, "credit"), (False, "dateline")]
    # A real sentence before the credit keeps its facts; only the credit is dimmed.
    text = "The ferry sank on Monday in the harbor.CreditJohn Smith/Reuters\n\nThe captain survived."
    assert [f.whole for f in furniture_of(_analysed(text))] == [False, True, False]
    # Glued in one sentence: the credit is cut off a real sentence, a verbless caption goes whole.
    (sentence, _) = _analysed("The ferry sank at the harbor in May CreditJohn Smith/Reuters\n\nThe captain survived.")
    found = furniture(sentence)
    assert not found.whole and [sentence.text[a:b] for a, b in found.ranges] == ["CreditJohn Smith/Reuters"]
    (sentence, _) = _analysed(
        "Senator Jane Roe at the harbor in May CreditJohn Smith/Reuters\n\nOSLO — The ferry sank."
    )
    assert furniture(sentence).whole


def test_a_credit_glued_to_a_story_takes_part_in_no_claim():
    lead = "The council of Marlow voted on Tuesday to rebuild the flooded library for $4 million."
    one = "Councillor Jane Roe at the library in March.CreditJohn Smith/Reuters\n\nMARLOW, England — " + BODY
    two = BODY + "\n\nPhoto by Ann Lee/Getty Images"
    articles = [Article("one", "one.txt", "Library", one), Article("two", "two.txt", "Library", two)]
    comparison = compare(articles, nlp.analyze(articles), stories=[["one", "two"]])
    claims = " ".join(c.text for c in comparison.claims)
    assert "Smith" not in claims and "Reuters" not in claims and "Getty" not in claims and "March" not in claims
    assert any(lead in c.text for c in comparison.claims)
    assert comparison.conflicts == ()
    dimmed = {m.text for m in comparison.furniture}
    assert {"CreditJohn Smith/Reuters", "Photo by Ann Lee/Getty Images"} <= dimmed


def test_an_age_line_gives_the_article_no_publication_date():
    from tuicompare.engine.features import article_features

    def friday(head):
        article = Article("a", "a.txt", "Library", head + "\n\nThe council voted on Friday to rebuild the library.")
        (analysis,) = nlp.analyze([article])
        features = article_features(analysis)
        return features[0].furniture_kind, [s.key for s in features[1].spans if s.text == "Friday"]

    # A download date after an age is not the publication: "Friday" stays unresolved (a weekday only).
    assert friday("Posted 2 years, 41 days ago [retrieved on 3 May 2014]") == ("age", [":fri"])
    kind, keys = friday("Published 3 May 2014")
    assert kind == "timestamp" and keys != [":fri"] and "2014" in keys[0]


@pytest.mark.parametrize(
    "line",
    [
        "On behalf of Roe, Poe & Lee, LLP. posted in Car Accidents on Friday, March 20, 2015.",
        "Posted in Local News on Wednesday, March 18, 2015.",
    ],
)
def test_a_blog_s_posting_line_is_a_timestamp(line):
    (sentence, _) = _analysed(line + "\n\nA driver struck a cyclist on Main Street and drove off.")
    assert (furniture(sentence).whole, furniture(sentence).kind) == (True, "timestamp")


@pytest.mark.parametrize(
    "line",
    [
        "The video was posted on Friday, March 20, 2015, by a neighbour.",
        "Police posted the notice on Friday, March 20, 2015.",
        "A video posted on Friday shows the driver fleeing.",
    ],
)
def test_a_posting_told_by_the_story_is_no_furniture(line):
    (sentence, _) = _analysed(line + "\n\nA driver struck a cyclist on Main Street and drove off.")
    assert not furniture(sentence).whole


def test_two_blogs_posted_on_two_days_state_no_conflict():
    # The days two blogs went up are no date of the crash they both report.
    body = "\n\nA driver struck a cyclist on Main Street in Dunmore and drove off, police said."
    first = "On behalf of Roe, Poe & Lee, LLP. posted in Car Accidents on Friday, March 20, 2015." + body
    second = "On behalf of Jane Doe, Esq. posted in Road Accidents on Wednesday, March 18, 2015." + body
    articles = [Article("one", "one.txt", "Crash", first), Article("two", "two.txt", "Crash", second)]
    comparison = compare(articles, nlp.analyze(articles), stories=[["one", "two"]])
    assert not [c for c in comparison.conflicts if c.kind in ("conflict", "possible")]
