"""The entity sheet of a story: each entity's attributes per article, compared across articles.

``attributes.mention_findings`` reads what each mention's sentence says of an
entity; here the findings of one article are pooled per attribute, and the
articles compared pair by pair with the tiers of sentence conflicts:

- ``same`` / ``variant``: one value, spelled alike or not ("Rep." and
  "Representative", "R" and "Republican", two spellings of one place);
- ``compatible``: both can be true: a place and the place that contains it
  when some article of the story says so ("Ashby, a village in Kent"), one role
  worded two ways ("brigade commander", "commander of the brigade"), a generic
  role ("official") beside a specific one, an employer and a longer form of it;
- ``conflict``: another age, another role, two different named places, another
  party or nationality; ``possible`` when the evidence is weak (see
  ``EntityTuning``).

Two articles agree on an attribute when some value of one agrees with some
value of the other (a person holds several roles at once); the attribute's
status is the worst over all pairs of articles.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from tuicompare.engine.attributes import ATTRIBUTES, mention_findings
from tuicompare.engine.attrparse import Finding, Parse
from tuicompare.engine.attrrefer import refer_unnamed, refound_mentions
from tuicompare.engine.attrsame import abbreviates, body, grade, posted_apart, shown_words
from tuicompare.engine.entities import PLACE_NOUNS, ResolvedEntity
from tuicompare.engine.rolenouns import PARTY_LETTERS, role_noun
from tuicompare.engine.roles import GENERIC, compatible, derived, head_word, opposed, role_words
from tuicompare.engine.spans import name_key
from tuicompare.engine.tuning import TUNING
from tuicompare.models import Mention, Sentence, article_of, split_sentence_id

#: Statuses from best to worst agreement; an attribute takes the worst over its article pairs.
STATUSES = ("same", "variant", "compatible", "possible", "conflict")
_RANK = {s: n for n, s in enumerate(STATUSES)}
#: Generic heads that name an office once qualified ("council leader", "department head").
_OFFICE_HEADS = frozenset({"leader", "head", "chief"})
#: Abbreviated offices, to the head noun of their long form ("CEO" is a "chief executive").
_ROLE_ALIASES = {"ceo": "executive", "cfo": "officer", "coo": "officer", "cto": "officer", "md": "director"}
#: Resolved labels a value of a kind may have: a team or a brand the recogniser could not type is "other",
#: never a person or a place ("Chiefs quarterback Brady Quinn").
_KINDS = {"organisation": ("organisation", "other")}
_PARTY = {"democratic": "democrat", "gop": "republican", "labor": "labour", "tory": "conservative"}


@dataclass(slots=True)
class _Value:
    """The findings of one article for one attribute of one entity, by comparable key."""

    by_key: dict[str, list[Finding]] = field(default_factory=dict)

    def add(self, key: str, finding: Finding) -> None:
        self.by_key.setdefault(key, []).append(finding)


@dataclass(frozen=True, slots=True)
class _Story:
    """What comparing two values needs to know of the story.

    Attributes:
        inside: For each entity, the keys of the places the text says contain it.
    """

    inside: Mapping[int, set[str]]


@dataclass(frozen=True, slots=True)
class SheetRow:
    """An attribute of an entity compared across a story's articles (ids assigned by ``build``).

    Attributes:
        entity: Index of the entity among the story's resolved entities.
        name: The attribute.
        status: ``same``, ``variant``, ``compatible``, ``single``, ``possible`` or ``conflict``.
        confidence: How sure a ``conflict`` or ``possible`` is; 1.0 otherwise.
        values: Per article (story order): ``(article, text, mentions, confidence)``.
        groups: For a difference, the competing values: ``(text, articles, mentions)``.
    """

    entity: int
    name: str
    status: str
    confidence: float
    values: tuple[tuple[str, str, tuple[Mention, ...], float], ...]
    groups: tuple[tuple[str, tuple[str, ...], tuple[Mention, ...]], ...] = ()


def _owner(spans: Mapping[str, list[tuple[int, int, int]]], f: Finding) -> int | None:
    """The entity whose mention overlaps a finding's value (a place named as a value)."""
    for start, end, k in spans.get(f.sentence, ()):
        if start < f.end and f.start < end:
            return k
    return None


def _head(f: Finding) -> str:
    """The canonical head of a role: long forms of abbreviations ("Sen." is "senator", "CEO" "executive")."""
    return head_word(_ROLE_ALIASES.get(f.head, f.head), f.words)


