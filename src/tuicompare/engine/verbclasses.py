"""Whether two values' acts can be one: the verbs they hang from, by classes of general English.

A date answers when its act happened: "revoked the rule today" and "allowed agencies to waive reviews on
Dec. 16" give two dates of two acts, however many words the two sentences share besides. Two values are
compared as one fact's only when something says their acts are one, and in loosely aligned sentences the
verbs are that evidence: the same verb, or verbs of one class ("died", "passed away"; "unveiled",
"launched"), or a verb that names no act of its own ("was", "happened", "took place": ``GENERIC``). Two
verbs of two classes are one act only when the sentences say so otherwise: an entity both verbs take as
an argument ("Roe posted the video Tuesday" against "the video was released Saturday by Roe") or one
thing both act on (``frames.frame_object``).

The classes are general language, no names: the outcome classes of ``outcomes`` (killed, hurt,
arrested...) and a few more groups of verbs that news writing uses for one act or for the acts of one
event (a shooting, a game, a verdict, a disaster), each a near-synonym set. A verb in no class is a class
of its own. A verb of speech or report (``STATEMENTS``) dates a statement, which outlets give as the day
of the act it tells, so it never tells two acts apart either. ``conflicts.observe`` asks ``acts_apart``
of two different dates, or places (a place answers where its act happened: "found dead in a house
in Kendal" against "appeared in Carlisle Crown Court"), in sentences linked below
``ConflictTuning.link_full`` whose pair is no red difference: such a pair is two facts, not a possible
difference (a red one keeps the evidence that made it red: the planted red recall of every tuning split
is unchanged, and the audits' false possible differences of the different-facts class lose four,
``docs/measurements.md``).

The same lexicon says the opposite too (``one_act``): two different verbs of one near-synonym set
("found the hiker Sunday", "the hiker was discovered Monday") tell one act, so their two dates, or
places, fill one role of it, as two values of one verb do (``ConflictTuning.act_evidence``). Not the
classes of one event's several acts (``EVENT_CLASSES``: "shot Friday" and "died Saturday" may both be
true), and not a generic verb or a verb of speech, which date any act. An event noun a date is set on
("after a shooting Sunday", "the explosion occurred Sunday") and its own verb ("was shot Friday", "a bomb
exploded Friday") are one act too (``_noun_and_verb``: one ``derivation`` family).
"""

from __future__ import annotations

from tuicompare.engine.derivation import family_keys
from tuicompare.engine.evidence import REPORTING
from tuicompare.engine.frames import NOUN_FRAME
from tuicompare.engine.outcomes import OUTCOMES

__all__ = ["EVENT_CLASSES", "GENERIC", "STATEMENTS", "SYNONYMS", "act_class", "acts_apart", "one_act"]

#: Verbs that name no act of their own: the date of "was on Friday", "happened Friday", "took place
#: Friday" may be any act's, so such a verb never tells two acts apart.
GENERIC = frozenset({"be", "become", "happen", "occur", "take", "come", "go", "get", "do", "make", "see", "begin"})

#: Verbs of speech or report: their date is a statement's, which outlets give as the day of the act it
#: tells ("announced today that it overturned the rule" against "overturned the rule Tuesday").
STATEMENTS = REPORTING | {
    *("confirm", "reveal", "disclose", "declare", "deny", "comment"),
    # A speech's own verbs: "delivered a speech", "outlined his approach", "laid out a vision".
    *("deliver", "outline", "present", "describe", "detail", "explain", "address", "lay"),
}

#: Near-synonym sets of news verbs beyond the outcome classes: words of one set tell one act.
SYNONYMS: dict[str, frozenset[str]] = {
    "launch": frozenset({"launch", "release", "introduce", "unveil", "debut", "premiere", "ship", "roll", "open"}),
    "appoint": frozenset({"appoint", "name", "nominate", "pick", "choose", "select", "tap", "cast", "hire"}),
    "leave": frozenset({"resign", "quit", "retire", "step", "leave", "depart"}),
    "agree": frozenset({"sign", "agree", "ink", "reach", "seal", "strike", "conclude"}),
    "shoot": frozenset({"shoot", "fire", "gun", "open"}),
    "attack": frozenset({"attack", "bomb", "shell", "strike", "hit", "raid", "target"}),
    # A disaster and what it did: "the quake hit Sunday", "razed villages on Sunday".
    "quake": frozenset({"strike", "hit", "shake", "rock", "jolt", "rattle", "rumble", "raze", "flatten", "destroy"}),
    "end": frozenset({"end", "finish", "close", "conclude", "complete", "wrap"}),
    "hold": frozenset({"hold", "host", "emcee", "emceed", "stage", "organize", "organise", "convene", "meet"}),
    "beat": frozenset({"beat", "defeat", "top", "edge", "rout", "down", "win", "clinch", "overcome"}),
    "plan": frozenset({"set", "schedule", "slate", "plan", "expect", "due", "book", "date"}),
    "find": frozenset({"find", "discover", "locate", "recover", "spot"}),
    "treat": frozenset({"hospitalize", "hospitalise", "admit", "treat", "rush", "take"}),
    "burn": frozenset({"burn", "destroy", "gut", "raze", "engulf", "blaze", "flatten"}),
    "plead": frozenset({"plead", "admit", "confess"}),
    "rule": frozenset({"rule", "decide", "find", "order", "overturn", "uphold", "reverse"}),
    # The acts of one event share its date: a shooting's ("shot and killed Friday", "died Friday"), a
    # game's ("defeated them Friday", "scored 30 Friday"), a verdict's, an injury's.
    "violence": frozenset(
        {
            "shoot",
            "kill",
            "die",
            "stab",
            "wound",
            "attack",
            "murder",
            "slay",
            "gun",
            "fire",
            *("point", "aim", "brandish", "threaten", "confront"),
        }
    ),
    "game": frozenset({"play", "score", "defeat", "beat", "win", "lose", "lead", "tie", "top", "edge", "rout"}),
    "verdict": frozenset({"convict", "find", "acquit", "sentence", "rule", "decide", "serve", "jail", "imprison"}),
    "injury": frozenset({"injure", "hurt", "sprain", "suffer", "tear", "break", "strain", "twist"}),
    "revoke": frozenset({"revoke", "rescind", "reverse", "overturn", "repeal", "lift", "scrap", "undo", "cancel"}),
}

