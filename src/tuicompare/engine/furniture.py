"""News furniture: the parts of an article that are not its report.

Bylines ("By Jane Doe"), datelines ("WASHINGTON —"), timestamps ("Updated:
November 11, 2011 20: 09 IST", "Published 3:45 p.m. ET") and update labels ("UPDATE:"), photo credits
("(Photo: Reuters)", "Getty Images"), related-link and sharing lines ("Read
more: ...", "RELATED: ...", "Click here ...") and bare URLs carry no fact of
the story: they take part in no claim and no conflict, and the app shows them
dimmed. ``furniture`` finds them in a sentence: either the whole sentence, or
ranges inside it (a dateline before the lead, a credit in parentheses), whose
slots the engine ignores.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tuicompare.models import Sentence, Token

_MONTH = (
    r"(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|"
    r"october|oct|november|nov|december|dec)\b\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b\.?"
_ZONE = r"(?:[ecmp][sd]?t|gmt|utc|bst|cet|cest|ist|jst|aest|hkt|sgt|pkt|msk|uk|z)"
#: One word of a timestamp: a number, a clock time, a month, a weekday, a zone, am/pm, glue.
_STAMP_WORD = re.compile(
    rf"(?ix)^(?:\(?\d+(?:st|nd|rd|th)?[,.:)\]]?|\d+\s*:\s*\d+(?:am|pm)?[,.]?|\d+(?:am|pm)|{_MONTH},?|{_WEEKDAY},?|"
    rf"\(?{_ZONE}\)?,?|a\.?m\.?|p\.?m\.?|am|pm|at|on|and|\||/|-|—|–|:|,|@|\(?gmt[+-]?\d*:?\)?|\(|\))$"
)
_LEADS = (
    r"(?:last\s+updated|last\s+modified|last\s+edited|first\s+published|first\s+posted|updated|published|posted|"
    r"modified|edited|created|date\s+posted|originally\s+published|released?(?=\s*:)|\[?(?:downloaded|retrieved|"
    r"accessed)(?=\s+on\b))(?:\s+(?:on|at|time|date))?"
)
_STAMP_LEAD = re.compile(rf"(?i)\s*{_LEADS}\s*:?\s*")
_UNITS = r"(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)"
#: A relative age after a lead: "Posted 1 year, 160 days ago", "Updated 3 hours ago".
_AGO = re.compile(rf"(?i)\d+\s+{_UNITS}(?:,?\s+(?:and\s+)?\d+\s+{_UNITS})*\s+ago\b[,.]?\s*")
#: The same words anywhere in a line: "9 June 2013 Last updated at 14:39 GMT", "Sep 10 | Updated 9:28 AM".
_INNER_LEAD = re.compile(rf"(?i)\b{_LEADS}\b\s*:?")
#: A blog's update label on a line of its own ("UPDATE:", "Update 2:", "UPDATED (3:15 p.m.):"): it heads the
#: added paragraph and states nothing itself.
_UPDATE_LABEL = re.compile(r"(?i)^\s*update[ds]?(?:\s*\d+)?(?:\s*\([^)]{0,40}\))?\s*(?::|[—–―-]+)\s*$")
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
    r"(?:https?\s*:|www\s*\.)|"
    # A pointer to what the page embeds or links: "Read the full statement via the council:", "Details here."
    r"(?:read|watch|see|view|listen to)\s[^.!?:,;]{0,60}:\s*$|"
    r"(?:(?:more |full )?details|(?:read|watch|see|view|listen to)(?:\s+[\w'\u2019]+){0,3})"
    r"\s+(?:here|below)\s*[.!:]?\s*$|"
    r"follow [\w .'\u2019]{0,40}@\w+\s*[.!]?\s*$)"
)
_NAME_RUN = r"[A-Z][\w.&'\u2019-]*(?:(?:\s|/|\s/\s|,\s)[A-Z][\w.&'\u2019-]*){0,5}"
_CREDIT_WORD = r"Photo(?:graph)?s?|Images?|Pictures?|Credits?|Illustration"
#: Names, slashes and "for"/"via" to the end of the sentence: "Jane Roe/Reuters", "Jane Roe for The Daily".
_CREDIT_TAIL = r"[A-Z][\w.&'\u2019-]*(?:(?:\s*/\s*|\s+|,\s+|\s+(?:for|via|and|&)\s+)[A-Z][\w.&'\u2019-]*){0,7}\)?\s*$"
_CREDIT = re.compile(
    rf"\(?\b(?i:photo|photograph|image|picture|video|credit|illustration)s?(?i:\s+credit)?\s*[:/]\s*{_NAME_RUN}\)?|"
    rf"\(?\b(?:AP|AFP|Reuters|EPA|Getty|Bloomberg)\s+(?i:photo|images?)\b(?:\s*/\s*{_NAME_RUN})?\)?|"
    r"\bGetty\s+Images\b(?:\s+for\s+[A-Z]\w+)?|\b(?i:image\s+(?:copyright|caption))\b|"
    # The credit word glued to the name, as pages flattened to text leave it ("CreditJane Roe/Reuters"),
    # or a credit line of names and an agency after a slash ("Photo Jane Roe/AP") or after "by": to the
    # end of the sentence.
    rf"(?<![A-Za-z])(?:{_CREDIT_WORD})(?:\s+[Cc]redit)?(?=[A-Z][a-z]){_CREDIT_TAIL}|"
    rf"^\s*\(?(?:{_CREDIT_WORD})(?:(?:\s+[Cc]redit)?\s+(?=[^/]+/)|\s+by\s+){_CREDIT_TAIL}"
)
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'\u2019]+(?:[ -][A-Z][A-Z.'\u2019]+){0,3}"  # WASHINGTON, NEW YORK, ST. LOUIS
    r"(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})?"  # , Pa. / , Puerto Rico
    r"\s*(?:\(\s*[\w .&-]{1,30}\s*\))?\s*(?:[—–―‒]|--?|:)(?:\s+|$)"  # (Reuters) —
    r"|\(\s*(?:CNN|AP|Reuters|AFP|UPI|PTI|IANS|ANI|dpa|Xinhua)\s*\)\s*(?:[—–―‒]|--?|:)?\s+)"
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


#: A news agency in brackets closing a dateline line: "(CNA)", "(Sports Network)".
_AGENCY_TAIL = re.compile(r"(?:\(\s*[A-Z][\w .&'-]{0,30}\))?\s*(?:[—–―‒]|--?)?\s*$")
#: Entity labels of places, whose names open a place-and-date line.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_DATED = re.compile(rf"(?i)\b{_MONTH}|\d\s*[:/-]\s*\d")
#: A time zone (not "UK", also a country). A clock time alone ("30am") may be the tail of a sentence's time.
_ZONED = re.compile(r"(?i)(?<![\w.])\(?(?:[ecmp][sd]?t|gmt|utc|bst|cet|cest|ist|jst|aest|hkt|sgt|pkt|msk)\b")
#: A line of a zone alone is a stamp's tail only this near the top ("30 BST" lower down may end a time
#: of the story that the source broke in two: "at 10. 30 BST").
_ZONE_LINES = 6
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: Datelines stand at the top of an article: later capitals before a dash are text.
_DATELINE_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class Furniture:
    """What of a sentence is furniture.

    Attributes:
        whole: The whole sentence is furniture: it aligns with nothing and states nothing.
        ranges: Character ranges (article offsets) of furniture inside the sentence;
            the whole sentence's range when ``whole``.
        kind: ``byline``, ``dateline``, ``timestamp``, ``age`` (a relative "Posted 2 days ago"),
            ``credit``, ``link`` or ``update`` (a bare "UPDATE:" label; the first one found), or "" for none.
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
    kind = _whole_kind(text, low, stamp, sentence.index < _ZONE_LINES)
    if kind:
        return Furniture(True, whole, kind)
    if ("posted" in low or "published" in low or "filed" in low) and _posting_line(sentence):
        return Furniture(True, whole, "timestamp")
    ranges: list[tuple[int, int]] = []
    kinds: list[str] = []
    if sentence.index < _DATELINE_SENTENCES and _place_stamp(sentence):
        return Furniture(True, whole, "timestamp")
    if sentence.index < _DATELINE_SENTENCES:
        end = _dateline_end(sentence)
        if end:
            ranges.append((0, end))
            kinds.append("dateline")
    if stamp:
        ranges.append((0, stamp))
        kinds.append(_stamp_kind(text, stamp))
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
    if kinds[-1] == "credit" and ranges[-1][1] >= len(text.rstrip()) and _verbless(sentence, ranges):
        # A caption with its credit glued on ("The mayor at the pier in May.CreditJane Roe/AP"): the caption
        # states no event of the story (no verb), and its date is the picture's, not the story's.
        return Furniture(True, whole, "credit")
    merged = tuple((sentence.start + a, sentence.start + b) for a, b in sorted(ranges))
    return Furniture(False, merged, kinds[0])


