"""Errors meant for the user: the CLI prints them as one paragraph, no traceback."""

from __future__ import annotations

#: Exit status for a usage error, bad input, a missing model or any other failure.
EXIT_ERROR = 2


class TuicompareError(Exception):
    """An error whose message is written for the user.

    Attributes:
        exit_status: The process exit status the CLI uses for it.
    """

    exit_status = EXIT_ERROR


class CorpusError(TuicompareError):
    """No article could be loaded from the given paths."""


class ModelError(TuicompareError):
    """The spaCy pipeline is missing or cannot be loaded."""


class ExportError(TuicompareError):
    """A report could not be written where the user asked."""


class Cancelled(TuicompareError):
    """The caller asked the analysis or comparison to stop before it finished."""
