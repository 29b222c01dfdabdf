"""Exports that Korean Excel opens correctly and safely, and that import back losslessly."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from peewee import Database

from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import CustomerInput, create_customer, set_customer_tags
from shopcrm.exporting import anniversary_text, export_file, guard_formula
from shopcrm.importing import ExportRefused
from shopcrm.importing.mapping import SHOPCRM_HEADER, SHOPCRM_PURCHASES_HEADER
from shopcrm.models import Customer
from shopcrm.purchases import PurchaseLine, record_purchase, refund_purchase
from shopcrm.referrals import record_referral
from shopcrm.staff import add_staff


def read_rows(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode(encoding), newline="")))


def seed() -> tuple[int, int]:
    staff = add_staff("박실장")
    minsu = create_customer(
        CustomerInput(
            name="김민수",
            phone="01012345678",
            email="minsu@example.com",
            postal_code="06236",
            address="서울시 강남구 역삼로 1",
            gender="male",
            interests="소금빵, 커피",
            notes="=1+1 는 수식이 아닙니다\n두 줄",
            marketing_consent=True,
            consent_channel="message",
            staff_id=staff,
            former_no="A-17",
        ),
        today=dt.date(2024, 5, 1),
    )
    set_customer_tags(minsu, ["단골", "VIP"])
    add_anniversary(minsu, AnniversaryInput("birthday", 10, 5, 1984, True, True))
    add_anniversary(minsu, AnniversaryInput("wedding", 3, 7, None))
    add_anniversary(minsu, AnniversaryInput("custom", 9, 1, 2020, label="개업일"))
    seoyeon = create_customer(CustomerInput(name="이서연", notes="@홍보 -할인 +적립 '따옴표"))
    record_referral(minsu, seoyeon)
    return minsu, seoyeon


def test_the_export_opens_in_korean_excel(db: Database, tmp_path: Path) -> None:
    seed()
    result = export_file(tmp_path / "customers.csv")
    raw = (tmp_path / "customers.csv").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in raw
    rows = read_rows(tmp_path / "customers.csv")
    assert result.count == 2
    assert rows[0] == list(SHOPCRM_HEADER)
    assert rows[0][:2] == ["고객번호", "이름"]
    minsu = dict(zip(rows[0], rows[1], strict=True))
    assert minsu["휴대폰"] == "010-1234-5678"
    assert minsu["생일"] == "(음,윤)1984-10-05"
    assert minsu["결혼기념일"] == "3월 7일"
    assert minsu["기타기념일"] == "개업일: 2020-09-01"
    assert minsu["태그"] == "VIP, 단골"
    assert (minsu["마케팅동의"], minsu["동의일자"], minsu["동의경로"]) == (
        "Y",
        "2024-05-01",
        "문자",
    )
    assert (minsu["담당자"], minsu["이전고객번호"], minsu["성별"]) == ("박실장", "A-17", "남성")
    seoyeon = dict(zip(rows[0], rows[2], strict=True))
    assert seoyeon["추천인"] == "김민수(1)"


def test_cells_that_excel_would_run_are_guarded(db: Database, tmp_path: Path) -> None:
    seed()
    export_file(tmp_path / "customers.csv")
    rows = read_rows(tmp_path / "customers.csv")
    assert rows[1][SHOPCRM_HEADER.index("메모")] == "'=1+1 는 수식이 아닙니다\n두 줄"
    assert rows[2][SHOPCRM_HEADER.index("메모")] == "'@홍보 -할인 +적립 '따옴표"
    for start in ("=", "+", "-", "@", "\t", "\r", "'"):
        assert guard_formula(start + "x") == "'" + start + "x"
    assert guard_formula("-5000") == "-5000"
    assert guard_formula("김민수") == "김민수"


def test_cp949_export_for_old_excel(db: Database, tmp_path: Path) -> None:
    seed()
    export_file(tmp_path / "old.csv", encoding="cp949")
    raw = (tmp_path / "old.csv").read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    assert read_rows(tmp_path / "old.csv", "cp949")[1][1] == "김민수"


def test_a_character_cp949_cannot_hold_is_refused_with_its_row(
    db: Database, tmp_path: Path
) -> None:
    create_customer(CustomerInput(name="김민수"))
    create_customer(CustomerInput(name="이서연", notes="생일 축하 🎂"))
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ExportRefused) as caught:
        export_file(folder / "old.csv", encoding="cp949")
    assert caught.value.code == "cp949_unencodable"
    assert caught.value.fields == {"row": 3, "column": "메모", "char": "🎂"}
    assert list(folder.iterdir()) == []


def test_an_empty_shop_gives_a_header_only_file(db: Database, tmp_path: Path) -> None:
    result = export_file(tmp_path / "empty.csv")
    assert result.count == 0
    assert read_rows(tmp_path / "empty.csv") == [list(SHOPCRM_HEADER)]


def test_masked_phones_and_consented_customers_only(db: Database, tmp_path: Path) -> None:
    seed()
    export_file(tmp_path / "masked.csv", mask_phones=True, consented_only=True)
    rows = read_rows(tmp_path / "masked.csv")
    assert [row[1] for row in rows[1:]] == ["김민수"]
    assert rows[1][2] == "010-****-5678"


def test_only_the_given_customers(db: Database, tmp_path: Path) -> None:
    _, seoyeon = seed()
    export_file(tmp_path / "some.csv", customer_ids=[seoyeon])
    assert [row[1] for row in read_rows(tmp_path / "some.csv")[1:]] == ["이서연"]


def test_purchases_export(db: Database, tmp_path: Path) -> None:
    minsu, _ = seed()
    sale = record_purchase(
        minsu,
        [PurchaseLine("소금빵", 3000, 2), PurchaseLine("커피", 4500)],
        purchased_on=dt.date(2026, 11, 1),
        payment_method="card",
    )
    refund_purchase(sale, 3000, refunded_on=dt.date(2026, 11, 2))
    result = export_file(tmp_path / "purchases.csv", what="purchases")
    rows = read_rows(tmp_path / "purchases.csv")
    assert result.count == 2
    assert rows[0] == list(SHOPCRM_PURCHASES_HEADER)
    assert rows[1][:8] == [
        "1",
        "김민수",
        "2026-11-01",
        "판매",
        "10500",
        "소금빵 ×2, 커피",
        "카드",
        "315",
    ]
    assert rows[2][3:5] == ["환불", "-3000"]


def test_a_file_that_cannot_be_written_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportRefused) as caught:
        export_file(tmp_path / "missing" / "folder" / "customers.csv")
    assert caught.value.code == "export_not_writable"


def test_an_export_imports_back_into_an_empty_shop(db: Database, tmp_path: Path) -> None:
    from shopcrm.importing import ImportOptions, import_file

    seed()
    export_file(tmp_path / "customers.csv")
    Customer.delete().execute()
    report = import_file(tmp_path / "customers.csv", ImportOptions())
    assert (report.layout, report.created, report.problems) == ("shopcrm", 2, ())
    minsu = Customer.get(Customer.name == "김민수")
    assert (minsu.customer_no, minsu.notes, minsu.former_no) == (
        1,
        "=1+1 는 수식이 아닙니다\n두 줄",
        "A-17",
    )
    assert Customer.get(Customer.name == "이서연").notes == "@홍보 -할인 +적립 '따옴표"
    assert anniversary_text(10, 5, 1984, True, True) == "(음,윤)1984-10-05"
