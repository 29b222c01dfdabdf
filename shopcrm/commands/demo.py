"""`shopcrm demo`: fill the database with the deterministic demo shop."""

from __future__ import annotations

import argparse
import sys

from shopcrm.commands.common import EXIT_OK, iso_date, localized, non_negative_int
from shopcrm.vocabulary import text

NAME = "demo"
HELP = ("데모 가게 데이터를 만듭니다", "fill the database with a demo shop")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--customers",
        type=non_negative_int,
        default=300,
        help=localized("고객 수 (기본 300)", "number of customers (default 300)"),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=1,
        help=localized("난수 시드 (기본 1)", "random seed (default 1)"),
    )
    parser.add_argument(
        "--today",
        type=iso_date,
        default=None,
        help=localized(
            "기준 날짜 YYYY-MM-DD (기본 오늘)", "reference date YYYY-MM-DD (default today)"
        ),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=localized(
            "이미 있는 고객을 지우고 다시 만듭니다", "replace the customers already there"
        ),
    )


def run(args: argparse.Namespace, target: str) -> int:
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
