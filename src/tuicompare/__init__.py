"""tuicompare: compare news articles reporting the same story, in the terminal."""

__version__ = "0.1.0"
