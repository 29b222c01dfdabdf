"""The Excel workbook export: postal codes keep their leading zero, dates are dates, amounts
are numbers, nothing runs as a formula, and the workbook imports back to the same customers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from peewee import Database

from shopcrm.customers import CustomerInput, create_customer
from shopcrm.exporting import export_file
from shopcrm.importing import ImportOptions, import_file
from shopcrm.importing.mapping import SHOPCRM_HEADER, SHOPCRM_PURCHASES_HEADER
from shopcrm.models import Customer
from shopcrm.purchases import PurchaseLine, record_purchase
from tests.core.test_cli import run
from tests.core.test_export import seed
from tests.helpers.import_helpers import write


def sheet_rows(path: Path) -> list[list[Any]]:
    workbook = openpyxl.load_workbook(path)
    return [[cell.value for cell in row] for row in workbook.active.iter_rows()]


def row_of(path: Path, number: int) -> dict[str, Any]:
    rows = sheet_rows(path)
    return dict(zip(rows[0], rows[number], strict=False))


def test_a_seoul_postal_code_keeps_its_leading_zero(db: Database, tmp_path: Path) -> None:
    seed()
    result = export_file(tmp_path / "고객목록.xlsx")
    assert result.count == 2
    sheet = openpyxl.load_workbook(tmp_path / "고객목록.xlsx").active
    header = [cell.value for cell in sheet[1]]
    assert header == list(SHOPCRM_HEADER)
    postal = sheet.cell(row=2, column=header.index("우편번호") + 1)
    assert (postal.value, postal.data_type, postal.number_format) == ("06236", "s", "@")
    number = sheet.cell(row=2, column=1)
    assert (number.value, number.data_type) == ("1", "s")
    phone = sheet.cell(row=2, column=header.index("휴대폰") + 1)
    assert (phone.value, phone.data_type) == ("010-1234-5678", "s")


def test_dates_are_dates_and_amounts_are_numbers(db: Database, tmp_path: Path) -> None:
    minsu, _ = seed()
    record_purchase(minsu, [PurchaseLine("소금빵", 3000, 2)], purchased_on=dt.date(2026, 11, 1))
    export_file(tmp_path / "customers.xlsx")
    minsu_row = row_of(tmp_path / "customers.xlsx", 1)
    assert minsu_row["동의일자"] == dt.datetime(2024, 5, 1)
    assert minsu_row["최근방문일"] == dt.datetime(2026, 11, 1)
    assert minsu_row["누적구매액"] == 6000
    assert isinstance(minsu_row["포인트"], int)
    assert minsu_row["생일"] == "(음,윤)1984-10-05"  # a lunar date stays as written
    export_file(tmp_path / "purchases.xlsx", what="purchases")
    rows = sheet_rows(tmp_path / "purchases.xlsx")
    assert rows[0] == list(SHOPCRM_PURCHASES_HEADER)
    assert rows[1][:5] == ["1", "김민수", dt.datetime(2026, 11, 1), "판매", 6000]


def test_a_cell_starting_like_a_formula_is_text(db: Database, tmp_path: Path) -> None:
    seed()
    create_customer(CustomerInput(name='=HYPERLINK("http://x")', notes="#N/A"))
    export_file(tmp_path / "customers.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "customers.xlsx").active
    header = [cell.value for cell in sheet[1]]
    memo = header.index("메모") + 1
    cells = [(sheet.cell(row, 2), sheet.cell(row, memo)) for row in (2, 3, 4)]
    assert [(name.value, note.value) for name, note in cells] == [
        ("김민수", "=1+1 는 수식이 아닙니다\n두 줄"),
        ("이서연", "@홍보 -할인 +적립 '따옴표"),
        ('=HYPERLINK("http://x")', "#N/A"),
    ]
    assert {cell.data_type for pair in cells for cell in pair} == {"s"}


def test_the_header_is_frozen_and_the_columns_sized(db: Database, tmp_path: Path) -> None:
    seed()
    export_file(tmp_path / "customers.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "customers.xlsx").active
    assert sheet.freeze_panes == "A2"
    widths = {
        title: sheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width
        for index, title in enumerate(SHOPCRM_HEADER, start=1)
    }
    assert widths["주소"] > widths["우편번호"] >= 9
    assert all(width >= 2 * len(title) for title, width in widths.items())


def test_the_extension_picks_the_workbook_whatever_its_case(db: Database, tmp_path: Path) -> None:
    seed()
    export_file(tmp_path / "CUSTOMERS.XLSX")
    assert (tmp_path / "CUSTOMERS.XLSX").read_bytes().startswith(b"PK")
    assert sheet_rows(tmp_path / "CUSTOMERS.XLSX")[1][1] == "김민수"


def test_masked_phones_and_consented_customers_only(db: Database, tmp_path: Path) -> None:
    seed()
    export_file(tmp_path / "masked.xlsx", mask_phones=True, consented_only=True)
    rows = sheet_rows(tmp_path / "masked.xlsx")
    assert [row[1] for row in rows[1:]] == ["김민수"]
    assert rows[1][2] == "010-****-5678"


def test_a_workbook_export_imports_back_into_an_empty_shop(db: Database, tmp_path: Path) -> None:
    seed()
    export_file(tmp_path / "customers.xlsx")
    Customer.delete().execute()
    report = import_file(tmp_path / "customers.xlsx", ImportOptions())
    assert (report.layout, report.created, report.problems) == ("shopcrm", 2, ())
    minsu = Customer.get(Customer.name == "김민수")
    assert (minsu.customer_no, minsu.postal_code, minsu.notes) == (
        1,
        "06236",
        "=1+1 는 수식이 아닙니다\n두 줄",
    )
    assert Customer.get(Customer.name == "이서연").notes == "@홍보 -할인 +적립 '따옴표"


def test_the_command_writes_a_workbook_and_refuses_an_encoding(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    people = "이름,휴대폰,우편번호\r\n김민수,010-1234-5678,06236\r\n"
    assert run("import", str(write(tmp_path / "list.csv", people)), "--db", str(db)).returncode == 0
    out = tmp_path / "고객목록.Xlsx"
    result = run("export", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert row_of(out, 1)["우편번호"] == "06236"
    refused = run("export", str(tmp_path / "x.xlsx"), "--encoding", "cp949", "--db", str(db))
    assert refused.returncode == 2
    assert "--encoding" in refused.stderr
    assert not (tmp_path / "x.xlsx").exists()
    purchases = run("export", str(tmp_path / "p.xlsx"), "--what", "purchases", "--db", str(db))
    assert purchases.returncode == 0, purchases.stderr
    assert sheet_rows(tmp_path / "p.xlsx")[0] == list(SHOPCRM_PURCHASES_HEADER)
