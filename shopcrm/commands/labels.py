"""`shopcrm labels`: address labels (one per household) on an A4 sheet, or DL envelopes.

Exit statuses: 0 every customer has a label; 1 some left out (no address, no such number;
listed on stderr; a label without a postal code prints with a warning on stderr and does not
change the status); 2 usage error; 3 nothing to print or the PDF cannot be written (no file).
"""

from __future__ import annotations

import argparse
import sys

from shopcrm.commands.common import (
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_REFUSED,
    localized,
    non_negative_int,
    refuse_output_over_database,
    usage_error,
)
from shopcrm.commands.letters import (
    add_selection_arguments,
    check_selection,
    report_left_out,
    selected_recipients,
)
from shopcrm.vocabulary import text

NAME = "labels"
HELP = (
    "주소 라벨(한 집에 한 장)이나 DL 봉투를 PDF로 만듭니다",
    "address labels (one per household) or DL envelopes into one PDF",
)
SHEET_CHOICES = ("2x8", "3x7", "3x8", "dl")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_selection_arguments(parser)
    parser.add_argument(
        "--sheet",
        default="3x8",
        metavar="|".join(SHEET_CHOICES),
        help=localized(
            "A4 라벨지 배열 2x8, 3x7, 3x8 (기본) 또는 dl (DL 봉투)",
            "A4 label sheet 2x8, 3x7, 3x8 (default), or dl (DL envelopes)",
        ),
    )
    parser.add_argument(
        "--mask-phones",
        action="store_true",
        help=localized(
            "전화번호 가운데 자리를 가립니다 (010-****-5678)",
            "hide the middle digits of phone numbers (010-****-5678)",
        ),
    )
    parser.add_argument(
        "--split-households",
        action="store_true",
        help=localized(
            "주소가 같은 고객에게도 한 장씩 만듭니다",
            "one label per customer even when they share an address",
        ),
    )
    parser.add_argument(
        "--skip",
        type=non_negative_int,
        default=0,
        metavar="N",
        help=localized(
            "첫 장에서 이미 쓴 라벨 수 (그다음 칸부터 인쇄)",
            "labels already used on the first sheet (printing starts after them)",
        ),
    )
    parser.add_argument(
        "--outline",
        action="store_true",
        help=localized(
            "라벨 테두리를 그립니다 (일반 용지에 시험 인쇄할 때)",
            "draw each label's edge (for a test print on plain paper)",
        ),
    )


def run(args: argparse.Namespace, target: str) -> int:
    if args.sheet not in SHEET_CHOICES:
        return usage_error(
            "letters_bad_choice",
            option="--sheet",
            value=args.sheet,
            choices=", ".join(SHEET_CHOICES),
        )
    problem = check_selection(args)
    if problem is not None:
        return problem

    from shopcrm.db import open_database
    from shopcrm.letters.labels import plan_labels, render_labels
    from shopcrm.letters.letterhead import current_letterhead

    open_database(target, create=False)
    plan = plan_labels(selected_recipients(args), split_households=args.split_households)
    report_left_out(plan.left_out)
    for warning in plan.warnings:  # printed all the same: the exit status does not change
        who = text("left_out_who", number=warning.customer_no or "", name=warning.name)
        print(text("label_without_postal_code", who=who.strip()), file=sys.stderr)
    if not plan.labels:
        print(text("letters_nothing_to_print"), file=sys.stderr)
        return EXIT_REFUSED
    refuse_output_over_database(args.out, target)
    out = args.out.expanduser().absolute()
    result = render_labels(  # a ShopCRMError here is worded by cli.main, exit 3
        plan.labels,
        out,
        sheet=args.sheet,
        letterhead=current_letterhead(),
        mask_phones=args.mask_phones,
        outline=args.outline,
        skip=args.skip,
    )
    written = "written_envelopes" if args.sheet == "dl" else "written_labels"
    print(text(written, count=result.items, pages=result.pages, path=out), file=sys.stderr)
    return EXIT_PARTIAL if plan.left_out else EXIT_OK
