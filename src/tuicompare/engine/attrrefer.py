"""Whom a description with no name refers to: "the 76-year-old said", "the 68-year-old congressman".

The press often gives an age only in a later description of someone it named
before. Such a phrase is read (``unnamed_ages``) and attached to one person of
the story (``refer_unnamed``), using the story's resolved entities (only
people have an age) and the roles the same article gives them, never lists of
names:

- the one person named in the sentence before, when the description's own
  sentence names no one (a person named beside it is someone else: "the
  30-year-old sergeant fired into Gray's body") and is no object of a verb,
  unless the description's office rules that person out ("Mayor Ann Cole
  spoke. The 40-year-old senator ...");
- else, for a description with an office or trade noun, the one person named
  so far in the article whose role there has that head ("Rep. Bob Ives ... the
  68-year-old congressman": a congressman is a representative). Two such
  people, or none, and the age is left unattached.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence

from tuicompare.engine.attrparse import Finding, Parse, age_finding
from tuicompare.engine.entities import ResolvedEntity
from tuicompare.engine.kept import parse_of
from tuicompare.engine.roles import GENERIC, distinct_offices, role_words
from tuicompare.engine.tuning import TUNING
from tuicompare.models import Sentence, split_sentence_id

#: The role findings of each person, by (entity index, article).
Roles = Mapping[tuple[int, str], Sequence[Finding]]


def _the_noun(p: Parse, i: int) -> bool:
    """True for the head noun of "the 34-year-old aid worker", a subject or object that names no one."""
    return (
        p.t[i].pos == "NOUN"
        and i not in p.label
        and p.t[i].dep in ("nsubj", "nsubjpass", "dobj")
        and any(p.lemma(d) == "the" for d in p.dep_kids(i, ("det",)))
    )


def unnamed_ages(sentence: Sentence, parse: Parse | None = None) -> list[Finding]:
    """Ages of people the sentence does not name: "the 76-year-old said ...", "the 68-year-old congressman".

    Each finding's ``head`` is the lemma of the noun the age describes
    ("congressman"), ``""`` for "the 76-year-old" alone: ``attrrefer`` uses it to
    find whom the phrase refers to.
    """
    p = parse or Parse(sentence)
    out = []
    for i, tok in enumerate(p.t):
        if p.lemma(i) != "old":
            continue
        if tok.dep == "amod":
            if not _the_noun(p, tok.head):
                continue  # "a 76-year-old man" may be anyone; "the 34-year-old aid worker" is someone named before
            noun = p.lemma(tok.head)
        elif p.dep_kids(i, ("det",)) or tok.dep in ("nsubj", "nsubjpass", "dobj", "pobj"):
            if tok.dep == "acomp":
                continue
            noun = ""
        else:
            continue
        found = age_finding(p, i, TUNING.entities.unnamed)
        if found is not None:
            out.append(dataclasses.replace(found, head=noun))
    return out


def refer_unnamed(
    resolved: Sequence[ResolvedEntity],
    sentences: Mapping[str, Sentence],
    parses: dict[str, Parse],
    roles: Roles,
    add: Callable[[int, Finding], None],
) -> None:
    """Attach each unnamed age of the story to the person it refers to, when one person fits.

    Args:
        resolved: The story's entities; only people (``label == "person"``) get an age.
        sentences: Every sentence of the story by id.
        parses: Parses already made, by sentence id (filled as needed).
        roles: The roles each article gives each entity where it names it.
        add: Records a finding for an entity index.
    """
    people: dict[str, set[int]] = {}
    for k, entity in enumerate(resolved):
        if entity.label == "person":
            for s in entity.spans:
                people.setdefault(s.sentence, set()).add(k)
    for sid, sentence in sentences.items():
        if _OLD.isdisjoint([t.lemma for t in sentence.tokens]):
            continue
        article, index = split_sentence_id(sid)
        # a person named in the description's own sentence is someone else (the text would say "he"): "The
        # 30-year-old sergeant fired 11 shots ... into Gray's body"; the one named just before is its referent
        near = set() if people.get(sid) else people.get(f"{article}:{index - 1}", set())
        parse = parses.get(sid) or parses.setdefault(sid, parse_of(sentence))
        for f in unnamed_ages(sentence, parse):
            # "Timmons aimed, striking the 10-year-old girl": whoever a clause acts on is not its subject, so
            # an object is attached only through an office the person holds
            close = not _acted_on(parse, f)
            if close and len(near) == 1 and not _ruled_out(f.head, roles.get((next(iter(near)), article), ())):
                add(next(iter(near)), f)
                continue
            named = {k for other, ks in people.items() if _before(other, article, index) for k in ks}
            fits = [k for k in sorted(named) if _holds(f.head, roles.get((k, article), ()))]
            if len(fits) == 1:
                add(fits[0], f)


#: Every spelling whose lower case is "old" (no other character lower-cases to o, l or d):
#: one set test per sentence instead of lower-casing each lemma.
_OLD = frozenset(a + b + c for a in "oO" for b in "lL" for c in "dD")


def _acted_on(p: Parse, f: Finding) -> bool:
    """True when the description holding the age ``f`` is the object of a verb or preposition."""
    i = next((k for k, t in enumerate(p.t) if t.start == f.start), None)
    seen = 0
    while i is not None and p.t[i].dep in ("amod", "compound", "nummod", "npadvmod", "nmod") and seen < len(p.t):
        i, seen = p.t[i].head, seen + 1
    return i is not None and p.t[i].dep in ("dobj", "pobj")


def _before(sid: str, article: str, index: int) -> bool:
    """True for a sentence of ``article`` at or before ``index``."""
    other, at = split_sentence_id(sid)
    return other == article and at <= index


def _ruled_out(noun: str, roles: Sequence[Finding]) -> bool:
    """True when the description's office excludes every office the person holds ("senator" for a mayor)."""
    return bool(noun) and bool(roles) and all(distinct_offices([noun], f.words) for f in roles)


