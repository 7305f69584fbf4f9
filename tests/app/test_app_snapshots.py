"""Snapshot tests of the app on the seeds (pytest-textual-snapshot), grouped by feature.

Every app is built with ``make_app`` exactly as the CLI builds it, from a
cache warmed once per session, and shot only once the comparison is laid out.
Update with ``pytest tests/app/test_app_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from tests.support.snapshots import NARROW, WIDE, after_ready, shot
from tuicompare.pipeline import Options


class TestMainView:
    def test_main_view_wide(self, snap_compare, seed_options: Options) -> None:
        """The seeds' main story: three aligned panes and the claims at 160x48."""
        assert shot(snap_compare, seed_options, WIDE)

    def test_main_view_80x24(self, snap_compare, seed_options: Options) -> None:
        """At 80x24 two panes fit beside the sidebar."""
        assert shot(snap_compare, seed_options, NARROW)


class TestConflicts:
    def test_next_conflict_wide(self, snap_compare, seed_options: Options) -> None:
        """n: the first conflicting row is current in every pane, with word differences."""
        assert shot(snap_compare, seed_options, WIDE, ["n"])

    def test_next_conflict_80x24(self, snap_compare, seed_options: Options) -> None:
        """n at 80x24."""
        assert shot(snap_compare, seed_options, NARROW, ["n"])


class TestClaims:
    def test_contested_filter_wide(self, snap_compare, seed_options: Options) -> None:
        """c: only contested claims are listed."""
        assert shot(snap_compare, seed_options, WIDE, ["c"])

    def test_hidden_sidebar_80x24(self, snap_compare, seed_options: Options) -> None:
        """b hides the sidebar so the third pane fits."""
        assert shot(snap_compare, seed_options, NARROW, ["b"])


class TestStoriesAndPanes:
    def test_single_article_story_80x24(self, snap_compare, seed_options: Options) -> None:
        """s then down, enter: a one-article story says nothing was compared."""
        assert shot(snap_compare, seed_options, NARROW, ["s", "down", "enter"])

    def test_paged_panes_80x24(self, snap_compare, seed_options: Options) -> None:
        """l pages to the article that did not fit."""
        assert shot(snap_compare, seed_options, NARROW, ["l"])


class TestHelp:
    def test_help_screen_80x24(self, snap_compare, seed_options: Options) -> None:
        """? lists every binding and the legend."""
        assert shot(snap_compare, seed_options, NARROW, ["question_mark"])

    def test_legend_wide(self, snap_compare, seed_options: Options) -> None:
        """L shows the legend line above the footer."""
        assert shot(snap_compare, seed_options, WIDE, ["L"])


class TestReview:
    def test_conflicts_panel_wide(self, snap_compare, seed_options: Options) -> None:
        """n, v, C: the panel lists the story's conflicts with values, sources, confidence; one confirmed (●)."""
        assert shot(snap_compare, seed_options, WIDE, ["n", "v", "C"])

    def test_conflicts_panel_80x24(self, snap_compare, seed_options: Options) -> None:
        """The panel at 80x24, listing the whole corpus (t)."""
        assert shot(snap_compare, seed_options, NARROW, ["n", "v", "C", "t"])

    def test_verdict_marks_wide(self, snap_compare, seed_options: Options) -> None:
        """n, v, v: the row's gutter shows ○ (false alarm) beside ✗, and the status line says it."""
        assert shot(snap_compare, seed_options, WIDE, ["n", "v", "v"])

    def test_verdict_marks_80x24(self, snap_compare, seed_options: Options) -> None:
        """n, v, v, v: the row's gutter shows ◐ (needs follow-up) beside ✗ at 80x24."""
        assert shot(snap_compare, seed_options, NARROW, ["n", "v", "v", "v"])


class TestFold:
    def test_fold_80x24(self, snap_compare) -> None:
        """z: the runs of rows every source agrees on are one line each; the conflict row stays."""
        from tests.support.comparisons import agreeing_with_one_conflict
        from tuicompare.app.app import TuicompareApp

        app = TuicompareApp([], None, comparison=agreeing_with_one_conflict())
        assert snap_compare(app, terminal_size=NARROW, run_before=after_ready("z", "j"))

    def test_fold_wide(self, snap_compare) -> None:
        """z at 160x48: the same folds, with the claims beside them."""
        from tests.support.comparisons import agreeing_with_one_conflict
        from tuicompare.app.app import TuicompareApp

        app = TuicompareApp([], None, comparison=agreeing_with_one_conflict())
        assert snap_compare(app, terminal_size=WIDE, run_before=after_ready("z", "j"))


class TestGlyphHeader:
    def test_twelve_sources_wide(self, snap_compare) -> None:
        """Twelve articles: the claims' stance columns are numbered (tens over units) like the pane titles."""
        from tests.support.comparisons import wide_comparison
        from tuicompare.app.app import TuicompareApp

        app = TuicompareApp([], None, comparison=wide_comparison(12, 10))
        assert snap_compare(app, terminal_size=WIDE, run_before=after_ready("l"))

    def test_twelve_sources_80x24(self, snap_compare) -> None:
        """At 80x24 the numbered header still maps the twelve columns; two panes show at a time."""
        from tests.support.comparisons import wide_comparison
        from tuicompare.app.app import TuicompareApp

        app = TuicompareApp([], None, comparison=wide_comparison(12, 10))
        assert snap_compare(app, terminal_size=NARROW, run_before=after_ready("l"))
