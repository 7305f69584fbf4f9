"""Widgets of the tuicompare app."""
