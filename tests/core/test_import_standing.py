"""Imported regulars keep their standing: purchase and visit counts, first-purchase and joining
dates, and the old system's grade, read from a file other than ShopCRM's own export."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from peewee import Database

from shopcrm import ladder
from shopcrm.customers import get_customer
from shopcrm.exporting import export_file
from shopcrm.importing import undo_batch
from shopcrm.importing.mapping import SHOPCRM_HEADER, guess_mapping
from shopcrm.letters.values import customer_facts
from shopcrm.models import Anniversary, Customer
from tests.helpers.import_helpers import TODAY, excel_csv, run_import
from tests.helpers.shop_helpers import buy, customer

HEADER = [
    "이름",
    "휴대폰",
    "등급",
    "누적구매액",
    "최근방문일",
    "구매횟수",
    "방문횟수",
    "첫구매일",
    "가입일",
]
JANG = ["장동건", "010-2000-0000", "VIP", "2,000,000", "2023-12-24", "10", "14회", "2014-05-10"]


def import_rows(tmp_path: Path, *rows: list[str], header: list[str] = HEADER) -> int | None:
    padded = [[*row, *[""] * (len(header) - len(row))] for row in rows]
    report = run_import(excel_csv(tmp_path / "old.csv", [header, *padded]))
    return report.batch_id


def jang() -> Customer:
    return Customer.get(Customer.name == "장동건")


def anniversaries(customer_id: int) -> list[tuple[str, int, int, int | None]]:
    query = Anniversary.select(
        Anniversary.kind, Anniversary.month, Anniversary.day, Anniversary.year
    ).where(Anniversary.customer == customer_id)
    return [tuple(row) for row in query.tuples()]


def exported(tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "export.csv"
    export_file(path)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    return dict(zip(rows[0], rows[1], strict=True))


def test_the_columns_are_mapped_by_their_titles(db: Database) -> None:
    assert guess_mapping(["이름", "구매횟수", "방문횟수", "첫구매일", "가입일"]) == (
        "name",
        "purchase_count",
        "visit_count",
        "first_purchase",
        "joined",
    )


def test_shopcrms_own_export_keeps_its_derived_columns_ignored() -> None:
    mapping = dict(zip(SHOPCRM_HEADER, guess_mapping(SHOPCRM_HEADER), strict=True))
    assert (mapping["구매횟수"], mapping["첫구매일"], mapping["등록일"], mapping["등급"]) == (
        "",
        "",
        "",
        "",
    )


def test_an_opening_balance_is_not_a_first_purchase(db: Database, tmp_path: Path) -> None:
    import_rows(tmp_path, ["장동건", "010-2000-0000", "VIP", "2,000,000", "2023-12-24"])
    card = get_customer(jang().id)
    assert (card.total_spent, card.last_visit_on) == (2_000_000, dt.date(2023, 12, 24))
    assert card.first_purchase_on is None
    assert anniversaries(card.id) == []


def test_the_first_purchase_anniversary_comes_from_the_first_purchase_column(
    db: Database, tmp_path: Path
) -> None:
    import_rows(tmp_path, JANG)
    card = get_customer(jang().id)
    assert card.first_purchase_on == dt.date(2014, 5, 10)
    assert anniversaries(card.id) == [("first_purchase", 5, 10, 2014)]


def test_the_first_purchase_anniversary_follows_the_first_recorded_sale(
    db: Database, tmp_path: Path
) -> None:
    import_rows(tmp_path, ["장동건", "010-2000-0000", "VIP", "2,000,000", "2023-12-24"])
    buy(jang().id, 12_000, on=dt.date(2026, 11, 2))
    assert get_customer(jang().id).first_purchase_on == dt.date(2026, 11, 2)
    assert anniversaries(jang().id) == [("first_purchase", 11, 2, 2026)]


def test_the_joining_date_is_kept_and_is_not_a_purchase(db: Database, tmp_path: Path) -> None:
    import_rows(tmp_path, ["장동건", "010-2000-0000", "", "", "", "", "", "", "2012-03-01"])
    card = get_customer(jang().id)
    assert card.joined_on == dt.date(2012, 3, 1)
    assert (card.purchase_count, card.first_purchase_on, card.stage) == (0, None, "suspect")
    assert anniversaries(card.id) == []


def test_a_purchase_count_reaching_the_threshold_makes_her_a_regular(
    db: Database, tmp_path: Path
) -> None:
    import_rows(tmp_path, JANG)
    card = get_customer(jang().id)
    assert (card.stage, card.purchase_count, card.visit_days) == ("repeat", 10, 14)
    assert exported(tmp_path)["단계"] == "단골 (반복 구매)"


def test_one_purchase_on_the_old_system_is_still_a_first_time_buyer(
    db: Database, tmp_path: Path
) -> None:
    import_rows(tmp_path, ["장동건", "010-2000-0000", "", "50,000", "2026-10-01", "1"])
    assert get_customer(jang().id).stage == "first_time"


def test_the_imported_grade_is_shown_exported_and_used_by_letters(
    db: Database, tmp_path: Path
) -> None:
    import_rows(tmp_path, JANG)  # last visit 2023: outside the grade window
    card = get_customer(jang().id)
    assert (card.grade, card.grade_from_import, card.imported_grade) == ("vip", True, "VIP")
    assert exported(tmp_path)["등급"] == "VIP"
    assert customer_facts([card.id])[card.id].grade == "vip"


def test_a_grade_word_that_is_not_ours_is_only_kept(db: Database, tmp_path: Path) -> None:
    import_rows(tmp_path, ["장동건", "010-2000-0000", "다이아몬드", "2,000,000", "2023-12-24"])
    card = get_customer(jang().id)
    assert (card.grade, card.grade_from_import, card.imported_grade) == (
        "normal",
        False,
        "다이아몬드",
    )


def test_the_shops_own_sales_in_the_window_decide_the_grade(db: Database, tmp_path: Path) -> None:
    import_rows(tmp_path, JANG)
    buy(jang().id, 12_000, on=dt.date(2026, 11, 20))
    ladder.refresh_customer(jang().id, today=TODAY)
    card = get_customer(jang().id)
    assert (card.grade, card.grade_from_import) == ("normal", False)
    assert (card.stage, card.purchase_count) == ("repeat", 11)


def test_the_daily_grade_refresh_keeps_the_imported_grade(db: Database, tmp_path: Path) -> None:
    import_rows(tmp_path, JANG)
    assert ladder.refresh_grades(TODAY + dt.timedelta(days=400)) == 0
    assert (jang().grade, jang().grade_from_import) == ("vip", True)


def test_an_imported_regular_is_judged_against_the_shops_median_gap(
    db: Database, tmp_path: Path
) -> None:
    for name, gap in (("김민수", 10), ("이서연", 12), ("박지훈", 14)):
        regular = customer(name)
        for visit in range(4):
            buy(regular, 5_000, on=TODAY - dt.timedelta(days=gap * (4 - visit)))
        ladder.refresh_customer(regular, today=TODAY)
    away = TODAY - dt.timedelta(days=30)
    import_rows(
        tmp_path,
        ["장동건", "010-2000-0000", "VIP", "2,000,000", away.isoformat(), "10"],
        ["최지우", "010-3000-0000", "골드", "800,000", TODAY.isoformat(), "10"],
    )
    assert ladder.shop_usual_gap() == 12
    found = ladder.at_risk_customers(TODAY)
    assert [(c.name, c.usual_gap_days, c.days_away) for c in found] == [("장동건", 12, 30)]


def test_the_card_path_agrees_with_the_import(db: Database, tmp_path: Path) -> None:
    import_rows(
        tmp_path,
        JANG,
        ["최지우", "010-3000-0000", "골드", "800,000", "2026-10-01", "", "3", "", "2020-01-01"],
        ["한가인", "010-4000-0000", "", "", "2026-09-01", "2"],
    )
    before = stored()
    for customer_id in [row[0] for row in before]:
        ladder.refresh_customer(customer_id, today=TODAY)
    assert stored() == before


def test_a_second_file_brings_the_counts_to_a_known_customer_and_undo_takes_them_back(
    db: Database, tmp_path: Path
) -> None:
    import_rows(tmp_path, ["장동건", "010-2000-0000", "", "2,000,000", "2023-12-24"])
    assert jang().stage == "first_time"
    batch = import_rows(tmp_path, ["장동건", "010-2000-0000", "", "", "", "10", "", "2014-05-10"])
    assert (jang().stage, jang().purchase_count, jang().first_purchase_on) == (
        "repeat",
        10,
        dt.date(2014, 5, 10),
    )
    assert batch is not None
    undo_batch(batch)
    assert (jang().stage, jang().purchase_count, jang().first_purchase_on) == (
        "first_time",
        1,
        None,
    )
    assert anniversaries(jang().id) == []


def test_an_unreadable_count_is_left_out_with_a_warning(db: Database, tmp_path: Path) -> None:
    path = excel_csv(tmp_path / "old.csv", [HEADER, [*JANG[:5], "여러 번", "", "", ""]])
    report = run_import(path)
    assert [(p.row, p.column, p.code) for p in report.problems] == [
        (2, "구매횟수", "unreadable_count")
    ]
    assert get_customer(jang().id).purchase_count == 1


def stored() -> list[tuple[object, ...]]:
    query = Customer.select(
        Customer.id,
        Customer.stage,
        Customer.grade,
        Customer.grade_from_import,
        Customer.total_spent,
        Customer.purchase_count,
        Customer.visit_days,
        Customer.usual_gap_days,
        Customer.first_purchase_on,
        Customer.last_visit_on,
    ).order_by(Customer.id)
    return list(query.tuples())