def _place(f: Finding, owner: int | None, resolved: Sequence[ResolvedEntity]) -> bool:
    """True when a location's value names a place: a place entity, or "the Y district"."""
    if owner is not None:  # spaCy often calls a town an organisation: only people and groups are ruled out
        return resolved[owner].label not in ("person", "group")
    words = name_key(f.text).split()
    return bool(words) and words[-1] in PLACE_NOUNS


def _key(f: Finding, owner: int | None) -> str:
    if f.attribute == "role":
        return _head(f)
    if f.attribute == "age":
        return f.text
    if f.attribute == "count":  # the counted thing and the number: "term=3"
        return f"{f.head.rstrip('s')}={f.words[0]}"
    if f.attribute == "party":
        word = f.text.lower().strip(".")
        return PARTY_LETTERS.get(word) or _PARTY.get(word, word.rstrip("s"))
    if owner is not None:
        return f"e{owner}"
    return " ".join(sorted(_words([f])))


def collect(
    resolved: Sequence[ResolvedEntity], sentences: Mapping[str, Sentence]
) -> tuple[dict[tuple[int, str], dict[str, _Value]], dict[int, set[str]]]:
    """Every finding of a story, by (entity, attribute) and article; and the containment the text states.

    Returns:
        The pooled findings, and for each entity the keys of the places that contain it.
    """
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for k, entity in enumerate(resolved):
        for s in entity.spans:
            spans.setdefault(s.sentence, []).append((s.start, s.end, k))
    refound = refound_mentions(resolved, sentences)  # names the recogniser missed
    for k, sid, start, end in refound:
        spans.setdefault(sid, []).append((start, end, k))
    named = {key: k for k, entity in enumerate(resolved) for key in entity.keys}
    parses: dict[str, Parse] = {}
    pooled: dict[tuple[int, str], dict[str, _Value]] = {}
    inside: dict[int, set[str]] = {}

    def add(k: int, f: Finding) -> None:
        owner = _owner(spans, f)
        if owner == k and f.attribute != "role":
            return  # the entity's own name is no attribute of it, but a title the recogniser kept in it is
        if f.attribute == "age" and not _personal(resolved[k]):
            return  # "33 Republicans" counts people; only a person has an age
        if f.attribute in ("location", "base") and not _place(f, owner, resolved):
            return
        if f.kind:  # an unlabelled word: it holds when the story knows it as that kind of entity
            owner = owner if owner is not None else named.get(name_key(f.text))
            if owner is None or resolved[owner].label not in _KINDS.get(f.kind, (f.kind,)):
                return
        key = _key(f, owner)
        pooled.setdefault((k, f.attribute), {}).setdefault(article_of(f.sentence), _Value()).add(key, f)
        if f.attribute == "location":
            inside.setdefault(k, set()).add(key)

    mentions = [(k, s.sentence, s.start, s.end) for k, entity in enumerate(resolved) for s in entity.spans]
    for k, sid, start, end in mentions + refound:
        sentence = sentences.get(sid)
        if sentence is None or not sentence.tokens:
            continue
        parse = parses.get(sid) or parses.setdefault(sid, Parse(sentence))
        found = mention_findings(sentence, start, end, resolved[k].label, parse)
        chain = [f for f in found if f.attribute == "location"]
        for f in found:
            add(k, f)
        for near, far in zip(chain, chain[1:], strict=False):  # "in the Y district of Z": Y lies in Z
            a, b = _owner(spans, near), _owner(spans, far)
            if a is not None and b is not None and a != k:
                inside.setdefault(a, set()).add(f"e{b}")
    roles = {
        (k, art): [f for fs in value.by_key.values() for f in fs]
        for (k, name), per_article in pooled.items()
        if name == "role"
        for art, value in per_article.items()
    }
    refer_unnamed(resolved, sentences, parses, roles, add)  # "the 68-year-old congressman"
    return pooled, inside


def _personal(entity: ResolvedEntity) -> bool:
    """True for a person, or an entity some mention of which the text marks as one.

    The recogniser often calls a first name a place ("Malia, 16,"): the vote
    then says place, but a mention tagged PERSON shows the story is about a
    person.
    """
    if entity.label in ("person", "group"):
        return entity.label == "person"  # "33 Democrats" counts people: a group has no age
    return any(s.label == "PERSON" for s in entity.spans)