def furniture_of(sentences: Sequence[Sentence]) -> list[Furniture]:
    """The news furniture of an article's sentences in order (``furniture`` of each, with captions).

    A sentence without a verb right before a photo credit line is the photo's caption ("Senator Jane Roe
    at the Capitol in May." then "Credit Jane Roe/Reuters"): furniture too, as its date and place are the
    picture's.
    """
    found = [furniture(s) for s in sentences]
    for i in range(len(found) - 1):
        after = found[i + 1]
        if after.whole and after.kind == "credit" and not found[i].whole and _verbless(sentences[i], []):
            s = sentences[i]
            found[i] = Furniture(True, ((s.start, s.end),), "credit")
    return found


def _verbless(sentence: Sentence, skip: list[tuple[int, int]]) -> bool:
    """True when no token of the sentence outside ``skip`` (ranges in sentence offsets) is a verb."""
    tokens = [t for t in sentence.tokens if not any(a <= t.start - sentence.start < b for a, b in skip)]
    return bool(tokens) and not any(t.pos in ("VERB", "AUX") for t in tokens)


#: The participles of a blog's posting line ("posted in Hit and Run Accidents on Friday, May 3, 2013").
_POSTING = frozenset({"posted", "published", "filed"})
#: Dependents that give a verb a subject or make it a clause of the story ("the video was posted").
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})


