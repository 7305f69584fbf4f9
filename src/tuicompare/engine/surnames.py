"""One given name, two surnames: a person one article names otherwise than every other article does.

"Ann Poe resigned on Friday" in one article, while every other article of the
story names "Ann Roe" and none ever names a Poe, most likely gives Roe's
surname wrong (a typo, a mix-up or an edit): the shared given name says the two
names fill one place in the story. The sentence comparison misses these when
the sentence holding the changed name aligns with nothing (the surname was the
word that would have tied it to its counterpart); this reads the story's
people as a whole instead, as ``holders`` does for offices.

It is strict, as two people may share a given name. The one-article name must
be written in full (given name and surname), its surname given to no one by another article (a
relative of its own it alone names, "her son Jo Poe", is its telling renamed alike). The other name
must be the only other person of that given name (or of one it is a nickname of, or that is a nickname of
it: "Bob", "Robert"; or of it written with another first letter of one sound, "Catherine", "Katherine"; "Al"
written apart before a surname is a given name, ``surnameparts``), or the only one of several of that very
given name the mentions do not tell apart from it
(``_two_people`` below: "Engineer Ann Poe" beside "Ann Roe" and "Captain Ann Lee" can only be Roe; never by a
nickname, and never by what one namesake shares with it, which picked the wrong one), written in full by
another article, and named by every other article unless the one article names that person too, by surname
only ("Roe said": an article that never introduces someone it names has given the introduction another
surname), or the two full names stand in sentences of one row (``align``: one fact, told with two surnames,
however unlike the words around them run), or in two linked sentences where they fill one place in one fact
(``namefacts``: one verb, one act, one relation, or each named beside one other person the story names
rarely), or both names hold one office (also one given by "as": "her tenure as mayor", ``asoffices``) or are
given one home state ("Sen. Ann Poe" and "Sen. Ann Roe", "Rep. Ann Poe (D-Ohio)" and "Ann Roe, Democrat of
Ohio") or two offices one person holds together, the leadership post named ("Sen. Ann Poe", "majority leader
Ann Roe"; not a bare "leader"). The one article must never write the other name in full (an article naming
both "Ann Roe" and "Ann Poe" knows two people). Other middle initials ("Ann B. Roe",
"Ann K. Poe") or roles that share no word ("Ann Poe, a chef", "Mayor Ann Roe")
tell two people apart (not two words for one job, "TV host" and "journalist", nor a word formed from the
other's, "council member" and "councilman"; a word of fame or for a kind of person, "star", "a woman who",
tells nothing), as do two home states ("Rep. Ann Poe (D-Ohio)", "Rep. Ann Roe (D-Iowa)"), and two surnames
that may be one written two ways ("Van Dyke", "VanDyke"), or one letter of a long surname apart ("Welzler",
"Wetzler": a slip of typing), are no conflict. Two people of the given name the entity sheet keeps apart are
one for this rule when the letters of their surnames are one ("Van Dyke", "VanDyke", in two
articles), and a full name one article gives beside the same name and more words ("Ann Roe
Charged", a headline's verb) is left out (``_one_person``). A rank or trade many hold at once
(``roles.MANY_HOLD``: "lawyer", "officer") is no one office and no shared role
word ("Jo Poe, a lawyer and family friend", "Jo Roe, a lawyer and ferry captain":
two lawyers); an article naming "W. Mark Roe" names a Mark Roe in full, and "W. Mark Poe" against
"W. Mark Roe" is one given name, the initials and the name they lead (never matched by "Mark" or "William"
alone); a family tie with its possessor ("his grandson Rob Roe", ``bodyties.kin_post``) is one post; and a
nickname ("Hal Roe" against "Henry Poe": "Hal" shortens Harold too) with no row or office shared is at most a
possible difference. So is a full name an article gives only beside other
things than the other articles name theirs with, when that article tells the others' fact about their person
without naming its own ("Ann Poe" joking about a theatre, in an article that tells of the pier Ann Roe
inspected in 2019 with no one named: ``othermatters``). Each article of a story of two may name a
person the other does not, so the story needs at least three articles.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from tuicompare.engine.asoffices import as_offices
from tuicompare.engine.bodyties import bodies_of, compound_office, kin_post, leadership
from tuicompare.engine.conflictmerge import FoundConflict
from tuicompare.engine.context import headed_title
from tuicompare.engine.entities import same_spelling_family
from tuicompare.engine.features import Span
from tuicompare.engine.holders import person_conflict, person_value
from tuicompare.engine.homestates import home_states
from tuicompare.engine.middlenames import one_middle
from tuicompare.engine.observations import just_under
from tuicompare.engine.othermatters import other_matters
from tuicompare.engine.placedin import person_key
from tuicompare.engine.rolenouns import role_noun
from tuicompare.engine.roles import (
    MANY_HOLD,
    UNEXCLUSIVE,
    derived,
    held_together,
    offices,
    one_seat,
    one_trade,
    role_words,
)
from tuicompare.engine.samereferent import one_letter_apart
from tuicompare.engine.surnameparts import (
    full_name,
    initialled_given,
    joined_surname,
    middle_letter,
    name_words,
    same_given,
)
from tuicompare.engine.tuning import TUNING
from tuicompare.models import Sentence

__all__ = ["surname_conflicts"]


#: Role words that name no trade: a rank or trade many hold at once, what someone is famous for, a kind of
#: person. Two names given only such words besides no shared one are not told apart by them.
_NO_TRADE = MANY_HOLD | UNEXCLUSIVE | frozenset({"woman", "man", "person"})


def _two_people(
    mine: Sequence[Span], theirs: Sequence[Span], roles: tuple[set[str], set[str]], homes: tuple[set[str], set[str]]
) -> bool:
    """Whether the mentions show two people: other middle initials, roles that share no word, other home states."""
    middles = {middle_letter(s) for s in mine} - {""}, {middle_letter(s) for s in theirs} - {""}
    if middles[0] and middles[1] and not middles[0] & middles[1]:
        return True  # "John D. Poe" and "John W. Roe"
    if homes[0] and homes[1] and not homes[0] & homes[1]:
        return True  # "Rep. Jo Poe (D-Ohio)" and "Rep. Jo Roe, Democrat of Iowa": two representatives
    # A trade many practise at once is no shared word: "lawyer Jo Poe, a family friend" and "Jo Roe, the
    # mayor's counsel" are two lawyers.
    # Nor is a word of fame or of a kind of person ("star", "woman"): "film star Jo Poe" and "the actress Jo Roe",
    # "a woman who" and "Dr. Jo Roe" are one person told two ways.
    own, other = roles[0] - _NO_TRADE, roles[1] - _NO_TRADE
    if not own or not other or own & other:
        return False
    # "Jo Poe, a chef" and "Jo Roe, the mayor" are two people; but "TV host Jo Poe" and "journalist Jo Roe" may be
    # one broadcaster, and "council member Jo Poe" and "Councilman Jo Roe" one councillor: two words the press
    # uses for one job, or one word formed from the other's for its doer.
    # "Senator Jo Poe" and "majority leader Jo Roe": offices one person holds together.
    return not (one_trade(own, other) or derived(own, other) or derived(other, own) or held_together(own, other))


def _told_apart(
    lone: int,
    other: int,
    given: str,
    givens: set[str],
    full: Mapping[int, list[tuple[Span, str, str]]],
    roles: Mapping[int, set[str]],
    homes: Mapping[int, set[str]],
) -> bool:
    """Whether the mentions show the one-article person and another of the given name to be two (``_two_people``)."""
    (article,) = {s.article for s, _g, _n in full[lone]}
    mine = [s for s, g, _n in full[lone] if g == given]
    theirs = [s for s, g, _n in full[other] if g in givens and s.article != article]
    pair = (homes.get(lone, set()), homes.get(other, set()))
    return _two_people(mine, theirs, (roles[lone], roles[other]), pair)


def _one_person(spans: Sequence[Span], entity_of: Mapping[Span, int], labels: Sequence[str]) -> Mapping[Span, int]:
    """The story's person entities with two kinds the sheet keeps apart taken as one person, for this rule only.

    A full name whose letters after the given name are another's run together, in articles that never name
    both ("Ann Van Dyke", "Ann VanDyke"), is one person written two ways. A full name one article alone gives,
    made of another full name of that article and more words ("Ann Roe Charged" beside "Ann Roe": a headline's
    verb the recogniser took in), is that person, and its mentions are left out (its extra words would read
    as a middle name). Either would otherwise count as a second person of the given name, and a name another
    article changed would have no one to be told against.
    """
    keys: dict[int, set[tuple[str, str]]] = {}  # person -> (article, full key)
    for span in spans:
        entity = entity_of.get(span)
        if entity is not None and labels[entity] == "person" and full_name(span) is not None:
            keys.setdefault(entity, set()).add((span.article, " ".join(name_words(span))))
    into: dict[int, int] = {}
    by_given: dict[str, set[int]] = {}
    for entity, found in keys.items():
        for _x, k in found:
            by_given.setdefault(k.split()[0], set()).add(entity)
    pairs = sorted({(a, b) for same in by_given.values() for a in same for b in same if a < b})
    for a, b in pairs:
        if a in into or b in into:
            continue
        ka, kb = keys[a], keys[b]
        if not {x for x, _k in ka} & {x for x, _k in kb} and _run_together(ka, kb):
            into[b] = a
        elif _extends(kb, ka):
            into[b] = -1  # the longer name's words are no middle name: its mentions are left out
        elif _extends(ka, kb):
            into[a] = -1
    if not into:
        return entity_of
    return {span: into.get(entity, entity) for span, entity in entity_of.items() if into.get(entity) != -1}


def _run_together(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> bool:
    """Whether two people's full names have one given name and one surname, once its words are run together."""
    parts = {(k.split()[0], "".join(k.split()[1:])) for _a, k in a}
    return any((k.split()[0], "".join(k.split()[1:])) in parts for _a, k in b)


