"""A place, a body or a people that holds another: no red difference (issue 10).

Three outlets of one fire write "in Ashcombe, Kestrelshire", "in Kestrelshire" and "in Ashcombe High Street": three
answers to one question, each within the one before. The gazetteer (``gazetteer``) knows a town of
15,000 people and its country, not an English county nor a high street, and calls a county that shares
its name with a Canadian city a city apart. The story itself says more: an article that writes "A, B",
"A in B", "A at B" or "B's A" of two names says B holds A, and a road named as a town's high street lies
in that town. A difference of two places one of which the story shows holding the other (through any
chain of such statements, in any article), or shows within a place the gazetteer puts in the other ("South
Hollywood" and "Los Angeles": a part of a great city's quarter), is no difference (``story_holds``,
``held_in_story``).

A people's adjective against a country's is the same question again: "a Bavarian police raid" and
"German police" name a region's people and its country's. When one adjective is a country's ("German":
Germany, ``attrnation.country_of_adjective``) and the other names no country, the other may be a region's,
a town's, an ethnic group's or a faith's, so the difference is at most possible; when the gazetteer reads
the other's stem as a place the country holds ("Texan": Texas, "American"), there is none
(``peoples_held``).

Two kinds of name are no place at all, whatever cue made the slot a place: a name written with letters
and figures run together ("IE6", "iOS7": a product's model; a firm's works named by it, "Acme Plant"
against "Acme Foods", are one place by ``placekinds.site_of``, read before), and a name the recogniser tags as
a person where it stands by a full name, with no word there saying it is a place and no place of that
name in the gazetteer ("over Billy Marsh" against "over Germany's Hans Keller"). Their place differences go. And
two bodies named as brands of two kinds of goods ("Nescafe coffee", "Kitkat bars": one site makes many,
under brands one maker may own) are at most a possible difference (``brands_of_other_goods``).

False reds and possibles of the ECB+ audits (``bench_audit.py``: classes place-containment, not-a-place,
organisation-containment).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from tuicompare.engine.attrnation import country_of_adjective
from tuicompare.engine.attrsame import country_names
from tuicompare.engine.features import Span
from tuicompare.engine.gazetteer import holds, readings, relation
from tuicompare.engine.observations import Observation, just_under
from tuicompare.engine.placekinds import part_of
from tuicompare.engine.rolenouns import demonym
from tuicompare.engine.slot import name_key
from tuicompare.models import Sentence

#: A name as a run of capitalised words, with "of" or "the" inside ("Isle of Wight") and initials ("W.").
_NAME = r"[A-Z][\w'.\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'.\u2019-]*)*"
#: What may follow the holding name of "A, B" when the two are not items of a list ("Austin, Texas on
#: May 2", "Ashcombe, Kestrelshire, before 9", "Ashcombe, Kestrelshire."): a stop, or a word that opens no further item.
_AFTER_HOLDER = (
    r"(?=\s*(?:$|[.;:!?)\"'\u201d]|,\s+[a-z0-9]|\s+(?:on|in|at|near|before|after|when|where|while|as|for|"
    r"last|early|late|this|yesterday|today|tonight|was|were|is|are|has|had|have|said|says)\b))"
)
#: "A, B" or "A, B, C" (not "D, A, B" nor "A, B and C": a list): B holds A, C holds B. The checks for the list
#: stand after the name's first capital ("A" of ", A" and "and A" in them), not before it: a pattern that opens
#: with a capital is searched for from capital to capital, one that opens with a check is tried at every character.
_LISTED = re.compile(
    rf"(?P<small>[A-Z](?<!,\s[A-Z])(?<!\band\s[A-Z]){_NAME.removeprefix('[A-Z]')}),\s+(?P<large>{_NAME})"
    rf"(?:,\s+(?P<third>{_NAME}))?{_AFTER_HOLDER}"
)
#: "A in B", "A at B", "the Acme store at 200 Elm Street": B holds A, or A lies at B; unless the gazetteer
#: knows them for two places apart ("beat Denver in Dallas", "Dallas at Denver": a game's two teams). The
#: holder is read in a lookahead, so "A in B in C" yields both holdings.
_WITHIN = re.compile(rf"(?P<small>{_NAME})\s+(?:in|at)\s+(?=(?:the\s+)?(?:\d+\s+)?(?P<large>{_NAME}))")
#: Marks a holder read from "A in B" or "A at B" (``_WITHIN``), checked against the gazetteer when asked.
_AT_MARK = "@"
#: "B's A": "Sudan's Nuba Mountains".
_OWNED = re.compile(rf"(?P<large>{_NAME})['\u2019]s\s+(?P<small>{_NAME})")
#: The road a town names as its own main street ("Ashcombe High Street"): it lies in the town.
_MAIN_STREETS = (("high", "street"), ("main", "street"))


def _key(text: str) -> str:
    return name_key(text.replace(".", "")) or ""


def story_holds(texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each name's key to the keys of the names the story's texts say hold it ("ashcombe": {"kestrelshire"}).

    Read from the words alone ("A, B", "A in B", "A at B", "B's A" of two capitalised names), since the
    recogniser often misses a county or calls it a person ("Kestrelshire"): only a difference of two places is
    ever asked about, so a person's name caught in such a phrase does no harm.
    """
    parents: dict[str, set[str]] = {}
    for text in texts:
        for small, large in _text_holds(text):
            parents.setdefault(small, set()).add(large)
    return {k: frozenset(v) for k, v in parents.items()}


