"""Two sentences that quote one statement: the same words inside quotation marks on both sides.

Outlets quote a statement word for word ("“We are thrilled to have her host,” said Roe" against
"Roe and Poe added: “We are thrilled to have her host.”"), however differently the words around the
quote run, so two sentences can be one statement while their link stays weak (the quote is only part
of each sentence). A run of ``ConflictTuning.quote_words`` words or more that both sentences hold
inside double quotation marks says they give one statement: who made it, or who wrote it, fills one
role of one fact. Double marks only: a single mark is most often an apostrophe ("didn’t"). A quote
left open runs to the sentence's end, one a curly mark closes without an opening ran from its start
(the sentence splitter cuts long quotes). Words are compared case-folded, so spelling variants ("realized",
"realised") break a run: a shorter shared run is two statements that happen to agree, as far as this
rule is concerned.

Two sentences that each quote words and share no such run quote two statements (``two_statements``):
"“We were the best partner for them,” Roe said" against "“But it takes time,” Poe said".
Each speaker said what his own sentence quotes, so the two speakers are no one role of one fact (the
ECB+ audits judged every such pair of quoted people false: two experts, two executives).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

from tuicompare.engine.evidence import REPORTING
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.names import same_given_name
from tuicompare.engine.tuning import TUNING

__all__ = ["quoted_runs", "share_a_quote", "speakers_apart", "two_statements"]

#: Double quotation marks, straight and curly, and guillemets.
_MARKS = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb]")
_WORD = re.compile(r"\w+")
#: Double marks typed as two backticks or two apostrophes ("``", "''").
_TYPEWRITER = re.compile(r"``|''")
#: Marks that only close a quotation.
_CLOSING = "\u201d\u00bb"


def quoted_runs(sentence: str) -> list[list[str]]:
    """The quoted passages of a sentence, each as its case-folded words."""
    cuts = [m.start() for m in _MARKS.finditer(sentence)]
    if not cuts:
        return []
    if sentence[cuts[0]] in _CLOSING:
        cuts.insert(0, -1)  # a closing mark first: the quote began before the sentence did
    if len(cuts) % 2:
        # A quote still open at the end runs on into the next sentence (a straight mark left over
        # is read so: which of them opened cannot be told).
        cuts.append(len(sentence))
    out = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=True):
        words = [w.casefold() for w in _WORD.findall(sentence[start + 1 : end])]
        if words:
            out.append(words)
    return out


def _longest_common_run(a: list[str], b: list[str]) -> int:
    # No junk: every word counts, so this is the longest run of words the two passages share.
    return difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match().size


def share_a_quote(a: str, b: str) -> bool:
    """True when two sentences hold one quotation: ``ConflictTuning.quote_words`` quoted words in a row alike.

    Args:
        a: One sentence's text.
        b: The other's.

    Typewriter marks count as in ``two_statements``: one wire's "``It takes time,''" and another's
    curly-quoted copy of it are one quotation.
    """
    # Most sentences hold no typewriter quote: the test for one costs less than the substitution.
    a = _TYPEWRITER.sub('"', a) if "``" in a or "''" in a else a
    b = _TYPEWRITER.sub('"', b) if "``" in b or "''" in b else b
    if not _MARKS.search(a) or not _MARKS.search(b):
        return False  # most sentences quote nothing: no passage is read
    least = TUNING.conflicts.quote_words
    runs_b = [r for r in quoted_runs(b) if len(r) >= least]
    return any(_longest_common_run(ra, rb) >= least for ra in quoted_runs(a) if len(ra) >= least for rb in runs_b)


def two_statements(a: str, b: str) -> bool:
    """True when both sentences quote words inside double quotation marks, and no quotation is shared.

    Typewriter marks count too here ("``It takes time,'' Poe said", as some wires write them).
    """
    # Most sentences hold no typewriter quote: the test for one costs less than the substitution.
    a = _TYPEWRITER.sub('"', a) if "``" in a or "''" in a else a
    b = _TYPEWRITER.sub('"', b) if "``" in b or "''" in b else b
    if not _MARKS.search(a) or not _MARKS.search(b):
        return False  # most sentences quote nothing
    return bool(quoted_runs(a)) and bool(quoted_runs(b)) and not share_a_quote(a, b)


def speakers_apart(
    x: Span, y: Span, frames: Mapping[Span, str], entity_of: Mapping[Span, int], named: Mapping[str, frozenset[int]]
) -> bool:
    """True when two names each speak their own quote and are two people (``two_statements``).

    Not when they share a given name (a surname changed or misspelt: "Paul Roe", "Paul Poe"), nor when
    either article names the other's speaker anywhere (it may have given his words to someone else).
    """
    if frames.get(x, "") not in REPORTING or frames.get(y, "") not in REPORTING:
        return False
    if same_given_name(x.key or "", y.key or ""):
        return False
    ex, ey = entity_of.get(x), entity_of.get(y)
    return ex is not None and ey not in named.get(x.article, ()) and ex not in named.get(y.article, ())


def strangers(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span, entity_of: Mapping[Span, int]) -> bool:
    """True when two speakers are full names (two words or more each) that share no word, of sentences that
    share no other name.

    Read of speakers apart (``speakers_apart``) in loosely linked sentences: "Rep. Ann Roe, the chairman of the
    House committee, says that she will ask for a review" against "Committee Chairman Rep. Tom Poe said the rules
    showed ...". An outlet that gives one statement to the wrong person, or misspells its speaker, keeps a part
    of the name (the given name), or tells of the same thing: "Kent had heart disease, said prison spokesman Ed
    Benton" against "Kent died ..., said prison spokesman Al Harlow" share Kent and stay a possible difference.
    Two full names with nothing in common, each saying something of his own of nothing the other names, are two
    people's two statements, not one speaker renamed.
    """
    words_x, words_y = (x.key or "").lower().split(), (y.key or "").lower().split()
    if len(words_x) < 2 or len(words_y) < 2 or set(words_x) & set(words_y):
        return False
    others_a = {entity_of.get(s) for s in a.spans if s.kind == "name" and s is not x} - {None}
    others_b = {entity_of.get(s) for s in b.spans if s.kind == "name" and s is not y} - {None}
    return not others_a & others_b
