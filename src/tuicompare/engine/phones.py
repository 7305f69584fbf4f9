"""Telephone numbers, which are no value of a story: "call 0845 125 2222", "on 555-123-4567".

The recogniser tags a telephone number as a date or cuts it into counts ("0845", "125", "222"), which
then match or conflict with the figures of another outlet. A number to dial states nothing a reader
compares; ``phone_numbers`` finds them in a sentence's text so that no slot is read there.
"""

from __future__ import annotations

import re

from tuicompare.models import Sentence

__all__ = ["phone_numbers"]

#: A trunk prefix "0" and groups of digits apart by a space or dash ("0845 125 2222", "0800 555111"), or a
#: North American number of three, three and four digits ("(555) 123-4567", "1-800-555-1234").
_PHONE = re.compile(
    r"(?<![\w.,$£€¥-])(?:0\d{2,4}(?:[ -]\d{3,8}){1,2}|(?:1[ -])?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4})(?![\w,.]?\d)"
)
#: How many digits a telephone number has, its prefixes included.
_DIGITS = range(9, 13)
#: The cheap test each sentence is asked first: a digit, a space or dash or dot, three digits.
_HINT = re.compile(r"\d[ .-]\(?\d{3}")


def phone_numbers(sentence: Sentence) -> list[tuple[int, int]]:
    """The (start, end) article offsets of the telephone numbers in the sentence."""
    text = sentence.text
    if _HINT.search(text) is None:
        return []
    return [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in _PHONE.finditer(text)
        if sum(c.isdigit() for c in m.group()) in _DIGITS
    ]
