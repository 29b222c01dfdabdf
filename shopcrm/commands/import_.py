"""`shopcrm import`: import a customer file as one batch; list batches; undo one.

Exit statuses: 0 every row imported; 1 some rows rejected (the others are in); 2 usage error;
3 the file was refused, or an undo was refused (the database is unchanged). The report and
the batch id go to stdout; warnings and problems to stderr.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from shopcrm.commands.common import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, localized, usage_error
from shopcrm.vocabulary import describe_skipped_rows, text

if TYPE_CHECKING:
    from shopcrm.importing import ImportReport

NAME = "import"
HELP = (
    "엑셀·CSV·연락처(vCard) 파일에서 고객을 가져옵니다 (되돌리기: --undo)",
    "import customers from an Excel, CSV or contacts (vCard) file (undo with --undo)",
)
FORMAT_CHOICES = ("auto", "csv", "xlsx", "vcard")
DUPLICATE_CHOICES = ("skip", "fill", "overwrite")
MEMO_CHOICES = ("keep", "append", "replace")
_SHOWN_PROBLEMS = 200


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # Values are checked in run(), so that every message is in the command line's language.
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help=localized("가져올 파일 (.csv .txt .xlsx .vcf)", "the file (.csv .txt .xlsx .vcf)"),
    )
    parser.add_argument(
        "--format",
        default="auto",
        metavar="|".join(FORMAT_CHOICES),
        help=localized(
            "파일 형식 (기본: 내용으로 판단)", "file format (default: from the content)"
        ),
    )
    parser.add_argument(
        "--encoding",
        metavar="E",
        help=localized(
            "글자 인코딩 (예: utf-8, cp949, utf-16; 기본: 자동)",
            "text encoding (e.g. utf-8, cp949, utf-16; default: detected)",
        ),
    )
    parser.add_argument(
        "--mapping",
        metavar="FILE",
        type=Path,
        help=localized(
            '열 연결 JSON 파일 {"제목": "항목", ...}',
            'column mapping JSON file {"header": "field", ...}',
        ),
    )
    parser.add_argument(
        "--on-duplicate",
        default="fill",
        metavar="|".join(DUPLICATE_CHOICES),
        help=localized(
            "이미 있는 고객: skip 건너뜀, fill 빈 칸만 채움 (기본), overwrite 덮어씀",
            "a customer already there: skip, fill empty fields (default), overwrite",
        ),
    )
    parser.add_argument(
        "--memo",
        default="append",
        metavar="|".join(MEMO_CHOICES),
        help=localized(
            "이미 있는 고객의 메모: keep 그대로, append 새 줄로 덧붙임 (기본, 이미 있는 "
            "내용은 빼고), replace 바꿈",
            "a known customer's memo: keep it, append the file's on a new line (default, "
            "unless already there), replace it",
        ),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=localized("확인만 하고 아무것도 저장하지 않습니다", "check everything, store nothing"),
    )
    parser.add_argument(
        "--list",
        action="store_true",
        help=localized("지금까지의 가져오기 목록", "list the imports so far"),
    )
    parser.add_argument(
        "--undo",
        metavar="BATCH",
        type=int,
        help=localized("이 번호의 가져오기를 되돌립니다", "undo the import with this number"),
    )


def run(args: argparse.Namespace, target: str) -> int:
    if args.list or args.undo is not None:
        return _batches(args, target)
    if args.file is None:
        return usage_error("import_file_required")
    for option, value, choices in (
        ("--format", args.format, FORMAT_CHOICES),
        ("--on-duplicate", args.on_duplicate, DUPLICATE_CHOICES),
        ("--memo", args.memo, MEMO_CHOICES),
    ):
        if value not in choices:
            return usage_error(
                "import_bad_option", option=option, value=value, choices=", ".join(choices)
            )

    from shopcrm.db import is_postgres_url, open_database
    from shopcrm.importing import ImportRefused
    from shopcrm.importing.mapping import load_mapping_file
    from shopcrm.importing.reading import codec_name
    from shopcrm.vocabulary import describe_error

    if args.encoding:
        try:
            codec_name(args.encoding)
        except ImportRefused as error:
            print(describe_error(error), file=sys.stderr)
            return EXIT_USAGE
    by_name = load_mapping_file(args.mapping) if args.mapping else None
    with tempfile.TemporaryDirectory(prefix="shopcrm-dry-run-") as scratch:
        if args.dry_run and not is_postgres_url(target) and not Path(target).exists():
            target = str(Path(scratch) / "new-shop.db")  # a dry run leaves no new file behind
        open_database(target)
        return _import(args, by_name)


def _import(args: argparse.Namespace, by_name: dict[str, str | None] | None) -> int:
    from shopcrm.importing import ImportOptions, import_file

    options = ImportOptions(
        file_format=args.format,
        encoding=args.encoding,
        mapping_by_name=by_name,
        on_duplicate=args.on_duplicate,
        memo=args.memo,
        dry_run=args.dry_run,
    )
    progress = _terminal_progress if sys.stderr.isatty() else None
    report = import_file(args.file, options, progress=progress)
    if progress:
        print(file=sys.stderr)
    _print_report(report)
    return EXIT_OK if report.all_in else EXIT_PARTIAL


def _print_report(report: ImportReport) -> None:
    from shopcrm.vocabulary import describe_problem

    card = report.file_format == "vcard"
    for problem in report.problems[:_SHOWN_PROBLEMS]:
        print(describe_problem(problem, card=card), file=sys.stderr)
    hidden = report.problem_count - min(len(report.problems), _SHOWN_PROBLEMS)
    if hidden > 0:
        print(text("import_more_problems", count=hidden), file=sys.stderr)
    print(
        text(
            "import_read_as",
            format=report.file_format,
            encoding=report.encoding or "—",
            delimiter={"\t": "TAB", None: "—"}.get(report.delimiter, report.delimiter),
        )
    )
    print(
        text(
            "import_summary",
            file=report.file_name,
            rows=report.total_rows,
            created=report.created,
            updated=report.updated,
            skipped=report.skipped,
            rejected=report.rejected,
            warnings=report.warnings,
        )
    )
    if report.restored:
        numbers = ", ".join(str(number) for number in report.restored)
        print(text("import_restored", count=len(report.restored), numbers=numbers))
    if report.skipped_rows:
        print(describe_skipped_rows(report.skipped_rows, report.skipped))
    if report.staff_created:
        print(text("import_staff_created", names=", ".join(report.staff_created)))
    if report.rejected_path:
        print(text("import_rejected_file", path=report.rejected_path))
    if report.dry_run:
        print(text("import_dry_run"))
    elif report.batch_id is not None:
        print(text("import_batch", batch=report.batch_id))


def _batches(args: argparse.Namespace, target: str) -> int:
    from shopcrm.db import open_database
    from shopcrm.importing import list_batches, undo_batch

    open_database(target, create=False)
    if args.undo is not None:
        result = undo_batch(args.undo)
        print(
            text(
                "undo_done", batch=result.batch_id, removed=result.removed, restored=result.restored
            )
        )
        return EXIT_OK
    batches = list_batches()
    if not batches:
        print(text("batch_list_empty"), file=sys.stderr)
        return EXIT_OK
    print("\t".join(text("batch_list_columns").split("|")))
    for batch in batches:
        print(
            "\t".join(
                str(value)
                for value in (
                    batch.id,
                    batch.created_at.isoformat(sep=" ", timespec="minutes"),
                    batch.file_name,
                    batch.total_rows,
                    batch.created,
                    batch.updated,
                    batch.skipped,
                    batch.rejected,
                    batch.undone_at.isoformat(sep=" ", timespec="minutes")
                    if batch.undone_at
                    else "",
                )
            )
        )
    return EXIT_OK


def _terminal_progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    percent = 100 * done // max(total, 1)
    print(f"\r[{'#' * filled}{'.' * (width - filled)}] {percent}%", end="", file=sys.stderr)
