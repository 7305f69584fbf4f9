"""The findings of a story's entity sheet, pooled by entity, attribute and article (``attrcompare`` compares them).

``attributes.mention_findings`` reads what each mention's sentence says of an
entity; here each finding is checked against the entity it would describe (an
age is a person's, a location names a place, a value the recogniser left
unlabelled must be an entity of the story of that kind), given a key under
which two articles' values compare, and the containment the texts state
("Ashby, a village in Kent") is gathered for the whole story.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from tuicompare.engine.attrappos import DECADE_WORDS, appositions
from tuicompare.engine.attrbefore import courtesy
from tuicompare.engine.attributes import mention_findings
from tuicompare.engine.attrnation import country_of_adjective
from tuicompare.engine.attrparse import Finding, Parse, age_after, dated_age, plural
from tuicompare.engine.attrrefer import refer_unnamed, refound_mentions
from tuicompare.engine.entities import PLACE_NOUNS, ResolvedEntity
from tuicompare.engine.firms import firm_title
from tuicompare.engine.kept import parse_of
from tuicompare.engine.names import HONORIFICS, TITLES, us_state
from tuicompare.engine.rolenouns import OCCUPATIONS, PARTY_LETTERS, demonym, role_noun
from tuicompare.engine.roles import head_word
from tuicompare.engine.spans import name_key
from tuicompare.engine.teamnames import teams_of_places
from tuicompare.engine.tuning import TUNING
from tuicompare.models import Sentence, article_of, split_sentence_id

#: Abbreviated offices, to the head noun of their long form ("CEO" is a "chief executive").
_ROLE_ALIASES = {"ceo": "executive", "md": "director"}
#: The chief officers of a firm by initialism, to the word between "chief" and "officer" that names the office.
_CHIEF_OFFICERS = {"cfo": "financial", "coo": "operating", "cto": "technology", "cio": "information"}
#: Resolved labels a value of a kind may have: a team or a brand the recogniser could not type is "other",
#: never a person or a place ("Chiefs quarterback Brady Quinn").
_KINDS = {"organisation": ("organisation", "other"), "team": ("organisation", "other")}
_PARTY = {"democratic": "democrat", "gop": "republican", "labor": "labour", "tory": "conservative"}


@dataclass(slots=True)
class Value:
    """The findings of one article for one attribute of one entity, by comparable key."""

    by_key: dict[str, list[Finding]] = field(default_factory=dict)

    def add(self, key: str, finding: Finding) -> None:
        self.by_key.setdefault(key, []).append(finding)


def _owner(spans: Mapping[str, list[tuple[int, int, int]]], f: Finding) -> int | None:
    """The entity whose mention overlaps a finding's value (a place named as a value)."""
    for start, end, k in spans.get(f.sentence, ()):
        if start < f.end and f.start < end:
            return k
    return None


def role_head(f: Finding) -> str:
    """The canonical head of a role: long forms of abbreviations ("Sen." is "senator", "CEO" "executive").

    A "chief executive officer" is the "chief executive" ("CEO"), whose office the press names either way; any
    other chief officer is keyed by the words that name the office ("chief financial officer" and "CFO" are
    "officer:financial"), so two chief officers of a firm are two offices, not one "officer".
    """
    written = name_key(f.text).split()  # "chief technology officer of Qualys": the office ends at "officer"
    end = written.index("officer") if "officer" in written else 0
    if f.head == "officer" and "chief" in written[:end]:
        office = written[written.index("chief") + 1 : end]
        if office:
            return "executive" if office == ["executive"] else "officer:" + " ".join(office)
    if f.head in _CHIEF_OFFICERS:
        return "officer:" + _CHIEF_OFFICERS[f.head]
    return head_word(_ROLE_ALIASES.get(f.head, f.head), f.words)


def _place(f: Finding, owner: int | None, resolved: Sequence[ResolvedEntity]) -> bool:
    """True when a location's value names a place: a place entity, or "the Y district"."""
    if owner is not None:  # spaCy often calls a town an organisation: only people and groups are ruled out
        return resolved[owner].label not in ("person", "group")
    words = name_key(f.text).split()
    return bool(words) and words[-1] in PLACE_NOUNS


