"""What a figure counts: the noun or unit of a number slot ("16 points", "aged 16", "a three-point play").

Helpers of ``figures.number_slot``, which reads a figure's key and hedge: here the
parse around the figure says what it counts, an age ("aged 16", "Malia, 16,", "She
was 85."), an earthquake's magnitude whatever the noun ("a magnitude 4.6 earthquake",
"an earthquake measuring 4.6"), a speed ("120 miles per hour"), the noun a bare
figure counts by ellipsis ("scored 16 points and Roe had 14"), and a number that
makes a kind of thing ("a three-point play", unit "point-") told from one that
counts it ("three points").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tuicompare.engine.values import NUMBER_WORDS
from tuicompare.models import Sentence, Token

#: Units of time: a figure counting one is a duration ("six months"), never a count.
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
#: Units of length a speed is given in, by the name ``units`` knows.
LENGTHS = {"km": "km", "kilometre": "km", "kilometer": "km", "mile": "mile"}
#: Nouns that are part of a number ("two dozen", "a million"), not what it counts.
_NUMBER_NOUNS = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion", "percent", "%"})


def counted(sentence: Sentence, first: int, last: int) -> str:
    """The noun a number counts: the head of the number, or the last noun inside the span ("age" after "aged")."""
    tokens = sentence.tokens
    root = first
    while tokens[root].dep == "conj" and 0 <= tokens[root].head < root:
        root = tokens[root].head  # "aged 16 and 13": 13 is read like 16
    if any(0 <= i < len(tokens) and tokens[i].lemma.lower() in ("age", "aged") for i in (root - 1, tokens[root].head)):
        return "age"
    if _age_of(tokens, root):
        return "age"  # "at the age of 59": the figure of the age's "of"
    head = tokens[root].head
    if _stated_age(sentence, root, first, last):
        return "age"  # "She was 85.": a bare figure a person is, in an obituary's way of giving an age
    if (
        tokens[root].dep == "appos"
        and 0 <= head < len(tokens)
        and tokens[head].pos == "PROPN"
        and first == last
        # "Ann Roe, one of the organisers,": a number with its "of" is one of a group, never an age (every word
        # of the sentence read: only for a bare number set off after a name).
        and not any(t.head == root and t.dep == "prep" and t.lemma.lower() == "of" for t in tokens)
    ):
        return "age"  # "Malia, 16, and Sasha, 13": a bare number set off after a name is an age
    for i in range(last, first - 1, -1):
        lemma = tokens[i].lemma.lower()
        if lemma in TIME_UNITS and i - 2 >= first and tokens[i - 1].lemma.lower() in ("per", "an", "a", "/"):
            length = LENGTHS.get(tokens[i - 2].lemma.lower())
            if length:
                return f"{length}/{lemma}"  # "120 miles per hour": a speed, not a length of time
        # "All twelve of those": a number word the parser calls a noun is the figure, not what it counts.
        if (
            tokens[i].pos == "NOUN"
            and lemma not in _NUMBER_NOUNS
            and lemma not in NUMBER_WORDS
            and _LETTER.search(lemma)
        ):
            return lemma
    head = tokens[last].head
    if (
        tokens[last].dep in ("nummod", "quantmod", "compound")
        and 0 <= head < len(tokens)
        and tokens[head].pos == "NOUN"
        and _LETTER.search(tokens[head].lemma)
    ):
        return _kind_of(tokens, first, last, head)
    if tokens[last].dep == "nummod" and last < head < len(tokens) and tokens[head].pos == "PROPN":
        return _capital_plural(sentence.word(tokens[head])) or counted_initials(sentence, head)
    return ""


def _age_of(tokens: Sequence[Token], root: int) -> bool:
    """True for the figure of "the age of 59": the object of an "of" that qualifies the noun "age"."""
    of = tokens[root].head
    if not (0 <= of < len(tokens) and tokens[of].lemma.lower() == "of" and tokens[root].dep == "pobj"):
        return False
    noun = tokens[of].head
    return 0 <= noun < len(tokens) and noun != of and tokens[noun].lemma.lower() == "age"


def counted_initials(sentence: Sentence, at: int) -> str:
    """The thing an abbreviation in capitals counts when written as a plural after a figure ("47 KO's"), or "".

    The tagger takes "KO" of "47 KO's" for a name; "46 KOs" it reads as a noun, counting knockouts. An
    abbreviation of two to four capitals with a plural "s" (glued, or written "'s") after a figure is
    the plural of a thing counted, as the plural noun is: never a name, which takes no plural.
    """
    tokens = sentence.tokens
    word = sentence.word(tokens[at])
    glued = _INITIALS_PLURAL.fullmatch(word)
    if glued:
        return glued.group(1).lower()
    following = sentence.word(tokens[at + 1]) if at + 1 < len(tokens) else ""
    return word.lower() if _INITIALS.fullmatch(word) and following in ("'s", "\u2019s") else ""


#: Two to four capitals ("KO", "RBI"), and the same with a plural "s" glued on ("KOs").
_INITIALS = re.compile(r"[A-Z]{2,4}")
_INITIALS_PLURAL = re.compile(r"([A-Z]{2,4})s")


def _capital_plural(word: str) -> str:
    """The singular of a common plural noun the tagger took for a name by its capital ("two other Moms"), or "".

    A figure before it counts it as it counts the lower-case word ("two other moms"); a name after a
    figure is no plural ("Boeing 737" has the figure after, "3 Doors" ends in no plain plural of a word).
    """
    if not word[:1].isupper() or not word[1:].islower() or len(word) < 4 or not word.endswith("s"):
        return ""
    low = word.lower()
    single = low[:-3] + "y" if low.endswith("ies") else low[:-1] if not low.endswith("ss") else ""
    from wordfreq import zipf_frequency  # imported on first use: a capitalised plural after a figure is rare

    return single if single and zipf_frequency(single, "en") >= _COMMON else ""


#: Zipf frequency of a common English word (``wordfreq``: "mom" 4.9, "brownsville" 2.6).
_COMMON = 3.5


def magnitude(sentence: Sentence, first: int, last: int) -> bool:
    """Whether a figure is an earthquake's magnitude, whatever the noun the parse hangs it from.

    "magnitude 4.6", "a magnitude of 4.6", "a 4.6-magnitude quake" (or "a 4.6 -magnitude quake", the hyphen
    spaced off), "rated as 4.6 in magnitude", "6.1 on the Richter scale",
    "an earthquake measuring 4.6", and a decimal figure set before a quake ("a 2.9 aftershock")
    all give one scale: the head noun varies ("earthquake", "aftershock", none) where the fact does not.
    """
    tokens = sentence.tokens

    def lemma(i: int) -> str:
        return tokens[i].lemma.lower() if 0 <= i < len(tokens) else ""

    root = first
    while tokens[root].dep == "conj" and 0 <= tokens[root].head < root:
        root = tokens[root].head  # "magnitude 2.9 and 2.2": 2.2 is read like 2.9
    if any(
        lemma(i - 1) == "magnitude" or (lemma(i - 1) in ("of", "at") and lemma(i - 2) == "magnitude")
        for i in (first, root)
    ):
        return True
    if lemma(last + 1) in ("magnitude", "-magnitude") or (
        lemma(last + 1) in ("-", "in") and lemma(last + 2) == "magnitude"
    ):
        return True
    if "richter" in (lemma(last + 2), lemma(last + 3)):
        return True
    text = sentence.between(tokens[first].start, tokens[last].end)
    # The first and last token's heads: the parse splits a spaced decimal ("8. 6") and hangs its pieces apart.
    for head in {tokens[first].head, tokens[last].head}:
        if lemma(head) in _QUAKES and _DIGIT_POINT.search(text) and head > last:
            return True
        if lemma(head) in ("measure", "register"):
            doers = [k for k, t in enumerate(tokens) if t.head == head and t.dep in ("nsubj", "nsubjpass")]
            if lemma(tokens[head].head) in _QUAKES or any(lemma(k) in _QUAKES for k in doers):
                return True
    return False


#: The nouns of an earthquake, whose figures are magnitudes ("a 2.9 aftershock").
_QUAKES = frozenset({"earthquake", "quake", "aftershock", "tremor", "temblor", "shock"})
#: A decimal point between digits (spaced as some feeds do): a magnitude, where "a 7 - 0 run" is a count.
_DIGIT_POINT = re.compile(r"\d\.\s?\d")


def _stated_age(sentence: Sentence, root: int, first: int, last: int) -> bool:
    """Whether a bare whole figure is what a person is: "She was 85.", "Ann Roe was 91".

    The figure is the complement of "be" whose subject is "he", "she" or a person's name;
    "The score was 5" (no person) and "He was one of the organisers" (a part of a group)
    are no ages.
    """
    tokens = sentence.tokens
    head = tokens[root].head
    if first != last or tokens[root].dep not in ("attr", "acomp") or not 0 <= head < len(tokens):
        return False
    if tokens[head].lemma.lower() != "be" or any(t.head == root and t.dep == "prep" for t in tokens):
        return False
    word = sentence.word(tokens[root])
    if not word.isdigit() or not 0 < int(word) < 125:
        return False
    subjects = [k for k, t in enumerate(tokens) if t.head == head and t.dep == "nsubj" and k != head]
    if len(subjects) != 1:
        return False
    subject = tokens[subjects[0]]
    if subject.lemma.lower() in ("he", "she"):
        return True
    people = [e for e in sentence.entities if e.label == "PERSON"]
    return subject.pos == "PROPN" and any(e.start <= subject.start < e.end for e in people)


def elided(tokens: Sequence[Token], first: int, last: int) -> str:
    """The noun a bare figure counts by ellipsis: "Poe scored 16 points and Roe had 14" counts points.

    A figure standing alone as a verb's object (or listed after one) counts what
    the nearest figure before it in the sentence counts, when that one counts a
    noun that is no unit of time ("for three years, ... had 14" says nothing).
    """
    if tokens[first].dep not in ("dobj", "attr", "conj") or first != last or tokens[first].pos != "NUM":
        return ""
    for j in range(first - 1, -1, -1):
        head = tokens[j].head
        if tokens[j].pos == "NUM" and tokens[j].dep == "nummod" and j < head < first and tokens[head].pos == "NOUN":
            word = tokens[head].lemma.lower()
            ok = word not in TIME_UNITS and word not in _NUMBER_NOUNS and _LETTER.search(word)
            return word if ok else ""
    return ""


def _kind_of(tokens: Sequence[Token], first: int, number: int, unit: int) -> str:
    """The unit of a number, marked ``-`` when the number makes a kind of thing of it ("three-point play").

    A "three-point play" is one play of a kind, not three points, and "a 2.9
    aftershock" one aftershock, not 2.9 of them: their units "point-" and
    "aftershock-" pair with numbers used alike ("a two-point play", "a
    seven-term congressman" with "a seven-term House member"), not with "14
    points" or "two aftershocks". Time units stay plain: "a 20-year sentence"
    is a duration.
    """
    word = tokens[unit].lemma.lower()
    if word in TIME_UNITS:
        return word
    kind = tokens[unit].head
    hyphened = (
        unit == number + 2
        and tokens[number + 1].lemma == "-"
        and tokens[unit].dep == "compound"
        and unit < kind < len(tokens)
        and tokens[kind].pos in ("NOUN", "PROPN")
    )
    # "a 6.9 aftershock": figures only ("a dozen eggs" is twelve eggs: the article belongs to the number).
    one = first > 0 and tokens[first - 1].lemma.lower() in ("a", "an") and unit > number
    one = one and _DIGIT.search(tokens[number].lemma) is not None
    return f"{word}-" if hyphened or one else word


def kind_noun(tokens: Sequence[Token], number: int, unit: int) -> str:
    """The noun a figure hyphened to its unit qualifies ("a two-term governor": "governor"), or "".

    "a two-term governor" counts the terms of a governor and "a five-term mayor" those of a mayor:
    two counts of one unit, of two offices, that ``relations.one_kind`` sets against each other only
    when the offices may be one (``roles.compatible``: "congressman" and "House member" may). Read of
    every hyphened figure ("a three-game suspension": "suspension"); only offices are compared by it.

    Args:
        tokens: The sentence's tokens.
        number: The figure's (last) token.
        unit: The unit's token, two after the figure with a hyphen between.
    """
    if unit != number + 2 or unit >= len(tokens) or tokens[number + 1].lemma != "-":
        return ""
    kind = tokens[unit].head
    if tokens[unit].dep not in ("compound", "nmod", "amod") or not unit < kind < len(tokens):
        return ""
    return tokens[kind].lemma.lower() if tokens[kind].pos in ("NOUN", "PROPN") else ""


_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
