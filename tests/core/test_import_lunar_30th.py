"""A lunar birthday written as the 30th of a month that had only 29 days that year."""

from __future__ import annotations

from pathlib import Path

from peewee import Database

from shopcrm.vocabulary import KOREAN, describe_problem
from tests.helpers.import_helpers import birthdays, excel_csv, run_import


def test_a_lunar_30th_its_birth_month_lacked_is_kept_with_a_warning_naming_the_row(
    db: Database, tmp_path: Path
) -> None:
    rows = [
        ["이름", "휴대폰", "생일"],
        ["이서연", "010-2222-3333", "(음)1990.3.7"],
        ["박순자", "010-1967-0930", "음력 1967년 9월 30일"],
    ]
    report = run_import(excel_csv(tmp_path / "list.csv", rows))
    assert birthdays()["박순자"] == (1967, 9, 30, True, False)
    assert [(p.row, p.column, p.code, p.rejected) for p in report.problems] == [
        (3, "생일", "lunar_day_30_kept", False)
    ]
    assert describe_problem(report.problems[0], KOREAN).startswith(
        "3행 '생일' 열: 음력 1967년 9월에는 30일이 없습니다."
    )


def test_a_lunar_30th_that_exists_gives_no_warning(db: Database, tmp_path: Path) -> None:
    rows = [["이름", "생일"], ["김민수", "음력 2021년 9월 30일"]]
    report = run_import(excel_csv(tmp_path / "list.csv", rows))
    assert birthdays()["김민수"] == (2021, 9, 30, True, False)
    assert report.problems == ()
