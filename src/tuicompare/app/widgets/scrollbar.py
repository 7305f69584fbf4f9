"""A vertical scrollbar drawn straight to strips and shared by panes that scroll together.

Every pane has its own scrollbar, and the panes scroll in step, so after a
jump four or more scrollbars show exactly the same thing. Textual draws each
through Rich's console (a few milliseconds a bar at 48 lines); this renderer
draws the same segments (`ScrollBarRender.render_bar`, mouse actions
included) as strips once, and the other panes reuse them.
"""

from __future__ import annotations

from rich.color import Color
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.cache import LRUCache
from textual.css.styles import RulesMap
from textual.scrollbar import ScrollBarRender
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

#: Scrollbars remembered: a few scroll states of a few pane sizes.
_CACHE_SIZE = 32
_DEFAULT_BACK, _DEFAULT_BAR = Color.parse("#555555"), Color.parse("bright_magenta")


class SharedScrollBarRender(ScrollBarRender, Visual):
    """Textual's scrollbar look, rendered to strips and cached by its state (set as a ScrollBar's ``renderer``)."""

    _cache: LRUCache[tuple[object, ...], list[Strip]] = LRUCache(_CACHE_SIZE)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        """The bar's lines, one segment each (for a vertical bar: panes never show a horizontal one)."""
        size = height or 0
        bar_style = self.style if isinstance(self.style, RichStyle) else RichStyle.parse(str(self.style))
        # Under the bar, the widget's own style, as Textual's path (`Widget.post_render`) applies it.
        base = style.rich_style
        key = (width, size, self.virtual_size, self.window_size, self.position, bar_style, base)
        strips = self._cache.get(key)
        if strips is None:
            segments = self.render_bar(
                size=size,
                virtual_size=self.virtual_size,
                window_size=self.window_size,
                position=self.position,
                thickness=width,
                vertical=True,
                back_color=bar_style.bgcolor or _DEFAULT_BACK,
                bar_color=bar_style.color or _DEFAULT_BAR,
            )
            strips = [Strip([Segment(text, base + seg_style)], width) for text, seg_style, _ in segments.segments]
            self._cache[key] = strips
        return strips

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        """As wide as the scrollbar's thickness."""
        return self.thickness

    def get_height(self, rules: RulesMap, width: int) -> int:
        """Fills whatever height it is given (the scrollbar widget sets it)."""
        return 1
