"""`shopcrm export`: customers (or purchases, complaints) as CSV that Korean Excel opens
correctly, or as an Excel workbook when FILE ends in ``.xlsx`` (any case).

Exit statuses: 0 written (an empty shop gives a header-only file); 2 usage error; 3 the file
cannot be written or CP949 cannot hold a character (no file is left behind).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from shopcrm.commands.common import EXIT_OK, EXIT_USAGE, localized, usage_error
from shopcrm.vocabulary import text

NAME = "export"
HELP = (
    "고객(또는 구매 기록, 불만 기록)을 엑셀 파일(.xlsx)이나 엑셀에서 열리는 CSV로 내보냅니다",
    "export customers (or purchases, complaints) as an Excel workbook (.xlsx) or CSV that "
    "Excel opens",
)
WHAT_CHOICES = ("customers", "purchases", "complaints")
ENCODING_CHOICES = ("utf-8-sig", "cp949")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help=localized(
            "만들 파일 (.xlsx면 엑셀 파일, 그 밖에는 CSV)",
            "the file to write (.xlsx: an Excel workbook, anything else: CSV)",
        ),
    )
    parser.add_argument(
        "--what",
        default="customers",
        metavar="|".join(WHAT_CHOICES),
        help=localized("내보낼 것 (기본 customers)", "what to export (default customers)"),
    )
    parser.add_argument(
        "--encoding",
        default=None,
        metavar="|".join(ENCODING_CHOICES),
        help=localized(
            "CSV 인코딩 (기본 utf-8-sig: 한국어 엑셀에서 바로 열림)",
            "the CSV's encoding (default utf-8-sig: opens directly in Korean Excel)",
        ),
    )
    parser.add_argument(
        "--consented-only",
        action="store_true",
        help=localized("마케팅 수신에 동의한 고객만", "only customers who consented to marketing"),
    )
    parser.add_argument(
        "--mask-phones",
        action="store_true",
        help=localized(
            "전화번호 가운데 자리를 가립니다 (010-****-5678)",
            "hide the middle digits of phone numbers (010-****-5678)",
        ),
    )


def run(args: argparse.Namespace, target: str) -> int:
    from shopcrm.exporting_xlsx import XLSX_SUFFIX

    workbook = args.file.suffix.lower() == XLSX_SUFFIX
    if workbook and args.encoding is not None:
        return usage_error("export_encoding_of_workbook", path=args.file)
    encoding = args.encoding or ENCODING_CHOICES[0]
    for option, value, choices in (
        ("--what", args.what, WHAT_CHOICES),
        ("--encoding", encoding, ENCODING_CHOICES),
    ):
        if value not in choices:
            print(
                text("import_bad_option", option=option, value=value, choices=", ".join(choices)),
                file=sys.stderr,
            )
            return EXIT_USAGE

    from shopcrm.commands.common import refuse_output_over_database
    from shopcrm.db import open_database
    from shopcrm.exporting import export_file

    refuse_output_over_database(args.file, target)
    open_database(target, create=False)
    result = export_file(
        args.file,
        what=args.what,
        encoding=encoding,
        consented_only=args.consented_only,
        mask_phones=args.mask_phones,
    )
    print(
        text(
            "export_done",
            what=text(f"export_what_{result.what}"),
            count=result.count,
            path=result.path,
        ),
        file=sys.stderr,
    )
    return EXIT_OK