def _text_holds(text: str) -> tuple[tuple[str, str], ...]:
    """What one text says holds what: (key of the held name, key of its holder, marked ``_AT_MARK`` when read
    from "A in B" or "A at B"), in the order read.

    Kept by the text itself (``_HOLDS``): the three searches cost some 600 instructions a character (11 M of a
    comparison of the seeds, made again and again), and a story compared again joins the same words again.
    """
    found = _HOLDS.get(text)
    if found is not None:
        return found
    out: list[tuple[str, str]] = []

    def add(small: str | None, large: str | None, mark: str = "") -> None:
        ks, kl = _key(small or ""), _key(large or "")
        if ks and kl and ks != kl:
            out.append((ks, mark + kl))

    for m in _LISTED.finditer(text):
        add(m.group("small"), m.group("large"))
        add(m.group("large"), m.group("third"))
    for m in _OWNED.finditer(text):
        add(m.group("small"), m.group("large"))
    for m in _WITHIN.finditer(text):
        add(m.group("small"), m.group("large"), _AT_MARK)
    if len(_HOLDS) >= KEPT_TEXTS:
        _HOLDS.clear()  # as ``wording`` does: simpler than an order of use, and as rare as a corpus change
    found = _HOLDS[text] = tuple(out)
    return found


#: Texts whose holdings are kept at most (an article's text is some 4 KB: about 2 MB kept).
KEPT_TEXTS = 512
_HOLDS: dict[str, tuple[tuple[str, str], ...]] = {}


def forget() -> None:
    """Let go every kept reading (``engine_instructions.py --cold`` counts comparisons as a process's first)."""
    _HOLDS.clear()


def _own_parents(key: str) -> set[str]:
    """The places a name's own words say hold it: a town's high street its town, a compass part its place."""
    words = key.split()
    out = set()
    for tail in _MAIN_STREETS:
        if len(words) > len(tail) and tuple(words[-len(tail) :]) == tail:
            out.add(" ".join(words[: -len(tail)]))  # "ashcombe high street" lies in "ashcombe"
    if len(words) > 1 and part_of(key, " ".join(words[1:])):
        out.add(" ".join(words[1:]))  # "south ashcombe" is a part of "ashcombe"
    return out


