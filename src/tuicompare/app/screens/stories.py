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

from tuicompare.app.screens.listkeys import LIST_KEYS, panel_footer
from tuicompare.models import Article, Comparison, Story
from tuicompare.report.marks import plural, story_title


def story_label(
    index: int, story: Story, articles: Mapping[str, Article], counts: tuple[int, int, int] | None = None
) -> Text:
    """``N. <first headline> (k articles · c conflicts · p possible differences · u unreviewed)`` as plain text.

    Args:
        index: The story's position (0-based).
        story: The story.
        articles: Articles by id.
        counts: ``(conflicts and possible differences, of which unreviewed, of which possible)``, when known.
    """
    parts = [plural(len(story.articles), "article")]
    if counts is not None:
        total, unreviewed, possible = counts
        # Possible differences apart, as the status line and the reports count them: "10 conflicts" was 5 and 5.
        parts.append(plural(total - possible, "conflict"))
        if possible:
            parts.append(plural(possible, "possible difference"))
        parts.append(f"{unreviewed} unreviewed")
    return Text(f"{index + 1}. {story_title(story, articles)} ({' · '.join(parts)})")


#: The orders ``o`` cycles in the story switcher.
SORTS = ("corpus order", "unreviewed", "conflicts", "articles")


class StoryScreen(ModalScreen[int | None]):
    """A list of stories; enter picks one, escape keeps the current one."""

    BINDINGS = [
        Binding("escape,q", "dismiss(None)", "Close", id="stories.close"),
        Binding("o", "sort", "Sort stories", id="stories.sort"),
        *LIST_KEYS,
    ]

    def __init__(
        self,
        comparison: Comparison,
        current: int,
        counts: Sequence[tuple[int, int, int]] = (),
        *,
        title: str = "Stories",
        new_story: bool = False,
    ) -> None:
        """List the stories of ``comparison`` with ``current`` highlighted and each story's review ``counts``.

        Args:
            comparison: The comparison.
            current: The story highlighted first.
            counts: ``(conflicts and possible differences, unreviewed, possible differences)`` per story.
            title: The list's title (plain text).
            new_story: Offer "a new story of its own" last; picking it dismisses with the number of stories.
        """
        super().__init__()
        self.comparison = comparison
        self.current = current
        self.counts = list(counts)
        self.title_text = title
        self.new_story = new_story
        self.sort = SORTS[0]

    def compose(self) -> ComposeResult:
        menu = OptionList(*self._options(), markup=False, id="stories")
        menu.border_title = Content(self.title_text)
        if len(self.counts) == len(self.comparison.stories):
            menu.border_subtitle = Content("o: sort")
        yield menu
        yield panel_footer()

    def _options(self) -> list[Option]:
        """The stories in the current order (ids are their positions in the corpus), then "new story"."""
        articles = {a.id: a for a in self.comparison.articles}
        stories = self.comparison.stories
        counts = self.counts if len(self.counts) == len(stories) else [None] * len(stories)
        order = list(range(len(stories)))
        if self.sort != "corpus order" and len(self.counts) == len(stories):
            key = {
                "unreviewed": lambda i: (-self.counts[i][1], i),
                "conflicts": lambda i: (-(self.counts[i][0] - self.counts[i][2]), -self.counts[i][2], i),
                "articles": lambda i: (-len(stories[i].articles), i),
            }[self.sort]
            order.sort(key=key)
        options = [Option(story_label(i, stories[i], articles, counts[i]), id=str(i)) for i in order]
        if self.new_story:
            options.append(Option(Text("+ a new story of its own"), id=str(len(stories))))
        return options

    def action_sort(self) -> None:
        """Order the stories by unreviewed conflicts, conflicts, articles, or as in the corpus."""
        if len(self.counts) != len(self.comparison.stories):
            return
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        menu = self.query_one(OptionList)
        menu.set_options(self._options())
        menu.border_title = Content(f"{self.title_text} · by {self.sort}")
        menu.highlighted = 0

    def on_mount(self) -> None:
        menu = self.query_one(OptionList)
        menu.highlighted = menu.get_option_index(str(self.current))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or 0))