def _national(f: Finding, owner: int | None, resolved: Sequence[ResolvedEntity]) -> bool:
    """True for a place or seat given by a country's adjective ("Egyptian", "Sudanese"), read as a people's name."""
    word = f.text.strip()
    return " " not in word and demonym(word) and (owner is None or resolved[owner].label == "group")


def _key(f: Finding, owner: int | None) -> str:
    if f.attribute == "role":
        return role_head(f)
    if f.attribute == "age":  # "50s", "fifties", "50's": one decade
        word = f.text.lower().replace("'", "").replace("\u2019", "")
        return f"{DECADE_WORDS[word]}s" if word in DECADE_WORDS else word
    if f.attribute == "count":  # the counted thing and the number: "term=3"
        return f"{f.head.rstrip('s')}={f.words[0]}"
    if f.attribute == "party":
        word = f.text.lower().strip(".")
        return PARTY_LETTERS.get(word) or _PARTY.get(word, word.rstrip("s"))
    if owner is not None:
        return f"e{owner}"
    return " ".join(sorted(value_words([f])))


def collect(
    resolved: Sequence[ResolvedEntity], sentences: Mapping[str, Sentence]
) -> tuple[dict[tuple[int, str], dict[str, Value]], dict[int, set[str]]]:
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
    # "Ewan Price, 41, was rescued": the recogniser may call a name given an age an organisation; the sheet
    # reads it as the person the age says it is (the story's other stages keep the voted label)
    aged = {k for k, entity in enumerate(resolved) if _aged(entity, sentences, parses)}
    # "Austin, Tex.": a one-word name the recogniser called a person, set beside a state as the press
    # abbreviates it, is a town; the sheet reads its location
    towns = {k for k, entity in enumerate(resolved) if _town(entity, sentences, parses)}
    labels = ["person" if k in aged else "place" if k in towns else e.label for k, e in enumerate(resolved)]
    teams = teams_of_places(resolved, labels)  # "Jacksonville fell to 5-10": the Jacksonville Jaguars' record
    pooled: dict[tuple[int, str], dict[str, Value]] = {}
    inside: dict[int, set[str]] = {}

    def add(k: int, f: Finding) -> None:
        owner = _owner(spans, f)
        if owner == k and f.attribute != "role":
            if not f.inside:
                return  # the entity's own name is no attribute of it, but a title the recogniser kept in it is
            owner = None  # nor is the body's word kept in it before the title ("Police Constable X") the entity
        if f.attribute == "age" and not (k in aged or personal(resolved[k])):
            return  # "33 Republicans" counts people; only a person has an age
        if f.attribute == "nationality" and labels[k] != "person":
            return  # "a Hawaiian Gardens gang member": a people's word in a place's name; a body's is its seat
        if f.attribute == "party" and labels[k] in ("organisation", "place"):
            return  # "the Republican Senate primary": a party's contest, no party of the Senate (nor its seat)
        if f.attribute in ("location", "base") and _national(f, owner, resolved):
            # "the Egyptian port city of X": the country the adjective is formed from, when the story names it
            owner = named.get(country_of_adjective(f.text) or "")
        elif f.attribute in ("location", "base") and (owner in aged or not _place(f, owner, resolved)):
            return  # a name the sheet reads as a person's is no place
        if f.kind:  # an unlabelled word: it holds when the story knows it as that kind of entity
            owner = owner if owner is not None else named.get(name_key(f.text))
            if owner is None or resolved[owner].label not in _KINDS.get(f.kind, (f.kind,)):
                return
        key = _key(f, owner)
        if f.attribute == "count" and f.head == "record":
            k = teams.get(k, k)
        pooled.setdefault((k, f.attribute), {}).setdefault(article_of(f.sentence), Value()).add(key, f)
        if f.attribute == "location":
            inside.setdefault(k, set()).add(key)

    mentions = [(k, s.sentence, s.start, s.end) for k, entity in enumerate(resolved) for s in entity.spans]
    for k, sid, start, end in mentions + refound:
        sentence = sentences.get(sid)
        if sentence is None or not sentence.tokens:
            continue
        parse = parses.get(sid) or parses.setdefault(sid, parse_of(sentence))
        words = parse.within(start, end)
        if _cut_title(parse, sentences, words) is not None:
            continue  # "Sgt" read as a name: its findings are the next sentence's person's (below)
        found = mention_findings(sentence, start, end, labels[k], parse)
        if labels[k] == "person" and words and words[0] == 0 and (cut := _title_before(sid, sentences, parses)):
            # "RCMP spokesman Sgt." | "Tim Shields said": the tokenizer cut the sentence after the title
            before, title = cut
            role = before.finding("role", title, title, 1.0, head=before.lemma(title), words=(before.lemma(title),))
            t = before.t[title]
            styled = courtesy(before, title)  # "the Rev." | "Larry Kroon said": a form of address, no office
            found = [*([] if styled else [role]), *mention_findings(before.s, t.start, t.end, "person", before), *found]
        chain = [f for f in found if f.attribute == "location"]
        for f in found:
            add(k, dated_age(parse, f) if f.attribute == "age" else f)
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


