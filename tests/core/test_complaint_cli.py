"""`shopcrm export FILE --what complaints`: one row per complaint, Korean words, Excel-safe,
as CSV or as a workbook; `--what customers` stays the default."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from peewee import Database

from shopcrm.complaints import (
    ComplaintIntake,
    RemedyInput,
    apologise,
    hear_complaint,
    receive_complaint,
    record_follow_up_done,
    resolve_complaint,
    set_follow_up,
    withdraw_complaint,
)
from shopcrm.customers import CustomerInput, create_customer
from shopcrm.db import close_database, open_database
from shopcrm.exporting import COMPLAINTS_HEADER, export_file
from shopcrm.importing.mapping import SHOPCRM_HEADER
from tests.helpers.cli_helpers import run_cli
from tests.helpers.complaint_cli_helpers import at, seed_complaint_shop

HEADER = [
    "번호",
    "고객번호",
    "이름",
    "접수일",
    "채널",
    "분류",
    "심각도",
    "상태",
    "사과한 사람",
    "해결",
    "보상액",
    "후속 조치일",
    "만족도",
    "30일 내 재방문",
]
TODAY = dt.date(2026, 12, 20)  # more than 30 days after the closed complaint of 11-06


def read_csv(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Korean Excel reads it as UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("complaint-export") / "shop.db"
    open_database(str(path))
    seed_complaint_shop()
    close_database()
    return path


def test_the_header_is_the_complaints_header() -> None:
    assert list(COMPLAINTS_HEADER) == HEADER


def test_the_csv_has_one_row_per_complaint_in_korean(shop_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "불만기록.csv"
    result = run_cli("export", str(out), "--what", "complaints", "--db", str(shop_file))
    assert result.returncode == 0, result.stderr
    assert "불만 기록 3건" in result.stderr
    data = out.read_bytes().decode("utf-8-sig")
    assert data.splitlines()[0] == ",".join(HEADER)
    rows = read_csv(out)
    assert [(row["이름"], row["상태"]) for row in rows] == [
        ("김민수", "해결"),
        ("이서연", "종결"),
        ("박지훈", "접수"),
    ]
    waiting = rows[0]
    assert {key: waiting[key] for key in HEADER if key not in ("번호", "해결")} == {
        "고객번호": "1",
        "이름": "김민수",
        "접수일": "2026-11-03",
        "채널": "매장에서",
        "분류": "대기 시간",
        "심각도": "보통",
        "상태": "해결",
        "사과한 사람": "박서연",
        "보상액": "8000",
        "후속 조치일": "2026-11-10",
        "만족도": "",
        "30일 내 재방문": "종결 전",
    }
    assert waiting["번호"].isdigit()
    assert "선물" in waiting["해결"] and "쿠키" in waiting["해결"] and "교통비" in waiting["해결"]
    assert rows[1]["만족도"] == "5" and rows[1]["심각도"] == "높음"
    assert rows[2]["사과한 사람"] == "" and rows[2]["해결"] == "" and rows[2]["보상액"] == "0"


def test_the_default_export_is_still_the_customers(shop_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "customers.csv"
    result = run_cli("export", str(out), "--db", str(shop_file))
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == list(SHOPCRM_HEADER)
    assert [row[1] for row in rows[1:]] == ["김민수", "이서연", "박지훈", "최유진"]


def test_the_workbook_has_dates_numbers_and_words(shop_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "불만기록.XLSX"
    result = run_cli("export", str(out), "--what", "complaints", "--db", str(shop_file))
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == HEADER
    first = dict(zip(HEADER, rows[1], strict=True))
    assert first["고객번호"] == "1"  # a number as on the card: text
    assert first["접수일"] == dt.datetime(2026, 11, 3)
    assert first["후속 조치일"] == dt.datetime(2026, 11, 10)
    assert first["보상액"] == 8000
    assert first["상태"] == "해결" and first["채널"] == "매장에서"
    assert dict(zip(HEADER, rows[2], strict=True))["만족도"] == 5


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (("--what", "complaints", "--encoding", "cp949"), 2),  # an encoding for a workbook
        (("--what", "grievances"), 2),
    ],
)
def test_usage_errors_exit_2(
    shop_file: Path, tmp_path: Path, args: tuple[str, ...], status: int
) -> None:
    out = tmp_path / "out.xlsx"
    result = run_cli("export", str(out), *args, "--db", str(shop_file))
    assert result.returncode == status
    assert not out.exists()


def test_a_file_that_cannot_be_written_exits_3(shop_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "no such folder" / "불만기록.csv"
    result = run_cli("export", str(out), "--what", "complaints", "--db", str(shop_file))
    assert result.returncode == 3
    assert not out.exists()


def test_an_empty_shop_gives_the_header_only(db: Database, tmp_path: Path) -> None:
    result = export_file(tmp_path / "none.csv", what="complaints")
    assert result.count == 0
    assert (tmp_path / "none.csv").read_bytes().decode("utf-8-sig").splitlines() == [
        ",".join(HEADER)
    ]


def test_every_state_has_its_korean_word(db: Database, tmp_path: Path) -> None:
    owner = seed_complaint_shop().owner  # 해결, 종결, 접수
    customer = create_customer(CustomerInput(name="정하늘"))

    def received(day: int) -> int:
        return receive_complaint(
            ComplaintIntake(customer, "counter", at(day, 9), "price"), at=at(day, 10)
        )

    heard = received(8)
    hear_complaint(heard, words="너무 비싸요.", at=at(8, 11))
    sorry = received(9)
    hear_complaint(sorry, words="너무 비싸요.", at=at(9, 11))
    apologise(sorry, staff_id=owner, in_person=True, at=at(9, 12))
    followed = received(10)
    hear_complaint(followed, words="너무 비싸요.", at=at(10, 11))
    apologise(followed, staff_id=owner, in_person=False, at=at(10, 12))
    resolve_complaint(followed, [RemedyInput("points", 500)], at=at(10, 13))
    set_follow_up(followed, dt.date(2026, 11, 12), at=at(10, 14))
    record_follow_up_done(followed, at=at(12, 10))
    withdrawn = received(11)
    withdraw_complaint(withdrawn, reason="착각이었어요", at=at(11, 12))

    export_file(tmp_path / "states.csv", what="complaints", today=TODAY)
    states = {row["상태"] for row in read_csv(tmp_path / "states.csv")}
    assert states == {"접수", "경청", "사과", "해결", "후속 조치", "종결", "철회"}


def test_came_back_and_formula_guard(db: Database, tmp_path: Path) -> None:
    shop = seed_complaint_shop()
    hacker = create_customer(CustomerInput(name="=HYPERLINK(1)"))
    receive_complaint(ComplaintIntake(hacker, "online_review", at(8, 9), "other"), at=at(8, 10))
    del shop
    export_file(tmp_path / "c.csv", what="complaints", today=TODAY)
    rows = read_csv(tmp_path / "c.csv")
    assert rows[1]["30일 내 재방문"] == "재방문 없음"  # closed 11-06, no visit by 12-06
    assert rows[3]["이름"] == "'=HYPERLINK(1)"
    assert rows[3]["채널"] == "온라인 리뷰"


def test_a_cp949_csv_for_old_excel(db: Database, tmp_path: Path) -> None:
    seed_complaint_shop()
    export_file(tmp_path / "old.csv", what="complaints", encoding="cp949", today=TODAY)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "old.csv").read_bytes().decode("cp949"))))
    assert [row["상태"] for row in rows] == ["해결", "종결", "접수"]
    assert "교통비 5,000원" in rows[0]["해결"]
