"""A complaint's steps show on the customer's card timeline, in words."""

from __future__ import annotations

import datetime as dt

from peewee import Database

from shopcrm import complaints
from shopcrm.complaints import ComplaintIntake, RemedyInput
from shopcrm.staff import add_staff
from shopcrm.timeline import timeline_count, timeline_page
from shopcrm.vocabulary import ENGLISH, KOREAN
from tests.helpers.shop_helpers import buy, customer

DAY = dt.datetime(2026, 6, 3, 11, 0)


def minute(n: int) -> dt.datetime:
    return DAY + dt.timedelta(minutes=n)


def test_every_step_of_her_complaint_is_a_line_on_her_timeline(db: Database) -> None:
    manager = add_staff("이하늘", "manager")
    minsu = customer("김민수", "010-1234-5678")
    sale = buy(minsu, 20_000, dt.date(2026, 6, 1))
    before = timeline_count(minsu)
    complaint_id = complaints.open_complaint(
        ComplaintIntake(
            customer_id=minsu,
            channel="counter",
            happened_at=DAY,
            category="product",
            severity="high",
            words="케이크가 상했어요",
            purchase_id=sale,
        ),
        at=minute(0),
    )
    complaints.apologise(complaint_id, staff_id=manager, in_person=True, at=minute(1))
    complaints.resolve_complaint(
        complaint_id,
        [RemedyInput("refund", 5_000), RemedyInput("gift", 3_000, note="마카롱")],
        staff_id=manager,
        at=minute(2),
    )
    complaints.set_follow_up(complaint_id, dt.date(2026, 6, 10), at=minute(3))
    complaints.record_follow_up_done(complaint_id, note="전화드림", at=minute(7 * 24 * 60))
    complaints.close_complaint(complaint_id, satisfaction=5, at=minute(7 * 24 * 60 + 1))

    entries = timeline_page(minsu, offset=0, limit=50, lang=KOREAN)
    lines = [(e.kind, e.summary) for e in entries if e.kind == "complaint"]
    assert lines == [
        ("complaint", "종결 · 상품 · 만족도 5/5"),
        ("complaint", "후속 조치 완료 · 상품"),
        ("complaint", "후속 조치일 지정 · 상품 · 후속 조치 2026-06-10"),
        ("complaint", "해결 · 상품 · 환불 5,000원, 선물 3,000원"),
        ("complaint", "사과 · 상품 · 직접 사과"),
        ("complaint", "고객의 말 경청 · 상품"),
        ("complaint", "불만 접수 · 상품 · 심각도 높음"),
    ]
    done = next(e for e in entries if e.summary.startswith("후속 조치 완료"))
    assert done.note == "전화드림"
    apology = next(e for e in entries if e.summary.startswith("사과"))
    assert apology.staff_name == "이하늘"
    # the refund the remedy made is a line of its own too
    assert any(e.kind == "refund" for e in entries)
    assert timeline_count(minsu) == before + 7 + 1


def test_the_complaint_lines_speak_english(db: Database) -> None:
    minsu = customer("김민수")
    complaints.receive_complaint(
        ComplaintIntake(customer_id=minsu, channel="phone", happened_at=DAY, category="waiting"),
        at=minute(0),
    )
    entries = timeline_page(minsu, offset=0, limit=10, lang=ENGLISH)
    assert [e.summary for e in entries if e.kind == "complaint"] == [
        "Complaint received · Waiting · severity Low"
    ]
