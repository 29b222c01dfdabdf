"""Follow-ups due for the calendar and the reminder; did she come back after closing?"""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database

from shopcrm import complaints
from shopcrm.complaints import ComplaintIntake
from shopcrm.purchases import void_purchase
from shopcrm.visits import record_interaction, record_visit
from tests.helpers.shop_helpers import buy, customer

DAY = dt.datetime(2026, 5, 4, 11, 0)


def handled(customer_id: int, *, at: dt.datetime, follow_up_on: dt.date | None = None) -> int:
    complaint_id = complaints.open_complaint(
        ComplaintIntake(
            customer_id=customer_id,
            channel="phone",
            happened_at=at,
            category="service",
            words="응대가 불친절했어요",
        ),
        at=at,
    )
    complaints.apologise(complaint_id, staff_id=None, in_person=False, at=at)
    complaints.resolve_complaint(complaint_id, [], at=at)
    if follow_up_on:
        complaints.set_follow_up(complaint_id, follow_up_on, at=at)
    return complaint_id


def closed(customer_id: int, *, at: dt.datetime) -> int:
    complaint_id = handled(customer_id, at=at)
    complaints.close_complaint(complaint_id, satisfaction=4, at=at)
    return complaint_id


def test_follow_ups_due_list_the_range_and_what_is_overdue(db: Database) -> None:
    a = customer("김민수", "010-1111-2222")
    b = customer("이서연", "010-3333-4444")
    c = customer("박지훈")
    overdue = handled(a, at=DAY, follow_up_on=dt.date(2026, 5, 6))
    due = handled(b, at=DAY, follow_up_on=dt.date(2026, 5, 12))
    later = handled(c, at=DAY, follow_up_on=dt.date(2026, 5, 30))
    done = handled(c, at=DAY, follow_up_on=dt.date(2026, 5, 11))
    complaints.record_follow_up_done(done, at=DAY + dt.timedelta(days=7))
    today = dt.date(2026, 5, 10)
    found = complaints.follow_ups_due(today, today + dt.timedelta(days=7), today=today)
    assert [(f.complaint_id, f.follow_up_on, f.overdue) for f in found] == [
        (overdue, dt.date(2026, 5, 6), True),
        (due, dt.date(2026, 5, 12), False),
    ]
    first = found[0]
    assert (first.customer_no, first.name, first.phone) == (1, "김민수", "01011112222")
    assert (first.received_on, first.category, first.severity) == (DAY.date(), "service", "low")
    only_range = complaints.follow_ups_due(
        today, dt.date(2026, 5, 31), today=today, include_overdue=False
    )
    assert [f.complaint_id for f in only_range] == [due, later]


def test_a_withdrawn_or_closed_complaint_has_no_follow_up_due(db: Database) -> None:
    minsu = customer("김민수")
    withdrawn = handled(minsu, at=DAY, follow_up_on=dt.date(2026, 5, 6))
    complaints.withdraw_complaint(withdrawn, at=DAY)
    today = dt.date(2026, 5, 10)
    assert complaints.follow_ups_due(today, today, today=today) == []


def test_the_complaints_page_marks_an_overdue_follow_up(db: Database) -> None:
    minsu = customer("김민수")
    complaint_id = handled(minsu, at=DAY, follow_up_on=dt.date(2026, 5, 6))
    [on_the_day] = complaints.list_complaints(today=dt.date(2026, 5, 6))
    [after] = complaints.list_complaints(today=dt.date(2026, 5, 7))
    assert on_the_day.id == complaint_id
    assert (on_the_day.overdue, after.overdue) == (False, True)


def test_she_came_back_when_she_bought_within_30_days_of_closing(db: Database) -> None:
    minsu = customer("김민수")
    complaint_id = closed(minsu, at=DAY)
    assert complaints.came_back(complaint_id, today=dt.date(2026, 5, 10)).status == "waiting"
    buy(minsu, 5_000, dt.date(2026, 5, 20))
    back = complaints.came_back(complaint_id, today=dt.date(2026, 5, 21))
    assert (back.status, back.first_back_on) == ("yes", dt.date(2026, 5, 20))
    assert (back.closed_on, back.until) == (DAY.date(), dt.date(2026, 6, 3))


def test_a_visit_counts_as_coming_back_and_a_call_does_not(db: Database) -> None:
    minsu = customer("김민수")
    complaint_id = closed(minsu, at=DAY)
    record_interaction(minsu, "call", occurred_at=DAY + dt.timedelta(days=3))
    assert complaints.came_back(complaint_id, today=dt.date(2026, 5, 10)).status == "waiting"
    record_visit(minsu, occurred_at=DAY + dt.timedelta(days=5))
    back = complaints.came_back(complaint_id, today=dt.date(2026, 5, 10))
    assert (back.status, back.first_back_on) == ("yes", dt.date(2026, 5, 9))