def _posting_line(sentence: Sentence) -> bool:
    """True for a blog's posting line: "On behalf of Roe & Poe, LLP. posted in Car Accidents on Friday, May 3".

    Its date is the day the page went up, not a fact of the story (a different-facts false red of the
    audits: two law firms' blogs posted on two days). Read from the parse: the root is the bare
    participle "posted", "published" or "filed", with no subject and no auxiliary ("The video was posted
    on Friday" and "Police posted the notice on Friday" are the story's), and a date hangs from it.
    """
    tokens = sentence.tokens
    text = sentence.text
    for k, t in enumerate(tokens):
        word = text[t.start - sentence.start : t.end - sentence.start].lower()
        if t.head != k or t.pos != "VERB" or word not in _POSTING:
            continue
        if any(d.head == k and d.dep in _SUBJECTS for d in tokens):
            return False
        return any(e.label == "DATE" and _hangs_from(tokens, e.start, k) for e in sentence.entities)
    return False


def _hangs_from(tokens: Sequence[Token], start: int, verb: int) -> bool:
    """True when the token starting at ``start`` (article offset) lies below ``verb`` within a few hops."""
    node = next((k for k, t in enumerate(tokens) if t.start == start), -1)
    for _hop in range(4):
        if node < 0 or node == verb:
            return node == verb
        head = tokens[node].head
        node = head if head != node else -1
    return node == verb


