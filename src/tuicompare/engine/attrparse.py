"""The parse of one sentence as the entity sheet reads it, and what one finding is.

``Parse`` wraps a sentence's stored tokens (lemmas, parts of speech,
dependencies and heads, see ``analysis.records``) with children lists and
entity labels by token, so ``attributes`` can walk the tree without spaCy.
"""

from __future__ import annotations

import dataclasses
import functools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from tuicompare.engine.hyphens import mend_hyphens
from tuicompare.models import Sentence, Token

#: Ages above this are not ages ("the 1,200-year-old church" says nothing of a person).
MAX_AGE = 120
#: What joins two numbers of a score or a range ("10 - 5", "40 - to 50").
_JOINS = frozenset({"-", "–", "—", "to"})
#: The marks of a time of day after a number ("10 a.m.", "9 pm"), as the tokenizer leaves them.
_CLOCK = frozenset({"a", "p", "a.m", "p.m", "am", "pm"})
#: Dependents that end a noun phrase: what follows them is said about it, not part of its name.
_NOT_PHRASE = frozenset({"appos", "relcl", "acl", "punct", "cc", "conj", "advcl"})
#: Auxiliaries that make a copular clause a hypothesis ("would likely become chairman").
_MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must"})
#: The verb "die" as the lemmatiser leaves it in a title-case headline ("Dies At 91" read as a name).
_DIE = frozenset({"die", "dies", "died"})
#: Auxiliaries of the future: asserted, but of a post not yet held ("will be the fifth coach").
_FUTURE = frozenset({"will", "shall"})
#: Past forms of "be" and the auxiliary of the past perfect ("was mayor", "had been chairman"); not "became
#: governor", which says the post is held from then on.
_PAST_FORMS = frozenset({"was", "were", "had"})


#: The first item of the key ``attributes.mention_findings`` keeps a mention's findings under in ``Parse.readings``.
FINDINGS = "mention findings"


@dataclass(frozen=True, slots=True)
class Finding:
    """One attribute value an article states about one mention.

    Attributes:
        attribute: One of :data:`ATTRIBUTES`.
        text: The value as written ("Council leader", "52", "Buckinghamshire").
        start: Article offset of the value.
        end: Article offset one past it.
        sentence: Sentence id of the evidence.
        confidence: How surely the construction states the attribute, 0 to 1.
        head: For a role, the lemma of its head noun ("leader"); for other attributes, ``""``.
        words: For a role, its content lemmas ("council", "leader"); for a count, its value (and
            ``"~"`` when hedged: "more than 14,000").
        past: The role or employer is not held now: a former one ("former aide", "ex-chairman", "resigned
            as") or one to come ("will be the coach"); it says nothing against a present one.
        now: The role, or the employer it is held with, is said to be held now, after others ("Roe, now an
            assistant coach with the Hawks,"): another post of the person in the story may be one held before.
        kind: When set, the value holds only if it names an entity the story resolves to this kind
            (an employer the recogniser did not label: "AARP policy director"; the person a staff role
            serves, "aide to X", "X aide", is ``person``; a team's name the tagger took for a common noun,
            "Saints coach", is ``team``: an organisation compatible with any other employer).
        posted: For a role, the place its title posts it to within its employer ("Moscow" of "the
            paper's Moscow correspondent"); ``""`` when the title names none.
        inside: The value lies within the entity's own recognised name, as a title may ("Police" of "Police
            Constable Tim Fanning" as one PERSON): an attribute of it all the same, not another entity.
    """

    attribute: str
    text: str
    start: int
    end: int
    sentence: str
    confidence: float
    head: str = ""
    words: tuple[str, ...] = ()
    past: bool = False
    now: bool = False
    kind: str = ""
    posted: str = ""
    inside: bool = False


