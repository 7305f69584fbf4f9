"""What an article says about an entity where it names it: role, age, place, base, party, nationality.

Read from the stored dependency parse of the sentence around each mention,
never from patterns for particular names:

- words before a name that modify it ("Council leader Harriet Okafor",
  "Russian President Vladimir Putin", "Democrat Ann Cole", "76-year-old Ann Cole");
- an apposition after it ("Okafor, 52,", "Cole, the paper's Moscow correspondent",
  "Marlow, a market town in Buckinghamshire", "Cole (R-Texas)") or the noun it is
  the apposition of ("the commander of the 4th regiment, Ivan Petrov");
- a copular sentence or relative clause ("Okafor is the chief executive of the
  council", "Okafor, who is 58,"), or the group a list of names is said to be
  ("the only backs are X and Y", "artists including X and Y");
- attachments: "aged 61", "based in Reading", "a Swindon-based company",
  "Marlow in Buckinghamshire";
- an employer named with a role: "House Speaker", "Police chief", "AARP CEO X",
  "spokeswoman for Harbour Rail", "director to Rep. X", "Farenthold's chief of
  staff", "an analyst with Acme", "Saints coach X" (never the place an office is
  of: "Texas Governor", "the city's prosecutor"); not a bare word in brackets
  ("Hale (knee)").

Descriptions with no name ("the 76-year-old", "the 68-year-old congressman")
are read in ``attrrefer``, which also finds names the recogniser missed;
the words before a name in ``attrbefore``, appositions and party marks in ``attrappos``, places and bases in
``attrplace``, what a noun phrase set beside a name says in ``attrdescriptor``,
the role a noun phrase gives in ``attrrole``, posts named by a verb in ``attrclause``.

Each finding carries the confidence of the construction it came from
(``EntityTuning``): an apposition says more surely what it says than a
prepositional attachment.
"""

from __future__ import annotations

import dataclasses

from tuicompare.engine.attrappos import (
    appositions,
    coordinated_title,
    decade,
    group_titles,
    named_noun,
    party_after,
    possessor,
)
from tuicompare.engine.attrbefore import titles_inside, words_before
from tuicompare.engine.attrclause import verb_findings
from tuicompare.engine.attrcount import clause_counts, records
from tuicompare.engine.attrdescriptor import descriptor
from tuicompare.engine.attremployer import held_at, of_body, where_body
from tuicompare.engine.attrparse import (
    FINDINGS,
    Finding,
    Parse,
    age_finding,
    asserted,
    at_that_time,
    death_age,
    future,
    not_held_now,
    past_form,
    plural,
)
from tuicompare.engine.attrplace import (
    BASE_VERBS,
    around,
    base,
    hyphened_region,
    place_name,
    places,
    seat_words,
    sited,
)
from tuicompare.engine.attrrespective import set_off_age
from tuicompare.engine.attrrole import COPULAS, noun_role
from tuicompare.engine.attrroleword import capital_title
from tuicompare.engine.context import phrase_root
from tuicompare.engine.entities import PLACE_NOUNS
from tuicompare.engine.firms import firm_noun
from tuicompare.engine.names import TITLES
from tuicompare.engine.rolenouns import GROUP_NOUNS, OCCUPATIONS, PARTY_LETTERS, role_noun
from tuicompare.engine.tuning import TUNING
from tuicompare.models import Sentence

#: The attributes read, in the order outputs list them.
ATTRIBUTES = ("role", "employer", "age", "location", "base", "party", "nationality", "count")
#: Nouns for where an organisation sits ("whose headquarters is in Indianapolis").
_SEAT_NOUNS = frozenset({"headquarters", "headquarter", "base", "home", "seat"})
#: Labels of the names a record of wins and losses is read for: a fighter or a player, and a team, which the
#: recogniser calls a body, a place ("Indianapolis (11-4)": the city's team) or leaves untyped.
_RECORD_LABELS = frozenset({"person", "organisation", "place", "other"})
#: Verbs that say where a place lies ("X lies in Y", "X is in Y", "X is located in Y").
_LIE_VERBS = frozenset({"be", "lie", "sit", "locate", "situate"})