#: Classes of the several acts of one event (a shooting's "shot" and "died", a game's "led" and "won", a
#: verdict's "convicted" and "sentenced"): they never tell two acts apart, but their verbs are no one act
#: either, whose dates must agree.
EVENT_CLASSES = frozenset({"violence", "game", "verdict"})

_CLASSES: dict[str, frozenset[str]] = {}
for _name, _words in (*OUTCOMES.items(), *SYNONYMS.items()):
    for _word in _words:
        _CLASSES[_word] = _CLASSES.get(_word, frozenset()) | {_name}


def act_class(verb: str) -> frozenset[str]:
    """The classes of a verb's lemma (a noun frame, "noun:shooting", by its noun), or the lemma alone."""
    word = verb.removeprefix(NOUN_FRAME)
    return _CLASSES.get(word, frozenset({word}))


def acts_apart(verb_x: str, verb_y: str, objects: tuple[str, str], shared_actor: bool) -> bool:
    """True when two values hang from verbs of two acts and nothing else says the acts are one.

    Args:
        verb_x: The lemma of the verb one value hangs from (``frames.frame``), or ``""``.
        verb_y: The other value's.
        objects: What each verb acts on (``frames.frame_object``), or ``""``.
        shared_actor: Whether an entity is an argument of both verbs.

    Returns:
        False when either verb is unknown or generic (nothing read either way), when the two share a
        class, when an entity acts in both, or when both act on one thing ("released the video",
        "posted the video"); else True.
    """
    if not verb_x or not verb_y or shared_actor:
        return False
    if {verb_x.removeprefix(NOUN_FRAME), verb_y.removeprefix(NOUN_FRAME)} & (GENERIC | STATEMENTS):
        return False
    if act_class(verb_x) & act_class(verb_y):
        return False
    things_x, things_y = objects
    return not (things_x and things_y and set(things_x.split()) & set(things_y.split()))


#: Event nouns whose verb the suffixes of ``derivation.family_keys`` do not reach ("explosion", "explode").
#: An election is its voting ("participated in elections Sunday", ``supportverbs``, against "voted Sunday"),
#: and its electing still ("since his election in 2006" against "was elected in 2008").
_NOUN_VERBS = {"explosion": "explode", "collision": "collide", "invasion": "invade", "death": "die", "election": "vote"}


#: Nouns of a game's result: the game itself, named by how it ended ("in Thursday's 91-73 victory").
_GAME_RESULTS = frozenset({"victory", "win", "loss", "defeat"})

#: Verbs of a game's result and of scoring in it: what a player or a side did in the game, on its day.
#: Not "play" nor "lead", which tell a game to come ("they play Duke on Saturday") or another act.
_GAME_ACTS = frozenset({"score", "beat", "defeat", "win", "lose", "top", "edge", "rout"})


def _noun_and_verb(verb_x: str, verb_y: str) -> bool:
    """True when one frame is an event noun (``NOUN_FRAME``) and the other its verb, or the same noun.

    "the explosion occurred Sunday" (``eventsubjects``) against "a bomb exploded Friday"; "died after a
    shooting Sunday" (``frames.dated_noun``) against "was shot Friday": the noun names the verb's act. A
    game's result noun names the game, and so any result or score of it ("during the 91-73 victory on
    Thursday night" against "scored 20 points Thursday night"): the game is one act, on one day.
    """
    if NOUN_FRAME not in verb_x + verb_y:
        return False
    words = [v.removeprefix(NOUN_FRAME) for v in (verb_x, verb_y)]
    nouns = [w for v, w in zip((verb_x, verb_y), words, strict=True) if v.startswith(NOUN_FRAME)]
    if len(nouns) == 1 and nouns[0] in _GAME_RESULTS and (set(words) - {nouns[0]}) <= _GAME_ACTS:
        return True
    keys = [family_keys(w) | family_keys(_NOUN_VERBS.get(w, w)) for w in words]
    return bool(keys[0] & keys[1])


def one_act(verb_x: str, verb_y: str) -> bool:
    """True when two values hang from two different verbs of one act: a near-synonym set of ``act_class``.

    "found the hiker Sunday" against "the hiker was discovered Monday": one finding told two ways, so
    the two days are one fact's. Not when either verb is unknown, generic or of speech (it may date any
    act), nor for two verbs that share only a class of one event's several acts (``EVENT_CLASSES``).

    Args:
        verb_x: The lemma of the verb one value hangs from (``frames.frame``), or ``""``.
        verb_y: The other value's.

    Returns:
        Whether the two verbs differ and share a class of one act.
    """
    if not verb_x or not verb_y or verb_x == verb_y:
        return False
    if {verb_x.removeprefix(NOUN_FRAME), verb_y.removeprefix(NOUN_FRAME)} & (GENERIC | STATEMENTS):
        return False
    return _noun_and_verb(verb_x, verb_y) or bool((act_class(verb_x) & act_class(verb_y)) - EVENT_CLASSES)
