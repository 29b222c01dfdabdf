"""`shopcrm agenda`, driven through the real command on a small seeded shop."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import CustomerInput, create_customer
from shopcrm.db import close_database, open_database
from shopcrm.settings import ShopProfile, save_shop_profile
from tests.helpers.cli_helpers import run_cli

run = run_cli  # the real command; output decoded as UTF-8, line ends kept (CRLF in CSV, ICS)


HEADER = "date,kind,customer_no,name,phone,original_date,calendar,leap_month,age,label"


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("agenda") / "shop.db"
    open_database(str(path))
    save_shop_profile(ShopProfile(shop_name="달빛 베이커리"))
    minsu = create_customer(CustomerInput(name="김민수", phone="01012345678"))
    seoyeon = create_customer(CustomerInput(name="이서연", phone="0212345678"))
    jihun = create_customer(CustomerInput(name="박지훈"))
    add_anniversary(minsu, AnniversaryInput("birthday", 11, 15, 1985, is_lunar=True))
    add_anniversary(seoyeon, AnniversaryInput("wedding", 12, 23, 2016))
    add_anniversary(jihun, AnniversaryInput("birthday", 4, 8, 2020, True, True))
    add_anniversary(jihun, AnniversaryInput("custom", 1, 3, label="=첫 방문, 케이크"))
    close_database()
    return path


def agenda(
    shop: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run("agenda", "--db", str(shop), *args, env=env)


def test_csv_has_one_row_per_occurrence_in_the_range(shop_file: Path) -> None:
    result = agenda(shop_file, "--from", "2026-01-01", "--to", "2026-12-31", "--format", "csv")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == HEADER
    assert lines[1:] == [
        "2026-01-03,birthday,1,김민수,010-1234-5678,1985-11-15,lunar,0,40,",
        '2026-01-03,custom,3,박지훈,,--01-03,solar,0,,"\'=첫 방문, 케이크"',
        "2026-05-24,birthday,3,박지훈,,2020-04-08,lunar,1,6,",
        "2026-12-23,birthday,1,김민수,010-1234-5678,1985-11-15,lunar,0,41,",
        "2026-12-23,wedding,2,이서연,02-1234-5678,2016-12-23,solar,0,10,",
    ]
    assert result.stdout.endswith("\r\n")


def test_both_ends_are_included(shop_file: Path) -> None:
    result = agenda(shop_file, "--from", "2026-01-03", "--to", "2026-01-03", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3  # header and the two entries of that day


def test_kind_can_be_repeated(shop_file: Path) -> None:
    result = agenda(
        shop_file,
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--format",
        "csv",
        "--kind",
        "wedding",
        "--kind",
        "custom",
    )
    assert result.returncode == 0, result.stderr
    kinds = [row["kind"] for row in csv.DictReader(io.StringIO(result.stdout))]
    assert kinds == ["custom", "wedding"]


def test_the_table_is_the_default_and_reads_in_korean(shop_file: Path) -> None:
    result = agenda(shop_file, "--from", "2026-12-23", "--to", "2026-12-23")
    assert result.returncode == 0, result.stderr
    header, rule, *rows = result.stdout.splitlines()
    assert header.split()[:4] == ["날짜", "요일", "종류", "고객번호"]
    assert set(rule) <= {"-", " "}
    assert len(rows) == 2
    assert "(음) 1985년 11월 15일" in rows[0] and "만 41세" in rows[0] and "김민수" in rows[0]
    assert "결혼기념일" in rows[1] and "10주년" in rows[1] and "02-1234-5678" in rows[1]


def test_ics_has_one_all_day_event_per_occurrence(shop_file: Path) -> None:
    result = run(
        "agenda", "--db", str(shop_file), "--from", "2026-01-01", "--to", "2026-12-31",
        "--format", "ics",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    raw = result.stdout.encode("utf-8")
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    unfolded = result.stdout.replace("\r\n ", "").splitlines()
    starts = [line.split(":")[1] for line in unfolded if line.startswith("DTSTART")]
    assert starts == ["20260103", "20260103", "20260524", "20261223", "20261223"]
    assert "X-WR-CALNAME:달빛 베이커리 기념일" in unfolded
    assert "SUMMARY:김민수 고객님 생일 · 만 41세" in unfolded
    assert len({line for line in unfolded if line.startswith("UID:")}) == 5


def test_out_writes_a_file_that_excel_reads_as_utf8(shop_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "agenda.csv"
    result = agenda(
        shop_file,
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "--format",
        "csv",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "2건" in result.stderr and str(out) in result.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines()[0] == HEADER


def test_an_unwritable_out_file_is_a_usage_error(shop_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "no such folder" / "agenda.csv"
    result = agenda(shop_file, "--from", "2026-12-01", "--to", "2026-12-31", "--out", str(out))
    assert result.returncode == 2
    assert "파일에 쓸 수 없습니다" in result.stderr


def test_an_empty_range_is_fine(shop_file: Path) -> None:
    result = agenda(shop_file, "--from", "2026-02-01", "--to", "2026-02-10", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [HEADER]
    assert "기념일이 없습니다" in result.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--from", "2026-01-01"), "--to 날짜를"),
        (("--from", "2026-13-01", "--to", "2026-12-31"), "날짜가 아닙니다"),
        (("--from", "2026-12-31", "--to", "2026-01-01"), "보다 늦습니다"),
        (("--from", "2026-01-01", "--to", "2026-01-31", "--kind", "bday"), "알 수 없는 종류"),
        (("--from", "2026-01-01", "--to", "2026-01-31", "--format", "xlsx"), "알 수 없는 형식"),
        (("--from", "2050-12-01", "--to", "2051-01-31"), "2050-12-31까지"),
    ],
)
def test_usage_errors_exit_2_with_a_korean_message(
    shop_file: Path, args: tuple[str, ...], words: str
) -> None:
    result = agenda(shop_file, *args)
    assert result.returncode == 2
    assert words in result.stderr
    assert result.stdout == ""


def test_messages_are_english_when_asked(shop_file: Path) -> None:
    result = agenda(
        shop_file, "--from", "2026-12-31", "--to", "2026-01-01", env={"SHOPCRM_LANG": "en"}
    )
    assert result.returncode == 2
    assert "is after the --to date" in result.stderr


def test_the_agenda_command_never_loads_qt(shop_file: Path) -> None:
    code = (
        "import sys\n"
        "from shopcrm.cli import main\n"
        f"status = main(['agenda', '--db', {str(shop_file)!r}, '--from', '2026-01-01',"
        " '--to', '2026-01-31', '--format', 'ics'])\n"
        "assert status == 0, status\n"
        "qt = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ},
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