def mention_findings(sentence: Sentence, start: int, end: int, label: str, parse: Parse | None = None) -> list[Finding]:
    """Attributes the sentence states about the name at ``start:end`` (article offsets).

    Kept on the parse (``Parse.readings``): a parse kept across comparisons (``kept.parse_of``) reads a mention
    once, when the same story is compared again.

    Args:
        sentence: The analysed sentence holding the mention.
        start: Article offset of the mention.
        end: Article offset one past it.
        label: The entity's voted type (``person``, ``place``, ``organisation``...).
        parse: The sentence's parse, when the caller reads several mentions of it.

    Returns:
        Findings in reading order (a new list each call); empty when the tokens of the mention are not found.
    """
    p = parse or Parse(sentence)
    key = (FINDINGS, start, end, label)
    found = p.readings.get(key)
    if found is None or found[0] is not TUNING.entities:
        found = p.readings[key] = (TUNING.entities, tuple(_findings(p, start, end, label)))
    return list(found[1])


def _findings(p: Parse, start: int, end: int, label: str) -> list[Finding]:
    """``mention_findings`` read afresh from the sentence's parse ``p``."""
    inside = p.within(start, end)
    if not inside:
        return []
    tuning = TUNING.entities
    first, last = inside[0], inside[-1]
    root = phrase_root(p.t, first, last)
    out: list[Finding] = []
    titles_inside(p, first, last, label, tuning.apposition, out)
    words_before(p, first, last, root, label, tuning.apposition, out)
    if label == "person":
        for j in group_titles(p, root):  # "head coaches John Lucas, Johnny Davis and Larry Brown"
            noun_role(p, j, tuning.apposition, out, group=True)
    if label == "person":
        _title_of_field(p, first, root, out)
        _group_named(p, root, out)
        _others_of_kind(p, root, out)
    set_off = appositions(p, root, last)
    for n, j in enumerate(set_off):
        if possessor(p, j) and n + 1 < len(set_off):  # "Farenthold's" of "chief of staff"
            role = set_off[n + 1]
            if label == "person" and p.label.get(j) not in ("GPE", "LOC") and role_noun(p.lemma(role), p.word(role)):
                out.append(p.finding("employer", p.left(j), j, tuning.apposition))
            continue
        if _bracketed_name(p, j) or _bracketed_note(p, j):
            continue  # "Simon Beaufoy (Slumdog Millionaire)": a credit; "Hale (knee)": an injury, not what he is
        descriptor(p, j, label, tuning.apposition, out)
    if label == "person" and set_off and any(f.attribute == "role" for f in out):
        # "Ann Cole, security analyst with Harbour Rail,": the parser may hang the body's "with" on the name
        end = p.right(set_off[-1])
        preps = [k for k in p.dep_kids(root, ("prep",)) if k == end + 1]
        out.extend(p.finding("employer", *span, tuning.apposition) for span in held_at(p, root, preps))
    if label == "person":  # "the Rev. X of the Harlow Bible Church told reporters"
        out.extend(p.finding("employer", *span, tuning.attachment) for span in of_body(p, root, last))
    for other in p.dep_kids(root, ("conj",)):  # "Long and Bosma, both Republicans,": said of each
        for j in p.dep_kids(other, ("appos",)):
            if j > other and any(p.lemma(d) in ("both", "all") for d in p.dep_kids(j, ("det", "predet"))):
                descriptor(p, j, label, tuning.apposition, out)
    head = p.t[root].head
    # "the commander of the regiment, Ivan Petrov"; not "the president Blumenthal worked for", where the
    # name starts a relative clause the parser hung elsewhere
    # "the coach the Rovers fired": a clause the parser hung on the title as a participle is a relative one too
    clause_after = last + 1 < len(p.t) and (
        p.t[last + 1].dep == "relcl" or (p.t[last + 1].dep == "acl" and p.t[last + 1].head == head)
    )
    # "The German Chancellor, Angela Merkel,": a title the tagger calls a proper noun counts as the noun; so does
    # one that opens the sentence, capitalised by its place ("Director of clinics for the X School, Pat Mott, said")
    title = p.t[head].pos == "NOUN" or (
        p.t[head].pos == "PROPN"
        and head not in p.label
        and (bool(p.dep_kids(head, ("det",))) or p.left(head) == 0)
        and role_noun(p.lemma(head), p.word(head))
    )
    if p.t[root].dep == "appos" and head < first and title and label != "place" and not clause_after:
        descriptor(p, head, label, tuning.apposition, out)
    if coordinated_title(p, root, head, first):  # "GOP presidential candidate and former Governor Mitt Romney"
        descriptor(p, head, label, tuning.apposition, out)
    if label == "person" and (noun := named_noun(p, root, first)) is not None:  # "a photographer named X"
        descriptor(p, noun, label, tuning.apposition, out)
    # a name the parser compounded on a verb is its subject ("Actress Dana Poe Dies at 91" in a headline)
    subject = p.t[root].dep in ("nsubj", "nsubjpass") or (p.t[root].dep == "compound" and p.t[head].pos == "VERB")
    main = head
    if not subject and _names_subject(p, root, first):  # "One of the best-known ..., X, has died, aged 77"
        subject, main = True, p.t[head].head
    verbs = [main] if subject else []
    for verb in verbs[:1] + [c for c in p.dep_kids(main, ("conj",)) if verbs]:  # "X died at 91", "X ... and died at 91"
        died = death_age(p, verb, tuning.copular)
        if died is not None:
            out.append(died)
    # "who is 58", "who has 14,000 followers and was a spokeswoman"; after "the aide, Ann Cole, 31," the
    # parser hangs the clause on "aide", which the name is set beside
    beside = p.t[root].dep == "appos" and head < first and p.t[head].pos == "NOUN"
    relative = p.dep_kids(root, ("relcl",)) + ([j for j in p.dep_kids(head, ("relcl",)) if j > last] if beside else [])
    # "X, whose wife is a surgeon,": a clause about another subject says nothing of X's post or counts
    own = [rel for rel in relative if not _other_subject(p, rel)]
    verbs += own + [c for rel in own for c in p.dep_kids(rel, ("conj",)) if p.t[c].pos in ("VERB", "AUX")]
    # "Buckley was well equipped but was an inexperienced climber": a second verb sharing the subject
    verbs += [c for v in verbs[:1] for c in p.dep_kids(v, ("conj",)) if _shares_subject(p, c)]
    for verb in verbs:
        if p.lemma(verb) in COPULAS and asserted(p, verb):
            mark = len(out)
            for j in p.dep_kids(verb, ("attr", "acomp")):
                descriptor(p, j, label, tuning.copular, out)
            ages = [j for k in p.dep_kids(verb, ("prep",)) if p.lemma(k) == "in" for j in p.dep_kids(k, ("pobj",))]
            out.extend(p.finding("age", j, j, tuning.copular) for j in ages if decade(p, j))  # "who is in his 50s"
            if len(out) > mark and (body := where_body(p, verb)) is not None:
                out.append(p.finding("employer", *body, tuning.copular))  # "the X School, where Cole is the head"
            if future(p, verb) or past_form(p, verb):  # "will be the fifth coach", "was mayor": not a post held now
                not_held_now(out, mark)
            if past_form(p, verb) and at_that_time(p, verb):  # "who was 18 at the time of the shooting"
                out[mark:] = [dataclasses.replace(f, past=True) if f.attribute == "age" else f for f in out[mark:]]
    objects = [head] if p.t[root].dep == "dobj" else []  # "the club fired Ann Cole as coach"
    verb_findings(p, verbs, label, tuning.copular, noun_role, out, objects)
    if label == "organisation":
        for rel in relative:  # "the NCAA, whose headquarters is in Indianapolis"
            if any(p.lemma(j) in _SEAT_NOUNS for j in p.dep_kids(rel, ("nsubj",))) and asserted(p, rel):
                places(p, rel, tuning.copular, out, "base")
        for verb in verbs:  # "which has its headquarters in Swindon", "X has its base in Y": a seat it has
            seats = [j for j in p.dep_kids(verb, ("dobj",)) if p.lemma(j) in _SEAT_NOUNS]
            if p.lemma(verb) == "have" and seats and asserted(p, verb):
                for j in [verb, *seats]:  # the parser hangs "in Swindon" on the verb or on the seat
                    places(p, j, tuning.copular, out, "base")
    clause_counts(p, root, own, last, tuning.copular, out)
    if label == "person" and party_after(p, last):  # "Rep. X, R-Tenn." however the parser hung it
        out.append(p.finding("party", last + 2, last + 2, tuning.apposition))
    if label in _RECORD_LABELS:  # "Ann Roe (12-3)", "the Hawks fell to 5-10": a fighter's or a team's wins and losses
        out.extend(records(p, root, last, verbs, label == "person", tuning.apposition, tuning.copular))
    if (age := set_off_age(p, first, last, label, tuning.apposition)) is not None:  # "Ann Roe, in her 50s,"
        out.append(age)  # or "Ann and Jim Roe, aged 16 and 13 respectively": the list's age at her place
    for j in p.dep_kids(root, ("amod", "acl")):
        if j > last:
            age = age_finding(p, j, tuning.apposition)  # "Smith, aged 61,"
            if age is not None:
                out.append(age)
    if label == "organisation" or label == "place":
        base(p, root, tuning.apposition, out)
        if label == "organisation" and p.t[root].dep == "compound" and p.t[root].head > last:
            seat_words(p, p.t[root].head, first, tuning.apposition, out)  # "the Egyptian MENA news agency"
        for j in p.dep_kids(root, ("compound",)):  # "the Utah-based group Principle Voices": said of the group it names
            if j < first and p.t[j].pos == "NOUN":
                base(p, j, tuning.apposition, out)
                if firm_noun(p.lemma(j)) or p.lemma(j) in GROUP_NOUNS:
                    seat_words(p, j, first, tuning.apposition, out)  # "Swiss firm X": the firm's country
        if p.t[root].dep in ("nsubjpass", "nsubj") and p.lemma(head) in BASE_VERBS:
            places(p, head, tuning.copular, out, "base")
    # "the Kupiansk district": the name qualifies a place noun, which carries the clause
    clause = head if p.t[root].dep == "compound" and p.lemma(head) in PLACE_NOUNS else root
    verb = p.t[clause].head
    if label == "place" and p.t[clause].dep in ("nsubj", "nsubjpass") and p.lemma(verb) in _LIE_VERBS:
        places(p, verb, tuning.copular, out)  # "the Kupiansk district lies in the Kharkiv region"
    region = hyphened_region(p, last) if label == "place" else None
    if region is not None:  # "Plano, Texas-based EDS": Plano lies in Texas
        out.append(p.finding("location", *region, tuning.attachment))
    # "the Kettering Motor Show in Dale": an event held somewhere, whatever the story voted its name, is no place;
    # a site it names is ("the Watergate building in Washington")
    event = label == "place" and "EVENT" in map(p.label.get, inside)  # read only where it counts, looked up in C
    placelike = label != "person" and ((label == "place" and not event) or sited(p, inside, root))
    if placelike:
        around(p, first, last, root, tuning.attachment, out)  # "New Zealand's X park", "X building in Y"
        # "struck Tulsa in the United States": right after the name, the parser may hang "in" on the verb
        verb_in = [k for k in p.dep_kids(head, ("prep",)) if p.t[root].dep == "dobj"] if label == "place" else []
        for prep in p.dep_kids(root, ("prep",)) + verb_in:
            if p.lemma(prep) == "in" and prep == last + 1:
                for obj in p.dep_kids(prep, ("pobj",)):
                    named = place_name(p, obj)
                    if named is not None and (prep not in verb_in or p.label.get(obj) == "GPE"):
                        out.append(p.finding("location", *named, tuning.attachment))
    if len(out) < 2:
        return out  # most mentions say nothing or one thing: no finding to hash, dedupe or order
    return sorted(set(out), key=lambda f: (f.start, f.attribute, f.end, f.confidence, f.text))


