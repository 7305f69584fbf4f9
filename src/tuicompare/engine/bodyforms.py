"""Short forms of one name that outlets and the recogniser make: one referent, never two.

Told by the words of the names and of their sentences, never by the names themselves
(same-referent false alarms of the ECB+ audits):

- **Singular and plural.** "Zephyr Pros" against "Zephyr Pro": a product line named in the plural
  in one headline, in the singular in another (the small model may even call it a person).
- **Short forms of one full name.** "Brindle VSS" and "Brindle Vault" both shorten "Brindle Vault
  Storage Systems", which the story names: its first words and the initials of the rest, or its
  first words alone. Either may be the full name's short form, or both that of a third name.
- **A front the recogniser cut.** "the Dental Assn. of the State of Nevada" read as the name
  "State of Nevada": with the capitalised words before it in its sentence it holds every word of the
  other outlet's "Dental Association of Nevada" (an abbreviation for its word).
- **An inner part the recogniser cut.** "Highway Patrol Officer Tom Reyes" read as the body
  "Highway": the word after it in its sentence continues it as one of the other name's written forms
  does ("Nevada Highway Patrol", whose initials "NHP" the other outlet gives).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from tuicompare.engine.features import SentenceFeatures, Span, name_key
from tuicompare.engine.nameforms import abbreviated, spells_initials
from tuicompare.engine.names import FIRM_DESIGNATORS

__all__ = ["cut_in_front", "cut_inside", "one_of_plural", "parts_of_one_name", "short_forms", "shortens"]

#: Words that join the words of a body's name ("Association of the State of X", "Bank and Trust").
CONNECTORS = frozenset({"of", "the", "and", "for", "&", "at", "on", "in"})


def _plural(short: str, long: str) -> bool:
    """True when the word ``long`` is the plural of ``short`` ("pros" of "pro", "boxes" of "box")."""
    return len(short) >= 3 and long in (f"{short}s", f"{short}es")


def _word_alike(a: str, b: str) -> bool:
    """True when two words of names are one word: equal, or one the other's plural."""
    return a == b or _plural(a, b) or _plural(b, a)


