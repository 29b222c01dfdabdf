"""An export is a Korean data file whatever the language: Korean header, Korean words for codes."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from shopcrm.customers import CustomerInput, create_customer
from shopcrm.db import close_database, open_database
from shopcrm.importing import ImportOptions, import_file
from shopcrm.importing.mapping import SHOPCRM_HEADER
from shopcrm.models import Customer
from shopcrm.purchases import PurchaseLine, record_purchase
from tests.helpers.cli_helpers import run_cli as run


def seed_shop(path: Path) -> None:
    open_database(str(path))
    minsu = create_customer(
        CustomerInput(
            name="김민수",
            phone="01012345678",
            gender="female",
            marketing_consent=True,
            consent_channel="paper",
        ),
        today=dt.date(2024, 5, 1),
    )
    record_purchase(
        minsu,
        [PurchaseLine("소금빵", 5000)],
        purchased_on=dt.date(2024, 5, 2),
        payment_method="card",
    )
    close_database()


def exported(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_an_english_command_line_still_exports_korean(tmp_path: Path) -> None:
    shop, out = tmp_path / "shop.db", tmp_path / "customers.csv"
    seed_shop(shop)
    result = run("export", str(out), "--db", str(shop), env={"SHOPCRM_LANG": "en"})
    assert result.returncode == 0, result.stderr
    assert "Wrote 1 customers" in result.stdout + result.stderr  # the messages are English
    header = out.read_bytes().decode("utf-8-sig").splitlines()[0].split(",")
    assert header == list(SHOPCRM_HEADER)
    (minsu,) = exported(out)
    assert (minsu["성별"], minsu["동의경로"], minsu["단계"], minsu["등급"]) == (
        "여성",
        "서면 동의",
        "최초 구매 고객",
        "일반",
    )


def test_purchases_export_words_in_korean_under_english(tmp_path: Path) -> None:
    shop, out = tmp_path / "shop.db", tmp_path / "purchases.csv"
    seed_shop(shop)
    result = run(
        "export", str(out), "--what", "purchases", "--db", str(shop), env={"SHOPCRM_LANG": "en"}
    )
    assert result.returncode == 0, result.stderr
    (sale,) = exported(out)
    assert (sale["종류"], sale["결제수단"]) == ("판매", "카드")


def test_an_english_export_imports_back_with_its_codes(tmp_path: Path) -> None:
    shop, out = tmp_path / "shop.db", tmp_path / "customers.csv"
    seed_shop(shop)
    assert run("export", str(out), "--db", str(shop), env={"SHOPCRM_LANG": "en"}).returncode == 0
    open_database(str(tmp_path / "empty.db"))
    try:
        import_file(out, ImportOptions())
        minsu = Customer.get(Customer.name == "김민수")
        assert (minsu.gender, minsu.consent_channel) == ("female", "paper")
    finally:
        close_database()
