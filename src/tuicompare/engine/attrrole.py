"""The role a noun phrase gives a person, with the employer and nationality its words name.

Read from the parse by ``attributes`` wherever a noun is set beside a name, is
the complement of a copula, follows "as" after a post verb (``attrclause``) or
stands before the name: its head noun and modifiers ("Russian President",
"seven-term House member", "chief executive of the council", "the team's
president"), a role joined to it ("a mayor and teacher", "the lawyer who
became governor"), and whether it is a past one ("former aide"). Which of its
words name the employer, and the bodies a post is held at, are ``attremployer``'s; the
tests on single words of the phrase (a title word, a past or dated post) are in ``attrroleword``.
"""

from __future__ import annotations

from tuicompare.engine.attrcount import count_finding, times_count
from tuicompare.engine.attremployer import (
    after_of,
    also_named,
    body_noun,
    body_span,
    capital_noun,
    firm_of,
    held_at,
    named_beside,
    numbered_name,
    posting,
    unlabelled_name,
    web_site,
)
from tuicompare.engine.attrnorp import norp
from tuicompare.engine.attrparse import (
    Finding,
    Parse,
    after_based,
    age_of,
    asserted,
    future,
    not_held_now,
    past_form,
    plural,
    skip_det,
    superlative,
)
from tuicompare.engine.attrplace import PLACE_LABELS
from tuicompare.engine.attrroleword import (
    PAST,
    capital_title,
    dated,
    division,
    elect_title,
    field_title,
    hyphened,
    misread_trade,
    no_position,
    people_noun,
    pleads_a_cause,
    ranked_doer,
    title_part,
    title_word,
    turned,
)
from tuicompare.engine.entities import PLACE_NOUNS
from tuicompare.engine.names import TITLES
from tuicompare.engine.rolenouns import (
    BODY_NOUNS,
    DEITIES,
    ENVOYS,
    PARTY_WORDS,
    SEEKING,
    role_noun,
)
from tuicompare.engine.tuning import TUNING

#: Verbs whose complement says what their subject is ("is the chief executive", "became governor").
COPULAS = frozenset({"be", "become"})
#: Counsel at a trial, and the sides of one they act for ("Defense attorney X": no "Defense" department).
_COUNSEL = frozenset({"attorney", "lawyer", "counsel", "solicitor", "barrister", "advocate"})
_TRIAL_SIDES = frozenset({"defense", "defence", "prosecution"})
#: Nouns for a body a people's word or a name before a post may describe instead of the holder: the bodies a
#: post is held at, and the kin-named and criminal ones ("the Genovese crime family boss").
_BODIES = BODY_NOUNS | frozenset({"family", "clan", "group", "gang", "cartel", "syndicate"})
#: Trades named by what their holders study: a name right before them is the subject ("a Mafia expert", "a China
#: scholar"), not the body employing them, which comes before the field ("McAfee security expert").
_STUDENTS_OF = frozenset({"expert", "specialist", "scholar", "historian", "watcher", "authority"})
#: Adjectives that make a role a guess at one, not a post held ("one of the more likely candidates").
_GUESSED = frozenset({"likely", "unlikely", "possible", "probable", "potential", "prospective", "hypothetical"})
_NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})


def _name_start(p: Parse, j: int, mods: list[int]) -> int:
    """The first word of a body's name ending at ``j`` whose words the parser hung on the title one by one.

    "Oregon State Police Lt.": "Oregon", "State" and "Police" each qualify "Lt."; together they are one
    employer, which an outlet writing "OSP Lt." names by its initials.
    """
    start = p.left(j)
    while start - 1 in mods and p.label.get(start - 1) == "ORG" and p.t[start - 1].pos == "PROPN":
        start = p.left(start - 1)
    return start


def served(p: Parse, j: int) -> bool:
    """True for a proper noun before a staff title that may name the person served ("Nixon aide"), not the
    court's or county's word of a title the recogniser took for a name, nor an initial ("U. S. District Judge")."""
    return p.t[j].pos == "PROPN" and p.lemma(j) not in PLACE_NOUNS and len(p.word(j).rstrip(".")) > 1


#: Labels of a land: one in the possessive before a post is the post's jurisdiction ("South Sudan's president",
#: tagged a location as often as a state), not its employer.
_LANDS = frozenset({"GPE", "LOC"})
#: Common nouns for a country: its possessive before an office is the office's jurisdiction, as a named land's
#: ("the country's surgeon general", "the nation's top diplomat"), no body employing the holder.
_COUNTRY_NOUNS = frozenset({"country", "nation"})


