"""What an article says about an entity where it names it: role, age, place, base, party, nationality.

Read from the stored dependency parse of the sentence around each mention,
never from patterns for particular names:

- words before a name that modify it ("Council leader Harriet Okafor",
  "Russian President Vladimir Putin", "Democrat Ann Cole", "76-year-old Ann Cole");
- an apposition after it ("Okafor, 52,", "Cole, the paper's Moscow correspondent",
  "Marlow, a market town in Buckinghamshire", "Cole (R-Texas)") or the noun it is
  the apposition of ("the commander of the 4th regiment, Ivan Petrov");
- a copular sentence or relative clause ("Okafor is the chief executive of the
  council", "Okafor, who is 58,");
- attachments: "aged 61", "based in Reading", "a Swindon-based company",
  "Marlow in Buckinghamshire";
- an employer named with a role: "House Speaker", "Police chief", "AARP CEO X",
  "spokeswoman for Harbour Rail", "director to Rep. X", "Farenthold's chief of
  staff" (never the place an office is of: "Texas Governor", "the city's
  prosecutor").

Descriptions with no name ("the 76-year-old", "the 68-year-old congressman")
are read in ``attrrefer``, which also finds names the recogniser missed;
appositions and party marks in ``attrappos``, places and bases in
``attrplace``, the role a noun phrase gives in ``attrrole``, posts named by a
verb in ``attrclause``.

Each finding carries the confidence of the construction it came from
(``EntityTuning``): an apposition says more surely what it says than a
prepositional attachment.
"""

from __future__ import annotations

from tuicompare.engine.attrappos import (
    appositions,
    coordinated_title,
    decade,
    decade_after,
    group_titles,
    party_after,
    party_mark,
    possessor,
)
from tuicompare.engine.attrclause import verb_findings
from tuicompare.engine.attrcount import clause_counts, count_finding, of_counts
from tuicompare.engine.attrparse import (
    Finding,
    Parse,
    age_finding,
    asserted,
    death_age,
    future,
    not_held_now,
    past_form,
    plural,
    skip_det,
)
from tuicompare.engine.attrplace import BASE_VERBS, PLACE_LABELS, around, base, listed, place_name, places, sited
from tuicompare.engine.attrrole import COPULAS, capital_title, norp, noun_role, numbered_name, unlabelled_name
from tuicompare.engine.context import phrase_root, tokens_within
from tuicompare.engine.entities import PLACE_NOUNS
from tuicompare.engine.names import HONORIFICS, TITLES
from tuicompare.engine.rolenouns import OCCUPATIONS, PARTY_LETTERS, PARTY_WORDS, role_noun
from tuicompare.engine.tuning import TUNING
from tuicompare.models import Sentence

#: The attributes read, in the order outputs list them.
ATTRIBUTES = ("role", "employer", "age", "location", "base", "party", "nationality", "count")
#: Nouns for where an organisation sits ("whose headquarters is in Indianapolis").
_SEAT_NOUNS = frozenset({"headquarters", "headquarter", "base", "home", "seat"})
#: Verbs that say where a place lies ("X lies in Y", "X is in Y", "X is located in Y").
_LIE_VERBS = frozenset({"be", "lie", "sit", "locate", "situate"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "punct", "npadvmod", "nummod"})


def _descriptor(p: Parse, noun: int, label: str, confidence: float, out: list[Finding]) -> None:
    """What a noun phrase set beside a name says of it: an age, a role, or for a place its container."""
    age = age_finding(p, noun, confidence)
    if age is not None:
        out.append(age)
    if p.t[noun].pos == "NUM":
        if label == "person":
            _one_of(p, noun, confidence, out)
        return
    if p.lemma(noun) in PARTY_LETTERS and noun > 0 and p.word(noun - 1) == "(" and p.right(noun, True) == noun:
        out.append(p.finding("party", noun, noun, confidence))  # "Inslee (D)": a party mark alone
        return
    of_counts(p, noun, confidence, out)  # "a village of 400 people"
    if party_mark(p, noun):  # "(R-Texas)": a party and a state, not a role nor a place
        mark = next(j for j in p.dep_kids(noun, "compound") if p.lemma(j) in PARTY_LETTERS)
        out.append(p.finding("party", mark, mark, confidence))
        return
    if label == "place":
        if p.lemma(noun) in PLACE_NOUNS:
            places(p, noun, confidence, out)
        elif (p.label.get(noun) in PLACE_LABELS or p.t[noun].pos == "PROPN") and not listed(p, noun):
            named = place_name(p, noun)
            if named is not None:
                out.append(p.finding("location", *named, confidence))
        return
    if p.t[noun].pos == "PROPN" and p.label.get(noun) in PLACE_LABELS:
        return
    counted = None if role_noun(p.lemma(noun), p.word(noun)) else count_finding(p, noun, confidence)
    if counted is not None:  # "three term Texas Governor Rick Perry" read as "term, Rick Perry"; not "one senator, X"
        out.append(counted)
        return
    if p.t[noun].pos == "PROPN" and p.label.get(noun) == "NORP":
        norp(p, noun, confidence, out)
        return
    base(p, noun, confidence, out)
    if label == "person":
        noun_role(p, noun, confidence, out)


