"""`shopcrm letters`: thank-you letters and greeting cards from a template, into one PDF.

Exit statuses: 0 every customer's letter printed; 1 some left out (listed on stderr with
the reason); 2 usage error; 3 nothing to print or the PDF cannot be written (no file).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from shopcrm.commands.common import (
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_REFUSED,
    localized,
    refuse_output_over_database,
    usage_error,
)
from shopcrm.vocabulary import text

if TYPE_CHECKING:
    from shopcrm.letters.batch import Candidate
    from shopcrm.letters.recipients import Recipient

NAME = "letters"
HELP = (
    "템플릿으로 감사 편지나 축하 카드를 한 PDF로 만듭니다 (고객번호 또는 기념일 기간)",
    "letters or greeting cards from a template into one PDF (customer numbers or agenda days)",
)
LAYOUT_CHOICES = ("letter", "card")


def add_selection_arguments(parser: argparse.ArgumentParser) -> None:
    """--customers and --agenda, shared with `shopcrm labels`."""
    parser.add_argument(
        "--customers",
        metavar="12,15,20",
        help=localized(
            "고객번호 (카드와 내보내기에 보이는 번호, 쉼표로 구분)",
            "customer numbers as shown on the card and in the export, separated by commas",
        ),
    )
    parser.add_argument(
        "--agenda",
        nargs=2,
        metavar=("FROM", "TO"),
        help=localized(
            "이 기간(YYYY-MM-DD, 양 끝 포함)에 생일이나 기념일이 있는 고객",
            "the customers with a birthday or anniversary in this range (YYYY-MM-DD, inclusive)",
        ),
    )
    parser.add_argument(
        "--out",
        metavar="FILE.pdf",
        type=Path,
        help=localized("저장할 PDF 파일", "the PDF file to write"),
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # Values are checked in run(), so that every message is in the command line's language.
    parser.add_argument(
        "--template",
        metavar="ID",
        help=localized(
            "템플릿: thank_you, referral_introducer, referral_friend, apology, birthday, "
            "anniversary, vip_invite, we_miss_you 또는 직접 만든 custom_N",
            "template: thank_you, referral_introducer, referral_friend, apology, birthday, "
            "anniversary, vip_invite, we_miss_you, or one of your own (custom_N)",
        ),
    )
    add_selection_arguments(parser)
    parser.add_argument(
        "--layout",
        default="letter",
        metavar="|".join(LAYOUT_CHOICES),
        help=localized(
            "letter: A4 편지 (기본), card: A5 축하 카드",
            "letter: A4 letter (default), card: A5 greeting card",
        ),
    )
    parser.add_argument(
        "--include-left-out",
        action="store_true",
        help=localized(
            "최근에 같은 편지를 받았거나 마케팅 수신 동의가 없어 빠지는 고객도 포함합니다 "
            "(값이 없는 고객은 여전히 빠집니다)",
            "include customers left out by the care rules (same letter lately, no marketing "
            "consent); a missing value still leaves a customer out",
        ),
    )
    parser.add_argument(
        "--no-log",
        action="store_true",
        help=localized(
            "고객 카드에 보낸 편지로 기록하지 않습니다",
            "do not log the letters on the customers' cards",
        ),
    )


def parse_numbers(value: str) -> list[int] | None:
    """Customer numbers from ``12,15,20`` (spaces allowed); None when unreadable."""
    tokens = [token for token in re.split(r"[\s,]+", value.strip()) if token]
    if not tokens or not all(token.isdigit() for token in tokens):
        return None
    return [int(token) for token in tokens]


def check_selection(args: argparse.Namespace) -> int | None:
    """A usage error's exit status for --customers/--agenda/--out, or None when they are fine."""
    if args.customers is None and args.agenda is None:
        return usage_error("letters_selection_required")
    if args.customers is not None and args.agenda is not None:
        return usage_error("letters_both_selections")
    if args.customers is not None and parse_numbers(args.customers) is None:
        return usage_error("letters_bad_numbers", value=args.customers)
    if args.agenda is not None:
        start, end = (_date(value) for value in args.agenda)
        for option, value, parsed in (
            ("--agenda FROM", args.agenda[0], start),
            ("--agenda TO", args.agenda[1], end),
        ):
            if parsed is None:
                return usage_error("agenda_bad_date", option=option, value=value)
        assert start is not None and end is not None
        if start > end:
            return usage_error("agenda_reversed_range", start=start, end=end)
        from shopcrm.lunar import SUPPORTED_SOLAR_RANGE

        first, last = SUPPORTED_SOLAR_RANGE
        if start < first or end > last:
            return usage_error("agenda_out_of_range", first=first, last=last)
    if args.out is None:
        return usage_error("letters_out_required")
    return None


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


