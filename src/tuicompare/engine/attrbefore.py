"""Words before a name that say what it is: titles, party and nationality words, an age, an employer.

Helpers of ``attributes.mention_findings``: a title the recogniser kept inside
the name ("Kicker Ryan Succop" as one PERSON), the modifiers the parser hangs on
the name ("Council leader Harriet Okafor", "76-year-old Ann Cole", "AARP CEO X",
"CNN's Larry King"), and a title right before a name that the parser hung
elsewhere ("when running back Jamaal Charles lost").
"""

from __future__ import annotations

from tuicompare.engine.attrcount import count_finding
from tuicompare.engine.attremployer import capital_noun, unlabelled_name
from tuicompare.engine.attrnorp import norp
from tuicompare.engine.attrparse import Finding, Parse, age_finding, plural, skip_det
from tuicompare.engine.attrplace import BASE_VERBS, PLACE_LABELS, base
from tuicompare.engine.attrrole import noun_role
from tuicompare.engine.attrroleword import capital_title, misread_trade, title_part
from tuicompare.engine.names import HONORIFICS, TITLES
from tuicompare.engine.rolenouns import BODY_NOUNS, OCCUPATIONS, PARTY_WORDS, demonym, role_noun

#: Courtesy titles spelled out: "Doctor Regina Benjamin" is "Dr. Regina Benjamin", a form of address before a
#: name, not the trade ("a doctor at the clinic"), which a noun with its article or after the name says.
_SPELLED_COURTESY = frozenset({"doctor"})
#: The style given to the clergy before a name ("the Rev. Larry Kroon", "the Reverend X"): a form of address, as
#: "Dr." is, not the office the person holds ("pastor", "priest"), which a noun of its own says.
_CLERICAL_STYLES = frozenset({"rev", "reverend", "revd"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "punct", "npadvmod", "nummod"})


def titles_inside(p: Parse, first: int, last: int, label: str, confidence: float, out: list[Finding]) -> None:
    """An office title the recogniser kept inside the name ("President Obama", "Kicker Ryan Succop" as one PERSON).

    Only a listed title or trade, and only before two words of the name: a first name may end like a trade
    ("Tyler"). Not when a title before the name hangs on it: the name's first words then
    end that title ("President Pro Tem" with "Pro Tem" tagged PERSON).
    """
    if first > 0 and p.lemma(first - 1) in TITLES and first <= p.t[first - 1].head <= last:
        if p.lemma(first - 1) not in BODY_NOUNS or label != "person" or not _inside_title(p, first, last):
            return
        # "Police Sergeant Ann Cole" with "Sergeant Ann Cole" recognised: the body's word is where the title
        # is held, no title the name's first words end
        out.append(p.finding("employer", first - 1, first - 1, confidence))
    i = first
    while label == "person" and i < last and _inside_title(p, i, last):
        if p.lemma(i) in BODY_NOUNS and i + 1 < last and _inside_title(p, i + 1, last):
            # "Police Constable Tim Fanning": a body's word before a title is where the title is held, as
            # "Police chief X" (written in lower case, outside the name) gives the employer "Police"
            out.append(p.finding("employer", i, i, confidence, inside=True))
        else:
            out.append(p.finding("role", i, i, confidence, head=p.lemma(i), words=(p.lemma(i),)))
        i += 1


#: Ranks of nobility that are given names too ("Earl", "Duke", "King"): a peer is styled "the Earl of X" or "Earl
#: X", never with a middle initial, so "Earl J. Silbert" is a first name.
_NOBLE_NAMES = frozenset({"earl", "duke", "king"})


def _inside_title(p: Parse, i: int, last: int) -> bool:
    lemma = p.lemma(i)
    if lemma in _NOBLE_NAMES and _initial(p.word(i + 1)):
        return False
    return not courtesy(p, i) and (lemma in TITLES or (lemma in OCCUPATIONS and i < last - 1))


def _initial(word: str) -> bool:
    """True for a middle initial ("J.", "J")."""
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


