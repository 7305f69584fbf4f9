"""The vocabulary every presenter shares: marks, counts, shortened text and story titles.

The terminal report, the Markdown export, the app and triage all take their
glyphs and wording from here, so a stance or a conflict kind looks the same
wherever it is shown. Every mark differs in shape, not only in colour, so it
survives ``NO_COLOR``, a pipe or a colour-blind reader.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from tuicompare.lookalikes import LookAlike, describe, latinise, lookalikes
from tuicompare.models import Article, Conflict, Story
from tuicompare.sanitize import clean_name

#: One mark per stance a source holds on a claim.
STANCE_MARKS = {"supports": "✓", "contradicts": "✗", "variant": "~", "absent": "·"}
#: One mark per conflict kind. A conflict and a variant share the mark of the
#: stance a source holding the other value gets; a possible difference changes
#: no stance, so it has a mark of its own.
KIND_MARKS = {"conflict": STANCE_MARKS["contradicts"], "possible": "?", "variant": STANCE_MARKS["variant"]}
#: A compared story without conflicts, in every report: what was found, never that the sources agree (on real
#: coverage most disagreements go unreported, README "How far to trust a red conflict").
NO_CONFLICTS_FOUND = "No conflicts found on the facts the sources share"

#: The stance marks explained, in one line.
LEGEND = " · ".join(f"{mark} {stance}" for stance, mark in STANCE_MARKS.items())
#: What a story of one article says instead of any agreement: there was nothing to compare it with.
SINGLE_SOURCE = "single source: nothing compared"

#: Gutter marks of the app's panes: a row with a conflict, a possible difference,
#: a variant, a single source, and the current row.
MARK_CONFLICT, MARK_POSSIBLE, MARK_VARIANT = KIND_MARKS["conflict"], KIND_MARKS["possible"], KIND_MARKS["variant"]
MARK_SINGLE, MARK_CURSOR = "¹", "▶"
#: A row holding a sentence linked to the current row's (its counterpart outside the row).
MARK_LINKED = "↔"
#: Triage: the new article takes one side of a dispute the corpus already holds.
MARK_SIDE = "±"
#: Triage: a close corpus article belongs to the same story.
MARK_SAME_STORY = STANCE_MARKS["supports"]
#: Ends text that was cut short.
ELLIPSIS = "…"
#: A reviewer's verdict on a conflict, as a mark (shape, not colour) and in words.
VERDICT_MARKS = {"unreviewed": " ", "confirmed": "●", "false-alarm": "○", "needs-follow-up": "◐"}
VERDICT_WORDS = {
    "unreviewed": "unreviewed",
    "confirmed": "confirmed",
    "false-alarm": "false alarm",
    "needs-follow-up": "needs follow-up",
}
#: How the entity sheet marks each attribute status: a mark and a word, so it reads without colour.
SHEET_STATUS = {
    "same": "= same",
    "variant": "~ variant",
    "compatible": "≈ compatible",
    "single": "¹ one source",
    "possible": "? possible",
    "conflict": "✗ conflict",
}


def plural(n: int, word: str, many: str | None = None) -> str:
    """Count a noun: ``1 claim``, ``2 claims``, ``3 stories``.

    Args:
        n: How many.
        word: The singular noun (or noun phrase, its last word inflected).
        many: The plural when it is irregular; by default ``-y`` after a
            consonant becomes ``-ies`` and anything else takes ``-s``.

    Returns:
        The number and the noun.
    """
    if n == 1:
        return f"{n} {word}"
    if many is None:
        many = f"{word[:-1]}ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else f"{word}s"
    return f"{n} {many}"


def nothing_compared(stories: Iterable[Story], articles: int, merge_hint: str) -> str | None:
    """What to say when several articles came out as one-article stories only, so nothing was compared.

    Three articles of one event that the clustering keeps apart (a short brief, an article on another
    angle) give three single-source stories and a report with nothing in it to check; the way out is
    to say they are one story, which nothing else tells the user. ``None`` when some story has two
    articles or more, or when there is a single article.

    Args:
        stories: The stories of the comparison.
        articles: How many articles were loaded.
        merge_hint: How this interface merges stories by hand ("--one-story", "M merges two stories").
    """
    if articles < 2 or any(len(story.articles) > 1 for story in stories):
        return None
    return (
        f"No two of the {articles} articles were alike enough to be one story, so nothing was compared. "
        f"If they report one event, {merge_hint}."
    )


def sheet_summary(statuses: Iterable[str]) -> str:
    """What an entity sheet holds, as the report and the app both title it: ``14 attributes, 1 conflict``.

    Possible differences are counted apart, never as conflicts (``, 2 possible differences``), and only when
    there are some, so that the app's sheet and the report's never give one story two different counts.
    """
    statuses = list(statuses)
    words = [plural(len(statuses), "attribute"), plural(statuses.count("conflict"), "conflict")]
    if possible := statuses.count("possible"):
        words.append(plural(possible, "possible difference"))
    return ", ".join(words)


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` at a word boundary to at most ``limit`` characters, marking the cut.

    Args:
        text: One line of text.
        limit: Most characters returned, the ellipsis included.

    Returns:
        ``text`` itself when it fits, else its start ending with ``…``.
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,;:") + ELLIPSIS


def line(text: str | None) -> str:
    """Make untrusted text one clean line for display.

    The loader already cleaned article text, but a comparison can also come
    from a JSON file nobody vetted, so every presenter cleans again on output.

    Args:
        text: Untrusted text (``None`` becomes an empty string).

    Returns:
        One line without control, bidi or zero-width characters.
    """
    return clean_name(text or "")


def story_title(story: Story, articles: Mapping[str, Article]) -> str:
    """The headline a story is shown by: its first article's title, as one clean line.

    Args:
        story: The story.
        articles: Articles by id (those of the story at least).

    Returns:
        The title of the first of the story's articles found in ``articles``,
        or the story id when there is none.
    """
    first = next((articles[a] for a in story.articles if a in articles), None)
    return line(first.title) if first is not None else line(story.id)


def conflict_lookalikes(conflict: Conflict) -> tuple[LookAlike, ...]:
    """The look-alike letters of another script a variant's values are written with, each once.

    Args:
        conflict: A conflict of any kind; only a variant can have some.

    Returns:
        The letters (a Cyrillic "і" in "Putіn"), in order of appearance; empty
        for a conflict or a possible difference.
    """
    if conflict.kind != "variant":
        return ()
    found: dict[str, LookAlike] = {}
    for value in conflict.values:
        for la in lookalikes(value.text):
            found.setdefault(la.character, la)
    return tuple(found.values())


def lookalike_note(conflict: Conflict) -> str | None:
    """What a reader must be told of a variant written with look-alike letters, as one line, or None.

    Two spellings that differ only by such letters look identical on screen
    ("Putin", "Putіn"): the note names the letters, so the variant is not
    taken for a tool's mistake nor for two different names.
    """
    found = conflict_lookalikes(conflict)
    if not found:
        return None
    only = len({" ".join(latinise(v.text).casefold().split()) for v in conflict.values}) == 1
    lead = "the spellings differ only by look-alike characters" if only else "written with look-alike characters"
    return f"{lead}: {describe(found)}"