def _bracketed_name(p: Parse, j: int) -> bool:
    """True for a name of several capitalised words in brackets after a name: a work or a credit, no role.

    Not a party mark ("(R-Texas)", "(D)") nor a number ("(52)"), which ``attrdescriptor.descriptor`` reads.
    """
    start = p.left(j)
    words = range(start + (p.word(start) == "("), j + 1)
    return (
        start > 0
        and "(" in (p.word(start), p.word(start - 1))
        and p.t[j].pos == "PROPN"
        and len(words) > 1
        and all(p.t[k].pos == "PROPN" and p.word(k)[:1].isupper() and p.word(k) != "-" for k in words)
    )


def _title_of_field(p: Parse, first: int, root: int, out: list[Finding]) -> None:
    """The title of "vice president of worldwide marketing Ann Cole": the parser hangs the name on "of",
    with the post's field compounded on it; the title and its field are her role, the field alone none."""
    of = p.t[root].head
    title = p.t[of].head
    field = [j for j in p.dep_kids(root, ("compound", "amod")) if j < first and p.t[j].pos == "NOUN"]
    if p.t[root].dep != "pobj" or p.lemma(of) != "of" or title != of - 1 or not field:
        return
    if p.t[title].pos != "NOUN" or not role_noun(p.lemma(title), p.word(title)):
        return
    start, end = p.t[p.left(min(field))].start, p.t[first].start
    out[:] = [f for f in out if not (f.attribute == "role" and start <= f.start and f.end <= end)]
    found: list[Finding] = []
    noun_role(p, title, TUNING.entities.apposition, found)
    for f in found:
        if f.start >= end or start <= f.start < end:
            continue  # the name itself, read after "of" as the post's body
        if f.attribute == "role" and f.head == p.lemma(title):
            a = next(i for i, t in enumerate(p.t) if t.start == f.start)
            f = p.finding("role", a, first - 1, f.confidence, head=f.head, words=f.words, past=f.past)
        out.append(f)