#: Trades whose word is also a form of address: capitalised after "the" with no name, it names a part or a
#: character ("the Twelfth Doctor", "play the Doctor"), since the trade itself is written lower case.
_ADDRESS_TRADES = frozenset({"doctor"})
#: Nouns that name a role only with what they are of: "became a member" alone says no office.
_BARE_NOUNS = frozenset({"member"})
#: Prepositions that say what a member is a member of ("of the board", "for Ohio", "in the band").
_MEMBER_OF = frozenset({"of", "for", "in", "at", "on"})


#: Words for a tie that is a post only within a body ("a partner at the firm"): a person's ("Ortiz's partner",
#: "his partner") is a tie to that person.
_TIES = frozenset({"partner"})
#: Bodies whose members hold no office by belonging: a circle, a faith, a following ("a member of the Ross group",
#: "a former member of the church"), unlike a board, a committee or a leadership.
_NO_OFFICE_BODIES = frozenset(
    {"group", "circle", "family", "clan", "church", "congregation", "sect", "cult", "movement", "faction", "club"}
)


#: Dashes between phrases; a single "-" is one only doubled ("- -", as some text sets "--"), else a hyphen.
_DASHES = frozenset({"--", "\u2014", "\u2013"})


def _dash(p: Parse, k: int) -> bool:
    """True for a dash between phrases ("--", an em or en dash, "- -"), not a hyphen ("ex - boxer")."""
    if p.word(k) in _DASHES:
        return True
    return p.word(k) == "-" and any(0 <= n < len(p.t) and p.word(n) == "-" for n in (k - 1, k + 1))


def not_a_post(p: Parse, head: int) -> bool:
    """True for a role noun that here names no post: a bare "member", a member of a circle or a faith, a
    capitalised "the Doctor" (a part)."""
    lemma = p.lemma(head)
    if lemma in _BARE_NOUNS:
        after = head + 1  # "a conservative and member of the leadership": the parser may hang "of" higher up
        told = p.dep_kids(head, ("compound", "amod", "nmod", "poss")) or (
            after < len(p.t) and p.lemma(after) in _MEMBER_OF
        )
        ofs = [k for k in p.dep_kids(head, ("prep",)) if p.lemma(k) == "of"]
        if after < len(p.t) and p.lemma(after) == "of":
            ofs.append(after)
        if any(p.lemma(obj) in _NO_OFFICE_BODIES for k in ofs for obj in p.dep_kids(k, ("pobj",))):
            return True  # "a hard-core member of the 'Ross group'": belonging to a circle is no office
        return not told  # "a gang member", "a member of the board": whose member it is
    if lemma in _TIES and any(p.label.get(k) == "PERSON" or p.t[k].pos == "PRON" for k in p.dep_kids(head, ("poss",))):
        return True  # "who had been Ortiz's partner for a year": a tie to a person, not a partner in a firm
    if pleads_a_cause(p, head):
        return True  # "an advocate for all the nation's patients": a stance, as "a champion of", no counsel's post
    word = p.word(head)
    capital = word[:1].isupper() and not word.isupper() and p.left(head) > 0
    return lemma in _ADDRESS_TRADES and capital and bool(p.dep_kids(head, ("det",)))


def _possessors(p: Parse, head: int, confidence: float, out: list[Finding]) -> None:
    """The employer a possessive before the title names ("the team's president"); not a land's ("Russia's
    president": a jurisdiction) nor a god's ("God's spokesman": a belief about the holder)."""
    for poss in p.dep_kids(head, ("poss",)):
        if (
            p.t[poss].pos != "PRON"
            and p.label.get(poss) not in _LANDS
            and p.lemma(poss) not in DEITIES | _COUNTRY_NOUNS
        ):
            if division(p, poss):
                continue  # "men's basketball coach": whom the team is for, part of the title
            out.append(p.finding("employer", skip_det(p, p.left(poss)), poss, confidence))