def _holds(noun: str, roles: Sequence[Finding]) -> bool:
    """True when the person holds the office or trade the description names ("congressman" for a "Rep.").

    A generic noun ("leader", "official") fits only a role with that very head ("the leader of the sect",
    then "the 61-year-old sect leader"): its kin words would fit almost anyone.
    """
    words = role_words([noun]) - GENERIC
    if not words and noun in GENERIC:
        return any(f.head == noun for f in roles)
    return bool(words) and any(words & role_words([f.head]) for f in roles)


def refound_mentions(
    resolved: Sequence[ResolvedEntity], sentences: Mapping[str, Sentence]
) -> list[tuple[int, str, int, int]]:
    """Names of people the recogniser missed in some sentence ("Farenthold, R-Texas, had ...").

    A run of proper nouns spelled exactly as a mention of one person of the
    story, or as its surname, and as no other entity's mention or word of one
    (or, when others share it, as that person's own mention and no other's),
    in an article that names that person elsewhere, with no recognised name
    over it and no proper noun either side.

    Returns:
        ``(entity index, sentence id, start, end)`` per name found again.
    """
    owners: dict[str, set[int]] = {}
    spelled: dict[str, set[int]] = {}  # whose mention is spelled exactly so
    for k, entity in enumerate(resolved):
        for s in entity.spans:
            words = s.text.split()
            spelled.setdefault(s.text, set()).add(k)
            for text in {s.text, words[-1] if words else ""} if entity.label == "person" else set(words) | {s.text}:
                owners.setdefault(text, set()).add(k)  # a person's surname alone; any word of another name
    # A name several entities share ("Cheeks" of "Maurice Cheeks" and "Mo Cheeks") goes to the one person
    # the resolver already made of that very spelling, as the rest of the engine reads it.
    owned = {text: ks if len(ks) == 1 else spelled.get(text, ks) for text, ks in owners.items()}
    names = {
        text: next(iter(ks))
        for text, ks in owned.items()
        if len(ks) == 1 and text[:1].isupper() and resolved[next(iter(ks))].label == "person"
    }
    out: list[tuple[int, str, int, int]] = []
    if not names:
        return out  # no person's name to find again
    # ``Span.article``: the article part of the span's sentence id, split once when the span was made.
    articles = {(k, s.article) for k, e in enumerate(resolved) for s in e.spans}
    for sid, sentence in sentences.items():
        toks = sentence.tokens
        text, base = sentence.text, sentence.start
        if not any(map(text.__contains__, names)):  # asked of every sentence: no generator resumed per name
            continue  # a run found again is spelled as one of the names: none is in the sentence
        # A proper noun, or a capitalised noun (the tagger calls a surname opening a sentence a noun);
        # inline, as it is asked of every token of the story.
        proper = [
            t.pos == "PROPN" or (t.pos == "NOUN" and text[t.start - base : t.end - base][:1].isupper()) for t in toks
        ]
        article = split_sentence_id(sid)[0]
        n, i = len(toks), _next_true(proper, 0)
        while i < n:
            j = i
            while j < n and proper[j]:
                j += 1  # a whole run of proper nouns: part of one is another name ("Malia Obama")
            start, end = toks[i].start, toks[j - 1].end
            owner = names.get(sentence.between(start, end))
            if (
                owner is not None
                and (owner, article) in articles
                and not any(e.start < end and start < e.end for e in sentence.entities)
            ):
                out.append((owner, sid, start, end))
            i = _next_true(proper, j)
    return out


def _next_true(flags: list[bool], start: int) -> int:
    """The index of the first true flag at or after ``start``, else ``len(flags)`` (the scan runs in C)."""
    try:
        return flags.index(True, start)
    except ValueError:
        return len(flags)