def courtesy(p: Parse, i: int) -> bool:
    """True for a courtesy title before a name: "Mr", "Dr.", "the Rev.", and "Doctor" capitalised as "Dr." is."""
    lemma = p.lemma(i)
    if lemma in _CLERICAL_STYLES:
        return p.word(i)[:1].isupper()  # "a reverend" in lower case is a noun of its own
    return lemma in HONORIFICS or (lemma in _SPELLED_COURTESY and p.word(i)[:1].isupper())


def words_before(p: Parse, first: int, last: int, root: int, label: str, confidence: float, out: list[Finding]) -> None:
    """Words before a name that modify it: titles, party and nationality words, an age ("76-year-old")."""
    i = first - 1
    top: list[int] = []
    while i >= 0 and (
        (p.t[i].dep in _MODIFIER_DEPS and (first <= p.t[i].head <= last or i < p.t[i].head < first))
        or (p.t[i].dep in ("conj", "cc") and p.t[i].head < i)  # "State Treasurer and ... candidate Ann Cole"
        or (p.t[i].dep == "case" and p.t[i].head == i - 1 and p.t[i - 1].dep == "poss")  # "CNN's Larry King"
        or _title_of(p, i, first, last)  # "former Secretary of State Ann Cole": the title's own "of State"
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
    joined: set[int] = set()  # words read as the rest of an employer's name before them
    for j in sorted(top):
        if j in joined:
            continue
        if label == "person" and j + 1 in top and title_part(p, j, j + 1):
            _compound_title(p, j, confidence, out)  # "Rear Admiral X", both words hung on the name
            joined.add(j + 1)
            continue
        age = age_finding(p, j, confidence)
        counted = count_finding(p, j, confidence) if age is None else None
        if age is not None:
            out.append(age)
        elif counted is not None:  # "three-term Gov. Rick Perry"
            out.append(counted)
        elif label == "organisation" and p.label.get(j) == "NORP" and demonym(p.word(j)):
            out.append(p.finding("base", j, j, confidence))  # "Swiss firm X": a people's word seats a body
        elif p.label.get(j) == "NORP" or (p.t[j].pos == "PROPN" and p.lemma(j) in PARTY_WORDS):
            norp(p, j, confidence, out)
        elif label == "organisation" and p.lemma(j) in BASE_VERBS:
            base(p, root, confidence, out)
        elif label == "person" and (_body_before(p, j, top) or _body_before_title(p, j, first)):
            # "the sect's prophet Warren Jeffs"; "said Troy police Lt." | "X said": the cut title is the mention
            out.append(p.finding("employer", skip_det(p, p.left(j)), j, confidence))
        elif label == "person" and _town_of_body(p, j, top):
            continue  # "Palmer police Sgt. X": the town whose police it is, no title nor employer of its own
        elif label == "person" and _employer_before(p, j, top):  # "AARP CEO A. Barry Rand", "Salesforce's X"
            kind = "" if p.label.get(j) == "ORG" else "team" if capital_noun(p, j) else "organisation"
            end = _name_end(p, j, top)
            joined.update(range(j + 1, end + 1))
            out.append(p.finding("employer", p.left(j), end, confidence, kind=kind))
        elif label == "person" and _nounlike(p, j) and (p.label.get(j) not in PLACE_LABELS or capital_title(p, j)):
            if courtesy(p, j) and all(p.t[k].pos == "PROPN" for k in range(j + 1, first)):
                continue  # "Doctor Regina Benjamin", "the Reverend Ivo Daske" with "Daske" recognised: address
            if p.t[j].pos == "PROPN" and not _is_title(p, j):
                # "Senate President Pro Tem David Long": the recogniser took "Pro Tem" for a name; the
                # first title of the words it hangs on is the role
                titles = [k for k in p.dep_kids(j, ("compound",)) if p.t[k].pos == "PROPN" and p.lemma(k) in TITLES]
                if p.label.get(j) == "PERSON" and titles and _is_title(p, titles[0]):
                    noun_role(p, titles[0], confidence, out)
                continue
            if j + 1 in top and p.label.get(j + 1) == "PERSON" and not _is_title(p, j + 1):
                continue  # "Pro" of "President Pro Tem Dale Hurst": part of the title before it
            noun_role(p, j, confidence, out)


def _title_of(p: Parse, i: int, first: int, last: int) -> bool:
    """True for a word of the "of" phrase a title right before a name takes ("Secretary of State Ann Cole", "chief
    of staff Tom Reed"): the parser hangs the title on the name and the phrase on the title, so the words before
    the name are the title's, up to the name."""
    prep, steps = i, len(p.t)
    while prep < first and not (p.t[prep].dep == "prep" and p.lemma(prep) == "of"):
        head = p.t[prep].head
        # A sound parse reaches its root in fewer steps than it has words; one read from a damaged
        # cache may loop or point outside the sentence.
        steps -= 1
        if head == prep or not 0 <= head < len(p.t) or steps < 0:
            return False
        prep = head
    title = p.t[prep].head if prep < first else -1
    return (
        0 <= title < prep
        and p.right(prep) == first - 1
        and p.t[title].dep in ("nmod", "compound")
        and first <= p.t[title].head <= last
        and (p.lemma(title) in TITLES or role_noun(p.lemma(title), p.word(title)))
    )


def _compound_title(p: Parse, j: int, confidence: float, out: list[Finding]) -> None:
    """The title after ``j`` read as usual, its text and words opening at ``j`` ("Rear Admiral", one rank)."""
    mark = len(out)
    noun_role(p, j + 1, confidence, out)
    for n, f in enumerate(out[mark:], mark):
        if f.attribute == "role" and f.start == p.t[j + 1].start:
            words = (p.lemma(j), *f.words)
            out[n] = p.finding("role", j, j + 1, f.confidence, head=f.head, words=words, past=f.past)


def _name_end(p: Parse, j: int, top: list[int]) -> int:
    """The last word of the organisation's name opening at ``j`` before a title ("Oregon State Police Lt.").

    The parser hangs each word of "Oregon State Police Lt. Dan Moss" on the name; the organisation runs
    on through the recognised words that are not a title, so the employer is "Oregon State Police", not
    "Oregon" (which an outlet writing "OSP Lt. Dan Moss" would seem to contradict).
    """
    end = j
    while end + 1 in top and p.label.get(end + 1) == "ORG" and p.t[end + 1].pos == "PROPN":
        word = end + 1
        # A listed word ends the body's name unless the recognised name runs on ("State" of "State Police").
        if p.label.get(word + 1) != "ORG" and (p.lemma(word) in TITLES or p.lemma(word) in OCCUPATIONS):
            break
        end = word
    return end


def _nounlike(p: Parse, j: int) -> bool:
    """A noun, or a listed trade the tagger took for a verb ("Cornerback Vontae Davis")."""
    return p.t[j].pos in ("NOUN", "PROPN") or misread_trade(p, j)


#: Trades that are also verbs taking a person for object: after "to" the parser's verb may be one ("paid him to
#: recruit X", "hired to coach X"); a trade that is no verb ("thanks to cornerback X") is a title whatever the tag.
_VERBS_TOO = frozenset(
    {"recruit", "coach", "host", "judge", "nurse", "guard", "referee", "tutor", "mentor", "counsel", "escort", "pilot"}
)


def _loose_title(p: Parse, first: int, confidence: float, out: list[Finding]) -> None:
    """A title right before a name that the parser hung elsewhere ("when running back Jamaal Charles lost").

    Only a listed title or trade with no determiner of its own (in "the coach Cole hired" the noun is
    another person), as written (not an inflected verb), not a plural, not part of a name; the words
    before it that the parse links to it ("wide", "running") belong to it.
    """
    title = first - 1
    lemma = p.lemma(title) if title >= 0 else ""
    if not (lemma in OCCUPATIONS or lemma in TITLES) or courtesy(p, title) or title in p.label:
        return
    if lemma in BODY_NOUNS:
        # "said Troy police Lt." | "X said": a body's word before a title is where the title is held, no title
        if _body_before_title(p, title, first):
            out.append(p.finding("employer", title, title, confidence))
        return
    if p.dep_kids(title, ("det", "poss")) or plural(p, title) or p.t[title].pos in ("PUNCT", "DET", "PRON"):
        return
    if p.t[title].dep == "prt":
        return  # "to welcome back Ellen DeGeneres": a verb's particle, not the position "back"
    if (
        lemma in _VERBS_TOO
        and p.t[title].pos == "VERB"
        and any(p.lemma(k) == "to" for k in p.dep_kids(title, ("aux",)))
    ):
        return  # "gave money to recruit Alex Roe", "hopes to coach Ann Cole": an infinitive, no title
    if p.word(title).lower() != lemma or (p.t[title].dep == "pobj" and p.lemma(p.t[title].head) == "of"):
        return  # "backed" is no "back"; "chief of staff X": the title is longer than its last word
    start = title
    k = title - 1
    linked = k >= 0 and (p.t[k].head == title or p.t[title].head == k)
    if linked and p.t[k].pos in ("ADJ", "VERB", "NOUN") and p.word(k).islower() and not role_noun(p.lemma(k)):
        start = k
    words = tuple(p.lemma(i) for i in range(start, title + 1))
    out.append(p.finding("role", start, title, confidence, head=lemma, words=words))
    for j in p.dep_kids(title, ("compound",)):  # "stuffed Chiefs quarterback X": the team before the title
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
    """True for an organisation's name before a person's: possessive, or before a title ("AARP CEO X").

    A team's name in the possessive the tagger calls a common noun ("Saints' X") counts when labelled or
    when the story knows it as an organisation (``kind``, checked in ``attrcollect``).
    """
    if p.t[j].dep == "poss" and (p.label.get(j) == "ORG" or capital_noun(p, j)):
        return True  # "Salesforce's Marc Benioff", "the Saints' X"
    if j + 1 in top and title_part(p, j, j + 1):
        return False  # "Rear Admiral X" with "Rear Admiral" tagged an organisation: one title
    if p.t[j].pos != "PROPN" or not (p.label.get(j) == "ORG" or unlabelled_name(p, j)) or p.title_case:
        return False  # in a title-case headline the name may run on into its verb ("Acme Names CEO X")
    if p.t[j].dep == "poss":
        return False  # an unlabelled proper noun in the possessive may be a person's name
    return any(k > j and p.t[k].pos in ("NOUN", "PROPN") and role_noun(p.lemma(k), p.word(k)) for k in top)


def _body_before(p: Parse, j: int, top: list[int]) -> bool:
    """True for a body's common noun in the possessive before a title and a name ("the sect's prophet X"),
    or right before the title where the parser hung both on the name ("club President X")."""
    compound = p.t[j].dep == "compound" and j + 1 in top and j not in p.label
    return (
        (p.t[j].dep == "poss" or compound)
        and p.t[j].pos == "NOUN"
        and p.lemma(j) in BODY_NOUNS
        and any(k > j and p.t[k].pos in ("NOUN", "PROPN") and role_noun(p.lemma(k), p.word(k)) for k in top)
    )


def _body_before_title(p: Parse, j: int, first: int) -> bool:
    """True for a body's common noun right before a mention that is itself a title ("Troy police Lt.", the name
    cut off into the next sentence by the tokenizer): the body the title is held in."""
    title = p.lemma(first)
    return (
        j == first - 1
        and p.t[j].pos == "NOUN"
        and p.lemma(j) in BODY_NOUNS
        and title in TITLES
        and role_noun(title, p.word(first))
    )


def _town_of_body(p: Parse, j: int, top: list[int]) -> bool:
    """True for a proper noun right before a body's common noun, both on the name ("Palmer police Sgt. X")."""
    return p.t[j].pos == "PROPN" and j + 1 in top and p.t[j + 1].pos == "NOUN" and p.lemma(j + 1) in BODY_NOUNS


def _is_title(p: Parse, i: int) -> bool:
    """A proper noun before a name that is an office ("Sen.", "CEO"), not a first name nor a named thing."""
    lemma = p.lemma(i)
    listed = lemma in TITLES or lemma in OCCUPATIONS or capital_title(p, i)  # "Kicker Ryan Succop" as one name
    return lemma not in HONORIFICS and (listed or (i not in p.label and lemma.isalpha()))
