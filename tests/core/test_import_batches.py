"""Importing as one batch: duplicates, opening balances, referrals, all-or-nothing, undo."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from peewee import Database

from shopcrm import ladder
from shopcrm.anniversaries import AnniversaryInput, add_anniversary, sync_first_purchase_anniversary
from shopcrm.customers import (
    CustomerInput,
    create_customer,
    customer_input_from,
    customer_tags,
    get_customer,
    set_customer_tags,
    update_customer,
)
from shopcrm.errors import ValidationError
from shopcrm.importing import (
    ImportCancelled,
    ImportOptions,
    ImportRefused,
    UndoRefused,
    customers_with_activity,
    import_file,
    inspect_file,
    list_batches,
    preview_import,
    undo_batch,
)
from shopcrm.models import (
    Anniversary,
    AnniversaryOccurrence,
    Customer,
    ImportBatch,
    PointEntry,
    Purchase,
    Referral,
    SearchToken,
    Staff,
)
from shopcrm.occurrences import ensure_range
from shopcrm.purchases import PurchaseLine, record_purchase
from shopcrm.referrals import record_referral
from shopcrm.search import search_customer_ids
from shopcrm.visits import record_visit
from tests.helpers.import_helpers import (
    TODAY,
    birthdays,
    database_is_empty,
    excel_csv,
    names,
    people,
    run_import,
)


def snapshot() -> dict[str, object]:
    """Everything an import or an undo may touch, comparable before and after."""
    return {
        "customers": sorted(
            Customer.select(
                Customer.id,
                Customer.customer_no,
                Customer.name,
                Customer.phone,
                Customer.email,
                Customer.notes,
                Customer.stage,
                Customer.points,
                Customer.total_spent,
                Customer.last_visit_on,
                Customer.marketing_consent,
                Customer.staff,
            ).tuples()
        ),
        "anniversaries": sorted(
            Anniversary.select(
                Anniversary.customer, Anniversary.kind, Anniversary.month, Anniversary.day
            ).tuples()
        ),
        "purchases": sorted(Purchase.select(Purchase.customer, Purchase.amount).tuples()),
        "points": sorted(PointEntry.select(PointEntry.customer, PointEntry.points).tuples()),
        "referrals": sorted(Referral.select(Referral.referrer, Referral.referred).tuples()),
        "tags": {c.id: customer_tags(c.id) for c in Customer.select()},
        "tokens": SearchToken.select().count(),
    }


LIST = [
    ["이름", "휴대폰", "생일", "이메일", "메모", "태그"],
    ["김민수", "010-1234-5678", "1985-03-07", "minsu@example.com", "새 메모", "단골"],
    ["이서연", "", "1990-03-07", "", "전화 없음", ""],
]


def existing_minsu() -> int:
    return create_customer(
        CustomerInput(name="김민수", phone="01012345678", notes="원래 메모", email=None)
    )


# --- duplicates -----------------------------------------------------------------------------


def test_fill_only_fills_empty_fields_of_a_known_customer(db: Database, tmp_path: Path) -> None:
    minsu = existing_minsu()
    report = run_import(excel_csv(tmp_path / "list.csv", LIST))
    assert (report.created, report.updated) == (1, 1)
    card = get_customer(minsu)
    # the memo follows --memo (default append), not the duplicate mode
    assert (card.email, card.notes) == ("minsu@example.com", "원래 메모\n새 메모")
    assert customer_tags(minsu) == ["단골"]
    assert birthdays()["김민수"] == (1985, 3, 7, False, False)


def test_overwrite_replaces_fields_with_the_files_values(db: Database, tmp_path: Path) -> None:
    minsu = create_customer(
        CustomerInput(name="김민수", phone="01012345678", email="old@example.com")
    )
    run_import(excel_csv(tmp_path / "list.csv", LIST), on_duplicate="overwrite")
    assert get_customer(minsu).email == "minsu@example.com"


def test_skip_leaves_a_known_customer_alone(db: Database, tmp_path: Path) -> None:
    minsu = existing_minsu()
    before = get_customer(minsu)
    report = run_import(excel_csv(tmp_path / "list.csv", LIST), on_duplicate="skip")
    assert (report.created, report.updated, report.skipped) == (1, 0, 1)
    assert get_customer(minsu) == before


def test_without_a_phone_the_same_name_and_birthday_is_the_same_customer(
    db: Database, tmp_path: Path
) -> None:
    seoyeon = create_customer(CustomerInput(name="이서연"))
    add_anniversary(seoyeon, AnniversaryInput("birthday", 3, 7, 1990))
    report = run_import(excel_csv(tmp_path / "list.csv", LIST))
    assert report.created == 1
    assert get_customer(seoyeon).notes == "전화 없음"


def test_a_customer_repeated_in_the_file_is_one_customer(db: Database, tmp_path: Path) -> None:
    rows = [
        ["이름", "휴대폰", "이메일", "메모"],
        ["김민수", "010-1234-5678", "", "첫 줄"],
        ["김민수", "01012345678", "minsu@example.com", "둘째 줄"],
        ["이서연", "010-2222-3333", "", ""],
    ]
    report = run_import(excel_csv(tmp_path / "twice.csv", rows))
    assert (report.created, report.updated) == (2, 1)
    assert people()[0] == ("김민수", "01012345678", "minsu@example.com", "첫 줄\n둘째 줄")


def test_a_repeat_in_a_later_chunk_finds_the_customer_just_written(
    db: Database, tmp_path: Path
) -> None:
    rows = [["이름", "휴대폰", "메모"]]
    rows += [[f"고객{n}", f"010-5{n:03d}-{n:04d}", ""] for n in range(1200)]
    rows += [["고객0", "010-5000-0000", "나중에 온 메모"]]
    report = run_import(excel_csv(tmp_path / "long.csv", rows))
    assert (report.created, report.updated) == (1200, 1)
    assert Customer.get(Customer.name == "고객0").notes == "나중에 온 메모"


# --- what the rows carry ----------------------------------------------------------------------


def test_opening_balance_grade_label_and_former_number(db: Database, tmp_path: Path) -> None:
    rows = [
        ["고객번호", "이름", "휴대폰", "등급", "누적구매액", "최근방문일", "포인트", "단계"],
        ["A-17", "김민수", "010-1234-5678", "골드", "123만원", "2026-10-01", "1,500", "VIP"],
    ]
    run_import(excel_csv(tmp_path / "old.csv", rows))
    card = get_customer(Customer.get().id)
    assert (card.former_no, card.imported_grade) == ("A-17", "골드")
    assert (card.total_spent, card.points, card.last_visit_on) == (
        1_230_000,
        1_500,
        dt.date(2026, 10, 1),
    )
    assert card.stage == "first_time" and card.grade == "vip"
    assert search_customer_ids("A-17") == [card.id]


def test_the_bulk_path_stores_exactly_what_the_rules_compute(db: Database, tmp_path: Path) -> None:
    rows = [["이름", "휴대폰", "누적구매액", "최근방문일", "포인트", "생일"]]
    rows += [
        ["큰손", "010-1000-0001", "5000000", "2026-11-01", "3000", "(음)1970.1.1"],
        ["옛손님", "010-1000-0002", "900000", "2020-01-05", "", ""],
        ["방문만", "010-1000-0003", "", "2026-06-01", "", ""],
        ["포인트만", "010-1000-0004", "", "", "700", ""],
        ["새손님", "010-1000-0005", "", "", "", "3월 7일"],
    ]
    ensure_range(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    run_import(excel_csv(tmp_path / "bulk.csv", rows), today=TODAY)
    columns = (
        Customer.stage,
        Customer.grade,
        Customer.points,
        Customer.total_spent,
        Customer.purchase_count,
        Customer.visit_days,
        Customer.usual_gap_days,
        Customer.first_purchase_on,
        Customer.last_visit_on,
    )
    stored = list(Customer.select(Customer.id, *columns).order_by(Customer.id).tuples())
    occurrences = AnniversaryOccurrence.select().count()
    assert occurrences > 0
    for customer_id, *_ in stored:
        ladder.refresh_customer(customer_id, today=TODAY)
        sync_first_purchase_anniversary(customer_id)
    assert list(Customer.select(Customer.id, *columns).order_by(Customer.id).tuples()) == stored
    assert AnniversaryOccurrence.select().count() == occurrences
    assert [c.stage for c in Customer.select().order_by(Customer.id)] == [
        "first_time",
        "first_time",
        "prospect",
        "suspect",
        "suspect",
    ]


def test_staff_are_matched_by_name_and_new_names_added(db: Database, tmp_path: Path) -> None:
    Staff.create(name="박실장")
    rows = [["이름", "담당자"], ["김민수", "박실장"], ["이서연", "최원장"]]
    report = run_import(excel_csv(tmp_path / "staff.csv", rows))
    assert report.staff_created == ("최원장",)
    assert sorted(get_customer(c.id).staff_name or "" for c in Customer.select()) == [
        "박실장",
        "최원장",
    ]


def test_consent_with_its_date_and_channel(db: Database, tmp_path: Path) -> None:
    rows = [
        ["이름", "마케팅동의", "동의일자", "동의경로"],
        ["김민수", "Y", "2024-05-01", "문자"],
        ["이서연", "동의", "", ""],
        ["박지훈", "N", "2024-05-01", "문자"],
    ]
    run_import(excel_csv(tmp_path / "consent.csv", rows))
    consent = {
        c.name: (c.marketing_consent, c.consent_on, c.consent_channel) for c in Customer.select()
    }
    assert consent == {
        "김민수": (True, dt.date(2024, 5, 1), "message"),
        "이서연": (True, TODAY, "import"),
        "박지훈": (False, None, None),
    }


def test_referrers_are_found_every_way_the_issue_lists(db: Database, tmp_path: Path) -> None:
    create_customer(CustomerInput(name="최원장", phone="010-7777-0000"))
    rows = [
        ["고객번호", "이름", "휴대폰", "추천인", "누적구매액"],
        ["1", "김민수", "010-1111-0001", "", "50000"],
        ["2", "이서연", "010-1111-0002", "010-1111-0001", "30000"],
        ["3", "박지훈", "010-1111-0003", "김민수(010-1111-0001)", ""],
        ["4", "최유리", "010-1111-0004", "2", ""],
        ["5", "정하나", "010-1111-0005", "최원장", ""],
        ["6", "한두리", "010-1111-0006", "모르는사람", ""],
        ["7", "오세영", "010-1111-0007", "7", ""],
        ["8", "윤나래", "010-1111-0008", "9", ""],
        ["9", "강나중", "010-1111-0009", "", ""],
    ]
    report = run_import(excel_csv(tmp_path / "ref.csv", rows))
    pairs = {
        (Customer.get_by_id(r.referrer_id).name, Customer.get_by_id(r.referred_id).name)
        for r in Referral.select()
    }
    assert pairs == {
        ("김민수", "이서연"),
        ("김민수", "박지훈"),
        ("이서연", "최유리"),
        ("최원장", "정하나"),
        ("강나중", "윤나래"),
    }
    assert [(p.row, p.column, p.code) for p in report.problems] == [
        (7, "추천인", "referrer_not_found"),
        (8, "추천인", "self_referral"),
    ]
    assert Customer.get(Customer.name == "김민수").stage == "advocate"
    rewarded = Referral.get(Referral.referred == Customer.get(Customer.name == "이서연").id)
    assert rewarded.rewarded_at is not None
    assert PointEntry.select().where(PointEntry.kind == "referral_reward").count() == 0


def test_a_saved_mapping_is_reused_for_the_same_header(db: Database, tmp_path: Path) -> None:
    rows = [["성함", "폰", "비고"], ["김민수", "010-1234-5678", "메모"]]
    path = excel_csv(tmp_path / "odd.csv", rows)
    assert inspect_file(path).mapping == ("name", "", "notes")
    run_import(path, mapping=("name", "phone", "notes"))
    assert inspect_file(path).mapping == ("name", "phone", "notes")


def test_a_mapping_by_header_name(db: Database, tmp_path: Path) -> None:
    from shopcrm.importing.mapping import load_mapping_file

    rows = [["손님", "폰", "비고"], ["김민수", "010-1234-5678", "메모"]]
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"손님": "name", "폰": "phone", "비고": None}), "utf-8")
    run_import(excel_csv(tmp_path / "odd.csv", rows), mapping_by_name=load_mapping_file(mapping))
    assert people() == [("김민수", "01012345678", None, None)]


def test_a_mapping_file_naming_an_unknown_field_is_refused(tmp_path: Path) -> None:
    from shopcrm.importing.mapping import load_mapping_file

    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"손님": "nickname"}), "utf-8")
    with pytest.raises(ImportRefused) as caught:
        load_mapping_file(mapping)
    assert caught.value.code == "unknown_field"


# --- all or nothing ---------------------------------------------------------------------------


def test_a_dry_run_reports_everything_and_stores_nothing(db: Database, tmp_path: Path) -> None:
    report = run_import(excel_csv(tmp_path / "list.csv", LIST), dry_run=True)
    assert (report.created, report.batch_id, report.dry_run) == (2, None, True)
    assert database_is_empty()


def test_cancel_leaves_the_database_exactly_as_before(db: Database, tmp_path: Path) -> None:
    existing_minsu()
    before = snapshot()
    rows = [["이름", "휴대폰"]] + [[f"고객{n}", f"010-6{n:03d}-{n:04d}"] for n in range(2500)]
    path = excel_csv(tmp_path / "big.csv", rows)
    polls = []

    def cancel() -> bool:
        polls.append(1)
        return len(polls) > 6

    with pytest.raises(ImportCancelled):
        import_file(path, ImportOptions(today=TODAY), cancel=cancel)
    assert snapshot() == before
    assert ImportBatch.select().count() == 0
    assert not (tmp_path / "big.rejected.csv").exists()


def test_an_error_in_the_middle_rolls_everything_back(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shopcrm.importing import store

    existing_minsu()
    before = snapshot()
    rows = [["이름", "휴대폰"]] + [[f"고객{n}", f"010-6{n:03d}-{n:04d}"] for n in range(2500)]
    calls = []
    original = store.BatchWriter._insert

    def failing(self: store.BatchWriter, records: list[object]) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        original(self, records)  # type: ignore[arg-type]

    monkeypatch.setattr(store.BatchWriter, "_insert", failing)
    with pytest.raises(RuntimeError):
        run_import(excel_csv(tmp_path / "big.csv", rows))
    assert snapshot() == before


def test_progress_is_reported_up_to_the_end(db: Database, tmp_path: Path) -> None:
    rows = [["이름"]] + [[f"고객{n}"] for n in range(600)]
    seen: list[tuple[int, int]] = []
    import_file(excel_csv(tmp_path / "p.csv", rows), progress=lambda d, t: seen.append((d, t)))
    assert len(seen) >= 3
    assert seen[-1][0] == seen[-1][1] > 0
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


# --- batches and undo -------------------------------------------------------------------------


def test_batches_are_listed_newest_first(db: Database, tmp_path: Path) -> None:
    first = run_import(excel_csv(tmp_path / "a.csv", LIST))
    second = run_import(excel_csv(tmp_path / "b.csv", [["이름"], ["박지훈"]]))
    listed = list_batches()
    assert [b.id for b in listed] == [second.batch_id, first.batch_id]
    assert (listed[1].file_name, listed[1].created, listed[1].total_rows) == ("a.csv", 2, 2)


def test_undo_removes_created_and_restores_updated_customers(db: Database, tmp_path: Path) -> None:
    minsu = existing_minsu()
    set_customer_tags(minsu, ["원래"])
    before = snapshot()
    rows = LIST + [["박지훈", "010-3333-4444", "", "", "", ""]]
    rows[1] = [*rows[1][:5], "단골"]
    report = run_import(
        excel_csv(tmp_path / "list.csv", [*rows, ["정하나", "", "", "", "", ""]]),
        on_duplicate="overwrite",
    )
    assert report.batch_id is not None
    assert get_customer(minsu).notes == "원래 메모\n새 메모"
    result = undo_batch(report.batch_id)
    assert (result.removed, result.restored) == (3, 1)
    assert snapshot() == before
    assert list_batches()[0].undone_at is not None
    with pytest.raises(UndoRefused) as caught:
        undo_batch(report.batch_id)
    assert caught.value.code == "batch_already_undone"


def test_undo_removes_opening_balances_and_referrals_it_added(db: Database, tmp_path: Path) -> None:
    minsu = existing_minsu()
    before = snapshot()
    rows = [
        ["이름", "휴대폰", "누적구매액", "추천인", "생일"],
        ["김민수", "010-1234-5678", "300000", "", "1985-03-07"],
        ["이서연", "010-2222-3333", "10000", "010-1234-5678", ""],
    ]
    report = run_import(excel_csv(tmp_path / "ob.csv", rows))
    assert get_customer(minsu).stage == "advocate"
    assert report.batch_id is not None
    undo_batch(report.batch_id)
    assert snapshot() == before
    assert get_customer(minsu).stage == "suspect"


def test_undo_is_refused_when_a_customer_had_activity_since(db: Database, tmp_path: Path) -> None:
    report = run_import(excel_csv(tmp_path / "list.csv", LIST))
    assert report.batch_id is not None
    minsu = Customer.get(Customer.name == "김민수").id
    record_purchase(minsu, [PurchaseLine("소금빵", 4000)])
    before = snapshot()
    with pytest.raises(UndoRefused) as caught:
        undo_batch(report.batch_id)
    assert caught.value.code == "undo_has_activity"
    assert caught.value.fields["count"] == 1
    assert snapshot() == before
    assert list_batches()[0].undone_at is None


@pytest.mark.parametrize("activity", ["visit", "edit", "anniversary"])
def test_every_kind_of_activity_blocks_the_undo(
    db: Database, tmp_path: Path, activity: str
) -> None:
    report = run_import(excel_csv(tmp_path / "list.csv", LIST))
    assert report.batch_id is not None
    seoyeon = Customer.get(Customer.name == "이서연").id
    if activity == "visit":
        record_visit(seoyeon)
    elif activity == "edit":
        card = customer_input_from(get_customer(seoyeon))
        update_customer(seoyeon, card.__class__(**{**card.__dict__, "notes": "바뀜"}))
    else:
        add_anniversary(seoyeon, AnniversaryInput("wedding", 5, 5, 2015))
    assert customers_with_activity(report.batch_id) == [get_customer(seoyeon).customer_no]


# --- preview ----------------------------------------------------------------------------------


def test_the_preview_shows_rows_as_stored_with_matches_side_by_side(
    db: Database, tmp_path: Path
) -> None:
    existing_minsu()
    rows = [*LIST, ["", "010-9", "", "", "", ""], ["이서연", "", "1990-03-07", "", "", ""]]
    preview = preview_import(excel_csv(tmp_path / "list.csv", rows), ImportOptions(today=TODAY))
    assert [row.status for row in preview.rows] == ["duplicate", "new", "rejected", "repeat"]
    match = preview.rows[0]
    assert match.values["phone"] == match.match_values["phone"] == "010-1234-5678"  # type: ignore[index]
    assert (match.values["notes"], match.match_values["notes"]) == ("새 메모", "원래 메모")  # type: ignore[index]
    assert preview.rows[1].values["birthday"] == "1990년 3월 7일"
    assert preview.rows[3].same_as_row == 3
    assert database_is_empty() is False and ImportBatch.select().count() == 0


def test_names_kept_by_import_are_searchable(db: Database, tmp_path: Path) -> None:
    run_import(excel_csv(tmp_path / "list.csv", LIST))
    assert search_customer_ids("민수") == [Customer.get(Customer.name == "김민수").id]
    assert search_customer_ids("단골") == [Customer.get(Customer.name == "김민수").id]
    assert names() == ["김민수", "이서연"]


def test_undo_restores_a_customer_changed_twice_in_one_file(db: Database, tmp_path: Path) -> None:
    run_import(
        excel_csv(
            tmp_path / "first.csv",
            [["이름", "휴대폰", "메모"], ["김민수", "010-1234-5678", "원래 메모"]],
        )
    )
    second = run_import(
        excel_csv(
            tmp_path / "second.csv",
            [
                ["이름", "휴대폰", "이메일", "메모"],
                ["김민수", "010-1234-5678", "kim@example.com", "새 메모"],
                ["김민수", "01012345678", "x@example.kr", "또 새 메모"],
            ],
        ),
        on_duplicate="overwrite",
    )
    undo_batch(second.batch_id)
    assert people() == [("김민수", "01012345678", None, "원래 메모")]


def test_an_undone_later_import_does_not_block_undoing_an_earlier_one(
    db: Database, tmp_path: Path
) -> None:
    first = run_import(
        excel_csv(tmp_path / "first.csv", [["이름", "휴대폰"], ["김민수", "010-1234-5678"]])
    )
    second = run_import(
        excel_csv(
            tmp_path / "second.csv",
            [["이름", "휴대폰", "메모"], ["김민수", "010-1234-5678", "단골"]],
        )
    )
    undo_batch(second.batch_id)
    assert customers_with_activity(first.batch_id) == []
    undo_batch(first.batch_id)
    assert names() == []


def test_referrals_the_rules_refuse_are_reported_with_the_same_codes_as_on_the_card(
    db: Database, tmp_path: Path
) -> None:
    boss = create_customer(CustomerInput(name="최원장", phone="010-7777-0000"))
    senior = create_customer(CustomerInput(name="박선배", phone="010-7777-1111"))
    minsu = create_customer(CustomerInput(name="김민수", phone="010-1111-0001"))
    record_referral(boss, minsu)
    record_referral(minsu, senior)
    rows = [
        ["이름", "휴대폰", "추천인"],
        ["김민수", "010-1111-0001", "박선배"],  # 박선배 came through him: a loop
        ["박선배", "010-7777-1111", "최원장"],  # 김민수 referred her already
        ["최원장", "010-7777-0000", "010-7777-1111"],
    ]
    report = run_import(excel_csv(tmp_path / "ref.csv", rows))
    assert [(p.row, p.code, p.fields.get("referrer_no")) for p in report.problems] == [
        (2, "referral_loop", None),
        (3, "already_referred", get_customer(minsu).customer_no),
    ]
    assert report.referrals == 1
    assert Referral.get(Referral.referred == boss).referrer_id == senior
    newcomer = create_customer(CustomerInput(name="정하나"))
    for referrer, code in ((senior, "referral_loop"), (newcomer, "already_referred")):
        with pytest.raises(ValidationError) as refused:
            record_referral(referrer, minsu)
        assert refused.value.code == code
