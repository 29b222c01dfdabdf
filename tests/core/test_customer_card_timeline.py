"""The card's timeline: everything recorded about a customer, newest first, paged in SQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from peewee import Database

from shopcrm import settings
from shopcrm.agenda import record_greeting
from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.letters.batch import log_letters, plan_letters
from shopcrm.letters.recipients import recipients_from_ids
from shopcrm.models import ImportBatch, Interaction, Referral, StageChange
from shopcrm.points import redeem_points
from shopcrm.purchases import (
    PurchaseLine,
    record_opening_balance,
    record_purchase,
    refund_purchase,
    void_purchase,
)
from shopcrm.referrals import record_referral
from shopcrm.staff import add_staff
from shopcrm.timeline import TIMELINE_KINDS, TimelineEntry, timeline_count, timeline_page
from shopcrm.visits import record_interaction, record_visit
from tests.helpers.import_helpers import excel_csv, run_import
from tests.helpers.letters_helpers import customer, open_shop
from tests.helpers.shop_helpers import buy


def at(month: int, day: int, hour: int = 0, minute: int = 0, year: int = 2025) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute)


def pin(model: type, column: str, times: list[dt.datetime], **where: int) -> None:
    """Give rows made "now" the times of the story (oldest row first)."""
    field = getattr(model, column)
    query = model.select(model.id).order_by(model.id)
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    ids = [row.id for row in query]
    assert len(ids) == len(times)
    for row_id, when in zip(ids, times, strict=True):
        model.update({field: when}).where(model.id == row_id).execute()


def minsu_with_a_story(tmp_path: Path) -> int:
    """김민수: visits, sales with items, a refund, a void, points used, a call, a greeting,
    a letter, referrals both ways and an import, each at a known time."""
    open_shop()
    settings.set_setting("points_expiry_months", 0)  # nothing expires, whatever today is
    jihyun = add_staff("오지현")
    minsu = customer("김민수", phone="010-1234-5678")
    record_visit(minsu, occurred_at=at(9, 1, 10), staff_id=jihyun, note="식빵 문의")
    record_purchase(
        minsu,
        [PurchaseLine("소금빵", 3_000, quantity=2), PurchaseLine("우유 식빵", 5_000)],
        purchased_on=dt.date(2025, 9, 5),
        staff_id=jihyun,
        payment_method="card",
    )
    second = buy(minsu, 12_000, dt.date(2025, 10, 3))
    refund_purchase(second, 4_000, refunded_on=dt.date(2025, 10, 10), reason="하나 부서짐")
    mistake = buy(minsu, 3_000, dt.date(2025, 10, 15))
    void_purchase(mistake, reason="잘못 입력")
    redeem_points(minsu, 100, on=dt.date(2025, 10, 20), note="쿠키 증정")
    record_interaction(minsu, "call", occurred_at=at(10, 21, 15), note="케이크 예약")
    birthday = add_anniversary(minsu, AnniversaryInput(kind="birthday", month=11, day=2))
    record_greeting(minsu, birthday, dt.date(2025, 11, 2), channel="message")
    plan = plan_letters("thank_you", recipients_from_ids([minsu]), letter_date=dt.date(2025, 11, 5))
    log_letters(plan.template, plan.letters(), file_path=None, printed_at=at(11, 5, 9))
    seoyeon, jihoon = customer("이서연"), customer("박지훈")
    record_referral(minsu, seoyeon, on=dt.date(2025, 11, 8))
    record_referral(jihoon, minsu, on=dt.date(2025, 11, 10))  # she has bought: both rewarded
    buy(seoyeon, 5_000, dt.date(2025, 11, 15))  # her friend's first purchase: both rewarded
    csv = excel_csv(
        tmp_path / "명단.csv", [["이름", "전화", "이메일"], ["김민수", "010-1234-5678", "m@x.kr"]]
    )
    run_import(csv)
    pin(Interaction, "occurred_at", [at(11, 2, 18)], kind="greeting_message")
    pin(Referral, "created_at", [at(11, 8, 12), at(11, 10, 12)])
    pin(ImportBatch, "created_at", [at(11, 20, 9)])
    # the stage moved on the visit, the first sale, the second, and her friend's first sale
    pin(
        StageChange,
        "changed_at",
        [at(9, 1, 10), at(9, 5, 11), at(10, 3, 11), at(11, 15, 12)],
        customer=minsu,
    )
    return minsu


def lines(entries: list[TimelineEntry]) -> list[tuple[str, str]]:
    return [(entry.kind, entry.summary) for entry in entries]


def test_the_timeline_lists_everything_newest_first_in_words(db: Database, tmp_path: Path) -> None:
    minsu = minsu_with_a_story(tmp_path)
    entries = timeline_page(minsu, offset=0, limit=50, lang="ko")
    assert lines(entries) == [
        ("import", "'명단.csv' 가져오기로 바뀜"),
        ("stage", "단골 (반복 구매) → 지지 고객 (소개한 고객의 첫 구매)"),
        ("points", "소개 보상 +1,000P"),
        ("referral", "박지훈 님(고객번호 3)의 소개로 옴 · 보상 지급됨"),
        ("points", "소개 보상 +1,000P"),
        ("referral", "이서연 님(고객번호 2)을 소개함 · 보상 지급됨"),
        ("letter", "'구매 감사 편지' 편지 인쇄"),
        ("greeting", "생일 축하 인사 (문자) · 2025-11-02 기념일"),
        ("call", "전화"),
        ("points", "포인트 사용 -100P"),
        ("purchase", "소금빵 세트 · 3,000원 · 적립 90P · 취소됨: 잘못 입력"),
        ("refund", "2025-10-03 구매 환불 4,000원 · 포인트 회수 120P"),
        ("stage", "최초 구매 고객 → 단골 (반복 구매) (두 번째 구매)"),
        ("purchase", "소금빵 세트 · 12,000원 · 적립 360P · 환불 4,000원"),
        ("stage", "가망 고객 → 최초 구매 고객 (첫 구매)"),
        ("purchase", "소금빵 ×2, 우유 식빵 · 11,000원 · 적립 330P"),
        ("stage", "잠재 고객 → 가망 고객 (방문)"),
        ("visit", "방문"),
    ]
    assert timeline_count(minsu) == len(entries)
    assert {entry.kind for entry in entries} <= set(TIMELINE_KINDS)


def test_a_sale_on_the_timeline_carries_what_the_refund_and_void_buttons_need(
    db: Database, tmp_path: Path
) -> None:
    minsu = minsu_with_a_story(tmp_path)
    sales = [e for e in timeline_page(minsu, offset=0, limit=50) if e.kind == "purchase"]
    voided, refunded, first = sales
    assert (first.at, first.amount, first.points, first.staff_name) == (
        at(9, 5),
        11_000,
        330,
        "오지현",
    )
    assert (first.refundable, first.voided) == (11_000, False)
    assert (refunded.refundable, refunded.voided) == (8_000, False)
    assert (voided.refundable, voided.voided) == (0, True)
    assert all(sale.purchase_id for sale in sales)
    visit = timeline_page(minsu, offset=17, limit=1)[0]
    assert (visit.kind, visit.staff_name, visit.note) == ("visit", "오지현", "식빵 문의")


def test_the_timeline_speaks_english_when_asked(db: Database, tmp_path: Path) -> None:
    minsu = minsu_with_a_story(tmp_path)
    entries = {e.summary for e in timeline_page(minsu, offset=0, limit=50, lang="en")}
    assert "소금빵 ×2, 우유 식빵 · ₩11,000 · earned 330 pts" in entries  # items as typed
    assert "introduced by 박지훈 (no. 3) · rewarded" in entries
    assert "Regular → Advocate (a friend she referred bought)" in entries
    assert "refund of the purchase of 2025-10-03: ₩4,000 · 120 pts taken back" in entries


def test_an_opening_balance_is_a_line_of_its_own(db: Database) -> None:
    settings.set_setting("points_expiry_months", 0)
    jang = customer("장동건")
    record_opening_balance(
        jang,
        total_spent=2_000_000,
        last_visit_on=dt.date(2025, 12, 24),
        carried_points=3_000,
        today=dt.date(2026, 1, 5),
    )
    opening = [e for e in timeline_page(jang, offset=0, limit=10) if e.kind == "opening"]
    assert lines(opening) == [("opening", "이전 시스템의 누적 구매 2,000,000원 · 3,000P")]
    assert opening[0].refundable == 0


def test_a_letter_is_listed_once_though_its_interaction_points_at_it(
    db: Database, tmp_path: Path
) -> None:
    minsu = minsu_with_a_story(tmp_path)
    assert Interaction.select().where(Interaction.kind == "letter").count() == 1
    kinds = [e.kind for e in timeline_page(minsu, offset=0, limit=50)]
    assert kinds.count("letter") == 1


def test_page_two_continues_page_one_without_gaps_or_repeats(db: Database, tmp_path: Path) -> None:
    minsu = minsu_with_a_story(tmp_path)
    for day in range(1, 21):  # twenty visits at the very same minute: equal times
        record_visit(minsu, occurred_at=at(12, 1, 9))
        buy(minsu, 1_000 + day, dt.date(2025, 12, day))
    whole = timeline_page(minsu, offset=0, limit=500)
    assert timeline_count(minsu) == len(whole) > 50
    pages = [timeline_page(minsu, offset=offset, limit=7) for offset in range(0, len(whole), 7)]
    assert [entry for page in pages for entry in page] == whole
    assert [e.at for e in whole] == sorted((e.at for e in whole), reverse=True)
    assert timeline_page(minsu, offset=len(whole), limit=7) == []


def test_a_customer_with_nothing_recorded_has_an_empty_timeline(db: Database) -> None:
    nobody = customer("최유나")
    assert timeline_count(nobody) == 0
    assert timeline_page(nobody, offset=0, limit=50) == []


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_line_has_words(db: Database, tmp_path: Path, lang: str) -> None:
    minsu = minsu_with_a_story(tmp_path)
    for entry in timeline_page(minsu, offset=0, limit=50, lang=lang):
        assert entry.summary and "{" not in entry.summary


def test_points_used_at_the_counter_show_on_the_sale_and_gifts_and_corrections_apart(
    db: Database,
) -> None:
    from shopcrm.points import correct_points, use_points

    settings.set_setting("points_expiry_months", 0)
    minsu = customer("김민수")
    buy(minsu, 50_000, dt.date(2025, 9, 5))  # 1,500 points
    record_purchase(
        minsu,
        [PurchaseLine("케이크", 30_000)],
        purchased_on=dt.date(2025, 9, 20),
        points_redeemed=500,
    )
    use_points(minsu, 300, reason="생일 쿠키", on=dt.date(2025, 9, 25))
    correct_points(minsu, -100, reason="잘못 적립", on=dt.date(2025, 9, 26))
    entries = [e for e in timeline_page(minsu, offset=0, limit=50) if e.kind != "stage"]
    assert [(e.kind, e.summary, e.points, e.note) for e in entries] == [
        ("points", "포인트 조정 -100P", -100, "잘못 적립"),
        ("points", "포인트 사용 -300P", -300, "생일 쿠키"),
        ("purchase", "케이크 · 30,000원 · 적립 885P · 사용 500P", 885, None),
        ("purchase", "소금빵 세트 · 50,000원 · 적립 1,500P", 1_500, None),
    ]
