"""What every subcommand shares: exit statuses, argument types, localized help."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from shopcrm.db import sqlite_files
from shopcrm.errors import ValidationError
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


def refuse_output_over_database(out: Path, target: str) -> None:
    """Never write an output file over the database (or its -wal/-shm files).

    Raises:
        ValidationError: ``output_is_database``.
    """
    if out.expanduser().resolve() in sqlite_files(target):
        raise ValidationError("output_is_database", path=str(out))