def _holders(key: str, parents: Mapping[str, frozenset[str]]) -> set[str]:
    """Every name the story or the name's own words say holds ``key``, through any chain."""
    seen: set[str] = set()
    todo = [key]
    while todo:
        k = todo.pop()
        for parent in parents.get(k, frozenset()) | _own_parents(k):
            if parent.startswith(_AT_MARK):
                parent = parent[len(_AT_MARK) :]
                if relation(k, parent) == "apart":
                    continue  # "beat Denver in Dallas": two towns, the gazetteer says, not one in the other
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def held_in_story(a: str, b: str, parents: Mapping[str, frozenset[str]]) -> bool:
    """True when the story (``story_holds``) or a name's own words say one of two places holds the other, or
    that one lies in a place the gazetteer puts in the other ("South Ashcombe" in "Ashcombe", a quarter of
    a great city the other names: ``gazetteer.holds``)."""
    ka, kb = _key(a), _key(b)
    if not ka or not kb or ka == kb:
        return False
    above_a, above_b = _holders(ka, parents), _holders(kb, parents)
    if kb in above_a or ka in above_b:
        return True
    # one way only: a place both lie in ("Texas" of "South Texas" and "Dallas") says nothing
    return any(holds(kb, k) for k in above_a) or any(holds(ka, k) for k in above_b)


#: Letters and figures run together ("IE6", "iOS7", "PS3"): a product's model. One letter and figures
#: ("M25", "A1") may be a road, and an ordinal ("117th") a street's number: neither is read so.
_CODED = re.compile(r"(?<![\w-])(?:[A-Za-z]{2,}\d+[A-Za-z]*|\d+[A-Za-z]{2,})(?![\w-])")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)s?", re.IGNORECASE)


def coded(text: str) -> bool:
    """True when a name holds a word of letters and figures run together ("IE6"), no place's name."""
    return any(not _ORDINAL.fullmatch(m.group()) for m in _CODED.finditer(text))


#: Endings of a people's adjective, longest first, and the endings of the place's name they replace
#: ("Texan": Texas, "Californian": California, "Bavarian": Bavaria, "Chicagoan": Chicago).
_ADJECTIVE_ENDS = ("ian", "an", "ese", "ite", "er", "i")
_PLACE_ENDS = ("", "a", "as", "y", "o", "ia", "e")


def _place_of_adjective(word: str) -> list[str]:
    """The names a people's adjective may be formed from ("texan": "tex", "texa", "texas", ...)."""
    lower = word.lower()
    stems = {lower[: -len(end)] for end in _ADJECTIVE_ENDS if lower.endswith(end) and len(lower) - len(end) >= 3}
    return [stem + end for stem in sorted(stems) for end in _PLACE_ENDS]


#: Country adjectives that share too few letters with the country's name to be read from it ("French":
#: France; ``attrnation.country_of_adjective`` reads the regular ones), and the nations within a state by it.
_IRREGULAR = {
    "american": "US",
    "british": "GB",
    "english": "GB",
    "scottish": "GB",
    "scots": "GB",
    "welsh": "GB",
    "irish": "IE",
    "french": "FR",
    "dutch": "NL",
    "swiss": "CH",
    "spanish": "ES",
    "danish": "DK",
    "swedish": "SE",
    "finnish": "FI",
    "polish": "PL",
    "filipino": "PH",
    "thai": "TH",
    "burmese": "MM",
}


def _country(word: str) -> str | None:
    """The code of the country a people's adjective is formed from ("Italian": IT, "French": FR), or None."""
    if (code := _IRREGULAR.get(word.lower())) is not None:
        return code
    name = country_of_adjective(word)
    return country_names().get(name) if name else None


