"""News furniture: the parts of an article that are not its report.

Bylines ("By Jane Doe"), datelines ("WASHINGTON —"), timestamps ("Updated:
November 11, 2011 20: 09 IST", "Published 3:45 p.m. ET"), photo credits
("(Photo: Reuters)", "Getty Images"), related-link and sharing lines ("Read
more: ...", "RELATED: ...", "Click here ...") and bare URLs carry no fact of
the story: they take part in no claim and no conflict, and the app shows them
dimmed. ``furniture`` finds them in a sentence: either the whole sentence, or
ranges inside it (a dateline before the lead, a credit in parentheses), whose
slots the engine ignores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tuicompare.models import Sentence

_MONTH = (
    r"(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|"
    r"october|oct|november|nov|december|dec)\b\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b\.?"
_ZONE = r"(?:[ecmp][sd]?t|gmt|utc|bst|cet|cest|ist|jst|aest|hkt|sgt|pkt|msk|uk|z)"
#: One word of a timestamp: a number, a clock time, a month, a weekday, a zone, am/pm, glue.
_STAMP_WORD = re.compile(
    rf"(?ix)^(?:\(?\d+(?:st|nd|rd|th)?[,.:)]?|\d+\s*:\s*\d+(?:am|pm)?[,.]?|\d+(?:am|pm)|{_MONTH},?|{_WEEKDAY},?|"
    rf"\(?{_ZONE}\)?,?|a\.?m\.?|p\.?m\.?|am|pm|at|on|and|\||/|-|—|–|:|,|\(?gmt[+-]?\d*:?\)?|\(|\))$"
)
_LEADS = (
    r"(?:last\s+updated|last\s+modified|first\s+published|first\s+posted|updated|published|posted|modified|"
    r"created|date\s+posted|originally\s+published|released?(?=\s*:))(?:\s+(?:on|at|time|date))?"
)
_STAMP_LEAD = re.compile(rf"(?i)\s*{_LEADS}\s*:?\s*")
#: The same words anywhere in a line: "9 June 2013 Last updated at 14:39 GMT", "Sep 10 | Updated 9:28 AM".
_INNER_LEAD = re.compile(rf"(?i)\b{_LEADS}\b\s*:?")
_BYLINE = re.compile(
    r"^\s*(?:By|BY|Written by|Story by|Words by|Reporting by|Additional reporting by|Editing by|Edited by)\s+"
)
_BYLINE_WORD = re.compile(r"^(?:[A-Z][\w.'\u2019-]*,?|and|&|of|the|for|in|at|de|van|von|da|al|bin|\||;|—|–|-)$")
_CONTRIBUTED = re.compile(
    r"(?i)\b(?:contributed (?:to )?(?:this|the) (?:report|story|article)|"
    r"(?:reported|wrote) (?:this|the) (?:report|story)|is a (?:staff )?(?:writer|reporter|correspondent) (?:for|at))\b"
)
_LINK_LEAD = re.compile(
    r"(?i)^\s*(?:\(?(?:read more|read also|also read|see also|"
    r"related(?: coverage| articles?| stories| links| content)?|more|watch|video|listen|photos?|gallery|"
    r"trending|recommended|don'?t miss|most read|latest)\s*[:|>—–-]+|"
    r"click here\b|sign up\b|subscribe\b|follow (?:us|\w+(?: \w+)?) on (?:twitter|facebook|instagram)|"
    r"like us on facebook|share (?:this|on)\b|advertisement\s*$|continue reading\b|"
    r"read (?:the )?full (?:story|article)|"
    r"this (?:story|article) (?:has been|was) updated|get the latest\b|watch the (?:full )?video\b|"
    r"(?:https?\s*:|www\s*\.))"
)
_NAME_RUN = r"[A-Z][\w.&'\u2019-]*(?:(?:\s|/|\s/\s|,\s)[A-Z][\w.&'\u2019-]*){0,5}"
_CREDIT = re.compile(
    rf"\(?\b(?i:photo|photograph|image|picture|video|credit|illustration)s?(?i:\s+credit)?\s*[:/]\s*{_NAME_RUN}\)?|"
    rf"\(?\b(?:AP|AFP|Reuters|EPA|Getty|Bloomberg)\s+(?i:photo|images?)\b(?:\s*/\s*{_NAME_RUN})?\)?|"
    r"\bGetty\s+Images\b(?:\s+for\s+[A-Z]\w+)?|\b(?i:image\s+(?:copyright|caption))\b"
)
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'\u2019]+(?:[ -][A-Z][A-Z.'\u2019]+){0,3}"  # WASHINGTON, NEW YORK, ST. LOUIS
    r"(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})?"  # , Pa. / , Puerto Rico
    r"\s*(?:\(\s*[\w .&-]{1,30}\s*\))?\s*(?:[—–]|--?|:)(?:\s+|$)"  # (Reuters) —
    r"|\(\s*(?:CNN|AP|Reuters|AFP|UPI|PTI|IANS|ANI|dpa|Xinhua)\s*\)\s*(?:[—–]|--?|:)?\s+)"
)


def _credit_word(low: str) -> bool:
    """True when the lower-cased sentence holds a word without which no photo credit is looked for.

    The credit pattern is slow to search; the words are spelled out (not any() over a
    generator) because this is asked of every sentence.
    """
    return (
        "photo" in low
        or "image" in low
        or "picture" in low
        or "video" in low
        or "credit" in low
        or "illustration" in low
        or "getty" in low
    )


_DATED = re.compile(rf"(?i)\b{_MONTH}|\d\s*[:/-]\s*\d")
#: Datelines stand at the top of an article: later capitals before a dash are text.
_DATELINE_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class Furniture:
    """What of a sentence is furniture.

    Attributes:
        whole: The whole sentence is furniture: it aligns with nothing and states nothing.
        ranges: Character ranges (article offsets) of furniture inside the sentence;
            the whole sentence's range when ``whole``.
        kind: ``byline``, ``dateline``, ``timestamp``, ``credit`` or ``link``
            (the first one found), or "" for none.
    """

    whole: bool = False
    ranges: tuple[tuple[int, int], ...] = ()
    kind: str = ""


NONE = Furniture()


def furniture(sentence: Sentence) -> Furniture:
    """Find the news furniture in one sentence (see the module docstring)."""
    text = sentence.text
    if not text.strip():
        return NONE
    whole = ((sentence.start, sentence.end),)
    # Read once for both tests: the whole-sentence kinds and the furniture inside a sentence.
    low, stamp = text.lower(), _timestamp_prefix(text)
    kind = _whole_kind(text, low, stamp)
    if kind:
        return Furniture(True, whole, kind)
    ranges: list[tuple[int, int]] = []
    kinds: list[str] = []
    if sentence.index < _DATELINE_SENTENCES:
        dateline = _DATELINE.match(text)
        if dateline:
            ranges.append((0, dateline.end()))
            kinds.append("dateline")
    if stamp:
        ranges.append((0, stamp))
        kinds.append("timestamp")
    credits = _CREDIT.finditer(text) if _credit_word(low) else ()
    for credit in credits:
        ranges.append((credit.start(), credit.end()))
        kinds.append("credit")
    if not ranges:
        return NONE
    rest = _uncovered(text, ranges)
    short = _words(rest) < (1 if kinds == ["dateline"] else 3)
    if short or _LINK_LEAD.match(rest) or _is_stamp(rest):
        return Furniture(True, whole, kinds[0])
    merged = tuple((sentence.start + a, sentence.start + b) for a, b in sorted(ranges))
    return Furniture(False, merged, kinds[0])


def _whole_kind(text: str, low: str, stamp: int) -> str:
    """The kind of a sentence that is furniture from end to end, or "".

    Args:
        text: The sentence.
        low: It lower-cased.
        stamp: The end of its timestamp lead (``_timestamp_prefix``), or 0.
    """
    if _BYLINE.match(text):
        rest = _BYLINE.sub("", text, count=1).split()
        named = any(w[:1].isupper() and w[1:2].isalpha() and not _STAMP_WORD.match(w) for w in rest)
        if named and len(rest) <= 24 and all(_BYLINE_WORD.match(w) or _STAMP_WORD.match(w) for w in rest):
            return "byline"
    # Spelled out, not any() over a generator: asked of every sentence.
    hint = "contributed" in low or "reported this" in low or "wrote this" in low or "is a " in low
    if hint and _CONTRIBUTED.search(text) and _words(text) <= 20:
        return "byline"
    if _LINK_LEAD.match(text):
        return "link"
    if _is_stamp(text):
        return "timestamp"
    if stamp and _words(text[stamp:]) < 3:
        return "timestamp"
    return ""


def _timestamp_prefix(text: str) -> int:
    """End of an "Updated: ..."/"Published ..." lead and the date and time after it, or 0."""
    end = 0
    while lead := _STAMP_LEAD.match(text, end):
        stop = lead.end()
        for word in re.finditer(r"\S+", text[lead.end() :]):
            if not _STAMP_WORD.match(word.group()):
                break
            stop = lead.end() + word.end()
        if stop == lead.end():
            break
        end = stop
    return end


def _is_stamp(text: str) -> bool:
    """True for a line made only of a date and time ("APR 28", "4 October 2013, 18: 07 (GMT+05: 00)")."""
    head = text.split(None, 1)
    if not head or not _STAMP_WORD.match(head[0]):
        return False  # most sentences: the first word already says no (without splitting them all)
    words = _INNER_LEAD.sub(" ", text).split()
    if not all(_STAMP_WORD.match(w) for w in words):
        return False
    # A month, a clock time or an all-digit date: a bare number ("300") is no timestamp.
    return _DATED.search(text) is not None


def _uncovered(text: str, ranges: list[tuple[int, int]]) -> str:
    keep = [True] * len(text)
    for a, b in ranges:
        for i in range(a, min(b, len(text))):
            keep[i] = False
    return "".join(c if k else " " for c, k in zip(text, keep, strict=True)).strip()


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]{2,}", text))