def personal(entity: ResolvedEntity) -> bool:
    """True for a person, or an entity some mention of which the text marks as one.

    The recogniser often calls a first name a place ("Malia, 16,"): the vote
    then says place, but a mention tagged PERSON shows the story is about a
    person.
    """
    if entity.label in ("person", "group"):
        return entity.label == "person"  # "33 Democrats" counts people: a group has no age
    if any(firm_title(s.role) for s in entity.spans):
        return False  # "the drugmaker X, 40,": a firm's years are no person's age
    return any(s.label == "PERSON" for s in entity.spans)


def _cut_title(p: Parse, sentences: Mapping[str, Sentence], inside: Sequence[int]) -> int | None:
    """The token of a lone title abbreviation that ends a sentence the tokenizer cut after it ("Sgt."), when
    a name opens the next sentence; else None."""
    if len(inside) != 1:
        return None
    title = inside[0]
    lemma = p.lemma(title)
    word = p.word(title)
    if lemma not in TITLES or lemma in HONORIFICS or not word[:1].isupper() or len(word.rstrip(".")) > 4:
        return None  # an abbreviation ("Sgt.", "Rev."), not a word that ends a sentence ("Doctor Who.", "Iowa State.")
    end = title + 1 < len(p.t) and p.t[title + 1].start == p.t[title].end and p.word(title + 1) == "."
    if not (word.endswith(".") or end):
        return None
    if any(p.t[j].pos != "PUNCT" for j in range(title + 1, len(p.t))) or not p.s.text.rstrip().endswith("."):
        return None
    article, index = split_sentence_id(p.s.id)
    following = sentences.get(f"{article}:{index + 1}")
    if following is None or not following.tokens:
        return None
    return title if any(e.start == following.tokens[0].start for e in following.entities) else None


def _title_before(sid: str, sentences: Mapping[str, Sentence], parses: dict[str, Parse]) -> tuple[Parse, int] | None:
    """The sentence before ``sid`` and its last token, when that is a title cut off from the name opening ``sid``."""
    article, index = split_sentence_id(sid)
    before = sentences.get(f"{article}:{index - 1}")
    if before is None or not before.tokens:
        return None
    p = parses.get(before.id) or parses.setdefault(before.id, parse_of(before))
    last = max((j for j, t in enumerate(p.t) if t.pos != "PUNCT"), default=None)
    if last is None or _cut_title(p, sentences, [last]) is None:
        return None
    return p, last


def _aged(entity: ResolvedEntity, sentences: Mapping[str, Sentence], parses: dict[str, Parse]) -> bool:
    """True for an organisation or unknown whose name some sentence sets beside a bare age ("X, 41, was") or
    in apposition to a person's role before it ("A professor of economics at the University of Athens, X,").

    Not a firm named by its trade ("the drugmaker X, 40,": its years), nor a place or a group.
    """
    if entity.label not in ("organisation", "other") or any(firm_title(s.role) for s in entity.spans):
        return False
    for p, inside in _mentions(entity, sentences, parses):
        if inside and (age_after(p, inside[-1]) or _role_beside(p, inside) or _post_after(p, inside)):
            return True
    return False


