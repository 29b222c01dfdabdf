"""The import preview and the import agree, row by row, on who is the same customer."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import Database

from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import CustomerInput, create_customer
from shopcrm.db import close_database, open_database
from shopcrm.importing import ImportOptions, import_file, preview_import
from shopcrm.models import Customer
from tests.helpers.import_helpers import TODAY, excel_csv, run_import

HEADER = ["고객번호", "이름", "휴대폰", "생일", "음력여부"]
NAMES = ("김민수", "김 민수", "이서연")
PHONES = ("010-1111-2222", "01011112222", "010-3333-4444")


def test_a_birthday_without_a_year_and_one_with_it_are_one_customer_in_both(
    db: Database, tmp_path: Path
) -> None:
    path = excel_csv(
        tmp_path / "list.csv", [["이름", "생일"], ["김민수", "3월 7일"], ["김민수", "1985.3.7"]]
    )
    preview = preview_import(path, ImportOptions(today=TODAY))
    assert [row.status for row in preview.rows] == ["new", "repeat"]
    assert preview.rows[1].same_as_row == 2
    report = run_import(path)
    assert (report.created, report.updated + report.skipped) == (1, 1)


def test_a_row_without_a_phone_is_not_a_stored_customer_with_one(
    db: Database, tmp_path: Path
) -> None:
    minsu = create_customer(CustomerInput(name="김민수", phone="010-1234-5678"))
    add_anniversary(minsu, AnniversaryInput("birthday", 3, 7, 1985))
    path = excel_csv(tmp_path / "list.csv", [["이름", "생일"], ["김민수", "1985-03-07"]])
    assert [row.status for row in preview_import(path, ImportOptions(today=TODAY)).rows] == ["new"]
    assert run_import(path).created == 1


@st.composite
def birthdays(draw: st.DrawFn) -> tuple[str, str]:
    if draw(st.booleans()):
        return "", ""
    month, day = draw(st.sampled_from([(3, 7), (3, 8)]))
    year = draw(st.sampled_from([None, 1985, 1990]))
    text = (
        f"{month}월 {day}일"
        if year is None
        else draw(st.sampled_from([f"{year}.{month}.{day}", f"{year}-{month:02d}-{day:02d}"]))
    )
    return text, draw(st.sampled_from(["", "양력", "음력"]))


@st.composite
def people(draw: st.DrawFn) -> tuple[str, str, tuple[str, str]]:
    return (
        draw(st.sampled_from(NAMES)),
        draw(st.sampled_from(["", "", *PHONES])),
        draw(birthdays()),
    )


@st.composite
def files(draw: st.DrawFn) -> list[tuple[str, str, tuple[str, str]]]:
    rows = draw(st.lists(people(), min_size=1, max_size=8))
    repeats = draw(st.lists(st.integers(0, len(rows) - 1), max_size=4))
    return rows + [rows[index] for index in repeats]


def _store(person: tuple[str, str, tuple[str, str]]) -> None:
    name, phone, (birthday, calendar) = person
    if phone and Customer.select().where(Customer.phone == phone.replace("-", "")).exists():
        return
    customer_id = create_customer(CustomerInput(name=name, phone=phone or None))
    if birthday:
        month, day = (3, 7) if "7" in birthday.split(".")[-1].split("-")[-1] else (3, 8)
        parts = birthday.replace("-", ".").split(".")
        year = int(parts[0]) if len(parts) == 3 else None
        add_anniversary(
            customer_id, AnniversaryInput("birthday", month, day, year, calendar == "음력")
        )


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    rows=files(),
    stored=st.lists(people(), max_size=3),
    mode=st.sampled_from(["skip", "fill", "overwrite"]),
)
def test_the_preview_says_of_every_row_what_the_import_then_does(
    tmp_path: Path,
    rows: list[tuple[str, str, tuple[str, str]]],
    stored: list[tuple[str, str, tuple[str, str]]],
    mode: str,
) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        open_database(str(Path(folder) / "shop.db"))
        try:
            for person in stored:
                _store(person)
            table = [HEADER] + [
                [f"A{number}", name, phone, birthday, calendar]
                for number, (name, phone, (birthday, calendar)) in enumerate(rows, start=1)
            ]
            path = excel_csv(Path(folder) / "list.csv", table)
            options = ImportOptions(on_duplicate=mode, today=TODAY)
            preview = preview_import(path, options)
            status = {f"A{row.row - 1}": row.status for row in preview.rows}
            report = import_file(path, options)
            new = {number for number, said in status.items() if said == "new"}
            assert "rejected" not in status.values()
            assert report.created == len(new)
            assert report.updated + report.skipped == len(rows) - len(new)
            if mode != "overwrite":  # overwrite gives the first row the later rows' numbers
                created = Customer.select(Customer.former_no).where(
                    Customer.import_batch == report.batch_id
                )
                assert {row[0] for row in created.tuples()} == new
        finally:
            close_database()