@pytest.mark.parametrize(
    ("bought_on", "status"),
    [
        (dt.date(2026, 5, 4), "no"),  # the closing day itself: she had not left yet
        (dt.date(2026, 6, 3), "yes"),  # the 30th day still counts
        (dt.date(2026, 6, 4), "no"),  # the 31st does not
    ],
)
def test_the_30_day_window_starts_the_day_after_closing(
    db: Database, bought_on: dt.date, status: str
) -> None:
    minsu = customer("김민수")
    buy(minsu, 5_000, bought_on)
    complaint_id = closed(minsu, at=DAY)
    assert complaints.came_back(complaint_id, today=dt.date(2026, 7, 1)).status == status


def test_a_voided_sale_is_not_coming_back(db: Database) -> None:
    minsu = customer("김민수")
    complaint_id = closed(minsu, at=DAY)
    sale = buy(minsu, 5_000, dt.date(2026, 5, 10))
    void_purchase(sale, reason="잘못 입력")
    assert complaints.came_back(complaint_id, today=dt.date(2026, 7, 1)).status == "no"


def test_an_open_complaint_is_not_closed_yet(db: Database) -> None:
    minsu = customer("김민수")
    complaint_id = handled(minsu, at=DAY)
    detail = complaints.complaint_detail(complaint_id, today=dt.date(2026, 7, 1))
    assert detail.came_back.status == "not_closed"


def test_the_list_says_whether_each_came_back(db: Database) -> None:
    minsu, seoyeon = customer("김민수"), customer("이서연")
    back = closed(minsu, at=DAY)
    gone = closed(seoyeon, at=DAY)
    buy(minsu, 5_000, dt.date(2026, 5, 15))
    listed = {
        c.id: c.came_back.status for c in complaints.list_complaints(today=dt.date(2026, 7, 1))
    }
    assert listed == {back: "yes", gone: "no"}


def test_the_page_filters_by_state_category_severity_staff_and_month(db: Database) -> None:
    from shopcrm.errors import ValidationError
    from shopcrm.staff import add_staff

    minsu, seoyeon = customer("김민수"), customer("이서연")
    woojin = add_staff("정우진")
    may = complaints.open_complaint(
        ComplaintIntake(minsu, "counter", DAY, "product", "high", "상했어요", staff_id=woojin),
        at=DAY,
    )
    june = complaints.receive_complaint(
        ComplaintIntake(seoyeon, "phone", DAY, "waiting"), at=DAY + dt.timedelta(days=30)
    )
    today = dt.date(2026, 7, 1)

    def ids(**filters: object) -> list[int]:
        return [c.id for c in complaints.list_complaints(today=today, **filters)]  # type: ignore[arg-type]

    assert ids() == [june, may]
    assert ids(states=complaints.OPEN_STATES) == [june, may]
    assert ids(states=("received",)) == [june]
    assert ids(category="product") == [may]
    assert ids(severity="high") == [may]
    assert ids(staff_id=woojin) == [may]
    assert ids(month="2026-06") == [june]
    assert ids(customer_id=minsu) == [may]
    with pytest.raises(ValidationError):
        ids(month="June")


def test_a_customer_won_back_is_a_candidate_advocate_until_a_worse_complaint(
    db: Database,
) -> None:
    minsu = customer("김민수")
    assert not complaints.is_advocate_candidate(minsu)
    closed(minsu, at=DAY)  # satisfaction 4
    assert complaints.is_advocate_candidate(minsu)
    later = handled(minsu, at=DAY + dt.timedelta(days=10))
    complaints.close_complaint(later, satisfaction=2, at=DAY + dt.timedelta(days=10))
    assert not complaints.is_advocate_candidate(minsu)


def test_a_customer_in_the_trash_leaves_the_follow_ups_and_the_complaint_list(
    db: Database,
) -> None:
    from shopcrm.trash import delete_customer, restore_customer

    minsu = customer("김민수", "010-1111-2222")
    seoyeon = customer("이서연", "010-3333-4444")
    handled(minsu, at=DAY, follow_up_on=dt.date(2026, 5, 12))
    kept = handled(seoyeon, at=DAY, follow_up_on=dt.date(2026, 5, 12))
    today = dt.date(2026, 5, 10)

    def shown() -> tuple[list[int], list[int]]:
        due = complaints.follow_ups_due(today, today + dt.timedelta(days=7), today=today)
        listed = complaints.list_complaints(today=today)
        return [f.complaint_id for f in due], [c.id for c in listed]

    delete_customer(minsu, reason="본인 요청")
    assert shown() == ([kept], [kept])
    restore_customer(minsu)
    assert len(shown()[0]) == len(shown()[1]) == 2
