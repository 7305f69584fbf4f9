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

from tuicompare.app.screens.listkeys import SCROLL_KEYS
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


def key_label(keys: str) -> str:
    """``"down,j"`` as ``"↓ j"``."""
    return " ".join(KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def binding_rows(sections: Iterable[tuple[str, Iterable[BindingType]]]) -> list[tuple[str, str, str]]:
    """``(section, keys, description)`` for every binding with a description."""
    rows: list[tuple[str, str, str]] = []
    for section, bindings in sections:
        for binding in bindings:
            if isinstance(binding, Binding) and binding.description:
                rows.append((section, key_label(binding.key), binding.description))
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
        ("app", app_bindings),
        ("view", ComparisonView.BINDINGS),
        ("panes", ArticlePane.BINDINGS),
        ("claims", ClaimsSidebar.BINDINGS),
        ("conflicts", ConflictsScreen.BINDINGS),
        ("entities", EntityScreen.BINDINGS),
        ("stories", StoryScreen.BINDINGS),
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
        for section, keys, description in self.rows:
            table.add_row(Text(section), Text(keys), Text(description))
        table.add_row(Text("anywhere"), Text("tab / shift+tab"), Text("Move focus between panes and the claims"))
        table.add_row(
            Text("lists"),
            Text("↓ j / ↑ k"),
            Text("Move in the conflicts, entities and stories lists; scroll this help"),
        )
        table.add_row(
            Text("anywhere"),
            Text("ctrl+p"),
            Text("Command palette: jump to stories, articles, claims, conflicts and entities; run any action"),
        )
        with VerticalScroll() as scroll:
            scroll.border_title = "Keys"
            yield Static(table, id="help-keys")
            yield Static(Text("\nLegend", style="bold"))
            yield Static(legend_text(), id="help-legend")
            yield Static(Text("\n" + TIERS), id="help-tiers")
