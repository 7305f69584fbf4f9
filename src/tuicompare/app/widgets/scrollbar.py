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
from textual.geometry import Region
from textual.scrollbar import ScrollBar, ScrollBarRender
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


class PaneScrollBar(ScrollBar):
    """A pane's vertical scrollbar whose finished lines are shared with other bars in the same state.

    After a jump every pane's bar changes the same way; Textual would pass
    each bar's lines through its styles cache again (a quarter of a repaint
    at 160x48). The first bar draws them the usual way (`Widget.render_lines`)
    and the others reuse them.
    """

    renderer = SharedScrollBarRender
    _lines: LRUCache[tuple[object, ...], list[Strip]] = LRUCache(_CACHE_SIZE)

    def render_lines(self, crop: Region) -> list[Strip]:
        """The bar's lines, from the shared cache when another bar just drew the same state."""
        if crop != self.size.region:
            return super().render_lines(crop)
        bar = self.render()
        if not isinstance(bar, SharedScrollBarRender):
            return super().render_lines(crop)
        key = (self.size, bar.virtual_size, bar.window_size, bar.position, bar.style, self.background_colors)
        lines = self._lines.get(key)
        if lines is None:
            lines = self._lines[key] = super().render_lines(crop)
        return lines
