"""The help screen: every binding, from the bindings' own descriptions, and the legend."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tuicompare.app.screens.listkeys import SCROLL_KEYS, panel_footer
from tuicompare.app.widgets.legend import legend_text
from tuicompare.report.marks import KIND_MARKS, SINGLE_SOURCE

#: What the tiers of differences mean, under the legend.
TIERS = (
    f"{KIND_MARKS['conflict']} A conflict: the sources state the same fact with different values.\n"
    f"{KIND_MARKS['possible']} A possible difference: below the engine's confidence cut, worth a look,"
    " never counted as a conflict or a contradiction.\n"
    f"{KIND_MARKS['variant']} A variant: the same name spelled differently.\n"
    f"A story of one article says “{SINGLE_SOURCE}”: no other source was there to agree or disagree."
)

#: Keys shown with a readable name instead of Textual's key name.
KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
}


#: What each key does, as the help says it: the footer shows the bindings' short descriptions, the help these.
HELP_TEXT = {
    "app.help": "This help, here and in the panels and lists (escape, q or ? closes it)",
    "app.legend": "Show or hide the legend of marks and colours",
    "app.story": "Switch story: each with its articles, conflicts and unreviewed conflicts",
    "app.search": "Search the text of every pane (enter: next match, escape: close)",
    "app.export": "Export the report with the verdicts and notes: a .md name writes Markdown, .json JSON",
    "app.entities": "Entity view: what each source says about each person, place and organisation",
    "app.add": "Add an article file or folder to the open corpus",
    "app.quit": "Quit",
    "conflict.next": "Next conflict, possible difference or variant; past the last, on into the next story with one",
    "conflict.previous": "Previous conflict, possible difference or variant; on into the previous story",
    "claims.filter": "Cycle the claims filter: all, contested, single-source, corroborated",
    "panes.next": "Page to the next panes, when not all articles fit",
    "panes.previous": "Page back to the previous panes",
    "sidebar.toggle": "Hide or show the claims sidebar",
    "review.panel": "Conflicts panel: the story's conflicts and possible differences with values, sources,"
    " confidence and review",
    "review.verdict": "Cycle the current conflict's verdict: unreviewed, confirmed, false alarm, needs follow-up",
    "review.note": "Write a note on the current conflict (ctrl+s saves, escape cancels)",
    "rows.fold": "Fold the rows every source states with no difference found into one line each, or unfold them",
    "panes.reference": "Read the story against the focused article; again to undo",
    "panes.compact": "Compact view: narrower panes and sidebar, so more articles fit side by side",
    "stories.move": "Move the focused article to another story, or split it off into one of its own",
    "stories.merge": "Merge another story into this one",
    "row.next": "Next row (every pane follows)",
    "row.previous": "Previous row",
    "row.page-down": "Page down",
    "row.page-up": "Page up",
    "row.first": "First row",
    "row.last": "Last row",
    "claims.next": "Next claim",
    "claims.previous": "Previous claim",
    "conflicts.close": "Close the panel",
    "conflicts.verdict": "Cycle the verdict of the highlighted conflict",
    "conflicts.note": "Write a note on the highlighted conflict",
    "conflicts.scope": "List the story's conflicts or the whole corpus's",
    "entities.close": "Close the entity view",
    "entities.next": "Next attribute conflict or possible difference",
    "entities.previous": "Previous attribute conflict or possible difference",
    "stories.close": "Close the list, staying on this story",
    "stories.sort": "Sort the stories: by unreviewed conflicts, conflicts or articles",
}
#: Keys the lists and tables handle themselves (no binding of ours), as the help lists them.
PANEL_KEYS = (
    ("conflicts panel", "enter", "Go to the evidence: every pane moves to the highlighted conflict's row"),
    ("entity view", "enter", "Move every pane to the mention under the cursor"),
    ("entity view", "← →", "Move across the sources' columns"),
    ("story list", "enter", "Open the highlighted story (after m or M: move the article there, or merge it)"),
)


def key_label(keys: str) -> str:
    """``"down,j"`` as ``"↓ j"``."""
    return " ".join(KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def binding_rows(sections: Iterable[tuple[str, Iterable[BindingType]]]) -> list[tuple[str, str, str]]:
    """``(section, keys, description)`` for every binding with a description."""
    rows: list[tuple[str, str, str]] = []
    # A binding given in several places under one id (? in every panel) is one key: listed where it first is.
    listed: set[str] = set()
    for section, bindings in sections:
        for binding in bindings:
            if isinstance(binding, Binding) and binding.description and binding.id not in listed:
                rows.append((section, key_label(binding.key), HELP_TEXT.get(binding.id or "", binding.description)))
                if binding.id:
                    listed.add(binding.id)
    return rows


def key_sections(app_bindings: Iterable[BindingType]) -> list[tuple[str, Iterable[BindingType]]]:
    """Every binding with a description, by where it works: the app, the view, its panes and sidebar, its panels."""
    from tuicompare.app.screens.conflicts import ConflictsScreen
    from tuicompare.app.screens.entities import EntityScreen
    from tuicompare.app.screens.stories import StoryScreen
    from tuicompare.app.widgets.article_pane import ArticlePane
    from tuicompare.app.widgets.claims_sidebar import ClaimsSidebar
    from tuicompare.app.widgets.comparison_view import ComparisonView

    return [
        ("main view", app_bindings),
        ("main view", ComparisonView.BINDINGS),
        ("panes", ArticlePane.BINDINGS),
        ("claims list", ClaimsSidebar.BINDINGS),
        ("conflicts panel", ConflictsScreen.BINDINGS),
        ("entity view", EntityScreen.BINDINGS),
        ("story list", StoryScreen.BINDINGS),
    ]


class HelpScreen(ModalScreen[None]):
    """All key bindings and the highlight legend; any of escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close"), *SCROLL_KEYS]

    def __init__(self, sections: Iterable[tuple[str, Iterable[BindingType]]]) -> None:
        """Build the screen from ``(section title, bindings)`` pairs."""
        super().__init__()
        self.rows = binding_rows(sections)

    def compose(self) -> ComposeResult:
        table = Table(box=None, expand=True, show_header=True, header_style="bold")
        table.add_column("Where", no_wrap=True)
        table.add_column("Keys", no_wrap=True)
        table.add_column("Does")
        table.add_row(Text("anywhere"), Text("tab / shift+tab"), Text("Move focus between panes and the claims"))
        table.add_row(
            Text("anywhere"),
            Text("ctrl+p"),
            Text("Command palette: jump to stories, articles, claims, conflicts and entities; run any action"),
        )
        # The keys the lists handle themselves go beside their section's bindings.
        order = {section: n for n, (section, _keys, _does) in reversed(list(enumerate(self.rows)))}
        for section, keys, description in sorted([*self.rows, *PANEL_KEYS], key=lambda row: order.get(row[0], 0)):
            table.add_row(Text(section), Text(keys), Text(description))
        table.add_row(
            Text("lists"),
            Text("↓ j / ↑ k"),
            Text("Move in the conflicts panel, entity view and story list; scroll this help"),
        )
        with VerticalScroll() as scroll:
            scroll.border_title = "Keys"
            yield Static(table, id="help-keys")
            yield Static(Text("\nLegend", style="bold"))
            yield Static(legend_text(), id="help-legend")
            yield Static(Text("\n" + TIERS), id="help-tiers")
        yield panel_footer()