def _shortened(short: str, full: str) -> bool:
    """True when ``short`` abbreviates the word ``full`` ("assn" of "association", "dept" of "department").

    Its letters, three or more, appear in order in the longer word from its first letter; a key has lost the
    full stop that marks the abbreviation (``nameforms.abbreviated`` reads that).
    """
    if len(short) < 3 or len(full) < len(short) + 2 or short[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(ch in rest for ch in short[1:])


def _alike_or_short(a: str, b: str) -> bool:
    return _word_alike(a, b) or _shortened(a, b) or _shortened(b, a) or abbreviated(a, b)


def one_of_plural(a: str, b: str) -> bool:
    """True when two keys of two words or more differ only by the plural of their last word."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wa) != len(wb) or wa[:-1] != wb[:-1]:
        return False
    return _plural(wa[-1], wb[-1]) or _plural(wb[-1], wa[-1])


def _short_form(short: list[str], full: list[str]) -> bool:
    """True when ``short`` is ``full``'s first words (two or more), or its first words and the initials of the rest."""
    if not short or len(short) >= len(full) or short[-1] in CONNECTORS:
        return False
    lead = len(short) - 1
    if not all(_word_alike(s, f) for s, f in zip(short[:lead], full, strict=False)):
        return False
    if lead and _word_alike(short[-1], full[lead]):
        return True  # "brindle vault" of "brindle vault storage systems"
    # the initials of the rest, joining words left out: "brindle vss", or "bvss" of the whole
    return spells_initials(short[-1], tuple(w for w in full[lead:] if w not in CONNECTORS))


def short_forms(a: str, b: str, names: Iterable[str] = ()) -> bool:
    """True when the keys ``a`` and ``b`` are one name's forms: one the other's short form, or both of one of ``names``.

    Args:
        a: A normalised name (``name_key``).
        b: Another.
        names: The story's names (normalised): a full name both shorten.
    """
    wa, wb = a.split(), b.split()
    if not wa or not wb or wa == wb:
        return False
    if _short_form(wa, _undesignated(wb)) or _short_form(wb, _undesignated(wa)):
        return True
    fulls = (n.split() for n in names)
    return any(_short_form(wa, full) and _short_form(wb, full) for full in map(_undesignated, fulls))


def _undesignated(words: list[str]) -> list[str]:
    """A name's words without a last word that makes it a firm's legal name ("inc", "corp"): its initials skip it."""
    return words[:-1] if len(words) > 2 and words[-1] in FIRM_DESIGNATORS else words


def shortens(key: str, names: Iterable[str]) -> bool:
    """True when the key ``key`` is a short form (``short_forms``) of one of ``names``: "brindle vaults" of
    "brindle vault storage systems"."""
    words = key.split()
    return bool(words) and any(_short_form(words, _undesignated(n.split())) for n in names)


def _front(span: Span, sentence: SentenceFeatures) -> str:
    """The span's key with the capitalised words (and the words joining them) right before it in its sentence."""
    parse = sentence.parse
    if parse is None:
        return ""
    taken: list[str] = []
    for token in reversed([t for t in parse.tokens if t.end <= span.start]):
        word = parse.word(token)
        if not (word[:1].isupper() or word.lower() in CONNECTORS or word == "."):  # "Assn" "." of "Assn."
            break
        taken.insert(0, word)
    while taken and (taken[0].lower() in CONNECTORS or taken[0] == "."):
        taken.pop(0)
    return name_key(" ".join([*taken, span.text])) if taken else ""


def _content(key: str) -> list[str]:
    return [w for w in key.split() if w not in CONNECTORS]


def _covers(many: list[str], few: list[str]) -> bool:
    """True when every word of ``few`` (two or more) is a word of ``many``, and both open with one word."""
    return (
        len(few) >= 2
        and _alike_or_short(few[0], many[0])
        and all(any(_alike_or_short(f, m) for m in many) for f in few)
    )


def cut_in_front(span: Span, sentence: SentenceFeatures, others: Iterable[str]) -> bool:
    """True when ``span`` with the capitalised words before it is a form of one of ``others`` (see the module).

    Args:
        span: A name the recogniser may have cut ("State of Nevada").
        sentence: Its sentence.
        others: The written forms of the other name (normalised keys).
    """
    front = _front(span, sentence)
    if not front or front == span.key:
        return False
    words = _content(front)
    return any(_covers(words, _content(o)) or _covers(_content(o), words) for o in others if o)


def cut_inside(span: Span, sentence: SentenceFeatures, others: Iterable[str]) -> bool:
    """True when ``span`` continues in its sentence as it runs on inside one of ``others`` ("highway" "patrol").

    Args:
        span: A name the recogniser may have cut ("Highway").
        sentence: Its sentence.
        others: The written forms of the other name (normalised keys).
    """
    if span.key is None or span not in sentence.spans:
        return False
    words = span.key.split()
    at = sentence.slot_at[sentence.spans.index(span)] + 1
    following = sentence.seq[at : at + 1]
    if not words or not following:
        return False
    wanted = [*words, following[0]]
    for other in others:
        ow = other.split()
        if any(ow[n : n + len(wanted)] == wanted for n in range(len(ow) - len(wanted) + 1)):
            return True
    return False


def _inside(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """True when ``part`` is ``whole`` or a run of two or more of its words."""
    if part == whole:
        return True
    return len(part) >= 2 and any(whole[n : n + len(part)] == part for n in range(len(whole) - len(part) + 1))


def parts_of_one_name(a: Iterable[str], b: Iterable[str], forms: Iterable[frozenset[str]]) -> bool:
    """True when a name of ``a`` and one of ``b`` are written forms, or runs of words of forms, of one entity.

    "NHP" and "Highway Patrol" (cut from "Highway Patrol Officer") where the story writes the body "Nevada
    Highway Patrol" and "NHP": one body, not two employers.

    Args:
        a: Normalised names one article gives.
        b: Normalised names another gives.
        forms: Each entity's written forms (normalised keys).
    """
    wa, wb = [tuple(k.split()) for k in a if k], [tuple(k.split()) for k in b if k]
    if not wa or not wb:
        return False
    # A run of a form's words holds its first word (an empty name, were there one, only an empty form): the story's
    # forms that hold no first word of ``a`` or none of ``b`` are passed over before any run is looked for.
    firsts_a = {x[0] if x else "" for x in wa}
    firsts_b = {y[0] if y else "" for y in wb}
    for keys in forms:
        written, words = _written(keys)
        if firsts_a.isdisjoint(words) or firsts_b.isdisjoint(words):
            continue
        if any(_inside(x, w) for x in wa for w in written) and any(_inside(y, w) for y in wb for w in written):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _written(keys: frozenset[str]) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """An entity's written forms as runs of words, and every word they hold (``""`` for an empty form).

    Kept by the forms themselves: ``parts_of_one_name`` reads every body of the story for each pair of employers.
    """
    written = tuple(tuple(k.split()) for k in keys)
    return written, frozenset(w for form in written for w in (form or ("",)))