def _one_of(p: Parse, noun: int, confidence: float, out: list[Finding]) -> None:
    """A person as "one of the Ns": the Ns' trade is a role ("one of the most popular players"), a team named
    by them the employer ("one of the most popular 76ers")."""
    if p.lemma(noun) != "one":
        return
    for of in p.dep_kids(noun, "prep"):
        for group in p.dep_kids(of, "pobj") if p.lemma(of) == "of" else []:
            if numbered_name(p, group) or p.label.get(group) == "ORG":
                out.append(p.finding("employer", group, group, confidence))
            elif p.t[group].pos == "NOUN" and plural(p, group):
                mark = len(out)
                noun_role(p, group, confidence, out, group=True)
                not_held_now(out, mark)  # a group one is counted in, over a career: nothing against an office


def mention_findings(sentence: Sentence, start: int, end: int, label: str, parse: Parse | None = None) -> list[Finding]:
    """Attributes the sentence states about the name at ``start:end`` (article offsets).

    Args:
        sentence: The analysed sentence holding the mention.
        start: Article offset of the mention.
        end: Article offset one past it.
        label: The entity's voted type (``person``, ``place``, ``organisation``...).
        parse: The sentence's parse, when the caller reads several mentions of it.

    Returns:
        Findings in reading order; empty when the tokens of the mention are not found.
    """
    p = parse or Parse(sentence)
    inside = tokens_within(p.t, start, end)
    if not inside:
        return []
    tuning = TUNING.entities
    first, last = inside[0], inside[-1]
    root = phrase_root(p.t, first, last)
    out: list[Finding] = []
    _titles_inside(p, first, last, label, tuning.apposition, out)
    _before(p, first, last, root, label, tuning.apposition, out)
    if label == "person":
        for j in group_titles(p, root):  # "head coaches John Lucas, Johnny Davis and Larry Brown"
            noun_role(p, j, tuning.apposition, out, group=True)
    set_off = appositions(p, root, last)
    for n, j in enumerate(set_off):
        if possessor(p, j) and n + 1 < len(set_off):  # "Farenthold's" of "chief of staff"
            role = set_off[n + 1]
            if label == "person" and p.label.get(j) != "GPE" and role_noun(p.lemma(role), p.word(role)):
                out.append(p.finding("employer", p.left(j), j, tuning.apposition))
            continue
        if _bracketed_name(p, j):
            continue  # "Simon Beaufoy (Slumdog Millionaire)": a credit, not what he is
        _descriptor(p, j, label, tuning.apposition, out)
    for other in p.dep_kids(root, "conj"):  # "Long and Bosma, both Republicans,": said of each
        for j in p.dep_kids(other, "appos"):
            if j > other and any(p.lemma(d) in ("both", "all") for d in p.dep_kids(j, "det", "predet")):
                _descriptor(p, j, label, tuning.apposition, out)
    head = p.t[root].head
    # "the commander of the regiment, Ivan Petrov"; not "the president Blumenthal worked for", where the
    # name starts a relative clause the parser hung elsewhere
    clause_after = last + 1 < len(p.t) and p.t[last + 1].dep == "relcl"
    # "The German Chancellor, Angela Merkel,": a title the tagger calls a proper noun counts as the noun
    title = p.t[head].pos == "NOUN" or (
        p.t[head].pos == "PROPN"
        and head not in p.label
        and bool(p.dep_kids(head, "det"))
        and role_noun(p.lemma(head), p.word(head))
    )
    if p.t[root].dep == "appos" and head < first and title and label != "place" and not clause_after:
        _descriptor(p, head, label, tuning.apposition, out)
    if coordinated_title(p, root, head, first):  # "GOP presidential candidate and former Governor Mitt Romney"
        _descriptor(p, head, label, tuning.apposition, out)
    # a name the parser compounded on a verb is its subject ("Actress Dana Poe Dies at 91" in a headline)
    subject = p.t[root].dep in ("nsubj", "nsubjpass") or (p.t[root].dep == "compound" and p.t[head].pos == "VERB")
    verbs = [head] if subject else []
    for verb in verbs[:1] + [c for c in p.dep_kids(head, "conj") if verbs]:  # "X died at 91", "X ... and died at 91"
        died = death_age(p, verb, tuning.copular)
        if died is not None:
            out.append(died)
    # "who is 58", "who has 14,000 followers and was a spokeswoman"; after "the aide, Ann Cole, 31," the
    # parser hangs the clause on "aide", which the name is set beside
    beside = p.t[root].dep == "appos" and head < first and p.t[head].pos == "NOUN"
    relative = p.dep_kids(root, "relcl") + ([j for j in p.dep_kids(head, "relcl") if j > last] if beside else [])
    verbs += relative + [c for rel in relative for c in p.dep_kids(rel, "conj") if p.t[c].pos in ("VERB", "AUX")]
    # "Buckley was well equipped but was an inexperienced climber": a second verb sharing the subject
    verbs += [c for v in verbs[:1] for c in p.dep_kids(v, "conj") if _shares_subject(p, c)]
    for verb in verbs:
        if p.lemma(verb) in COPULAS and asserted(p, verb):
            mark = len(out)
            for j in p.dep_kids(verb, "attr", "acomp"):
                _descriptor(p, j, label, tuning.copular, out)
            ages = [j for k in p.dep_kids(verb, "prep") if p.lemma(k) == "in" for j in p.dep_kids(k, "pobj")]
            out.extend(p.finding("age", j, j, tuning.copular) for j in ages if decade(p, j))  # "who is in his 50s"
            if future(p, verb) or past_form(p, verb):  # "will be the fifth coach", "was mayor": not a post held now
                not_held_now(out, mark)
    objects = [head] if p.t[root].dep == "dobj" else []  # "the club fired Ann Cole as coach"
    verb_findings(p, verbs, label, tuning.copular, noun_role, out, objects)
    if label == "organisation":
        for rel in relative:  # "the NCAA, whose headquarters is in Indianapolis"
            if any(p.lemma(j) in _SEAT_NOUNS for j in p.dep_kids(rel, "nsubj")) and asserted(p, rel):
                places(p, rel, tuning.copular, out, "base")
        for verb in verbs:  # "which has its headquarters in Swindon", "X has its base in Y": a seat it has
            seats = [j for j in p.dep_kids(verb, "dobj") if p.lemma(j) in _SEAT_NOUNS]
            if p.lemma(verb) == "have" and seats and asserted(p, verb):
                for j in [verb, *seats]:  # the parser hangs "in Swindon" on the verb or on the seat
                    places(p, j, tuning.copular, out, "base")
    clause_counts(p, root, relative, last, tuning.copular, out)
    if label == "person" and party_after(p, last):  # "Rep. X, R-Tenn." however the parser hung it
        out.append(p.finding("party", last + 2, last + 2, tuning.apposition))
    if (at := decade_after(p, last)) is not None:  # "Martha Reed, in her 50s,": an age given by its decade
        out.append(p.finding("age", at, at, tuning.apposition))
    for j in p.dep_kids(root, "amod", "acl"):
        if j > last:
            age = age_finding(p, j, tuning.apposition)  # "Smith, aged 61,"
            if age is not None:
                out.append(age)
    if label == "organisation" or label == "place":
        base(p, root, tuning.apposition, out)
        if p.t[root].dep in ("nsubjpass", "nsubj") and p.lemma(head) in BASE_VERBS:
            places(p, head, tuning.copular, out, "base")
    # "the Kupiansk district": the name qualifies a place noun, which carries the clause
    clause = head if p.t[root].dep == "compound" and p.lemma(head) in PLACE_NOUNS else root
    verb = p.t[clause].head
    if label == "place" and p.t[clause].dep in ("nsubj", "nsubjpass") and p.lemma(verb) in _LIE_VERBS:
        places(p, verb, tuning.copular, out)  # "the Kupiansk district lies in the Kharkiv region"
    placelike = label != "person" and (label == "place" or sited(p, inside, root))
    if placelike:
        around(p, first, last, root, tuning.attachment, out)  # "New Zealand's X park", "X building in Y"
        for prep in p.dep_kids(root, "prep"):
            if p.lemma(prep) == "in" and prep == last + 1:
                for obj in p.dep_kids(prep, "pobj"):
                    named = place_name(p, obj)
                    if named is not None:
                        out.append(p.finding("location", *named, tuning.attachment))
    return sorted(set(out), key=lambda f: (f.start, f.attribute, f.end, f.confidence, f.text))


