"""A family tie in apposition to a name, with its possessor, is read as one post of the renamed-person rule.

Short texts written for these tests, parsed with the real spaCy model. "His granddaughter Laura Bennett" and
"Laura Whitfield, his granddaughter" in two outlets, with a third naming neither, are one person renamed: the
role reader keeps kin out of roles, so nothing tied the two names (``bodyties.kin_post``, read by ``surnames``).
So is "the first of her three husbands" in apposition. A tie many share ("a friend", "her cousin") or a kin word
with no possessor ("a granddaughter of the mayor") is not read.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import story_readings
from tuicompare.engine.bodyties import kin_post
from tuicompare.engine.features import Span
from tuicompare.models import Sentence, Token

_TEXT = (
    "His death was confirmed by Laura Whitfield, his granddaughter. "
    "The mayor died on Thursday at home, his granddaughter Mary Bennett said. "
    "Karen Miller, her cousin, was away. "
    "David Cooper, a grandson of the mayor, spoke first. "
    "In 1943 she married Paul Green, the first of her three husbands. "
    "The old captain died of a stroke on Monday at his farm near Bend, Ore., his grandson Tom Baker said."
)


def test_which_family_ties_are_read():
    r = story_readings([_TEXT], date(2024, 5, 6))
    ties = {s.text: kin_post(s, f.parse) for f in r.features.values() for s in f.spans}
    assert ties["Laura Whitfield"] == {"kin granddaughter"}  # after the name
    assert ties["Mary Bennett"] == {"kin granddaughter"}  # before it
    assert ties["Karen Miller"] == set()  # a tie many share
    assert ties["David Cooper"] == set()  # no possessor: whose grandson is not said
    assert ties["Paul Green"] == {"kin husband"}  # after "of" in apposition
    assert ties["Tom Baker"] == {"kin grandson"}  # right before the name, whatever the parse


def test_a_family_tie_right_before_the_name_is_read_however_the_parser_hangs_it():
    # "..., his grandson Rob Poe said.": the parser may make "grandson" and "Poe" two subjects of "said", the name
    # in apposition to nothing; the tie right before the name is still its own.
    text = "It ended, his grandson Rob Poe said."
    words = [("It", "it", "PRON", "nsubj", 1), ("ended", "end", "VERB", "ccomp", 7), (",", ",", "PUNCT", "punct", 7)]
    words += [("his", "his", "PRON", "poss", 4), ("grandson", "grandson", "NOUN", "nsubj", 7)]
    words += [("Rob", "Rob", "PROPN", "compound", 6), ("Poe", "Poe", "PROPN", "nsubj", 7)]
    words += [("said", "say", "VERB", "ROOT", 7), (".", ".", "PUNCT", "punct", 7)]
    tokens, at = [], 0
    for word, lemma, pos, dep, head in words:
        at = text.index(word, at)
        tokens.append(Token(at, at + len(word), lemma, pos, dep, head))
        at += len(word)
    sentence = Sentence("a", 0, 0, len(text), text, (), tuple(tokens))
    start = text.index("Rob")
    name = Span("a:0", start, start + 7, "Rob Poe", "PERSON", "name", "rob poe", "name")
    assert kin_post(name, sentence) == {"kin grandson"}