def noun_role(p: Parse, head: int, confidence: float, out: list[Finding], group: bool = False) -> None:
    """The role a noun phrase gives (its head noun and modifiers), with employer and nationality.

    ``group``: a plural title before a list of names, which is each one's ("ex-coaches X and Y").
    """
    timed = times_count(p, head, confidence)
    if timed is not None:  # "a four-time all-star": a count even where the noun is no role
        out.append(timed)
    label = p.label.get(head)
    misread = misread_trade(p, head)
    if (p.t[head].pos not in ("NOUN", "PROPN") and not misread) or (
        label in PLACE_LABELS and not capital_title(p, head)
    ):
        return  # a trade the tagger took for a verb ("Cornerback X") is still a noun
    if people_noun(p, head):
        out.append(p.finding("nationality", head, head, confidence))  # "Englishman Robert Buckley"
        return
    if label == "PERSON" and p.lemma(head) not in TITLES:
        return  # a name, not a title the recogniser took for one ("Treasurer" tagged PERSON is a title)
    if p.lemma(head) in PLACE_NOUNS or (plural(p, head) and not group):
        return  # "public officials", "farmers": what a group is, not one person's role
    if any(superlative(p, j) or p.lemma(j) in _GUESSED for j in p.dep_kids(head, ("amod",))):
        return  # "the worst negotiator in Washington": a verdict; "the more likely candidates": a guess, not a role
    if ranked_doer(p, head):  # "the Saints' leading rusher": a statistic, though the team's name says whom he plays for
        _possessors(p, head, confidence, out)
        return
    if no_position(p, head):
        return  # "a key player in the Watergate scandal": a part played; "behind the leader, X": a race's
    if not role_noun(p.lemma(head), p.word(head)) and not field_title(p, head) and not elect_title(p, head):
        for other in p.dep_kids(head, ("conj",)):  # "founder and chief executive": the office beside a relation
            if p.t[other].pos == "NOUN" or (p.t[other].pos == "PROPN" and other not in p.label):
                noun_role(p, other, confidence, out)
        return  # "a polarizing figure", "a longtime ally", "the daughter of": descriptions, not roles
    if not_a_post(p, head):
        return
    mods = [j for j in p.kids[head] if j < head and p.t[j].dep in ("compound", "amod", "nmod") and not turned(p, j)]
    # "X beat world champion Y" misparsed as one phrase: a modifier with a subject of its own is a clause, and
    # neither it nor anything before it is part of the title
    clause = max((j for j in mods if p.dep_kids(j, ("nsubj", "nsubjpass"))), default=-1)
    # "of John Roe -- President Dole's attorney general": a dash closes what came before, which the parser may
    # still compound on the title; no title runs across one
    clause = max(clause, max((k for k in range(p.left(head), head) if _dash(p, k)), default=-1))
    if p.title_case:  # in a title-case headline only the title words next to the head are surely the title's
        clause = head - 1
        while clause in mods and title_word(p, clause):
            clause -= 1
    mods = [j for j in mods if j > clause]
    words, first = [p.lemma(head)], head
    past = any(p.lemma(j) in PAST for j in range(p.left(head), head)) or dated(p, head)
    mark = len(out)
    # a place in the title of a post the title says whom it is with ("the paper's Moscow correspondent") is
    # where the post is held, part of what it says; elsewhere it is the office's jurisdiction ("Texas Sen.")
    owners = [k for k in p.dep_kids(head, ("poss",)) if not division(p, k)]
    employed = any(p.t[k].pos != "PRON" and p.label.get(k) not in _LANDS for k in owners)
    posted = ""
    body = False  # a named body before the post ("Caspian Fleet commander") is shown and compared as the employer
    # "a three-time Pro Bowl tackle": what a "N-time" counts is an honour won, no body employing him
    honours = [j for j in mods if p.lemma(j) == "time" and p.dep_kids(j, ("nummod",))]
    joined: set[int] = set()  # words read as the start of a body's name after them
    for j in sorted(mods, reverse=True):
        label = p.label.get(j)
        if j in joined:
            continue
        if any(k < j for k in honours) and p.t[j].pos == "PROPN":
            continue
        if p.t[j].dep == "nmod" and p.dep_kids(j, ("cc",)) and p.t[j].pos == "NOUN":
            noun_role(p, j, confidence, out)  # "a farmer and gospel singer": two roles, not one
            break
        counted = count_finding(p, j, confidence)
        if counted is not None:  # "seven-term House member": a count, not part of the role
            out.append(counted)
            continue
        if label == "NORP" or (p.lemma(j) in PARTY_WORDS and p.word(j)[:1].isupper()):  # "GOP candidate"
            # "Spanish government spokesman", "the Genovese crime family boss": the word describes the body
            if not any(p.lemma(k) in _BODIES for k in range(j + 1, head)):
                norp(p, j, confidence, out)
            continue
        if employed and not body and posting(p, j, head):
            posted, first = p.text(p.left(j), j), min(first, p.left(j))  # shown in the role, not among its words
            continue
        if label in PLACE_LABELS or age_of(p, j) is not None or p.lemma(j) == "base":
            continue  # "Texas Sen." (a jurisdiction), "76-year-old retiree", "Swindon-based": not the role
        if p.lemma(head) in _COUNSEL and p.lemma(j) in _TRIAL_SIDES:
            pass  # "Defense attorney X" (tagged an organisation): the side of a trial, part of the role
        elif p.lemma(head) in _STUDENTS_OF and j == head - 1:
            pass  # "a Mafia expert", "a Kremlin watcher": what they know about, part of the role, no employer
        elif p.lemma(head) not in SEEKING and (
            (label == "ORG" and p.word(j)[:1].isupper() and not title_part(p, j, head))  # not "Surgeon General"
            or body_noun(p, j)
            or numbered_name(p, j)  # "House Speaker"
        ):
            start = _name_start(p, j, mods)
            joined.update(range(start, j))
            out.append(p.finding("employer", start, j, confidence))  # not "U.S. Senate candidate"
            body = True
        elif p.lemma(head) not in SEEKING and (unlabelled_name(p, j) or capital_noun(p, j)) and not after_of(p, j):
            # "AARP policy director", "Saints coach" (a team's name the tagger calls a common noun)
            kind = "team" if capital_noun(p, j) else "organisation"
            out.append(p.finding("employer", p.left(j), j, confidence, kind=kind))
        elif label == "PERSON" and p.t[j].dep == "compound" and p.lemma(head) not in SEEKING and served(p, j):
            # "top Nixon aide", "Nixon aide Jeb Magruder": a staff role names the person served
            name = min(k for k in range(p.left(j), j + 1) if p.label.get(k) == "PERSON")
            out.append(p.finding("employer", name, j, confidence, kind="person"))
        if not body and (
            j == first - 1 or all(p.t[k].pos in ("PUNCT", "ADJ", "NOUN", "PROPN") for k in range(j, first))
        ):
            first = min(first, p.left(j))
        if p.t[j].pos in ("NOUN", "PROPN"):
            words.insert(0, p.lemma(j))
    while first >= 2 and hyphened(p, first - 1) and p.t[first - 2].pos in ("NOUN", "ADJ", "X"):
        first -= 2  # "vice-president" cut in three by the tokenizer: the prefix is part of the title
        words.insert(0, p.lemma(first))
    last = shown = head  # the role's text ends at ``shown``: the body named after "of" is the employer's row
    # "director of DevOps at CloudPassage": with the body named after "at", "of" names a part of the post
    held = [] if p.lemma(head) in SEEKING else held_at(p, head)
    for prep in p.dep_kids(head, ("prep",)):
        if p.lemma(prep) == "to" and prep == last + 1:  # "communications director to Rep. Stephen Fincher"
            people = [obj for obj in p.dep_kids(prep, ("pobj",)) if p.label.get(obj) == "PERSON"]
            for obj in people:  # the name without its title ("Rep.")
                name = min(k for k in range(p.left(obj), obj + 1) if p.label.get(k) == "PERSON")
                out.append(p.finding("employer", name, obj, confidence, kind="person"))
        if p.lemma(prep) in ("of", "for") and prep == last + 1 and p.lemma(head) not in SEEKING | ENVOYS:
            # "chief executive of the council", "spokeswoman for Rep. Fincher"; a place is a jurisdiction, no employer
            for obj in p.dep_kids(prep, ("pobj",)):
                obj = named_beside(p, obj)  # "spokesman for the advocacy group the Enough Project": the name
                if p.lemma(prep) == "of":
                    last = p.right(obj, True)
                if p.lemma(prep) == "for" and not held:  # "senior VP for marketing at Apple": the field's body
                    held = held_at(p, obj)
                if held and p.lemma(prep) == "of":
                    shown = last
                elif (
                    (p.label.get(obj) != "GPE" or web_site(p, obj) or firm_of(p, first, head, obj))
                    and not _jurisdiction(p, head, obj)
                    and not (p.lemma(prep) == "of" and _portfolio(p, head, obj))
                ) and (
                    p.t[obj].pos == "PROPN"
                    or p.label.get(obj) in _NAME_LABELS
                    or p.lemma(obj) in BODY_NOUNS
                    or web_site(p, obj)
                    or numbered_name(p, obj)
                ):
                    # "a lawyer for Ann Cole": a client served, as "aide to X", compatible with any body employing
                    kind = "person" if p.label.get(obj) == "PERSON" and p.lemma(prep) == "for" else ""
                    # "the lawyer for policemen X and Y": the clients are the people named, each of them,
                    # not the title they share
                    start = after_based(p, skip_det(p, p.left(obj)), obj)
                    span = body_span(p, obj) if kind else (start, p.right(obj, True))
                    out.append(p.finding("employer", *span, confidence, kind=kind))
                    out.extend(p.finding("employer", *span, confidence, kind=kind) for span in also_named(p, obj))
                elif p.lemma(prep) == "of":  # "president of Russia", "director of communications": part of the post
                    shown = last
    out.extend(p.finding("employer", *span, confidence) for span in held)
    _possessors(p, head, confidence, out)
    first = min([first] + [p.left(k) for k in p.dep_kids(head, ("poss",)) if division(p, k)])
    while first < head and p.t[first].pos in ("DET", "PUNCT", "PART"):
        first += 1
    # the body named after "of" is shown and compared once, as the employer: in the role's text too it would
    # read as a difference the role's status does not weigh ("commander of the 4th Brigade" / "of the 5th")
    out.append(p.finding("role", first, shown, confidence, head=p.lemma(head), words=tuple(words), posted=posted))
    if past:  # "former RNC aide": a past role and employer agree with any present one
        not_held_now(out, mark)
    for other in p.dep_kids(head, ("conj",)):  # "Treasurer and candidate", "a mayor and teacher"
        if p.t[other].pos == "NOUN" or (p.t[other].pos == "PROPN" and other not in p.label):
            noun_role(p, other, confidence, out)
    # "the tennis champion turned actress": both, one after the other; the parser hangs the second on the
    # first as an apposition marked by "turned", or on "turned" as its predicate
    later = [j for j in p.dep_kids(head, ("appos",)) if any(turned(p, k) for k in p.dep_kids(j, ("amod",)))]
    later += [j for k in p.dep_kids(head, ("acl",)) if turned(p, k) for j in p.dep_kids(k, ("oprd", "attr"))]
    for j in later:
        if p.t[j].pos == "NOUN" or (p.t[j].pos == "PROPN" and j not in p.label):
            noun_role(p, j, confidence, out)
    for clause in p.dep_kids(head, ("relcl",)):  # "the lawyer who became Kent governor"
        if p.lemma(clause) in COPULAS and asserted(p, clause):
            mark = len(out)
            for j in p.dep_kids(clause, ("attr",)):
                noun_role(p, j, confidence * TUNING.entities.copular, out)
            if future(p, clause) or past_form(p, clause):  # "who will become governor", "who was mayor": not held now
                not_held_now(out, mark)