def _bracketed_name(p: Parse, j: int) -> bool:
    """True for a name of several capitalised words in brackets after a name: a work or a credit, no role.

    Not a party mark ("(R-Texas)", "(D)") nor a number ("(52)"), which ``_descriptor`` reads.
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


def _shares_subject(p: Parse, verb: int) -> bool:
    """True for a coordinated copula with no subject of its own, so its subject is the first verb's."""
    return p.lemma(verb) in COPULAS and not p.dep_kids(verb, "nsubj", "nsubjpass", "expl")


def _titles_inside(p: Parse, first: int, last: int, label: str, confidence: float, out: list[Finding]) -> None:
    """An office title the recogniser kept inside the name ("President Obama", "Kicker Ryan Succop" as one PERSON).

    Only a listed title or trade, and only before two words of the name: a first name may end like a trade
    ("Tyler"). Not when a title before the name hangs on it: the name's first words then
    end that title ("President Pro Tem" with "Pro Tem" tagged PERSON).
    """
    if first > 0 and p.lemma(first - 1) in TITLES and first <= p.t[first - 1].head <= last:
        return
    i = first
    while label == "person" and i < last and _inside_title(p, i, last):
        out.append(p.finding("role", i, i, confidence, head=p.lemma(i), words=(p.lemma(i),)))
        i += 1