def _town(entity: ResolvedEntity, sentences: Mapping[str, Sentence], parses: dict[str, Parse]) -> bool:
    """True for a name read as a person's only by its label, that some sentence sets before a comma and a US
    state as the press abbreviates it ("Jackson, Miss.", "Austin, Tex."): a town and its state.

    Not a name of two words the recogniser calls a person, nor one given a role or a person's cue anywhere
    in the story; the state must be abbreviated ("Tex.", not "Texas": "Ann Roe, Texas governor").
    """
    if entity.label != "person" or any(s.role or s.cue or len(s.text.split()) > 1 for s in entity.spans):
        return False
    for p, inside in _mentions(entity, sentences, parses):
        state = inside[-1] + 2 if inside else len(p.t)
        if state >= len(p.t) or p.word(state - 1) != ",":
            continue
        dotted = p.word(state).endswith(".") or (state + 1 < len(p.t) and p.word(state + 1) == ".")
        key = name_key(p.word(state).replace(".", ""))
        if dotted and us_state(key) not in (None, key):
            return True
    return False


def _mentions(
    entity: ResolvedEntity, sentences: Mapping[str, Sentence], parses: dict[str, Parse]
) -> Iterator[tuple[Parse, range]]:
    """Each mention of ``entity`` in a sentence with tokens: the sentence's parse (made once, kept in
    ``parses``) and the mention's tokens in it."""
    for span in entity.spans:
        sentence = sentences.get(span.sentence)
        if sentence is None or not sentence.tokens:
            continue
        p = parses.get(span.sentence) or parses.setdefault(span.sentence, parse_of(sentence))
        yield p, p.within(span.start, span.end)


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # imported on first use, as rolenouns does

    return float(zipf_frequency(word, "en"))


def _post_after(p: Parse, inside: Sequence[int]) -> bool:
    """True when a name of two capitalised words is set off by a post held at a body ("Ann Roe, technical
    manager of research for X,"): a person the recogniser called an organisation.

    The post must name what it is of, for or at: a descriptor with no body ("X, the pin-up model whose ...")
    says less, and read as a role it differs from every other descriptor of the person (a false alarm on a
    bench_real fresh5 story); a firm's words are no listed title ("Acme Corp., the maker of ..."), and its name
    ends with a common word ("Brightline Security, the manager of the fund").
    """
    words = [p.word(i) for i in inside]
    if len(inside) < 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if _zipf(words[-1].lower()) >= TUNING.entities.surname_zipf:  # "Brightline Security, the manager of ..."
        return False
    root = max(inside, key=lambda i: p.t[i].head not in inside)
    set_off = appositions(p, root, inside[-1])
    if not set_off:
        return False
    j = set_off[0]
    lemma = p.lemma(j)
    held = any(p.lemma(k) in ("of", "for", "at", "with") for k in p.dep_kids(j, ("prep",)))
    listed = lemma in TITLES or lemma in OCCUPATIONS
    return held and p.t[j].pos == "NOUN" and not plural(p, j) and listed and role_noun(lemma, p.word(j))


def _role_beside(p: Parse, inside: Sequence[int]) -> bool:
    """True when a name of two words or more is the apposition of a listed title or trade before it ("a
    professor ..., Yanis Varoufakis,"); not a word that only ends like one ("the cable operator, SEACOM")."""
    root = max(inside, key=lambda i: p.t[i].head not in inside)
    head = p.t[root].head
    lemma = p.lemma(head)
    return (
        len(inside) > 1
        and p.t[root].dep == "appos"
        and head < inside[0]
        and p.t[head].pos == "NOUN"
        and not plural(p, head)
        and (lemma in TITLES or lemma in OCCUPATIONS)
        and role_noun(lemma, p.word(head))
        # "said Paul Lee, president, ABC Entertainment Group": a title that is itself a person's apposition is
        # that person's, and the name after it the body where it is held
        and not (p.t[head].dep == "appos" and p.label.get(p.t[head].head) == "PERSON")
    )


#: Abbreviations of place words that have one long form ("Mt Cook" is "Mount Cook").
_PLACE_ABBREVIATIONS = {"mt": "mount", "mtn": "mountain", "ft": "fort", "pt": "point"}


def value_words(findings: list[Finding]) -> set[str]:
    """The words of some values, plural "s" dropped ("Guards" is "Guard"), "Mt" spelled "mount"."""
    words = (_PLACE_ABBREVIATIONS.get(w, w) for f in findings for w in name_key(f.text).split())
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words}
