"""A second list of the same customers: a newer last visit moves the card's, an amount that
differs is a warning unless the file overwrites, and memos follow their own choice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from peewee import Database

from shopcrm.customers import CustomerInput, create_customer, get_customer
from shopcrm.importing import undo_batch
from shopcrm.importing.updating import merged_memo
from shopcrm.models import Customer, Purchase
from tests.helpers.import_helpers import excel_csv, run_import

HEADER = ["이름", "휴대폰", "최근방문일", "누적구매액", "메모"]
FIRST = [HEADER, ["김민수", "010-1234-5678", "2024-11-02", "30000", "단골"]]
SECOND = [HEADER, ["김민수", "010-1234-5678", "2024-11-20", "50000", "커피 원두 선호"]]


def minsu() -> Customer:
    return Customer.get(Customer.name == "김민수")


def import_both(tmp_path: Path, second: list[list[str]] = SECOND, **options: object) -> object:
    run_import(excel_csv(tmp_path / "first.csv", FIRST))
    return run_import(excel_csv(tmp_path / "second.csv", second), **options)


def test_fill_takes_a_newer_last_visit_and_the_second_files_memo(
    db: Database, tmp_path: Path
) -> None:
    report = import_both(tmp_path)
    card = get_customer(minsu().id)
    assert (report.updated, report.skipped) == (1, 0)  # type: ignore[attr-defined]
    assert card.last_visit_on == dt.date(2024, 11, 20)
    assert card.notes == "단골\n커피 원두 선호"
    assert Purchase.select().count() == 1  # still one opening balance, now dated on 11-20


def test_fill_keeps_the_cards_amount_and_warns_naming_the_row(db: Database, tmp_path: Path) -> None:
    report = import_both(tmp_path)
    assert get_customer(minsu().id).total_spent == 30000
    problems = [(p.row, p.code, p.fields) for p in report.problems]  # type: ignore[attr-defined]
    assert problems == [(2, "amount_differs", {"value": 50000, "card": 30000})]


def test_overwrite_takes_the_files_amount(db: Database, tmp_path: Path) -> None:
    report = import_both(tmp_path, on_duplicate="overwrite")
    card = get_customer(minsu().id)
    assert (card.total_spent, card.last_visit_on) == (50000, dt.date(2024, 11, 20))
    assert report.problems == ()  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", ["fill", "overwrite"])
def test_an_older_last_visit_never_moves_the_card_back(
    db: Database, tmp_path: Path, mode: str
) -> None:
    older = [HEADER, ["김민수", "010-1234-5678", "2024-10-01", "30000", ""]]
    import_both(tmp_path, older, on_duplicate=mode)
    assert get_customer(minsu().id).last_visit_on == dt.date(2024, 11, 2)


def test_skip_leaves_the_card_as_it_is_but_for_a_newer_visit(db: Database, tmp_path: Path) -> None:
    report = import_both(tmp_path, on_duplicate="skip")
    card = get_customer(minsu().id)
    assert (card.last_visit_on, card.notes, card.total_spent) == (
        dt.date(2024, 11, 20),
        "단골",
        30000,
    )
    assert report.problems == ()  # type: ignore[attr-defined]


def test_skip_of_an_older_visit_skips_the_row(db: Database, tmp_path: Path) -> None:
    older = [HEADER, ["김민수", "010-1234-5678", "2024-10-01", "50000", "커피 원두 선호"]]
    report = import_both(tmp_path, older, on_duplicate="skip")
    card = get_customer(minsu().id)
    assert (card.last_visit_on, card.notes) == (dt.date(2024, 11, 2), "단골")
    assert report.skipped_rows == (2,)  # type: ignore[attr-defined]


def test_undo_of_a_skip_puts_the_visit_back(db: Database, tmp_path: Path) -> None:
    report = import_both(tmp_path, on_duplicate="skip")
    undo_batch(report.batch_id)  # type: ignore[attr-defined]
    assert get_customer(minsu().id).last_visit_on == dt.date(2024, 11, 2)


def test_a_newer_visit_reaches_a_card_typed_in_the_shop(db: Database, tmp_path: Path) -> None:
    create_customer(CustomerInput(name="김민수", phone="01012345678"))
    run_import(excel_csv(tmp_path / "second.csv", SECOND))
    assert get_customer(minsu().id).last_visit_on == dt.date(2024, 11, 20)


@pytest.mark.parametrize(
    ("memo", "expected"),
    [("keep", "단골"), ("append", "단골\n커피 원두 선호"), ("replace", "커피 원두 선호")],
)
def test_the_memo_choice_decides_what_a_known_cards_memo_becomes(
    db: Database, tmp_path: Path, memo: str, expected: str
) -> None:
    import_both(tmp_path, memo=memo)
    assert get_customer(minsu().id).notes == expected


def test_append_does_not_repeat_a_memo_the_card_already_holds(db: Database, tmp_path: Path) -> None:
    again = [HEADER, ["김민수", "010-1234-5678", "", "", "단골"]]
    report = import_both(tmp_path, again)
    assert get_customer(minsu().id).notes == "단골"
    assert report.skipped_rows == (2,)  # type: ignore[attr-defined]


def test_rows_repeated_in_one_file_follow_the_same_rules(db: Database, tmp_path: Path) -> None:
    rows = [*FIRST, SECOND[1]]
    report = run_import(excel_csv(tmp_path / "twice.csv", rows))
    card = get_customer(minsu().id)
    assert (card.last_visit_on, card.total_spent) == (dt.date(2024, 11, 20), 30000)
    assert card.notes == "단골\n커피 원두 선호"
    assert [(p.row, p.code) for p in report.problems] == [(3, "amount_differs")]


def test_rows_repeated_in_one_file_keep_the_newest_visit_whatever_their_order(
    db: Database, tmp_path: Path
) -> None:
    rows = [HEADER, SECOND[1], FIRST[1]]
    run_import(excel_csv(tmp_path / "twice.csv", rows), on_duplicate="overwrite", memo="replace")
    card = get_customer(minsu().id)
    assert (card.last_visit_on, card.total_spent, card.notes) == (
        dt.date(2024, 11, 20),
        30000,
        "단골",
    )


def test_undo_puts_the_opening_balance_back_where_it_was(db: Database, tmp_path: Path) -> None:
    report = import_both(tmp_path, on_duplicate="overwrite")
    undo_batch(report.batch_id)  # type: ignore[attr-defined]
    card = get_customer(minsu().id)
    assert (card.last_visit_on, card.total_spent, card.notes) == (
        dt.date(2024, 11, 2),
        30000,
        "단골",
    )


@pytest.mark.parametrize(
    ("card", "new", "mode", "expected"),
    [
        (None, "새", "keep", "새"),
        ("옛", None, "replace", "옛"),
        ("옛 메모", "메모", "append", "옛 메모"),
        ("옛", "새", "append", "옛\n새"),
    ],
)
def test_the_memo_rule(card: str | None, new: str | None, mode: str, expected: str) -> None:
    assert merged_memo(card, new, mode) == expected


def test_the_amount_warning_names_the_row_and_says_how_to_take_the_files(
    db: Database, tmp_path: Path
) -> None:
    from shopcrm.vocabulary import KOREAN, describe_problem

    report = import_both(tmp_path)
    line = describe_problem(report.problems[0], KOREAN)  # type: ignore[attr-defined]
    assert line.startswith("2행: 누적구매액 50,000원이 이미 기록된 30,000원과 달라")
    assert "덮어쓰기(overwrite)" in line
