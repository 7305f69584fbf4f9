"""The story switcher: pick one of the corpus's stories."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tuicompare.models import Comparison


def story_label(comparison: Comparison, index: int) -> Text:
    """``N. <first headline> (k articles)`` as plain text."""
    story = comparison.stories[index]
    titles = {a.id: a.title for a in comparison.articles}
    first = titles.get(story.articles[0], story.id) if story.articles else story.id
    count = len(story.articles)
    return Text(f"{index + 1}. {first} ({count} article{'s' if count != 1 else ''})")


class StoryScreen(ModalScreen[int | None]):
    """A list of stories; enter picks one, escape keeps the current one."""

    DEFAULT_CSS = """
    StoryScreen { align: center middle; }
    StoryScreen > OptionList {
        width: 80%; max-width: 100; min-width: 24; height: auto; max-height: 80%; border: round $primary;
    }
    """

    BINDINGS = [Binding("escape,q", "dismiss(None)", "Close", id="stories.close")]

    def __init__(self, comparison: Comparison, current: int) -> None:
        """List the stories of ``comparison`` with ``current`` highlighted."""
        super().__init__()
        self.comparison = comparison
        self.current = current

    def compose(self) -> ComposeResult:
        options = [Option(story_label(self.comparison, i), id=str(i)) for i in range(len(self.comparison.stories))]
        menu = OptionList(*options, markup=False, id="stories")
        menu.border_title = "Stories"
        yield menu

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = self.current

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index)
