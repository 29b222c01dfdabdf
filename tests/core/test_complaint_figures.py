"""The complaint figures on a small hand-made history whose answers are written here."""

from __future__ import annotations

import datetime as dt

from peewee import Database

from shopcrm import complaints
from shopcrm.complaint_figures import (
    CategoryMonth,
    CompensationMonth,
    Rate,
    RepeatComplainer,
    complaint_figures,
)
from shopcrm.complaints import ComplaintIntake, RemedyInput
from shopcrm.visits import record_visit
from tests.helpers.shop_helpers import buy, customer

TODAY = dt.date(2026, 6, 30)


def complaint(
    customer_id: int,
    received: dt.datetime,
    category: str,
    *,
    resolved_after_hours: float | None = None,
    remedies: tuple[RemedyInput, ...] = (),
    satisfaction: int | None = None,
    follow_up_on: dt.date | None = None,
    withdrawn: bool = False,
) -> int:
    complaint_id = complaints.open_complaint(
        ComplaintIntake(
            customer_id=customer_id,
            channel="counter",
            happened_at=received,
            category=category,
            words="불편했어요",
        ),
        at=received,
    )
    if withdrawn:
        complaints.withdraw_complaint(complaint_id, at=received)
        return complaint_id
    if resolved_after_hours is None:
        return complaint_id
    complaints.apologise(complaint_id, staff_id=None, in_person=True, at=received)
    resolved = received + dt.timedelta(hours=resolved_after_hours)
    complaints.resolve_complaint(complaint_id, list(remedies), at=resolved)
    if follow_up_on:
        complaints.set_follow_up(complaint_id, follow_up_on, at=resolved)
    if satisfaction:
        complaints.close_complaint(
            complaint_id, satisfaction=satisfaction, at=resolved + dt.timedelta(minutes=30)
        )
    return complaint_id


def history() -> dict[str, int]:
    minsu = customer("김민수", "010-1111-2222")
    seoyeon = customer("이서연", "010-3333-4444")
    jihun = customer("박지훈", "010-5555-6666")
    # 1: two hours to a gift; satisfied; she buys again on 20 March: came back
    complaint(
        minsu,
        dt.datetime(2026, 3, 2, 10),
        "product",
        resolved_after_hours=2,
        remedies=(RemedyInput("gift", 3_000),),
        satisfaction=5,
    )
    buy(minsu, 5_000, dt.date(2026, 3, 20))
    # 2: six hours, travel money; not satisfied; never seen again
    complaint(
        seoyeon,
        dt.datetime(2026, 3, 10, 9),
        "waiting",
        resolved_after_hours=6,
        remedies=(RemedyInput("travel_cost", 5_000),),
        satisfaction=2,
    )
    # 3: a day, 500 points; satisfied; she visits on 20 April: came back
    complaint(
        minsu,
        dt.datetime(2026, 4, 5, 10),
        "product",
        resolved_after_hours=24,
        remedies=(RemedyInput("points", 500),),
        satisfaction=4,
    )
    record_visit(minsu, occurred_at=dt.datetime(2026, 4, 20, 15))
    # 4: an hour, an exchange; waiting for its follow-up (not closed)
    complaint(
        jihun,
        dt.datetime(2026, 4, 15, 10),
        "hygiene",
        resolved_after_hours=1,
        remedies=(RemedyInput("exchange", 4_000),),
        follow_up_on=dt.date(2026, 4, 22),
    )
    # 5: withdrawn
    complaint(jihun, dt.datetime(2026, 4, 20, 18), "price", withdrawn=True)
    # 6: half an hour; closed five days before TODAY: too early to say whether she came back
    complaint(
        minsu, dt.datetime(2026, 6, 25, 10), "service", resolved_after_hours=0.5, satisfaction=3
    )
    return {"minsu": minsu, "seoyeon": seoyeon, "jihun": jihun}


def test_the_figures_of_the_whole_history(db: Database) -> None:
    people = history()
    figures = complaint_figures(today=TODAY)
    assert figures.received == 6
    assert figures.by_category_month == [
        CategoryMonth("2026-03", "product", 1),
        CategoryMonth("2026-03", "waiting", 1),
        CategoryMonth("2026-04", "product", 1),
        CategoryMonth("2026-04", "price", 1),
        CategoryMonth("2026-04", "hygiene", 1),
        CategoryMonth("2026-06", "service", 1),
    ]
    assert figures.median_hours_to_resolve == 2.0  # of 0.5, 1, 2, 6 and 24 hours
    assert figures.recovery == Rate(2, 4)  # satisfaction 5 and 4, of 5, 2, 4, 3
    assert figures.recovery.value == 0.5
    assert figures.came_back == Rate(2, 3)  # complaint 6 is too recent to count
    assert figures.repeat_complainers == [
        RepeatComplainer(people["minsu"], 1, "김민수", 3, dt.date(2026, 6, 25)),
        RepeatComplainer(people["jihun"], 3, "박지훈", 2, dt.date(2026, 4, 20)),
    ]
    assert figures.compensation_by_month == [
        CompensationMonth("2026-03", 8_000, 0),
        CompensationMonth("2026-04", 4_000, 500),
    ]


def test_the_figures_of_one_month(db: Database) -> None:
    people = history()
    april = complaint_figures(today=TODAY, start=dt.date(2026, 4, 1), end=dt.date(2026, 4, 30))
    assert april.received == 3
    assert april.median_hours_to_resolve == 12.5  # of 1 and 24 hours
    assert april.recovery == Rate(1, 1)
    assert april.came_back == Rate(1, 1)
    assert april.repeat_complainers == [
        RepeatComplainer(people["jihun"], 3, "박지훈", 2, dt.date(2026, 4, 20))
    ]
    assert april.compensation_by_month == [CompensationMonth("2026-04", 4_000, 500)]


def test_a_shop_without_complaints_has_no_rates_yet(db: Database) -> None:
    figures = complaint_figures(today=TODAY)
    assert figures.received == 0
    assert figures.median_hours_to_resolve is None
    assert figures.recovery.value is None and figures.came_back.value is None
    assert figures.by_category_month == [] and figures.compensation_by_month == []