def _generic(f: Finding) -> bool:
    """A role that excludes no other ("official", "Senate candidate"); "council leader" names an office."""
    return f.head in GENERIC and (f.head not in _OFFICE_HEADS or all(w in GENERIC for w in f.words))


def _office(f: Finding) -> bool:
    """True when a role's head names an office or an occupation, not a description ("a rare public statement")."""
    return role_noun(_head(f)) or role_noun(f.head)


def _related(a: Finding, b: Finding) -> bool:
    """True when one role names the other's office ("Senate Majority Leader" is a "senator", so a "Sen.")."""
    stems = {w[:5] for w in a.words if len(w) >= 5}
    head = _head(b)  # the long form of an abbreviation: "Sen." is a "senator"
    return head[:5] in stems if len(head) >= 5 else False


def _relation(name: str, ka: str, fa: list[Finding], kb: str, fb: list[Finding], story: _Story) -> tuple[str, float]:
    """How two values of one attribute relate, and how sure a difference is."""
    tuning = TUNING.entities
    sure = min(max(f.confidence for f in fa), max(f.confidence for f in fb))
    if name == "role" and ka == kb and posted_apart(fa, fb):
        return "possible", sure * tuning.role_factor  # "Moscow correspondent", "Kyiv correspondent" of one paper
    if ka == kb:
        texts = {name_key(f.text) for f in fa} | {name_key(f.text) for f in fb}
        if len(texts) == 1:
            return "same", 1.0
        if name == "role":
            words_a = {frozenset(role_words(f.words)) for f in fa}
            words_b = {frozenset(role_words(f.words)) for f in fb}
            if {name_key(f.posted) for f in fa} != {name_key(f.posted) for f in fb}:
                return "compatible", 1.0  # "Moscow correspondent" says where the "correspondent" is posted
            # a variant says the same words ("Sen.", "Senator"); "Director" beside "public safety director",
            # whose body the first gave the employer's row, says less
            shown_a, shown_b = {shown_words(f) for f in fa}, {shown_words(f) for f in fb}
            return ("variant" if words_a & words_b and shown_a & shown_b else "compatible"), 1.0
        return "variant", 1.0
    if name in ("role", "employer") and any(f.past for f in fa + fb):
        return "compatible", 1.0  # a former role or employer says nothing against a present one
    if name == "role":
        if any(_generic(f) for f in fa + fb) or any(
            _head(x) == _head(y)
            or (compatible([x.head], [y.head]) and not ({x.head, y.head} & GENERIC) and not opposed(x.words, y.words))
            or _related(x, y)
            or _related(y, x)
            or derived(x.words, y.words)
            or derived(y.words, x.words)
            for x in fa
            for y in fb
        ):
            return "compatible", 1.0
        factor = tuning.role_factor
        if not all(_office(f) for f in fa + fb):
            factor *= tuning.description_factor
        graded = [(x, y) for x in fa for y in fb if grade(x) != grade(y)]
        if any(body(x) & body(y) for x, y in graded):
            return "compatible", 1.0  # "Police Inspector" and "Police spokesman": a grade and a post of one body
        if graded:
            factor *= tuning.grade_factor  # "Inspector" and "spokesman": the post may be in the grade's service
        return "conflict", sure * factor
    if name == "count":
        if fa[0].head.rstrip("s") != fb[0].head.rstrip("s"):
            return "compatible", 1.0  # "three terms" and "14,000 followers" count different things
        hedged = any("~" in f.words for f in fa + fb)
        return "conflict", sure * (tuning.hedged_count_factor if hedged else 1.0)
    if name in ("location", "base"):
        if kb in _contains(ka, story.inside) or ka in _contains(kb, story.inside):
            return "compatible", 1.0
        wa, wb = _words(fa), _words(fb)
        if wa == wb or abbreviates(fa, fb) or abbreviates(fb, fa):
            return "variant", 1.0  # "Aoraki - Mount Cook national park" and "Aoraki Mount Cook National Park"
        if wa <= wb or wb <= wa:
            return "compatible", 1.0  # "Palmer" and "downtown Palmer"
        return "conflict", sure
    if name == "employer":
        wa, wb = _words(fa), _words(fb)
        if wa == wb:
            return "variant", 1.0
        named = all(any(c.isupper() for c in f.text) for f in fa + fb)
        if wa <= wb or wb <= wa or not named:
            return "compatible", 1.0  # "the group" says nothing against "AARP"
        if all(f.kind == "person" for f in fa) != all(f.kind == "person" for f in fb):
            return "compatible", 1.0  # "aide to John Mitchell", "White House aide": the one served works in some body
        return "conflict", sure * tuning.role_factor
    return "conflict", sure


