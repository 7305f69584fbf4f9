"""Names in title-case headlines, where the recogniser glues the headline's verb to a person's name.

"Actress Esther Williams Dies at 91": every word has a capital, and the small
model tags "Esther Williams Dies" as one person. The parse still says which
word is the verb: the name's last word (of three or more) heads the sentence,
and the tagger calls it a verb or a word before it in the name is its subject;
or, where the tagger calls it a proper noun too, the headline is in title case,
the word has the headline's present-tense "-s" and takes a complement after it
("Nixon Aide Fred LaRue Dies at 75"), and two words of a name stay before it.
"""

from __future__ import annotations

import re

from tuicompare.engine.names import TITLES
from tuicompare.models import Sentence

#: What a headline's verb takes after it ("Dies at 75", "Quits Post", "Steps Down"); a name takes none of these.
_COMPLEMENTS = frozenset({"prep", "dobj", "prt", "xcomp", "advmod", "npadvmod", "attr"})


def verb_cut(sentence: Sentence, label: str, first: int, last: int, start: int, text: str) -> str:
    """A person's name (``text`` from article offset ``start``, tokens ``first``..``last``) without a glued verb."""
    tokens = sentence.tokens
    if label != "PERSON" or last <= first + 1 or last >= len(tokens):
        return text
    verb = tokens[last]
    if verb.dep != "ROOT" or verb.start <= start:
        return text
    subject = any(tokens[i].head == last and tokens[i].dep in ("nsubj", "nsubjpass") for i in range(first, last))
    if not subject and verb.pos != "VERB" and not _headline_verb(sentence, first, last):
        return text
    return text[: verb.start - start].rstrip()


def _headline_verb(sentence: Sentence, first: int, last: int) -> bool:
    """True when the name's last word, tagged a proper noun, is a title-case headline's present-tense verb.

    "Nixon Aide Fred LaRue Dies at 75": the word ends in "-s", takes a complement after it, and two words
    of a name that are no titles stay before it (not "Singer Tom Jones at the Palace": "Singer" is a title).
    """
    tokens = sentence.tokens
    words = [w for t in tokens if len(w := sentence.word(t)) >= 4 and w.isalpha()]
    if len(words) < 4 or not all(w[0].isupper() for w in words):
        return False  # not a title-case headline: its verbs are in lower case
    verb = sentence.word(tokens[last])
    if not (verb[:1].isupper() and verb.endswith("s") and len(verb) > 3):
        return False
    if not any(t.head == last and t.dep in _COMPLEMENTS for t in tokens[last + 1 :]):
        return False
    names = [i for i in range(first, last) if sentence.word(tokens[i]).rstrip(".").lower() not in TITLES]
    return len(names) >= 2


#: Words a title-case headline leaves in lower case ("Rovers Rally to Beat Owls in Extra Time").
_MINOR = frozenset(
    {
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "off",
        "on",
        "onto",
        "or",
        "out",
        "over",
        "per",
        "than",
        "the",
        "to",
        "up",
        "upon",
        "via",
        "vs",
        "with",
    }
)
#: A run of letters (any script): a word of the line, digits and punctuation apart.
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def title_case_line(text: str) -> bool:
    """True when every word of a line has a capital but the small words of a title ("Hawks Beat Owls 20 - 13").

    A sentence of running text has a verb or a noun in lower case; a headline in title case capitalises its verbs
    like its names, and the recogniser may read "Hawks Beat Owls" as a person's name. A line of names alone
    ("Ana Roe") is one too: nothing in it says a name is a person's.
    """
    # Word by word, stopping at the first in lower case: running text has one within its first words.
    match = _LETTERS.search(text)
    if match is None:
        return False
    while match is not None:
        word = match.group()
        if not word[0].isupper() and word not in _MINOR:
            return False
        match = _LETTERS.search(text, match.end())
    return True
