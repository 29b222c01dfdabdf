"""What every subcommand shares: exit statuses, argument types, localized help."""

from __future__ import annotations

import argparse
import datetime as dt

from shopcrm.messages import ENGLISH, current_language

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_REFUSED = 0, 1, 2, 3


def localized(korean: str, english: str) -> str:
    """Help text in the command line's language."""
    return english if current_language() == ENGLISH else korean


def iso_date(value: str) -> dt.date:
    """An argparse type for YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"YYYY-MM-DD: {value!r}") from error


def non_negative_int(value: str) -> int:
    """An argparse type for a count."""
    try:
        number = int(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(value) from error
    if number < 0:
        raise argparse.ArgumentTypeError(value)
    return number
