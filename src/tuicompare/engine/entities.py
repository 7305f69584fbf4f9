"""Resolve name mentions across a story's articles into entities.

Four kinds of evidence decide: nicknames ("Chuck Grassley" and "Charles E.
Grassley"), short forms ("Temirkanov" is a token subset of the person "Yaromir
Temirkanov" in the same story), spelling variants (close
strings whose tokens also share a phonetic key, so "Temirkanov"/"Temirkhanov"
and "Kotz"/"Kots" merge while "Sevsk"/"Seversk" do not), and cannot-links: two
different spellings used by one article name two different things, so they
never merge. spaCy's label noise is absorbed by voting coarse types over all
the mentions of an entity; places, organisations, products and nationalities
share one pool so that "Sloviansk" (ORG in one article, GPE in another) stays one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from operator import itemgetter

import jellyfish
from rapidfuzz import fuzz

from tuicompare.engine.dsu import DisjointSet
from tuicompare.engine.features import Span
from tuicompare.engine.firms import firm_title
from tuicompare.engine.headlines import title_case_line
from tuicompare.engine.nameforms import particle_dropped
from tuicompare.engine.names import is_acronym, is_name_part, is_nickname, referent_key
from tuicompare.engine.namesakekinds import namesakes_are_people
from tuicompare.engine.placedin import after_of, ran_on, without_place

_COARSE = {
    "PERSON": "person",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "ORG": "organisation",
    "NORP": "group",
    "PRODUCT": "other",
    "EVENT": "event",
    "WORK_OF_ART": "work",
    "LAW": "law",
    "LANGUAGE": "language",
}
#: spaCy's small model often tags places as products or organisations: weak votes.
_VOTE = {"PRODUCT": 0.3, "ORG": 0.8}
#: Apposition nouns that say a name is a place ("Seversk, a town in ...").
PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "settlement",
        "region",
        "district",
        "province",
        "country",
        "capital",
        "area",
        "port",
        "oblast",
        "river",
        "republic",
        "state",
        "island",
        "county",
        "municipality",
    }
)


@dataclass(frozen=True, slots=True)
class ResolvedEntity:
    """Name mentions of one story resolved to one referent.

    Attributes:
        label: Coarse type by vote: ``person``, ``place``, ``organisation``, ``group``...
        name: The most used full form.
        spans: Every mention, in story order.
        keys: The distinct normalised spellings.
    """

    label: str
    name: str
    spans: tuple[Span, ...]
    keys: frozenset[str]


def _personal(spans: Iterable[Span]) -> bool:
    """True when some mention of a name says it names a person (label, cue or role)."""
    return any(s.label == "PERSON" or s.cue == "person" or _person_role(s) for s in spans)


def _person_role(span: Span) -> bool:
    """True when a mention's title or apposition is a person's role: no town's noun, no firm's trade ("carmaker")."""
    return bool(span.role) and not PLACE_NOUNS & set(span.role) and not firm_title(span.role)


def referents(spans: Sequence[Span]) -> dict[Span, str]:
    """The referent key of every name span (``names.referent_key``), titles dropped for people."""
    by_key: dict[str, list[Span]] = {}
    for span in spans:
        if span.kind == "name" and span.key:
            by_key.setdefault(span.key, []).append(span)
    personal = {key: _personal(group) for key, group in by_key.items()}
    people = {without_place(referent_key(key, True)) for key, yes in personal.items() if yes}
    out: dict[Span, str] = {}
    for key, group in by_key.items():
        ref = referent_key(key, personal[key])
        titled = referent_key(key, True)
        placed = without_place(titled)
        if placed != titled and (personal[key] or any(is_name_part(p, placed, True) for p in people)):
            # "Ann Roe of Dover", or tagged ORG while "Roe" is a person of the story: Ann Roe, of Dover
            ref = without_place(ref) if personal[key] else placed
        if titled != ref and any(titled == p or is_name_part(titled, p) for p in people):
            ref = titled  # "Sheriff Arpaio" tagged ORG, while "Joe Arpaio" is a person of the story
        out.update((s, ref) for s in group)
    return out


@lru_cache(maxsize=65536)
def phonetic(token: str) -> str:
    """A transliteration-tolerant phonetic key: Metaphone without H and Y, W as F, no repeats."""
    key = jellyfish.metaphone(token).replace("H", "").replace("Y", "").replace("W", "F")
    return re.sub(r"(.)\1+", r"\1", key)  # "Eriksson"/"Erixson": KSS = KS


#: A "g" inside a word before "i" or "e", which transliterations of Greek write as "y" too.
_SOFT_G = re.compile(r"(?<=[a-z])g(?=[ie])")


@lru_cache(maxsize=65536)
def phonetic_keys(token: str) -> frozenset[str]:
    """The phonetic keys of a token read with "kh" as "k" and as "h" (Temirkhanov, Salekh), and with a "g"
    inside it before "i" or "e" as "y": a Greek gamma there sounds as a "y" and is spelled either way
    ("Kougias", "Kouyias")."""
    low = token.lower()
    soft = _SOFT_G.sub("y", low)
    return frozenset(phonetic(form) for form in {low, low.replace("kh", "k"), low.replace("kh", "h"), soft})


def same_spelling_family(a: str, b: str) -> bool:
    """True when two normalised names may be spellings of one name.

    Every token pair must sound alike (equal phonetic keys) and look alike, or
    be nearly identical; token counts must match.
    """
    ta, tb = a.split(), b.split()
    if a == b:
        return True
    if len(ta) != len(tb):
        return False
    shared = any(x == y for x, y in zip(ta, tb, strict=True))
    for x, y in zip(ta, tb, strict=True):
        if x == y or (shared and particle_dropped(x, y)):
            continue
        ratio = fuzz.ratio(x, y) / 100
        sound_alike = bool(phonetic_keys(x) & phonetic_keys(y))
        if not ((sound_alike and ratio >= 0.66) or (ratio >= 0.92 and min(len(x), len(y)) >= 6)):
            return False
    return True


def is_short_form(short: str, full: str) -> bool:
    """True when ``short`` is a proper token subset of ``full`` ending like it ("Putin", "Vladimir Putin").

    A first name alone is no short form: many people share it.
    """
    ts, tf = short.split(), full.split()
    return len(ts) < len(tf) and set(ts) <= set(tf) and ts[-1] == tf[-1]


def _vote(spans: Iterable[Span], running: Callable[[str], bool] | None = None) -> str:
    spans = list(spans)
    # "the carmaker X said": the article says what X is, and a firm "says" things too; but a full name the
    # recogniser calls a person stays one ("the winemaker Jane Doe": a trade of people as well as firms)
    named = any(s.label == "PERSON" and len(s.text.split()) > 1 for s in spans)
    if any(firm_title(s.role) for s in spans) and not named and not any(_person_role(s) for s in spans):
        return "organisation"
    # A surname written alone says nothing against a full name the recogniser calls a person ("Tony
    # Thompson"): the small model tags bare surnames as firms or nationalities far more often than full
    # names, and a boxer named by surname in eight sentences was voted a firm (his renamed opponent, a
    # person, never paired with him). Its tag is not counted; its role and cue still are. A given name written
    # alone, which joins a full name only as a person's (``is_name_part``), is the same: the model calls a bare
    # given name a place as readily ("Ana" GPE in seven sentences beside "Ana Roe" PERSON); and as a preposition
    # of place takes a person too ("a letter to Ana"), its place cue is not counted either. But only beside a full
    # name written in running text: on a title-case headline the model reads a clause as a name ("Hawks Beat Owls"
    # PERSON), and the teams' own names, its first and last words, would be a person's names (``_full_names``).
    full = _full_names(spans, running)
    surnames = {words[-1] for words in full}
    given = {words[0] for words in full} - surnames
    tagged = any(s.label == "PERSON" for s in spans)
    votes: defaultdict[str, float] = defaultdict(float)
    for span in spans:
        weight = _VOTE.get(span.label, 1.0) * (1.5 if len(span.text.split()) > 1 else 1.0)
        if span.label != "PERSON" and full and (span.text.lower() in surnames or span.text.lower() in given):
            weight = 0.0
        if span.label != "PERSON" and tagged and ran_on(span.key or ""):
            weight = 0.0  # "Ann Roe of Dover" tagged ORG beside a "Roe" tagged PERSON: the span, so its tag, ran on
        votes[_COARSE.get(span.label, "other")] += weight
        if span.role:
            votes["place" if PLACE_NOUNS & set(span.role) else "person"] += 1.0
        if span.cue and not (span.cue == "place" and span.text.lower() in given):
            votes[span.cue] += 2.0
    return max(sorted(votes), key=lambda label: votes[label]) if votes else "other"


def _full_names(spans: list[Span], running: Callable[[str], bool] | None) -> set[tuple[str, ...]]:
    """The words of the full names tagged PERSON among ``spans``, lower-cased, but those read on title-case lines.

    ``running`` says whether a sentence is running text, by id (``_running_text``; None: every line is). A full
    name tagged PERSON on a line whose every word has a capital (``headlines.title_case_line``) says nothing of
    its words: the line may be a headline the recogniser read as one name ("Hawks Beat Owls 20 - 13"), whose
    first and last words are two teams. A person named in a headline is named in running text too, where the
    name counts.
    """
    out: set[tuple[str, ...]] = set()
    for span in spans:
        if span.label != "PERSON":
            continue
        words = tuple(span.text.lower().split())
        if len(words) > 1 and words not in out and (running is None or running(span.sentence)):
            out.add(words)
    return out


def _running_text(text_of: Callable[[str], str]) -> Callable[[str], bool]:
    """Whether a sentence (by id) is running text, not a title-case line (``headlines.title_case_line``), each
    sentence read once: a story's full names stand in a few sentences, each named in several entities' votes."""
    seen: dict[str, bool] = {}

    def running(sentence: str) -> bool:
        found = seen.get(sentence)
        if found is None:
            found = seen[sentence] = not title_case_line(text_of(sentence))
        return found

    return running


def _evidence(spans: Iterable[Span]) -> set[str]:
    """What the context says a name is: ``person`` (a role, a speech verb) or ``place``."""
    out = set()
    for span in spans:
        if span.cue:
            out.add(span.cue)
        if span.role and not firm_title(span.role):
            out.add("place" if PLACE_NOUNS & set(span.role) else "person")
    return out


def _compatible(a: set[str], b: set[str]) -> bool:
    """Labels are too noisy to forbid a merge; contexts that disagree do."""
    return not (
        ("person" in a and "place" in b and "person" not in b) or ("place" in a and "person" in b and "place" not in b)
    )


def resolve(spans: Sequence[Span], text_of: Callable[[str], str] | None = None) -> list[ResolvedEntity]:
    """Resolve the name spans of one story (in story order) into entities.

    Args:
        spans: The story's slots, in story order (those of kind ``name`` with a key are resolved).
        text_of: A sentence's text by id, for the kind vote (``_running_text``); None reads every line as running
            text.

    Returns:
        Entities ordered by first mention; every name span with a key is in one.
    """
    names = [s for s in spans if s.kind == "name" and s.key]
    position = {id(s): n for n, s in enumerate(names)}
    ref = referents(names)
    by_key: dict[str, list[Span]] = {}
    for span in names:
        by_key.setdefault(ref[span], []).append(span)
    dsu = DisjointSet(by_key)
    running = None if text_of is None else _running_text(text_of)
    _merge_nicknames(by_key, dsu)  # first: "Grassley" then shortens one person, not two names
    _merge_short_forms(by_key, dsu)
    _merge_acronyms(by_key, dsu)
    _merge_variants(by_key, dsu)
    out = []
    size = {k: len(k.split()) for k in by_key}  # each key's words counted once, not once per mention
    for keys in dsu.groups():
        members = [s for k in keys for s in by_key[k]]
        members.sort(key=lambda s: position[id(s)])
        longest = max(size[k] for k in keys)
        # The fullest form written most often, the first one on a tie (Counter.most_common(1) without the Counter).
        full: dict[str, int] = {}
        for s in members:
            if size[ref[s]] == longest:
                full[s.text] = full.get(s.text, 0) + 1
        name = max(full.items(), key=itemgetter(1))[0]
        out.append(ResolvedEntity(_vote(members, running), name, tuple(members), frozenset(keys)))
    out.sort(key=lambda e: position[id(e.spans[0])])
    return namesakes_are_people(out, running, PLACE_NOUNS)


def _merge_short_forms(by_key: dict[str, list[Span]], dsu: DisjointSet) -> None:
    """Join "Temirkanov" to "Yaromir Temirkanov" when it shortens exactly one name (one person's, for a name
    said of a person).

    Labels are not required to agree: spaCy calls the same man PERSON in one
    sentence and ORG or GPE in the next.
    """
    size = {k: len(k.split()) for k in by_key}
    keys = sorted(by_key, key=lambda k: (size[k], k))
    person = {k: _personal(by_key[k]) for k in keys}
    # Where the keys of more words than each size begin in ``keys`` (sorted by size): after its last key.
    longer = {size[k]: n + 1 for n, k in enumerate(keys)}
    for short in keys:
        # Only a key of more words can be a fuller form (is_name_part says no to the others).
        fulls = [
            k
            for k in keys[longer[size[short]] :]
            if is_name_part(short, k, person[short] and person[k]) and not (person[short] and after_of(short, k))
        ]
        if person[short] and len({dsu.find(k) for k in fulls}) > 1:
            # A surname said of a person shortens the person's full name, not the name of a body that ends with
            # it ("Lane" of "Jo Lane", not of "the Recall Lane campaign"): only people's names are fuller forms
            fulls = [k for k in fulls if person[k]]
        if fulls and len({dsu.find(k) for k in fulls}) == 1:
            dsu.union(short, fulls[0])


def _merge_nicknames(by_key: dict[str, list[Span]], dsu: DisjointSet) -> None:
    """Join "Chuck Grassley" to "Charles E. Grassley": the same other names, one given name a nickname of the other.

    Only people, only when the nickname fits exactly one fuller name of the story ("Bill Roe" beside
    "William Roe" and "Robert Roe" joins neither), and only when no context says one is a place.
    """
    people = [k for k in sorted(by_key) if len(k.split()) >= 2 and _personal(by_key[k])]
    by_rest: dict[str, list[str]] = {}
    for k in people:
        by_rest.setdefault(k.split(maxsplit=1)[1], []).append(k)
    for keys in by_rest.values():
        partners = {a: [b for b in keys if is_nickname(a.split()[0], b.split()[0])] for a in keys}
        for a, found in partners.items():
            # one partner each way: "Robert Roe" has one nickname here, but "Bill Roe" two fuller names
            alone = len(found) == 1 and len(partners[found[0]]) == 1
            if alone and _compatible(_evidence(by_key[a]), _evidence(by_key[found[0]])):
                dsu.union(a, found[0])


def _merge_acronyms(by_key: dict[str, list[Span]], dsu: DisjointSet) -> None:
    """Join an all-capitals acronym to the one name it abbreviates ("NYPD", "New York Police Department")."""
    keys = sorted(by_key)
    for short in keys:
        if not all(s.text.replace(".", "").isupper() for s in by_key[short]):
            continue
        fulls = [k for k in keys if is_acronym(short, k)]
        if fulls and len({dsu.find(k) for k in fulls}) == 1:
            dsu.union(short, fulls[0])


def _merge_variants(by_key: dict[str, list[Span]], dsu: DisjointSet) -> None:
    """Join spelling variants that no article uses side by side."""
    articles: dict[object, set[str]] = {}
    evidence: dict[object, set[str]] = {}
    for key, spans in by_key.items():
        articles.setdefault(dsu.find(key), set()).update(s.article for s in spans)
        evidence.setdefault(dsu.find(key), set()).update(_evidence(spans))
    keys = sorted(by_key)
    # Spellings of one name have as many words (same_spelling_family says no to the others):
    # each key meets only the later keys of its size, in the same order as among all keys.
    by_size: dict[int, list[str]] = {}
    for k in keys:
        by_size.setdefault(len(k.split()), []).append(k)
    place = {k: (group, n) for group in by_size.values() for n, k in enumerate(group)}
    for a in keys:
        group, n = place[a]
        # ``a``'s root read once: it changes only when ``a`` joins a ``b`` below. The length test, which
        # needs no root, comes first.
        ra, size = dsu.find(a), len(a)
        for b in islice(group, n + 1, None):
            if abs(size - len(b)) > max(size, len(b)) // 2:
                continue
            rb = dsu.find(b)
            if ra == rb:
                continue
            # The cheap set test first: in a story of one article every pair stops there.
            if (
                not articles[ra].isdisjoint(articles[rb])
                or not same_spelling_family(a, b)
                or not _compatible(evidence[ra], evidence[rb])
            ):
                continue
            dsu.union(a, b)
            root = dsu.find(a)
            articles[root] = articles.pop(ra, set()) | articles.pop(rb, set())
            evidence[root] = evidence.pop(ra, set()) | evidence.pop(rb, set())
            ra = root