class Parse:
    """One sentence's tokens with children lists, word texts and entity labels by token."""

    def __init__(self, sentence: Sentence) -> None:
        self.s = sentence
        self.t: Sequence[Token] = mend_hyphens(sentence)
        tokens = self.t
        n = len(tokens)
        # A word's children: one shared empty tuple for the words heading none (most of them), a list made
        # for a head when its first child is met (no list made and dropped per word of every sentence).
        below: list[Sequence[int]] = [()] * n
        roots = []
        for i, t in enumerate(tokens):
            head = t.head
            if head == i:
                roots.append(i)
            elif 0 <= head < n:
                kids = below[head]
                if kids:
                    kids.append(i)  # type: ignore[attr-defined]
                else:
                    below[head] = [i]
        # A parse read from a damaged cache may loop or point outside the sentence: only the tokens
        # reached down from a root (whose heads lead up to it) have children. Each token hangs below
        # one head at most, so this walk meets it once. The tokens reached are listed as the walk meets
        # them: the loop reads the list as it grows (a list's iterator reads up to its current end).
        reached = roots
        for j in reached:
            reached.extend(below[j])
        # Every token reached (a sound parse): the lists stand as they are.
        if len(reached) == n:
            self.kids: list[Sequence[int]] = below
        else:
            rooted = set(reached)
            self.kids = [kids if j in rooted else () for j, kids in enumerate(below)]
        # Each word's lemma as the rules compare it, read on first use (the rules ask of a word many times).
        self._lemmas: list[str | None] = [None] * n
        self.label: dict[int, str] = {}
        #: What the entity sheet reads of this sentence, each reading made once (pure functions of the sentence).
        self.readings: dict[object, tuple[object, tuple[Finding, ...]]] = {}
        # Each word's offsets as plain lists: the rules find a mention's words by them (``within``) several
        # times a sentence, and a search of ints costs a fraction of one that reads each token's field.
        self._starts = [t.start for t in tokens]
        self._ends = [t.end for t in tokens]
        # Each word's subtree bounds (``left``, ``right``), read on first use: several rules of one mention ask
        # for one word's (160 asks of ``left`` for 49 words a first comparison of the seeds). They key on the
        # word (and ``phrase``) alone, which is enough: ``kids`` and ``t`` never change once the parse is made.
        self._lefts: dict[int, int] = {}
        self._rights: dict[tuple[int, bool], int] = {}
        for ent in sentence.entities:
            for i in self.within(ent.start, ent.end):
                self.label[i] = ent.label

    @functools.cached_property
    def title_case(self) -> bool:
        """A title-case headline ("Rovers Fire Coach X, Hire Y"): its verbs are capitalised like its names, and
        the tagger reads them as parts of names and titles.

        Read on first use: one construction asks for it, and a parse is made for every sentence naming an
        entity (reading every word of each cost about a fifth of making the parse). The reading stops at the first
        word of four letters in lower case, which running text has among its first words (all of them were read
        before: entity sheet per cold comparison of the seeds, callgrind, 66.6 -> 65.6 M).
        """
        text, base = self.s.text, self.s.start
        words = 0
        for t in self.t:
            w = text[t.start - base : t.end - base]
            if len(w) >= 4 and w.isalpha():
                if not w[0].isupper():
                    return False  # running text: a word of four letters in lower case, most often among the first
                words += 1
        return words >= 4

    def within(self, start: int, end: int) -> range:
        """``context.tokens_within(self.t, start, end)``: the indices of the words inside ``start:end``."""
        return range(bisect_left(self._starts, start), bisect_right(self._ends, end))

    def word(self, i: int) -> str:
        # ``self.s.word(self.t[i])`` read from the offset lists: one call, not two (asked ~1,500 times a first
        # comparison of the seeds); a mended hyphen's tokens keep their offsets.
        s = self.s
        return s.text[self._starts[i] - s.start : self._ends[i] - s.start]

    def lemma(self, i: int) -> str:
        found = self._lemmas[i]
        if found is None:
            found = self._lemmas[i] = self.t[i].lemma.lower().strip(".")
        return found

    def text(self, a: int, b: int) -> str:
        return self.s.between(self.t[a].start, self.t[b].end)

    def dep_kids(self, i: int, deps: tuple[str, ...]) -> list[int]:
        """The children of ``i`` whose dependency label is one of ``deps``, in order.

        ``deps`` is a tuple, not ``*deps``: a call with a fixed number of arguments is the interpreter's fast path
        (no tuple packed per call), and this is called ~2,600 times a first comparison of the seeds.
        """
        kids = self.kids[i]
        if not kids:
            return []  # most words head none: asked for every mention, several times
        tokens = self.t
        # A loop, not a list comprehension (a function made and called each time in Python 3.11):
        # the lists are a few words long, and this is asked thousands of times a story.
        out = []
        for j in kids:
            if tokens[j].dep in deps:
                out.append(j)
        return out

    def left(self, i: int) -> int:
        """The first token of ``i``'s subtree."""
        found = self._lefts.get(i)
        if found is not None:
            return found
        out, stack = i, [i]
        while stack:
            for j in self.kids[stack.pop()]:
                out = min(out, j)
                stack.append(j)
        self._lefts[i] = out
        return out

    def right(self, i: int, phrase: bool = False) -> int:
        """The last token of ``i``'s subtree; with ``phrase``, of its noun phrase (no apposition nor clause)."""
        found = self._rights.get((i, phrase))
        if found is not None:
            return found
        out, stack = i, [i]
        while stack:
            for j in self.kids[stack.pop()]:
                if phrase and self.t[j].dep in _NOT_PHRASE:
                    continue
                out = max(out, j)
                stack.append(j)
        self._rights[i, phrase] = out
        return out

    def finding(self, attribute: str, a: int, b: int, confidence: float, **extra: object) -> Finding:
        start, end = self.t[a].start, self.t[b].end
        return Finding(attribute, self.text(a, b), start, end, self.s.id, confidence, **extra)  # type: ignore[arg-type]


