"""The `shopcrm` command: the window by default, headless subcommands for scripts.

Exit statuses: 0 done; 1 partly done (or a self-test step failed, or an unexpected
error); 2 usage error; 3 refused, nothing changed. Data goes to stdout, messages to
stderr, in Korean unless SHOPCRM_LANG or the locale asks for English. Headless
subcommands never import Qt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import traceback
from collections.abc import Sequence

from shopcrm import __version__, paths
from shopcrm.messages import ENGLISH, current_language, describe_error, text

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_REFUSED = 0, 1, 2, 3

_HELP = {
    "description": (
        "ShopCRM — 동네 가게를 위한 단골 고객 관리. 하위 명령 없이 실행하면 창이 열립니다.",
        "ShopCRM — keep your regulars. Without a subcommand the window opens.",
    ),
    "db": (
        "데이터베이스 파일 경로 또는 postgresql:// 주소 (기본: SHOPCRM_DB, 그다음 데이터 폴더)",
        "database file or postgresql:// URL (default: SHOPCRM_DB, then the data folder)",
    ),
    "self_test": (
        "임시 데이터베이스로 핵심 기능을 점검합니다",
        "check the essentials on a temporary database",
    ),
    "demo": ("데모 가게 데이터를 만듭니다", "fill the database with a demo shop"),
    "customers": ("고객 수 (기본 300)", "number of customers (default 300)"),
    "seed": ("난수 시드 (기본 1)", "random seed (default 1)"),
    "today": ("기준 날짜 YYYY-MM-DD (기본 오늘)", "reference date YYYY-MM-DD (default today)"),
    "force": ("이미 있는 고객을 지우고 다시 만듭니다", "replace the customers already there"),
}


def _help(key: str) -> str:
    korean, english = _HELP[key]
    return english if current_language() == ENGLISH else korean


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"YYYY-MM-DD: {value!r}") from error


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(value) from error
    if number < 0:
        raise argparse.ArgumentTypeError(value)
    return number


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; `--db` is accepted before and after the subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=_help("db"))
    parser = argparse.ArgumentParser(
        prog="shopcrm", description=_help("description"), parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"ShopCRM {__version__}")
    parser.add_argument("--self-test", action="store_true", help=_help("self_test"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", parents=[common], help=_help("demo"))
    demo.add_argument("--customers", type=_positive_int, default=300, help=_help("customers"))
    demo.add_argument("--seed", type=int, default=1, help=_help("seed"))
    demo.add_argument("--today", type=_iso_date, default=None, help=_help("today"))
    demo.add_argument("--force", action="store_true", help=_help("force"))
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
        if args.command == "demo":
            return _run_demo(args, target)
    except Exception as error:
        return _report(error)
    return EXIT_USAGE


def _report(error: Exception) -> int:
    from shopcrm.errors import ShopCRMError

    if isinstance(error, ShopCRMError):
        print(describe_error(error), file=sys.stderr)
        return EXIT_REFUSED
    log_file = paths.log_dir() / "shopcrm.log"
    logging.basicConfig(filename=log_file, level=logging.ERROR)
    logging.getLogger("shopcrm").error("".join(traceback.format_exception(error)))
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


def _run_demo(args: argparse.Namespace, target: str) -> int:
    from shopcrm.db import open_database
    from shopcrm.demo import create_demo_shop

    open_database(target)
    progress = _terminal_progress if sys.stderr.isatty() else None
    summary = create_demo_shop(
        args.customers, seed=args.seed, today=args.today, force=args.force, progress=progress
    )
    if progress:
        print(file=sys.stderr)
    print(
        text(
            "demo_done",
            shop=summary.shop_name,
            customers=summary.customers,
            purchases=summary.purchases,
            seconds=summary.seconds,
        ),
        file=sys.stderr,
    )
    return EXIT_OK


def _terminal_progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", end="", file=sys.stderr)


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
