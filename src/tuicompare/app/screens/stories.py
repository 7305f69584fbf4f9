"""The story switcher: pick one of the corpus's stories."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tuicompare.models import Article, Comparison, Story
from tuicompare.report.marks import plural, story_title


def story_label(
    index: int, story: Story, articles: Mapping[str, Article], counts: tuple[int, int] | None = None
) -> Text:
    """``N. <first headline> (k articles · c conflicts · u unreviewed)`` as plain text.

    Args:
        index: The story's position (0-based).
        story: The story.
        articles: Articles by id.
        counts: ``(conflicts and possible differences, of which unreviewed)``, when known.
    """
    parts = [plural(len(story.articles), "article")]
    if counts is not None:
        parts += [plural(counts[0], "conflict"), f"{counts[1]} unreviewed"]
    return Text(f"{index + 1}. {story_title(story, articles)} ({' · '.join(parts)})")


class StoryScreen(ModalScreen[int | None]):
    """A list of stories; enter picks one, escape keeps the current one."""

    DEFAULT_CSS = """
    StoryScreen { align: center middle; }
    StoryScreen > OptionList {
        width: 80%; max-width: 100; min-width: 24; height: auto; max-height: 80%; border: round $primary;
    }
    """

    BINDINGS = [Binding("escape,q", "dismiss(None)", "Close", id="stories.close")]

    def __init__(
        self,
        comparison: Comparison,
        current: int,
        counts: Sequence[tuple[int, int]] = (),
        *,
        title: str = "Stories",
        new_story: bool = False,
    ) -> None:
        """List the stories of ``comparison`` with ``current`` highlighted and each story's review ``counts``.

        Args:
            comparison: The comparison.
            current: The story highlighted first.
            counts: ``(conflicts, unreviewed)`` per story.
            title: The list's title (plain text).
            new_story: Offer "a new story of its own" last; picking it dismisses with the number of stories.
        """
        super().__init__()
        self.comparison = comparison
        self.current = current
        self.counts = list(counts)
        self.title_text = title
        self.new_story = new_story

    def compose(self) -> ComposeResult:
        articles = {a.id: a for a in self.comparison.articles}
        counts = (
            self.counts if len(self.counts) == len(self.comparison.stories) else [None] * len(self.comparison.stories)
        )
        options = [
            Option(story_label(i, s, articles, n), id=str(i))
            for i, (s, n) in enumerate(zip(self.comparison.stories, counts, strict=True))
        ]
        if self.new_story:
            options.append(Option(Text("+ a new story of its own"), id=str(len(options))))
        menu = OptionList(*options, markup=False, id="stories")
        menu.border_title = Content(self.title_text)
        yield menu

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = self.current

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index)
