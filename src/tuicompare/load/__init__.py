"""Load: paths, folders, globs and standard input into sanitised `Article` objects.

Decoding, format parsing (text, Markdown, HTML, JSON, JSON Lines) and the
terminal-safety clean-up all happen here, so every later stage sees safe text.
"""