def _inside_title(p: Parse, i: int, last: int) -> bool:
    lemma = p.lemma(i)
    return lemma not in HONORIFICS and (lemma in TITLES or (lemma in OCCUPATIONS and i < last - 1))


def _before(p: Parse, first: int, last: int, root: int, label: str, confidence: float, out: list[Finding]) -> None:
    """Words before a name that modify it: titles, party and nationality words, an age ("76-year-old")."""
    i = first - 1
    top: list[int] = []
    while i >= 0 and (
        (p.t[i].dep in _MODIFIER_DEPS and (first <= p.t[i].head <= last or i < p.t[i].head < first))
        or (p.t[i].dep in ("conj", "cc") and p.t[i].head < i)  # "State Treasurer and ... candidate Ann Cole"
    ):
        if first <= p.t[i].head <= last and p.t[i].pos != "PUNCT":
            top.append(i)
        i -= 1
    if label == "person" and _title_after_body(p, first, top):
        # "Palmer Fire and Rescue Chief John McNutt": the parser joined the title to the body's "and"
        title, body = first - 1, first - 2
        while body > 0 and p.label.get(body - 1) == "ORG":
            body -= 1
        out.append(p.finding("role", title, title, confidence, head=p.lemma(title), words=(p.lemma(title),)))
        out.append(p.finding("employer", skip_det(p, body), title - 1, confidence))
        top = [j for j in top if j < body]
    if label == "person" and first - 1 not in top:
        _loose_title(p, first, confidence, out)
    for j in sorted(top):
        age = age_finding(p, j, confidence)
        counted = count_finding(p, j, confidence) if age is None else None
        if age is not None:
            out.append(age)
        elif counted is not None:  # "three-term Gov. Rick Perry"
            out.append(counted)
        elif p.label.get(j) == "NORP" or (p.t[j].pos == "PROPN" and p.lemma(j) in PARTY_WORDS):
            norp(p, j, confidence, out)
        elif label == "organisation" and p.lemma(j) in BASE_VERBS:
            base(p, root, confidence, out)
        elif label == "person" and _employer_before(p, j, top):  # "AARP CEO A. Barry Rand", "Salesforce's X"
            kind = "" if p.label.get(j) == "ORG" else "organisation"
            out.append(p.finding("employer", p.left(j), j, confidence, kind=kind))
        elif label == "person" and _nounlike(p, j) and (p.label.get(j) not in PLACE_LABELS or capital_title(p, j)):
            if p.t[j].pos == "PROPN" and not _is_title(p, j):
                # "Senate President Pro Tem David Long": the recogniser took "Pro Tem" for a name; the
                # first title of the words it hangs on is the role
                titles = [k for k in p.dep_kids(j, "compound") if p.t[k].pos == "PROPN" and p.lemma(k) in TITLES]
                if p.label.get(j) == "PERSON" and titles and _is_title(p, titles[0]):
                    noun_role(p, titles[0], confidence, out)
                continue
            if j + 1 in top and p.label.get(j + 1) == "PERSON" and not _is_title(p, j + 1):
                continue  # "Pro" of "President Pro Tem Dale Hurst": part of the title before it
            noun_role(p, j, confidence, out)