def _dateline_end(sentence: Sentence) -> int:
    """End of the upper-case dateline ("WASHINGTON —") opening a sentence, or 0.

    A title-case one ("New York – ...") is left as text: cutting its place from the lead (a place the
    other outlets name in their own words) set off a place difference on BASIL tune 7f9c83f7
    ("Manhattan | New York": one real and seven planted-run possible differences, session 10).
    """
    dateline = _DATELINE.match(sentence.text)
    return dateline.end() if dateline else 0


def _place_stamp(sentence: Sentence) -> bool:
    """True for a dateline and timestamp line: places, then a date and time ("Oslo, Norway, June 3, 2014 /
    09: 00 am (NTB)")."""
    text, end = sentence.text, 0
    for e in sorted(sentence.entities, key=lambda e: e.start):
        a, b = e.start - sentence.start, e.end - sentence.start
        if e.label not in _PLACE_LABELS or text[end:a].strip(" ,"):
            break
        end = b
    if not end:
        return False
    rest = _AGENCY_TAIL.sub("", text[end:]).strip(" ,")
    return bool(rest) and _is_stamp(rest, zoned=True)


def _whole_kind(text: str, low: str, stamp: int, top: bool) -> str:
    """The kind of a sentence that is furniture from end to end, or "".

    Args:
        text: The sentence.
        low: It lower-cased.
        stamp: The end of its timestamp lead (``_timestamp_prefix``), or 0.
        top: It is among the first lines, where a zone alone ("GMT") is the tail of a broken stamp.
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
    if _UPDATE_LABEL.match(text):
        return "update"
    if _is_stamp(text, zoned=top):
        return "timestamp"
    if stamp and _words(text[stamp:]) < 3:
        return _stamp_kind(text, stamp)
    return ""


def _stamp_kind(text: str, stamp: int) -> str:
    """``age`` for a lead with a relative age ("Posted 1 year, 160 days ago"), else ``timestamp``.

    An age dates nothing by itself (a download note after it is not the publication), so it never
    gives the article its publication date nor joins the outlets' publication row.
    """
    return "age" if _AGO.search(text, 0, stamp) else "timestamp"


def _timestamp_prefix(text: str) -> int:
    """End of an "Updated: ..."/"Published ..." lead and the date and time after it, or 0."""
    end = 0
    while lead := _STAMP_LEAD.match(text, end):
        start = stop = lead.end()
        if ago := _AGO.match(text, start):
            start = stop = ago.end()
        for word in re.finditer(r"\S+", text[start:]):
            if not _STAMP_WORD.match(word.group()):
                break
            stop = start + word.end()
        # A date, a clock time, a year or an age: "Posted 3 hours after the attack" is the story's.
        if stop == lead.end() or not (ago or _DATED.search(text, start, stop) or _YEAR.search(text, start, stop)):
            break
        end = stop
    return end


def _is_stamp(text: str, *, zoned: bool = False) -> bool:
    """True for a line made only of a date and time ("APR 28", "4 October 2013, 18: 07 (GMT+05: 00)")."""
    head = text.split(None, 1)
    if not head or not _STAMP_WORD.match(head[0]):
        return False  # most sentences: the first word already says no (without splitting them all)
    words = _INNER_LEAD.sub(" ", text).split()
    if not all(_STAMP_WORD.match(w) for w in words):
        return False
    # A month, a clock time, an all-digit date, or (``zoned``, near the top) a time zone ("55PM EDT",
    # the tail of a stamp the source broke in two): a bare number ("300") is no timestamp.
    return _DATED.search(text) is not None or (zoned and _ZONED.search(text) is not None)


def _uncovered(text: str, ranges: list[tuple[int, int]]) -> str:
    keep = [True] * len(text)
    for a, b in ranges:
        for i in range(a, min(b, len(text))):
            keep[i] = False
    return "".join(c if k else " " for c, k in zip(text, keep, strict=True)).strip()


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]{2,}", text))