def peoples_held(x: str, y: str) -> str | None:
    """How two peoples' adjectives relate when one is a country's: "held", "unsure" or None.

    "held": the other's stem is a place the gazetteer puts in that country ("Texan", "American"), or both
    are one country's ("Scottish", "British");
    "unsure": the other names no country (a region's, a town's, an ethnic group's people: "Bavarian",
    "German"); None when neither or both are countries' (both: two countries, a true difference).
    """
    if not all(" " not in w and w[:1].isupper() and demonym(w) for w in (x, y)):
        return None
    cx, cy = _country(x), _country(y)
    if cx is not None and cx == cy:
        return "held"  # "Scottish", "British": a nation within its state, or one country's two adjectives
    if (cx is None) == (cy is None):
        return None
    code, other = (cx, y) if cx else (cy, x)
    for name in _place_of_adjective(other):
        if any(p.country == code and p.level in ("state", "city") for p in readings(name)):
            return "held"
    return "unsure"


def _peoples(x: Span, y: Span) -> str | None:
    """``peoples_held`` of two names the recogniser tags as peoples (NORP) where they stand."""
    return peoples_held(x.text, y.text) if "NORP" in (x.label, y.label) else None


#: How a name modifies the noun after it ("Nescafe coffee").
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def _goods(span: Span, sentences: Mapping[str, Sentence]) -> str | None:
    """The lemma of the common noun a name modifies as the brand of a kind of goods ("Nescafe coffee"), or None."""
    sentence = sentences.get(span.sentence)
    if sentence is None:
        return None
    inside = [i for i, t in enumerate(sentence.tokens) if span.start <= t.start and t.end <= span.end]
    if not inside:
        return None
    last = sentence.tokens[inside[-1]]
    head = last.head
    if last.dep not in _MODIFIER_DEPS or head in inside or not 0 <= head < len(sentence.tokens):
        return None
    noun = sentence.tokens[head]
    return noun.lemma.lower() if noun.pos == "NOUN" else None


def brands_of_other_goods(x: Span, y: Span, sentences: Mapping[str, Sentence]) -> bool:
    """True when two bodies' names are brands of two kinds of goods ("Nescafe coffee", "Kitkat bars").

    A site makes many goods under many brands, one maker's brand often within another's: the two are no
    two answers to one question. Brands of one kind of goods ("a Ford truck", "a Toyota truck") still differ.
    """
    gx, gy = _goods(x, sentences), _goods(y, sentences)
    return gx is not None and gy is not None and gx != gy


def person_as_place(x: Span, y: Span) -> bool:
    """True when one name is tagged as a person where it stands, written as a person's full name (two words or
    more), with no word there saying it is a place and no place of that name in the gazetteer ("a decision
    over Germany's Hans Keller" against "over Billy Marsh"). A one-word name the recogniser calls a person is
    as often a region or a county it does not know ("to protect Kestrelshire"): it stays a place."""
    return any(
        s.label == "PERSON" and s.cue != "place" and len(s.text.split()) > 1 and not readings(s.text) for s in (x, y)
    )


def contained(
    observations: Iterable[Observation],
    parents: Mapping[str, frozenset[str]],
    sentences: Mapping[str, Sentence],
    cut: float,
) -> list[Observation]:
    """``observations`` without the differences a holding explains, and a people against its country's kept under
    ``cut`` (see the module).

    Args:
        observations: Slot observations of groups or of links.
        parents: What the story says holds what (``story_holds``).
        sentences: The story's sentences by id, with their tokens.
        cut: The confidence from which a difference is a conflict.
    """
    out = []
    for o in observations:
        if o.kind in ("conflict", "possible") and o.left[0] == "name":
            (x, _), (y, _) = o.spans
            if o.type == "place" and (
                coded(x.text) or coded(y.text) or person_as_place(x, y) or held_in_story(x.text, y.text, parents)
            ):
                continue
            peoples = _peoples(x, y)
            if peoples == "held":
                continue
            if peoples == "unsure" or (o.type == "organisation" and brands_of_other_goods(x, y, sentences)):
                o.confidence = min(o.confidence, just_under(cut))
        out.append(o)
    return out
