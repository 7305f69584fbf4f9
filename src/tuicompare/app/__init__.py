"""The Textual app: synchronized article panes, claims sidebar, keyboard review.

Import :func:`tuicompare.app.app.make_app` to build the app; nothing here
runs at import time.
"""