def _words(findings: list[Finding]) -> set[str]:
    """The words of some values, plural "s" dropped ("Guards" is "Guard")."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for f in findings for w in name_key(f.text).split()}


def _contains(key: str, inside: Mapping[int, set[str]]) -> set[str]:
    """Every place the text says contains ``key`` (transitively)."""
    seen: set[str] = set()
    todo = [key]
    while todo:
        k = todo.pop()
        if not k.startswith("e") or not k[1:].isdigit():
            continue
        for parent in inside.get(int(k[1:]), ()):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def _pair(name: str, a: _Value, b: _Value, story: _Story) -> tuple[str, float]:
    """The best relation between two articles' values: one agreeing value suffices."""
    best, sure = "conflict", 0.0
    for ka, fa in a.by_key.items():
        for kb, fb in b.by_key.items():
            rel, conf = _relation(name, ka, fa, kb, fb, story)
            if _RANK[rel] < _RANK[best] or (rel == best and conf > sure):
                best, sure = rel, conf
    if best == "conflict" and sure < TUNING.entities.possible_below:
        best = "possible"
    if best == "same" and a.by_key.keys() != b.by_key.keys():
        best = "compatible"  # one value agrees and one article says more: the cells differ, so not "same"
    return best, sure


def _text(findings: list[Finding]) -> str:
    texts = [f.text for f in findings]
    return max(sorted(set(texts)), key=lambda t: (texts.count(t), len(t)))


def _mentions(findings: list[Finding]) -> tuple[Mention, ...]:
    unique = {(f.sentence, f.start, f.end): f for f in findings}
    ordered = sorted(unique.values(), key=lambda f: (split_sentence_id(f.sentence), f.start))
    return tuple(Mention(f.sentence, f.text, f.start, f.end) for f in ordered)


def compare_attributes(
    resolved: Sequence[ResolvedEntity], sentences: Mapping[str, Sentence], members: Sequence[str]
) -> list[SheetRow]:
    """The entity sheet of one story.

    Args:
        resolved: The story's entities (``entities.resolve``), whose index is used in the rows.
        sentences: Every sentence of the story by id, with tokens.
        members: The story's articles, in order.

    Returns:
        One row per (entity, attribute) some article states, by entity then :data:`ATTRIBUTES` order.
    """
    pooled, inside = collect(resolved, sentences)
    story = _Story(inside)
    rows = []
    order = {a: n for n, a in enumerate(members)}
    for (k, name), per_article in sorted(pooled.items(), key=lambda item: (item[0][0], ATTRIBUTES.index(item[0][1]))):
        arts = sorted(per_article, key=lambda a: order.get(a, len(order)))
        values = []
        for art in arts:
            findings = [f for fs in per_article[art].by_key.values() for f in fs]
            texts = [_text(fs) for fs in per_article[art].by_key.values()]
            text = "; ".join(dict.fromkeys(texts))
            values.append((art, text, _mentions(findings), max(f.confidence for f in findings)))
        if len(arts) == 1:
            rows.append(SheetRow(k, name, "single", 1.0, tuple(values)))
            continue
        status, sure = "same", 1.0
        for i, a in enumerate(arts):
            for b in arts[i + 1 :]:
                rel, conf = _pair(name, per_article[a], per_article[b], story)
                if _RANK[rel] > _RANK[status] or (rel == status and rel in ("conflict", "possible") and conf > sure):
                    status, sure = rel, conf
        groups: tuple = ()
        if status in ("conflict", "possible"):
            by_text: dict[tuple[str, str], list[int]] = {}
            for n, (art, *_rest) in enumerate(values):
                keys = per_article[art].by_key
                posted = {name_key(f.posted) for fs in keys.values() for f in fs}  # one post, two places
                by_text.setdefault((" ".join(sorted(keys)), " ".join(sorted(posted))), []).append(n)
            groups = tuple(
                (values[ns[0]][1], tuple(values[n][0] for n in ns), tuple(m for n in ns for m in values[n][2]))
                for ns in sorted(by_text.values(), key=lambda ns: (-len(ns), ns[0]))
            )
        confidence = round(sure, 4) if status in ("conflict", "possible") else 1.0
        rows.append(SheetRow(k, name, status, confidence, tuple(values), groups))
    return rows
