"""The customer card: stage with its reason, grade source, points, anniversaries with their next
solar dates, referrals both ways, read in one call."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from peewee import Database

from shopcrm import settings
from shopcrm.agenda import agenda
from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.card import customer_card, stage_change_reason_text, stage_reason_text
from shopcrm.customers import save_card
from shopcrm.ladder import set_stage_override
from shopcrm.models import Customer
from shopcrm.purchases import void_purchase
from shopcrm.referrals import record_referral
from shopcrm.staff import add_staff
from shopcrm.visits import record_visit
from tests.helpers.import_helpers import excel_csv, run_import
from tests.helpers.shop_helpers import buy, customer

TODAY = dt.date(2026, 11, 23)


def test_a_new_customer_has_a_plain_card(db: Database) -> None:
    card = customer_card(customer(), today=TODAY)
    assert (card.detail.name, card.detail.stage, card.stage_reason) == ("김민수", "suspect", None)
    assert card.stage_history == () and card.tags == () and card.anniversaries == ()
    assert (card.points_balance, card.points_expiring, card.points_expiring_on) == (0, 0, None)
    assert (card.referred_by, card.referred, card.staff_name) == (None, (), None)
    assert card.grade_source == "computed"


def test_the_stage_reason_after_a_second_purchase_names_it_with_its_day(db: Database) -> None:
    minsu = customer()
    buy(minsu, 12_000, dt.date(2025, 9, 5))
    buy(minsu, 8_000, dt.date(2025, 10, 3))
    card = customer_card(minsu, today=TODAY)
    assert card.detail.stage == "repeat"
    reason = card.stage_reason
    assert reason is not None
    assert (reason.reason, reason.on, reason.purchase_number) == (
        "repeat_purchase",
        dt.date(2025, 10, 3),
        2,
    )
    assert stage_reason_text(reason, "ko") == "두 번째 구매 2025-10-03"
    assert stage_reason_text(reason, "en") == "second purchase 2025-10-03"
    assert [step.to_stage for step in card.stage_history] == ["repeat", "first_time"]


def test_the_repeat_purchase_is_the_shops_nth(db: Database) -> None:
    settings.set_setting("repeat_purchase_threshold", 3)
    minsu = customer()
    for day in (1, 8, 15):
        buy(minsu, 5_000, dt.date(2025, 9, day))
    reason = customer_card(minsu, today=TODAY).stage_reason
    assert reason is not None
    assert stage_reason_text(reason, "ko") == "세 번째 구매 2025-09-15"


def test_each_step_of_the_stage_history_says_which_purchase_moved_her(db: Database) -> None:
    settings.set_setting("repeat_purchase_threshold", 3)
    minsu = customer()
    for day in (1, 8, 15):
        buy(minsu, 5_000, dt.date(2025, 9, day))
    steps = customer_card(minsu, today=TODAY).stage_history
    words = [stage_change_reason_text(step.reason, "ko") for step in steps]
    assert words == ["세 번째 구매", "첫 구매"]
    assert stage_change_reason_text(steps[0].reason, "en") == "third purchase"


def test_the_first_purchase_is_the_reason_of_a_first_time_buyer(db: Database) -> None:
    minsu = customer()
    record_visit(minsu, occurred_at=dt.datetime(2025, 8, 30, 11, 0))
    buy(minsu, 12_000, dt.date(2025, 9, 5))
    reason = customer_card(minsu, today=TODAY).stage_reason
    assert reason is not None
    assert stage_reason_text(reason, "ko") == "첫 구매 2025-09-05"


def test_a_stage_set_by_hand_says_so_with_its_note_and_taking_it_off_restores_the_reason(
    db: Database,
) -> None:
    minsu = customer()
    buy(minsu, 12_000, dt.date(2025, 9, 5))
    buy(minsu, 8_000, dt.date(2025, 10, 3))
    set_stage_override(minsu, "repeat", note="20년 단골")  # same stage, by hand
    reason = customer_card(minsu, today=TODAY).stage_reason
    assert reason is not None
    assert (reason.stage, reason.reason, reason.is_override, reason.note) == (
        "repeat",
        "override",
        True,
        "20년 단골",
    )
    assert stage_reason_text(reason, "ko") == f"직접 지정 {reason.on.isoformat()}"
    set_stage_override(minsu, None)
    again = customer_card(minsu, today=TODAY).stage_reason
    assert again is not None
    assert stage_reason_text(again, "ko") == "두 번째 구매 2025-10-03"


def test_a_voided_purchase_moves_the_reason_to_the_void(db: Database) -> None:
    minsu = customer()
    buy(minsu, 12_000, dt.date(2025, 9, 5))
    second = buy(minsu, 8_000, dt.date(2025, 10, 3))
    void_purchase(second, reason="잘못 입력")
    reason = customer_card(minsu, today=TODAY).stage_reason
    assert reason is not None
    assert (reason.stage, reason.reason) == ("first_time", "purchase_voided")


def test_a_lunar_leap_month_birthday_shows_the_next_solar_date_the_agenda_shows(
    db: Database,
) -> None:
    minsu = customer()
    birthday = add_anniversary(
        minsu,
        AnniversaryInput(
            kind="birthday", month=10, day=5, year=1984, is_lunar=True, is_leap_month=True
        ),
    )
    # lunar 10-5 of 2026 was 2026-11-13: the next is lunar 10-5 of 2027 (no leap 10th month)
    (shown,) = customer_card(minsu, today=TODAY).anniversaries
    assert (shown.detail.id, shown.detail.is_leap_month, shown.next_on) == (
        birthday,
        True,
        dt.date(2027, 11, 2),
    )
    in_agenda = [
        e.date for e in agenda(TODAY, dt.date(2027, 12, 31)) if e.anniversary_id == birthday
    ]
    assert in_agenda[0] == shown.next_on
    earlier = customer_card(minsu, today=dt.date(2026, 11, 1)).anniversaries[0]
    assert earlier.next_on == dt.date(2026, 11, 13)


def test_every_anniversary_has_its_next_date_today_included(db: Database) -> None:
    minsu = customer()
    add_anniversary(minsu, AnniversaryInput(kind="birthday", month=11, day=23))
    add_anniversary(minsu, AnniversaryInput(kind="wedding", month=5, day=20, year=2012))
    add_anniversary(minsu, AnniversaryInput(kind="custom", month=3, day=2, label="딸 입학"))
    card = customer_card(minsu, today=TODAY)
    assert [(a.detail.kind, a.detail.label, a.next_on) for a in card.anniversaries] == [
        ("birthday", None, dt.date(2026, 11, 23)),
        ("wedding", None, dt.date(2027, 5, 20)),
        ("custom", "딸 입학", dt.date(2027, 3, 2)),
    ]


def test_a_referral_shows_on_both_cards(db: Database) -> None:
    minsu, seoyeon, jihoon = customer("김민수"), customer("이서연"), customer("박지훈")
    record_referral(minsu, seoyeon, on=dt.date(2025, 9, 1))
    record_referral(minsu, jihoon, on=dt.date(2025, 9, 2))
    buy(jihoon, 5_000, dt.date(2025, 9, 3))  # his first purchase pays the reward
    introducer = customer_card(minsu, today=TODAY)
    assert introducer.referred_by is None
    assert [(r.name, r.customer_no, r.rewarded) for r in introducer.referred] == [
        ("이서연", 2, False),
        ("박지훈", 3, True),
    ]
    friend = customer_card(seoyeon, today=TODAY)
    assert friend.referred_by is not None
    assert (friend.referred_by.id, friend.referred_by.name, friend.referred_by.rewarded) == (
        minsu,
        "김민수",
        False,
    )
    assert friend.referred == ()


def test_points_expiring_within_30_days_are_on_the_card(db: Database) -> None:
    settings.set_setting("points_expiry_months", 240)  # the lot expires 2045-09-05
    minsu = customer()
    buy(minsu, 10_000, dt.date(2025, 9, 5))  # 300 points
    buy(minsu, 20_000, dt.date(2025, 10, 3))  # 600 points, expiring 2045-10-03
    soon = customer_card(minsu, today=dt.date(2045, 8, 20))
    assert (soon.points_balance, soon.points_expiring, soon.points_expiring_on) == (
        900,
        300,
        dt.date(2045, 9, 5),
    )
    both = customer_card(minsu, today=dt.date(2045, 9, 4))
    assert (both.points_expiring, both.points_expiring_on) == (900, dt.date(2045, 9, 5))
    assert customer_card(minsu, today=TODAY).points_expiring == 0


def test_the_card_says_when_the_grade_is_the_imported_one(db: Database, tmp_path: Path) -> None:
    csv = excel_csv(
        tmp_path / "명단.csv", [["이름", "전화", "등급"], ["장동건", "010-5555-1234", "VIP"]]
    )
    run_import(csv)
    jang = Customer.get(Customer.name == "장동건").id
    card = customer_card(jang, today=TODAY)
    assert (card.detail.grade, card.grade_source) == ("vip", "imported")


def test_the_card_shows_the_staff_in_charge_and_tags_as_saved(db: Database) -> None:
    minsu = customer()
    jihyun = add_staff("오지현")
    save_card(minsu, {"staff_id": jihyun}, tags=["오전", "단골"], expected_version=1)
    card = customer_card(minsu, today=TODAY)
    assert (card.staff_name, card.tags, card.detail.version) == ("오지현", ("단골", "오전"), 2)