def selected_recipients(args: argparse.Namespace) -> list[Recipient]:
    """The recipients --customers or --agenda name (the database is open)."""
    from shopcrm.letters.recipients import recipients_from_agenda, recipients_from_numbers

    if args.customers is not None:
        return recipients_from_numbers(parse_numbers(args.customers) or [])
    from shopcrm.agenda import agenda

    start, end = (dt.date.fromisoformat(value.strip()) for value in args.agenda)
    return recipients_from_agenda(agenda(start, end))


def report_left_out(left_out: Sequence[Candidate]) -> None:
    """Each customer left out, with the reasons, on stderr."""
    from shopcrm.formatting import format_date
    from shopcrm.vocabulary import current_language, word

    lang = current_language()
    for candidate in left_out:
        who = text("left_out_who", number=candidate.customer_no or "", name=candidate.name)
        reasons = "; ".join(
            word(
                "left_out_reason",
                reason.code,
                lang,
                **{
                    key: format_date(value, lang=lang) if isinstance(value, dt.date) else value
                    for key, value in reason.fields.items()
                },
            )
            for reason in candidate.reasons
        )
        print(text("left_out_line", who=who.strip(), reasons=reasons), file=sys.stderr)


def run(args: argparse.Namespace, target: str) -> int:
    if args.layout not in LAYOUT_CHOICES:
        return usage_error(
            "letters_bad_choice",
            option="--layout",
            value=args.layout,
            choices=", ".join(LAYOUT_CHOICES),
        )
    problem = check_selection(args)
    if problem is not None:
        return problem

    from shopcrm.db import open_database
    from shopcrm.errors import NotFound
    from shopcrm.letters.batch import log_letters, plan_letters
    from shopcrm.letters.render import render_letters
    from shopcrm.letters.templates import get_template, list_templates

    open_database(target, create=False)
    choices = ", ".join(template.key for template in list_templates())
    if not args.template:
        return usage_error("letters_template_required", choices=choices)
    try:
        template = get_template(args.template)
    except NotFound:
        return usage_error("letters_bad_template", value=args.template, choices=choices)
    plan = plan_letters(template, selected_recipients(args))
    letters = plan.letters(include=bool(args.include_left_out))
    left_out = plan.left_out(include=bool(args.include_left_out))
    report_left_out(left_out)
    overridable = sum(1 for candidate in left_out if candidate.overridable)
    if overridable:
        print(text("left_out_include_hint", count=overridable), file=sys.stderr)
    if not letters:
        print(text("letters_nothing_to_print"), file=sys.stderr)
        return EXIT_REFUSED
    refuse_output_over_database(args.out, target)
    out = args.out.expanduser().absolute()
    result = render_letters(  # a ShopCRMError here is worded by cli.main, exit 3
        letters,
        out,
        letterhead=plan.letterhead,
        letter_date=plan.letter_date,
        layout=args.layout,
        title=template.title,
    )
    written = "written_cards" if args.layout == "card" else "written_letters"
    print(text(written, count=result.items, pages=result.pages, path=out), file=sys.stderr)
    if args.no_log:
        print(text("letters_not_logged"), file=sys.stderr)
    else:
        batch = log_letters(template, letters, file_path=out)
        print(text("letters_logged", count=len(letters), batch=batch), file=sys.stderr)
    return EXIT_PARTIAL if left_out else EXIT_OK