def number(p: Parse, i: int) -> int | None:
    """The value of a number token that may be an age (1 to ``MAX_AGE``), else None."""
    word = p.word(i)
    if p.t[i].pos != "NUM" or not word.isdigit() or not 0 < int(word) <= MAX_AGE or _not_alone(p, i):
        return None
    return int(word)


def _not_alone(p: Parse, i: int) -> bool:
    """True for a number that is part of a score, range, time or measure: "(10 - 5)", "the 15 - 17 Bulldogs",
    "40 - to 50 - employee", "5 - foot - 8", "11: 30 p.m.", "10 a.m.", "4 GB"; never an age."""
    before = p.word(i - 1).lower() if i > 0 else ""
    after = p.word(i + 1).lower() if i + 1 < len(p.t) else ""
    then = p.t[i + 2].pos if i + 2 < len(p.t) else ""
    if (after in _JOINS and then == "NUM") or (before in _JOINS and i > 1 and p.t[i - 2].pos == "NUM"):
        return True  # "10 - 5", "15 - 17", "40 - to 50"; not "76 - year - old"
    if before in ("-", "–", "—"):
        return True  # "5 - foot - 8": a height, a score or a code ends with the number; an age never does
    if ":" in (before, after) or after.rstrip(".") in _CLOCK:
        return True
    head = p.t[i].head
    # "4 GB of RAM", "40 employees": a number counting or measuring the noun after it, unless that is its years
    return p.t[i].dep == "nummod" and head > i and p.lemma(head) not in ("year", "age")


def age_of(p: Parse, i: int) -> int | None:
    """The age a token states: a bare number, "76-year-old" rooted at "old", or "aged 61" rooted at "aged"."""
    if p.t[i].pos == "NUM":
        return number(p, i)
    if p.lemma(i) == "old":
        for year in p.kids[i]:
            if p.lemma(year) == "year":
                return next((n for n in map(lambda k: number(p, k), p.kids[year]) if n is not None), None)
    if p.lemma(i) in ("age", "aged"):
        return next((n for n in map(lambda k: number(p, k), p.kids[i]) if n is not None), None)
    return None


def age_after(p: Parse, last: int) -> bool:
    """True for a bare age set off by commas right after the name ending at ``last`` ("Ewan Price, 41, was")."""
    at = last + 2
    if at + 1 >= len(p.t) or p.word(last + 1) != "," or p.word(at + 1) != ",":
        return False
    return p.t[at].dep == "appos" and p.t[at].head <= last and number(p, at) is not None


def age_finding(p: Parse, i: int, confidence: float) -> Finding | None:
    """An age finding for the phrase rooted at ``i`` (the number itself, or inside "76-year-old")."""
    age = age_of(p, i)
    if age is None:
        # "20 wives": a number counting a plural noun is a count, never an age
        deps = ("amod", "compound") if plural(p, i) else ("amod", "compound", "nummod")
        for j in p.dep_kids(i, deps):
            age = age_of(p, j)
            if age is not None:
                i = j
                break
    if age is None:
        return None
    number = next((k for k in range(p.left(i), p.right(i) + 1) if p.word(k) == str(age)), i)
    return p.finding("age", number, number, confidence)


