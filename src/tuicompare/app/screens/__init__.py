"""Modal screens of the tuicompare app: help, story switcher, export."""
