"""`shopcrm --self-test`: prove on this machine that the essential parts work."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from shopcrm.customers import CustomerInput, create_customer, get_customer
from shopcrm.db import close_database, open_database
from shopcrm.letters.simple import render_simple_document
from shopcrm.lunar import lunar_to_solar


@dataclass(frozen=True)
class StepResult:
    step: str
    ok: bool
    reason: str = ""


def _database_round_trip(folder: Path) -> None:
    open_database(str(folder / "self-test.db"))
    try:
        customer_id = create_customer(CustomerInput(name="김민수", phone="010-1234-5678"))
        card = get_customer(customer_id)
        if (card.name, card.phone) != ("김민수", "01012345678"):
            raise AssertionError(f"read back {card.name!r} {card.phone!r}")
    finally:
        close_database()


def _lunar_conversion(folder: Path) -> None:
    # 2025 Seollal (lunar 1/1) fell on 29 January 2025.
    solar = lunar_to_solar(2025, 1, 1)
    if solar != dt.date(2025, 1, 29):
        raise AssertionError(f"lunar 2025-01-01 gave {solar}")


def _korean_pdf(folder: Path) -> None:
    target = folder / "self-test.pdf"
    render_simple_document(
        target, "ShopCRM 자가 진단", ["김민수 고객님, 늘 찾아 주셔서 감사합니다."]
    )
    data = target.read_bytes()
    if not data.startswith(b"%PDF") or b"NanumGothic" not in data:
        raise AssertionError("the PDF does not embed the Korean font")


STEPS: tuple[tuple[str, Callable[[Path], None]], ...] = (
    ("database", _database_round_trip),
    ("lunar", _lunar_conversion),
    ("pdf", _korean_pdf),
)


def run_self_test() -> list[StepResult]:
    """Run every step in a temporary folder; stop at the first failure.

    Returns:
        One result per step run.
    """
    results = []
    with tempfile.TemporaryDirectory(prefix="shopcrm-self-test-") as folder:
        for name, step in STEPS:
            try:
                step(Path(folder))
            except Exception as error:  # a self-test reports every failure, whatever it is
                results.append(StepResult(name, False, f"{type(error).__name__}: {error}"))
                break
            results.append(StepResult(name, True))
    return results