def _group_named(p: Parse, root: int, out: list[Finding]) -> None:
    """The role of a group a list of names is said to be: "the only other running backs are X and Y" (a
    copula with the names after it), "original artists including X, Y and Z"; each name's."""
    lead = root
    while p.t[lead].dep == "conj" and p.t[lead].head < lead:
        lead = p.t[lead].head
    verb = p.t[lead].head
    tuning = TUNING.entities
    if p.t[lead].dep == "attr" and p.lemma(verb) in COPULAS and asserted(p, verb):
        mark = len(out)
        for subject in p.dep_kids(verb, ("nsubj",)):
            if p.t[subject].pos == "NOUN" and subject < lead:
                noun_role(p, subject, tuning.copular, out, group=plural(p, subject))
        if future(p, verb) or past_form(p, verb):  # "the backs will be X and Y": not a post held now
            not_held_now(out, mark)
    elif p.t[lead].dep == "pobj" and p.lemma(verb) == "include" and p.t[verb].pos == "VERB":
        group = p.t[verb].head
        if p.t[verb].dep == "prep" and group < verb and p.t[group].pos == "NOUN" and plural(p, group):
            noun_role(p, group, tuning.attachment, out, group=True)


def _others_of_kind(p: Parse, root: int, out: list[Finding]) -> None:
    """The group "and other" sets a list of names in: "X and other former players" says X is one (each name's).

    The role is the group's noun and its modifiers without "other", which says only that the names are of it;
    "X and other FLDS members" says X belongs to a body, which is no post.
    """
    lead = root
    while p.t[lead].dep in ("conj", "appos") and p.t[lead].head < lead and p.label.get(p.t[lead].head) == "PERSON":
        lead = p.t[lead].head  # "X, Y and other nurses": the parser hangs the list on its first name
    names, n = [lead], 0
    while n < len(names):  # the names of the list, each hung on the one before it or on the first
        names += [k for k in p.dep_kids(names[n], ("conj", "appos")) if p.label.get(k) == "PERSON"]
        n += 1
    for group in (g for name in names for g in p.dep_kids(name, ("conj",))):
        others = [j for j in p.dep_kids(group, ("amod",)) if p.lemma(j) == "other"]
        if group < root or p.t[group].pos != "NOUN" or not plural(p, group) or not others or p.lemma(group) == "member":
            continue
        mark = len(out)
        noun_role(p, group, TUNING.entities.attachment, out, group=True)
        cut = p.t[others[0]].end
        for n, f in enumerate(out[mark:], mark):
            if f.attribute == "role" and f.start < cut < f.end:
                a = next(i for i, t in enumerate(p.t) if t.start > cut)
                b = next(i for i, t in enumerate(p.t) if t.end == f.end)
                out[n] = p.finding("role", a, b, f.confidence, head=f.head, words=f.words, past=f.past)


