"""The command line: argument parsing, console helpers and the commands.

The CLI is the composition root above every stage: it may open the app.
"""

from tuicompare.cli.main import main

__all__ = ["main"]