def death_age(p: Parse, verb: int, confidence: float) -> Finding | None:
    """The age a death states of its subject: "died at 91", "passed away at the age of 91", "died, aged 91".

    Only a death: the age at which someone did anything else ("elected at the age of 35") is a past one.
    """
    lemma = p.lemma(verb)
    if lemma not in _DIE and not (lemma == "pass" and any(p.lemma(k) == "away" for k in p.dep_kids(verb, ("prt",)))):
        return None
    for prep in p.dep_kids(verb, ("prep",)):
        if p.lemma(prep) != "at":
            continue
        for obj in p.dep_kids(prep, ("pobj",)):
            if p.lemma(obj) == "age":  # "at the age of 91"
                obj = next((n for of in p.dep_kids(obj, ("prep",)) for n in p.dep_kids(of, ("pobj",))), obj)
            if number(p, obj) is not None:
                return p.finding("age", obj, obj, confidence)
    for clause in p.dep_kids(verb, ("advcl",)):  # "has died in jail, aged 77"
        if p.lemma(clause) in ("age", "aged"):
            at = next((k for k in p.kids[clause] if number(p, k) is not None), None)
            if at is not None:
                return p.finding("age", at, at, confidence)
    return None


def skip_det(p: Parse, i: int) -> int:
    """The token after ``i`` when ``i`` is a determiner ("the council" read from "council")."""
    return i + 1 if p.t[i].pos == "DET" and i + 1 < len(p.t) else i


def after_based(p: Parse, start: int, end: int) -> int:
    """The start of a body's name past a "-based" before it ("the Utah - based Fundamentalist LDS Church"): the
    seat is the body's base, no part of its name, which another outlet gives without it."""
    for k in range(end - 1, start - 1, -1):
        if p.word(k).lower() == "based" and k + 1 <= end:
            return k + 1
    return start


def superlative(p: Parse, i: int) -> bool:
    """True for a superlative adjective ("worst", "biggest"): it makes a noun a verdict."""
    word = p.word(i).lower()
    return word in ("worst", "best") or (word.endswith("est") and word != p.lemma(i) and len(word) > 4)


def plural(p: Parse, i: int) -> bool:
    """True for a plural noun ("officials", "policemen"): it describes a group, not one person."""
    word, lemma = p.word(i).lower(), p.lemma(i)
    if word != lemma and word.endswith("men") and lemma.endswith("man") and lemma not in ("man", "woman"):
        return True  # "policemen", "chairmen": the plural of a trade in "-man" ("four men" names no trade)
    return word.endswith("s") and word != lemma and not word.endswith("ss")


def asserted(p: Parse, verb: int) -> bool:
    """False for "would become chairman", "is not the leader": a hypothesis or a denial, not an attribute.

    The future is asserted ("will be the fifth coach" is news); ``future`` tells it apart.
    """
    return not any(p.t[k].dep == "neg" or (p.t[k].dep == "aux" and p.lemma(k) in _MODALS) for k in p.kids[verb])


def future(p: Parse, verb: int) -> bool:
    """True for "will be the coach", "will take over as coach": a post to come, not one held now."""
    return any(p.t[k].dep == "aux" and p.lemma(k) in _FUTURE for k in p.kids[verb])


def past_form(p: Parse, verb: int) -> bool:
    """True for "was the mayor", "had been chairman": a post that need not be held now.

    Not "has been mayor since 2009", which is held still.
    """
    auxes = [k for k in p.kids[verb] if p.t[k].dep in ("aux", "auxpass")]
    return p.word(verb).lower() in _PAST_FORMS if not auxes else any(p.word(k).lower() in _PAST_FORMS for k in auxes)


def not_held_now(out: list[Finding], mark: int) -> None:
    """Mark the roles and employers found since ``mark`` as not held now (``past``): a post left or to come."""
    out[mark:] = [dataclasses.replace(f, past=True) if f.attribute in ("role", "employer") else f for f in out[mark:]]


def at_that_time(p: Parse, verb: int) -> bool:
    """True when a clause says when it held ("was 18 at the time of the shooting", "was 18 when he fired"):
    an age told then, which a later report may give a year or more higher."""
    timed = any(p.lemma(o) == "time" for k in p.dep_kids(verb, ("prep",)) for o in p.dep_kids(k, ("pobj",)))
    return timed or any(p.lemma(m) in ("when", "then") for c in p.dep_kids(verb, ("advcl",)) for m in p.kids[c])


def dated_age(p: Parse, f: Finding) -> Finding:
    """An age with the one year its sentence names, if any ("52" of "X, 52, won the contest in March 2019").

    Ages told of different years differ by the years between ("52" in 2019, "53" in 2020): the year lets the
    sheet see that. A sentence naming no year, or several, dates nothing.
    """
    years = {
        p.word(i)
        for i in range(len(p.t))
        if p.label.get(i) == "DATE" and p.word(i).isdigit() and len(p.word(i)) == 4 and 1800 < int(p.word(i)) < 2200
    }
    return dataclasses.replace(f, words=(years.pop(),)) if len(years) == 1 else f
