"""The `shopcrm` command: the window by default, headless subcommands for scripts.

Exit statuses: 0 done; 1 partly done (or a self-test step failed, or an unexpected
error); 2 usage error; 3 refused, nothing changed. Data goes to stdout, messages to
stderr, in Korean unless SHOPCRM_LANG or the locale asks for English. Headless
subcommands never import Qt; each lives in its own module in `shopcrm.commands`.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from types import ModuleType

from peewee import DatabaseError

from shopcrm import __version__, paths
from shopcrm.commands import agenda, demo, export, import_, labels, letters
from shopcrm.commands.common import (
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_REFUSED,
    EXIT_USAGE,
    LocalizedArgumentParser,
    localized,
)
from shopcrm.errors import ShopCRMError
from shopcrm.vocabulary import describe_error, text

COMMANDS: tuple[ModuleType, ...] = (demo, agenda, import_, export, letters, labels)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; `--db` is accepted before and after the subcommand."""
    common = LocalizedArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,
        help=localized(
            "데이터베이스 파일 경로 또는 postgresql:// 주소 (기본: SHOPCRM_DB, 그다음 데이터 폴더)",
            "database file or postgresql:// URL (default: SHOPCRM_DB, then the data folder)",
        ),
    )
    parser = LocalizedArgumentParser(
        prog="shopcrm",
        description=localized(
            "ShopCRM — 동네 가게를 위한 단골 고객 관리. 하위 명령 없이 실행하면 창이 열립니다.",
            "ShopCRM — keep your regulars. Without a subcommand the window opens.",
        ),
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"ShopCRM {__version__}",
        help=localized("프로그램 버전을 보여 주고 끝냅니다", "show the program's version and exit"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=localized(
            "임시 데이터베이스로 핵심 기능을 점검합니다",
            "check the essentials on a temporary database",
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        sub = subparsers.add_parser(command.NAME, parents=[common], help=localized(*command.HELP))
        command.add_arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `shopcrm` console script."""
    args = build_parser().parse_args(argv)
    try:
        if args.self_test:
            return _run_self_test()
        if args.command is None:
            return _open_window(getattr(args, "db", None))
        target = paths.database_target(getattr(args, "db", None))
        for command in COMMANDS:
            if args.command == command.NAME:
                return int(command.run(args, target))
    except ShopCRMError as error:
        print(describe_error(error), file=sys.stderr)
        return EXIT_REFUSED
    except DatabaseError as error:
        if "malformed" not in str(error) and "not a database" not in str(error):
            return _report_unexpected(error)
        print(text("database_damaged", reason=error), file=sys.stderr)
        return EXIT_REFUSED
    except Exception as error:  # a bug: log the traceback, tell the user where it is
        return _report_unexpected(error)
    return EXIT_USAGE


def _report_unexpected(error: Exception) -> int:
    try:
        log_file = paths.log_dir() / "shopcrm.log"
        logging.basicConfig(filename=log_file, level=logging.ERROR)
        logging.getLogger("shopcrm").error("".join(traceback.format_exception(error)))
    except (OSError, ShopCRMError):
        print(text("unexpected_error_unlogged", reason=error), file=sys.stderr)
        return EXIT_PARTIAL
    print(text("unexpected_error", reason=error, log=log_file), file=sys.stderr)
    return EXIT_PARTIAL


def _run_self_test() -> int:
    from shopcrm.selftest import run_self_test

    results = run_self_test()
    for result in results:
        key = "self_test_step_ok" if result.ok else "self_test_step_failed"
        print(text(key, step=result.step, reason=result.reason), file=sys.stderr)
    if all(result.ok for result in results):
        print(text("self_test_ok"), file=sys.stderr)
        return EXIT_OK
    return EXIT_PARTIAL


def _open_window(db: str | None) -> int:
    # The one lazy import of the Qt front end: headless commands never load Qt.
    try:
        from ui.app import main as window_main
    except ImportError as error:
        print(text("gui_unavailable", reason=error), file=sys.stderr)
        return EXIT_PARTIAL
    return window_main(["--db", db] if db else [])


if __name__ == "__main__":
    sys.exit(main())