def _nounlike(p: Parse, j: int) -> bool:
    """A noun, or a listed trade the tagger took for a verb ("Cornerback Vontae Davis")."""
    return p.t[j].pos in ("NOUN", "PROPN") or (p.t[j].pos == "VERB" and p.lemma(j) in OCCUPATIONS)


def _loose_title(p: Parse, first: int, confidence: float, out: list[Finding]) -> None:
    """A title right before a name that the parser hung elsewhere ("when running back Jamaal Charles lost").

    Only a listed title or trade with no determiner of its own (in "the coach Cole hired" the noun is
    another person), as written (not an inflected verb), not a plural, not part of a name; the words
    before it that the parse links to it ("wide", "running") belong to it.
    """
    title = first - 1
    lemma = p.lemma(title) if title >= 0 else ""
    if not (lemma in OCCUPATIONS or lemma in TITLES) or lemma in HONORIFICS or title in p.label:
        return
    if p.dep_kids(title, "det", "poss") or plural(p, title) or p.t[title].pos in ("PUNCT", "DET", "PRON"):
        return
    if p.word(title).lower() != lemma or (p.t[title].dep == "pobj" and p.lemma(p.t[title].head) == "of"):
        return  # "backed" is no "back"; "chief of staff X": the title is longer than its last word
    start = title
    k = title - 1
    linked = k >= 0 and (p.t[k].head == title or p.t[title].head == k)
    if linked and p.t[k].pos in ("ADJ", "VERB", "NOUN") and p.word(k).islower() and not role_noun(p.lemma(k)):
        start = k
    words = tuple(p.lemma(i) for i in range(start, title + 1))
    out.append(p.finding("role", start, title, confidence, head=lemma, words=words))
    for j in p.dep_kids(title, "compound"):  # "stuffed Chiefs quarterback X": the team before the title
        if j < start and (p.label.get(j) == "ORG" or unlabelled_name(p, j)):
            kind = "" if p.label.get(j) == "ORG" else "organisation"
            out.append(p.finding("employer", p.left(j), j, confidence, kind=kind))


def _title_after_body(p: Parse, first: int, top: list[int]) -> bool:
    """True for a title right before the name that the parser made a conjunct of an organisation's name."""
    title = first - 1
    return (
        title > 0
        and p.t[title].dep == "conj"
        and p.t[title].head in top
        and title not in p.label
        and p.label.get(title - 1) == "ORG"
        and role_noun(p.lemma(title), p.word(title))
    )


def _employer_before(p: Parse, j: int, top: list[int]) -> bool:
    """True for an organisation's name before a person's: possessive, or before a title ("AARP CEO X")."""
    if p.t[j].pos != "PROPN" or not (p.label.get(j) == "ORG" or unlabelled_name(p, j)):
        return False
    if p.t[j].dep == "poss":
        return p.label.get(j) == "ORG"  # "Salesforce's Marc Benioff"; an unlabelled one may be a person
    return any(k > j and p.t[k].pos in ("NOUN", "PROPN") and role_noun(p.lemma(k), p.word(k)) for k in top)


def _is_title(p: Parse, i: int) -> bool:
    """A proper noun before a name that is an office ("Sen.", "CEO"), not a first name nor a named thing."""
    lemma = p.lemma(i)
    listed = lemma in TITLES or lemma in OCCUPATIONS or capital_title(p, i)  # "Kicker Ryan Succop" as one name
    return lemma not in HONORIFICS and (listed or (i not in p.label and lemma.isalpha()))
