"""What every subcommand shares: exit statuses, argument types, localized help."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import NoReturn

from shopcrm.db import sqlite_files
from shopcrm.errors import ValidationError
from shopcrm.vocabulary import ENGLISH, current_language, text

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_REFUSED = 0, 1, 2, 3


def usage_error(key: str, **fields: object) -> int:
    """Say what is wrong with the command line (a message key) and return exit status 2."""
    print(text(key, None, **fields), file=sys.stderr)
    return EXIT_USAGE


def localized(korean: str, english: str) -> str:
    """Help text in the command line's language."""
    return english if current_language() == ENGLISH else korean


def iso_date(value: str) -> dt.date:
    """An argparse type for YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        reason = localized("YYYY-MM-DD 형식의 날짜가 아닙니다", "not a YYYY-MM-DD date")
        raise argparse.ArgumentTypeError(f"{reason}: {value!r}") from error


def non_negative_int(value: str) -> int:
    """An argparse type for a count."""
    reason = localized("0 이상의 정수여야 합니다", "must be a whole number, 0 or more")
    try:
        number = int(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{reason}: {value!r}") from error
    if number < 0:
        raise argparse.ArgumentTypeError(f"{reason}: {value!r}")
    return number


def refuse_output_over_database(out: Path, target: str) -> None:
    """Never write an output file over the database (or its -wal/-shm files).

    Raises:
        ValidationError: ``output_is_database``.
    """
    if out.expanduser().resolve() in sqlite_files(target):
        raise ValidationError("output_is_database", path=str(out))


_ARGPARSE_KOREAN = (
    (
        re.compile(r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)"),
        "{0}: 알 수 없는 값입니다: {1} (가능한 값: {2})",
    ),
    (re.compile(r"unrecognized arguments: (.+)"), "알 수 없는 인자입니다: {0}"),
    (re.compile(r"the following arguments are required: (.+)"), "다음 인자가 필요합니다: {0}"),
    (re.compile(r"argument (\S+): invalid \w+ value: (.+)"), "{0}: 읽을 수 없는 값입니다: {1}"),
    (re.compile(r"argument (\S+): expected one argument"), "{0} 다음에 값이 필요합니다"),
    (
        re.compile(r"argument (\S+): not allowed with argument (\S+)"),
        "{0} 와 {1} 는 함께 쓸 수 없습니다",
    ),
    (re.compile(r"argument (\S+): (.+)"), "{0}: {1}"),
)
_HELP_WORDS_KOREAN = (
    ("usage: ", "사용법: "),
    ("show this help message and exit", "이 도움말을 보여 주고 끝냅니다"),
    ("positional arguments:", "명령:"),
    ("options:", "옵션:"),
)


class LocalizedArgumentParser(argparse.ArgumentParser):
    """argparse speaking the command line's language (its own words are English only)."""

    def format_usage(self) -> str:
        return _korean_help(super().format_usage())

    def format_help(self) -> str:
        return _korean_help(super().format_help())

    def error(self, message: str) -> NoReturn:
        if current_language() != ENGLISH:
            message = _korean_error(message)
            self.print_usage(sys.stderr)
            self.exit(EXIT_USAGE, f"{self.prog}: 오류: {message}\n")
        super().error(message)


def _korean_help(text: str) -> str:
    if current_language() == ENGLISH:
        return text
    for english, korean in _HELP_WORDS_KOREAN:
        text = text.replace(english, korean)
    return text


def _korean_error(message: str) -> str:
    for pattern, korean in _ARGPARSE_KOREAN:
        match = pattern.fullmatch(message)
        if match:
            return korean.format(*match.groups())
    return message