#: Offices that govern a territory: "of X" names the town or state they govern, whatever the recogniser called it
#: ("a former mayor of Kettering" tagged an organisation), unless X is a body ("governor of the central bank").
_TERRITORIAL = frozenset({"mayor", "governor", "premier", "alderman", "councillor", "councilman", "councilwoman"})


#: Cabinet offices: "of X" names the portfolio ("Minister of Defence", "secretary of State"), part of the office.
_CABINET = frozenset({"minister", "secretary", "undersecretary"})


def _portfolio(p: Parse, head: int, obj: int) -> bool:
    """True when the word after a cabinet office's "of" is its portfolio, not a body employing the holder.

    A minister's "of" always names the portfolio; a secretary's only without an article ("secretary of State",
    "Secretary of Homeland Security"; not "the secretary of the club").
    """
    lemma = p.lemma(head)
    return lemma in _CABINET and (lemma == "minister" or not p.dep_kids(obj, ("det",)))


def _jurisdiction(p: Parse, head: int, obj: int) -> bool:
    """True when the name after a territorial office's "of" is the territory it governs, not its employer."""
    return p.lemma(head) in _TERRITORIAL and not any(
        p.lemma(k) in BODY_NOUNS for k in range(p.left(obj), p.right(obj, True) + 1)
    )
