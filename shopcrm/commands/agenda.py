"""`shopcrm agenda`: birthdays and anniversaries in a date range, as a table, CSV or iCalendar."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from shopcrm.commands.common import (
    EXIT_OK,
    localized,
    refuse_output_over_database,
    usage_error,
)
from shopcrm.vocabulary import text

if TYPE_CHECKING:
    from shopcrm.agenda import AgendaEntry

NAME = "agenda"
HELP = (
    "기간 안의 생일과 기념일(또는 불만 후속 조치)을 보여 줍니다 (표, CSV, 휴대폰 달력용 ICS)",
    "birthdays and anniversaries (or complaints' follow-ups) in a date range (table, CSV, "
    "ICS for a phone calendar)",
)
KIND_CHOICES = ("birthday", "wedding", "first_purchase", "custom", "followup")
"""The kinds ``--kind`` takes; without it the anniversary kinds only (not ``followup``)."""
FORMAT_CHOICES = ("table", "csv", "ics")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # Values are checked in run(), so that every message is in the command line's language.
    parser.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        help=localized("첫날 (포함)", "first day (included)"),
    )
    parser.add_argument(
        "--to",
        dest="end",
        metavar="YYYY-MM-DD",
        help=localized("마지막 날 (포함)", "last day (included)"),
    )
    parser.add_argument(
        "--kind",
        action="append",
        metavar="|".join(KIND_CHOICES),
        help=localized(
            "이 종류만 (여러 번 쓸 수 있음; 기본: 기념일 모두; followup은 불만의 후속 조치)",
            "only this kind (may be repeated; default: every anniversary kind; followup: "
            "complaints' follow-ups)",
        ),
    )
    parser.add_argument(
        "--format",
        default="table",
        metavar="|".join(FORMAT_CHOICES),
        help=localized("출력 형식 (기본 table)", "output format (default table)"),
    )
    parser.add_argument(
        "--out",
        metavar="FILE",
        type=Path,
        help=localized("표준 출력 대신 이 파일에 씁니다", "write to this file instead of stdout"),
    )


def _date(value: str | None) -> dt.date | str:
    """The date, or the key of the message saying what is wrong with it."""
    if value is None:
        return "agenda_date_required"
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return "agenda_bad_date"


def run(args: argparse.Namespace, target: str) -> int:
    dates: list[dt.date] = []
    for option, value in (("--from", args.start), ("--to", args.end)):
        parsed = _date(value)
        if isinstance(parsed, str):
            return usage_error(parsed, option=option, value=value)
        dates.append(parsed)
    start, end = dates
    if start > end:
        return usage_error("agenda_reversed_range", start=start, end=end)
    for kind in args.kind or []:
        if kind not in KIND_CHOICES:
            return usage_error("agenda_bad_kind", value=kind, choices=", ".join(KIND_CHOICES))
    if args.format not in FORMAT_CHOICES:
        return usage_error(
            "agenda_bad_format", value=args.format, choices=", ".join(FORMAT_CHOICES)
        )

    from shopcrm.agenda import FOLLOWUP, agenda_entries
    from shopcrm.db import open_database
    from shopcrm.lunar import SUPPORTED_SOLAR_RANGE

    first, last = SUPPORTED_SOLAR_RANGE
    if start < first or end > last:
        return usage_error("agenda_out_of_range", first=first, last=last)
    if args.out is not None:
        refuse_output_over_database(args.out, target)
    open_database(target, create=False)
    entries = agenda_entries(start, end, args.kind)
    with_followups = FOLLOWUP in (args.kind or [])
    output = _render(args.format, entries)
    if args.out is not None:
        # A CSV file gets a byte-order mark: Excel then reads it as UTF-8, not as CP949.
        encoding = "utf-8-sig" if args.format == "csv" else "utf-8"
        try:
            args.out.write_bytes(output.encode(encoding))
        except OSError as error:
            return usage_error("agenda_cannot_write", path=args.out, reason=error.strerror)
        written = "agenda_written_with_followups" if with_followups else "agenda_written"
        print(
            text(written, start=start, end=end, count=len(entries), path=args.out),
            file=sys.stderr,
        )
    else:
        _write_stdout(output, binary=args.format != "table")
        if not entries:
            empty = "agenda_empty_with_followups" if with_followups else "agenda_empty"
            print(text(empty, start=start, end=end), file=sys.stderr)
    return EXIT_OK


def _render(output_format: str, entries: list[AgendaEntry]) -> str:
    from shopcrm import agenda_export
    from shopcrm.settings import shop_profile

    if output_format == "csv":
        return agenda_export.render_csv(entries)
    if output_format == "ics":
        return agenda_export.render_ics(entries, shop_name=shop_profile().shop_name or "ShopCRM")
    return agenda_export.render_table(entries)


def _write_stdout(output: str, *, binary: bool) -> None:
    """CSV and ICS go out as UTF-8 bytes with their own line ends; the table as console text."""
    if not binary:
        sys.stdout.write(output)
        return
    sys.stdout.flush()
    sys.stdout.buffer.write(output.encode("utf-8"))
    sys.stdout.buffer.flush()