def _extends(longer: set[tuple[str, str]], shorter: set[tuple[str, str]]) -> bool:
    """Whether every full name of one person, all in one article, is a full name the other has there, and more."""
    if len({x for x, _k in longer}) != 1:
        return False
    return all(any(x == y and k.startswith(j + " ") for y, j in shorter) for x, k in longer)


def _one_name(mine: Sequence[Span], theirs: Sequence[Span]) -> bool:
    """Whether two surnames may be one written two ways ("Van Dyke", "VanDyke"; "Roe", "Rowe"; "Welzler", "Wetzler")."""
    for a in mine:
        for b in theirs:
            x, y = joined_surname(a), joined_surname(b)
            if same_spelling_family(x, y) or one_letter_apart(x, y):
                return True
    return False


def surname_conflicts(
    spans: Sequence[Span],
    entity_of: Mapping[Span, int],
    labels: Sequence[str],
    order: Mapping[str, int],
    members: Sequence[str],
    together: Callable[[str, str], bool] | None = None,
    sentences: Mapping[str, Sentence] | None = None,
    one_fact: Callable[[Span, Span], bool] | None = None,
) -> list[FoundConflict]:
    """Conflicts of a person named with another surname by one article (see the module docstring).

    Args:
        spans: Every slot of the story.
        entity_of: Name slot -> its resolved entity.
        labels: Entity -> its type; only people count.
        order: Article id -> its rank, to order the values.
        members: The story's articles.
        together: Whether two sentences share a row of the alignment (None: never asked).
        sentences: Sentence id -> sentence, to read the home states the names are given (None: none read).
        one_fact: Whether two person mentions fill one role of one fact in two linked sentences (None: never
            asked): evidence that the two names are one person's when some other article does not name theirs.

    Returns:
        One conflict per person renamed, valued by the one article's full mentions against the
        other articles' full mentions.
    """
    if len(set(members)) < 3:
        return []
    entity_of = _one_person(spans, entity_of, labels)
    articles: dict[int, set[str]] = {}
    full: dict[int, list[tuple[Span, str, str]]] = {}
    roles: dict[int, set[str]] = {}
    posts: dict[int, set[str]] = {}  # the offices a person is given ("senator", "mayor")
    homes: dict[int, set[str]] = {}  # the US states a person is given as home ("Sen. Ann Roe (D-Ohio)")
    surnames: dict[str, set[int]] = {}  # every surname-like word of a person name -> the people it names
    led: dict[int, set[tuple[str, str]]] = {}  # the articles and given names of names led by initials
    matters: dict[str, set[tuple[str, object]]] = {}  # sentence id -> what it names (entities, figures, dates)
    bodies: dict[str, list[tuple[Span, int]]] = {}  # sentence id -> its names of bodies, with their entities
    for span in spans:
        entity = entity_of.get(span)
        if entity is not None:
            matters.setdefault(span.sentence, set()).add(("entity", entity))
        elif span.kind != "name" and span.key is not None:
            matters.setdefault(span.sentence, set()).add((span.kind, span.key))
        if entity is not None and labels[entity] == "organisation":
            bodies.setdefault(span.sentence, []).append((span, entity))
        if entity is None or labels[entity] != "person":
            continue
        articles.setdefault(entity, set()).add(span.article)
        roles.setdefault(entity, set()).update(role_words(span.role))
        posts.setdefault(entity, set()).update(offices(span.role))
        if sentences is not None and span.sentence in sentences:
            parse = sentences[span.sentence]
            # "the victim's lawyer, Ann Roe,": a title the parser hangs the name on (``context.headed_title``).
            posts[entity].update(offices((headed_title(parse, span.start, span.end),)))
            roles[entity].update(leadership(span, parse))  # "the Senate minority leader"
            posts[entity].update(compound_office(span, parse) | kin_post(span, parse))  # "chief of staff", "his son"
            homes.setdefault(entity, set()).update(h[0] for h in home_states(span, parse))
        words = person_key(span.key or "").split()
        if words:
            surnames.setdefault(words[-1], set()).add(entity)
        initialled = initialled_given(span)
        if initialled:
            led.setdefault(entity, set()).add((span.article, initialled))
        parts = full_name(span)
        if parts is not None:
            full.setdefault(entity, []).append((span, *parts))
    for entity, found in as_offices(spans, entity_of, labels, sentences or {}).items():
        posts[entity].update(found)  # "Ann Roe, calling her tenure as secretary of state"
    by_given: dict[str, set[int]] = {}
    for entity, mentions in full.items():
        for _span, given, _surname in mentions:
            by_given.setdefault(given, set()).add(entity)

    def of_given(given: str, lone: int) -> set[str]:
        # That very given name when someone else has it; else its nicknames and fuller forms ("Bob Poe" in one
        # article, "Robert W. Roe" in the others), which never stand in for an exact match ("John Poe" beside
        # "John Roe" and "Jack Lee").
        if by_given[given] - {lone}:
            return {given}
        return {name for name, people in by_given.items() if people - {lone} and same_given(name, given)}

    out = []
    for lone, mentions in full.items():
        if len(articles[lone]) != 1:
            continue
        (article,) = articles[lone]
        for given in sorted({g for _s, g, _n in mentions}):
            givens = of_given(given, lone)
            people = {e for name in givens for e in by_given[name]} - {lone}
            if len(people) > 1 and given in givens:
                # Several people of that very given name: those the mentions tell apart from the one-article name
                # (another middle initial, roles sharing no word, another home state) are not it, and one left is
                # the only candidate, to be tied to it below as any other. Never by a nickname ("Ben": which
                # Benjamin?), and never by what one namesake shares with it: taking the one of several that shares
                # a row, office or fact was tried and dropped (twenty-second session: it chose the wrong namesake).
                people = {e for e in people if not _told_apart(lone, e, given, givens, full, roles, homes)}
            if len(people) != 1:
                continue
            (named,) = people
            theirs = [s for s, g, _n in full[named] if g in givens and s.article != article]
            mine = [s for s, g, _n in mentions if g == given]
            near = together is not None and any(together(x.sentence, y.sentence) for x in mine for y in theirs)
            office = one_seat(posts[lone], posts[named]) or bool(homes.get(lone, set()) & homes.get(named, set()))
            # Two offices one person holds together, the leadership post named ("Senator Ann Poe", "majority
            # leader Ann Roe"; "CEO Ann Poe", "the executive Ann Roe"): one seat told by two of its titles. A bare
            # "leader" is anyone's.
            office = office or held_together(roles[lone] - {"leader"}, roles[named] - {"leader"})
            majority = article in articles[named] or set(members) - {article} <= articles[named]
            # One fact: the two names fill one role of one fact in two linked sentences ("Ann Poe retired" /
            # "Ann Roe is retiring", "Sen. Ann Poe" / "Ann Roe, the senator"): when some other article names
            # neither, nothing else says which outlet renamed whom, but the sentences say the two are one.
            role = one_fact is not None and any(one_fact(x, y) for x in mine for y in theirs)
            # One middle name: "John D. Poe" against "John D. Roe", "Ann Marie Poe" against "Ann Marie Roe", with
            # no third article naming either: two words of the name agree, as two people of one given name rarely do.
            office = office or (given in givens and bool(theirs) and one_middle(mine, theirs))

            def works_for(side: Sequence[Span]) -> set[int]:
                # "Ann Poe of the Harbour Trust", "Ann Roe, a director at the Harbour Trust": one body (``bodyties``).
                return {
                    b
                    for s in side
                    if sentences is not None
                    for b in bodies_of(s, sentences.get(s.sentence), bodies.get(s.sentence, ()))
                }

            if not (near or office or majority or role) and given in givens and theirs and sentences is not None:
                # Not when the word read as the given name is a trade ("Trooper Jo Roe"): many of one body hold it.
                office = not role_noun(given) and bool(works_for(mine) & works_for(theirs))
            if not theirs or not (near or office or majority or role):
                # Every other article names the other person; or the one article does, by surname only (below:
                # it never introduces them, so its one full name is the changed one); or one row holds both; or
                # both names hold one office or are given one home state ("Sen. Tom Poe" and "Sen. Tom Roe",
                # "Rep. Tom Poe (D-Ohio)" and "Tom Roe, Democrat of Ohio": one seat, told two ways).
                continue
            if any(s.article == article for s, g, _n in full[named] if g in givens) or any(
                a == article and g in givens for a, g in led.get(named, ())
            ):
                continue  # the one article names both in full ("Mark Roe" or "W. Mark Roe"): two people it knows
            # The surname another article gives someone (a relative, another person of the story); not one the
            # one article alone writes ("Poe said", "her son Jo Poe": its own telling, renamed alike).
            if any(
                articles[e] - {article} for _s, g, n in mentions if g == given for e in surnames.get(n, set()) - {lone}
            ):
                continue  # the surname names someone else in the story too
            if _one_name(mine, theirs) or _two_people(
                mine, theirs, (roles[lone], roles[named]), (homes.get(lone, set()), homes.get(named, set()))
            ):
                continue
            # The other articles' every mention of the person, shown by the full names they write.
            told = [s for s in spans if entity_of.get(s) == named and s.article != article]
            values = (person_value(told, order, theirs), person_value(mine, order))
            sure = TUNING.conflicts.given_name_holder
            if not (near or office) and other_matters(mine, theirs, matters, {lone, named}, labels):
                sure = min(sure, just_under(TUNING.conflicts.possible_below))
            if given not in givens and not (near or office):
                # A nickname shortens several given names ("Hal": Harold or Henry): the other articles naming
                # a Henry make "Hal Poe" possibly him renamed, not surely; one row or one office still is.
                sure = min(sure, just_under(TUNING.conflicts.possible_below))
            out.append(person_conflict(values, sure))
    return out
