"""Analysis: articles into spaCy analyses, through the SQLite cache.

The only package that imports spaCy, and only inside `tuicompare.analysis.nlp`
functions, so importing this package stays cheap.
"""
