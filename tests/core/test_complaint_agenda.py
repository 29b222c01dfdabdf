"""Complaints' follow-ups on the agenda: `shopcrm agenda --kind followup` (table, CSV, ICS)
and the morning reminder; without `--kind` the agenda stays the anniversaries alone."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from peewee import Database

from shopcrm.agenda import FOLLOWUP, agenda_entries, due_reminders, reminders_to_show
from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.complaints import record_follow_up_done
from shopcrm.db import close_database, open_database
from tests.helpers.cli_helpers import run_cli
from tests.helpers.complaint_cli_helpers import FOLLOW_UP_ON, at, seed_complaint_shop

HEADER = "date,kind,customer_no,name,phone,original_date,calendar,leap_month,age,label"
FOLLOW_UP_ROW = "2026-11-10,followup,1,김민수,010-1234-5678,2026-11-03,solar,0,,대기 시간"
BIRTHDAY_ROW = "2026-11-20,birthday,2,이서연,02-1234-5678,1990-11-20,solar,0,36,"


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("complaint-agenda") / "shop.db"
    open_database(str(path))
    shop = seed_complaint_shop()
    add_anniversary(shop.seoyeon, AnniversaryInput("birthday", 11, 20, 1990))
    close_database()
    return path


def agenda(shop: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("agenda", "--db", str(shop), "--from", "2026-11-01", "--to", "2026-11-30", *args)


def test_followup_csv_has_the_follow_up_date_and_the_day_received(shop_file: Path) -> None:
    result = agenda(shop_file, "--kind", "followup", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [HEADER, FOLLOW_UP_ROW]
    assert result.stdout.endswith("\r\n")


def test_agenda_without_kind_lists_the_anniversaries_only(shop_file: Path) -> None:
    result = agenda(shop_file, "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [HEADER, BIRTHDAY_ROW]


def test_followup_and_birthday_together_come_by_date(shop_file: Path) -> None:
    result = agenda(shop_file, "--kind", "birthday", "--kind", "followup", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [HEADER, FOLLOW_UP_ROW, BIRTHDAY_ROW]


def test_followup_ics_has_one_all_day_event_named_for_the_complaint(shop_file: Path) -> None:
    result = agenda(shop_file, "--kind", "followup", "--format", "ics")
    assert result.returncode == 0, result.stderr
    raw = result.stdout.encode("utf-8")
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    unfolded = result.stdout.replace("\r\n ", "").splitlines()
    assert [line for line in unfolded if line.startswith("DTSTART")] == [
        "DTSTART;VALUE=DATE:20261110"
    ]
    assert "DTEND;VALUE=DATE:20261111" in unfolded
    assert "SUMMARY:김민수 고객님 후속 조치 (대기 시간)" in unfolded
    (uid,) = [line for line in unfolded if line.startswith("UID:")]
    assert uid.startswith("UID:followup-") and uid.endswith("-20261110@shopcrm")
    (description,) = [line for line in unfolded if line.startswith("DESCRIPTION:")]
    assert "불만 접수일 2026년 11월 3일" in description


def test_followup_table_reads_in_korean(shop_file: Path) -> None:
    result = agenda(shop_file, "--kind", "followup")
    assert result.returncode == 0, result.stderr
    _header, _rule, *rows = result.stdout.splitlines()
    assert len(rows) == 1
    assert "2026-11-10" in rows[0] and "후속 조치" in rows[0] and "대기 시간" in rows[0]
    assert "2026년 11월 3일" in rows[0]


def test_an_empty_followup_range_says_so(shop_file: Path) -> None:
    result = run_cli(
        "agenda", "--db", str(shop_file), "--from", "2026-12-01", "--to", "2026-12-31",
        "--kind", "followup", "--format", "csv",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [HEADER]
    assert "후속 조치도 없습니다" in result.stderr


def test_a_follow_up_done_leaves_the_agenda(db: Database) -> None:
    shop = seed_complaint_shop()
    november = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    (entry,) = agenda_entries(*november, [FOLLOWUP])
    assert (entry.date, entry.complaint_id, entry.label) == (
        FOLLOW_UP_ON,
        shop.waiting,
        "대기 시간",
    )
    record_follow_up_done(shop.waiting, note="전화 드림, 만족하심", at=at(10, 15))
    assert agenda_entries(*november, [FOLLOWUP]) == []


def test_the_morning_reminder_lists_due_and_overdue_follow_ups(db: Database) -> None:
    shop = seed_complaint_shop()
    add_anniversary(shop.seoyeon, AnniversaryInput("birthday", 11, 14, 1990))
    # On 11-12 the follow-up of 11-10 is overdue; the birthday of 11-14 is due within 7 days.
    due = due_reminders(dt.date(2026, 11, 12))
    assert [(entry.kind, entry.name, entry.date) for entry in due] == [
        ("followup", "김민수", FOLLOW_UP_ON),
        ("birthday", "이서연", dt.date(2026, 11, 14)),
    ]
    assert reminders_to_show(dt.date(2026, 11, 12)) == due
    record_follow_up_done(shop.waiting, at=at(12, 9))
    assert [entry.kind for entry in due_reminders(dt.date(2026, 11, 12))] == ["birthday"]


def test_the_morning_reminder_leaves_out_follow_ups_beyond_its_days(db: Database) -> None:
    seed_complaint_shop()
    assert due_reminders(dt.date(2026, 11, 1)) == []  # 11-10 is 9 days ahead, the window 7
    assert [entry.kind for entry in due_reminders(dt.date(2026, 11, 3))] == ["followup"]