def _bracketed_note(p: Parse, j: int) -> bool:
    """True for one bare word in brackets after a name that is no listed title ("Hale (knee)", "(groin)").

    A sports page notes an injury or a side so; a role in brackets is a listed title ("(chairman)").
    Not a party mark ("(D)"), read by ``attrdescriptor.descriptor``, nor a number ("(52)").
    """
    lemma = p.lemma(j)
    return (
        p.left(j) == j
        and j > 0
        and p.word(j - 1) == "("
        and j + 1 < len(p.t)
        and p.word(j + 1) == ")"
        and p.t[j].pos in ("NOUN", "PROPN")
        and lemma not in PARTY_LETTERS
        and not (lemma in TITLES or lemma in OCCUPATIONS or capital_title(p, j))
    )


def _shares_subject(p: Parse, verb: int) -> bool:
    """True for a coordinated copula with no subject of its own, so its subject is the first verb's."""
    return p.lemma(verb) in COPULAS and not p.dep_kids(verb, ("nsubj", "nsubjpass", "expl"))


def _other_subject(p: Parse, rel: int) -> bool:
    """True for a relative clause whose subject is a noun of its own ("whose wife is a surgeon", "where Cole is
    the head"), not the relative pronoun standing for the name."""
    return any(p.t[k].pos in ("NOUN", "PROPN") for k in p.dep_kids(rel, ("nsubj", "nsubjpass")))


def _names_subject(p: Parse, root: int, first: int) -> bool:
    """True for a name set after the subject it names, as its apposition ("One of the best-known bosses, X, has
    died"; "His brother, X, was a priest"): what the verb says of the subject it says of the name."""
    head = p.t[root].head
    return (
        p.t[root].dep == "appos"
        and head < first
        and p.t[head].dep in ("nsubj", "nsubjpass")
        and p.t[p.t[head].head].pos in ("VERB", "AUX")
    )
