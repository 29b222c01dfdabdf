"""Remedies: a refund goes through the sale, points through the ledger, and compensation above
the shop's limits needs the owner's or a manager's confirmation."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database

from shopcrm import complaints, points
from shopcrm.complaints import ComplaintIntake, RemedyInput
from shopcrm.errors import ValidationError
from shopcrm.models import ComplaintRemedy, PointEntry
from shopcrm.purchases import customer_purchases, refunded_so_far
from shopcrm.settings import save_settings
from shopcrm.staff import add_staff
from shopcrm.vocabulary import ENGLISH, KOREAN, describe_error
from tests.helpers.shop_helpers import buy, customer

SOLD_ON = dt.date(2026, 6, 1)
DAY = dt.datetime(2026, 6, 3, 11, 0)


@pytest.fixture
def shop(db: Database) -> dict[str, int]:
    shop = {
        "owner": add_staff("박서연", "owner"),
        "manager": add_staff("이하늘", "manager"),
        "staff": add_staff("정우진", "staff"),
        "customer": customer("김민수", "010-1234-5678"),
    }
    shop["sale"] = buy(shop["customer"], 20_000, SOLD_ON)  # earns 600 points (3%)
    return shop


def apologised(shop: dict[str, int], *, purchase: bool = True) -> int:
    complaint_id = complaints.open_complaint(
        ComplaintIntake(
            customer_id=shop["customer"],
            channel="counter",
            happened_at=DAY,
            category="product",
            words="케이크가 상했어요",
            purchase_id=shop["sale"] if purchase else None,
        ),
        at=DAY,
    )
    complaints.apologise(
        complaint_id, staff_id=shop["staff"], in_person=True, at=DAY + dt.timedelta(minutes=1)
    )
    return complaint_id


LATER = DAY + dt.timedelta(minutes=5)


def test_a_refund_remedy_refunds_the_purchase_and_takes_back_its_points(
    shop: dict[str, int],
) -> None:
    assert points.balance(shop["customer"]) == 600
    complaint_id = apologised(shop)
    complaints.resolve_complaint(complaint_id, [RemedyInput("refund", 5_000)], at=LATER)
    assert refunded_so_far(shop["sale"]) == 5_000
    assert points.balance(shop["customer"]) == 450  # a quarter of the sale: 150 points back
    sale = next(p for p in customer_purchases(shop["customer"]) if p.id == shop["sale"])
    assert sale.refunded == 5_000
    remedy = ComplaintRemedy.get(ComplaintRemedy.complaint == complaint_id)
    assert remedy.refund_id is not None and remedy.purchase_id == shop["sale"]
    detail = complaints.complaint_detail(complaint_id, today=DAY.date())
    assert detail.remedies[0].refund_id == remedy.refund_id
    assert detail.compensation_won == 5_000


def test_a_points_remedy_appears_in_the_ledger(shop: dict[str, int]) -> None:
    complaint_id = apologised(shop)
    complaints.resolve_complaint(
        complaint_id, [RemedyInput("points", 500, note="사과의 뜻")], at=LATER
    )
    assert points.balance(shop["customer"]) == 1_100
    entry = PointEntry.select().order_by(PointEntry.id.desc()).first()
    assert (entry.kind, entry.points, entry.occurred_on) == ("adjust", 500, LATER.date())
    assert entry.note == f"불만 보상 (불만 {complaint_id}번): 사과의 뜻"
    detail = complaints.complaint_detail(complaint_id, today=DAY.date())
    assert (detail.compensation_won, detail.compensation_points) == (0, 500)


def test_any_number_of_remedies_each_with_its_amount(shop: dict[str, int]) -> None:
    complaint_id = apologised(shop)
    given = [
        RemedyInput("redo", 0),
        RemedyInput("gift", 3_000, note="마카롱"),
        RemedyInput("travel_cost", 5_000),
        RemedyInput("discount", 2_000),
    ]
    complaints.resolve_complaint(complaint_id, given, staff_id=shop["staff"], at=LATER)
    detail = complaints.complaint_detail(complaint_id, today=DAY.date())
    assert [(r.kind, r.amount, r.staff_id) for r in detail.remedies] == [
        ("redo", 0, shop["staff"]),
        ("gift", 3_000, shop["staff"]),
        ("travel_cost", 5_000, shop["staff"]),
        ("discount", 2_000, shop["staff"]),
    ]
    assert complaints.describe_remedies(detail.remedies, KOREAN) == (
        "다시 해 드림, 선물 3,000원 (마카롱), 교통비 5,000원, 할인 2,000원"
    )
    assert complaints.describe_remedies(detail.remedies, ENGLISH) == (
        "Redone, Gift ₩3,000 (마카롱), Travel money ₩5,000, Discount ₩2,000"
    )


def test_above_the_won_limit_the_owner_or_a_manager_must_confirm(shop: dict[str, int]) -> None:
    complaint_id = apologised(shop)
    over = [RemedyInput("gift", 6_000), RemedyInput("travel_cost", 5_000)]
    check = complaints.compensation_check(over, complaint_id=complaint_id)
    assert check.needs_confirmation and check.compensation_won == 11_000
    with pytest.raises(ValidationError) as caught:
        complaints.resolve_complaint(complaint_id, over, staff_id=shop["staff"], at=LATER)
    assert caught.value.code == "compensation_needs_confirmation"
    assert describe_error(caught.value, KOREAN) == (
        "보상이 바로 줄 수 있는 한도(10,000원, 1,000P)를 넘습니다 (11,000원, 0P). "
        "사장이나 매니저의 확인이 필요합니다."
    )
    assert complaints.complaint_state(complaint_id) == "apologised"
    assert ComplaintRemedy.select().count() == 0
    with pytest.raises(ValidationError) as caught:
        complaints.resolve_complaint(complaint_id, over, confirmed_by=shop["staff"], at=LATER)
    assert caught.value.code == "confirmation_needs_owner_or_manager"
    complaints.resolve_complaint(
        complaint_id, over, staff_id=shop["staff"], confirmed_by=shop["manager"], at=LATER
    )
    detail = complaints.complaint_detail(complaint_id, today=DAY.date())
    assert detail.state == "resolved"
    assert {(r.confirmed_by_id, r.confirmed_by_name) for r in detail.remedies} == {
        (shop["manager"], "이하늘")
    }


def test_above_the_points_limit_a_confirmation_is_needed_too(shop: dict[str, int]) -> None:
    complaint_id = apologised(shop)
    with pytest.raises(ValidationError) as caught:
        complaints.resolve_complaint(complaint_id, [RemedyInput("points", 1_500)], at=LATER)
    assert caught.value.code == "compensation_needs_confirmation"
    assert points.balance(shop["customer"]) == 600
    complaints.resolve_complaint(
        complaint_id, [RemedyInput("points", 1_500)], confirmed_by=shop["owner"], at=LATER
    )
    assert points.balance(shop["customer"]) == 2_100


def test_up_to_the_limit_no_confirmation_is_recorded(shop: dict[str, int]) -> None:
    complaint_id = apologised(shop)
    complaints.resolve_complaint(
        complaint_id, [RemedyInput("gift", 10_000)], confirmed_by=shop["owner"], at=LATER
    )
    assert ComplaintRemedy.get().confirmed_by_id is None


def test_the_limits_come_from_the_settings(shop: dict[str, int]) -> None:
    save_settings({"complaint_limit_won": 3_000})
    complaint_id = apologised(shop)
    with pytest.raises(ValidationError) as caught:
        complaints.resolve_complaint(complaint_id, [RemedyInput("gift", 3_500)], at=LATER)
    assert caught.value.code == "compensation_needs_confirmation"


def test_the_limit_counts_what_the_complaint_gave_before_it_was_reopened(
    shop: dict[str, int],
) -> None:
    complaint_id = apologised(shop)
    complaints.resolve_complaint(complaint_id, [RemedyInput("gift", 8_000)], at=LATER)
    complaints.close_complaint(complaint_id, satisfaction=2, at=LATER + dt.timedelta(minutes=1))
    complaints.reopen_complaint(complaint_id, at=LATER + dt.timedelta(days=1))
    complaints.apologise(
        complaint_id,
        staff_id=shop["owner"],
        in_person=True,
        at=LATER + dt.timedelta(days=1, minutes=1),
    )
    assert complaints.compensation_check(
        [RemedyInput("travel_cost", 3_000)], complaint_id=complaint_id
    ).needs_confirmation


@pytest.mark.parametrize(
    ("remedy", "code"),
    [
        (RemedyInput("bribe", 1_000), "invalid_remedy_kind"),
        (RemedyInput("gift", -1), "invalid_remedy_amount"),
        (RemedyInput("points", 0), "invalid_remedy_amount"),
        (RemedyInput("refund", 0), "invalid_remedy_amount"),
        (RemedyInput("refund", 30_000), "invalid_refund"),
        (RemedyInput("gift", 200_000_000), "amount_too_large"),
    ],
)
def test_a_bad_remedy_is_refused_and_nothing_is_given(
    shop: dict[str, int], remedy: RemedyInput, code: str
) -> None:
    complaint_id = apologised(shop)
    with pytest.raises(ValidationError) as caught:
        complaints.resolve_complaint(complaint_id, [remedy], confirmed_by=shop["owner"], at=LATER)
    assert caught.value.code == code
    assert complaints.complaint_state(complaint_id) == "apologised"
    assert refunded_so_far(shop["sale"]) == 0
    assert points.balance(shop["customer"]) == 600


def test_a_refund_needs_a_purchase(shop: dict[str, int]) -> None:
    complaint_id = apologised(shop, purchase=False)
    with pytest.raises(ValidationError) as caught:
        complaints.resolve_complaint(complaint_id, [RemedyInput("refund", 1_000)], at=LATER)
    assert caught.value.code == "refund_purchase_required"
    complaints.resolve_complaint(
        complaint_id, [RemedyInput("refund", 1_000, purchase_id=shop["sale"])], at=LATER
    )
    assert refunded_so_far(shop["sale"]) == 1_000


def test_a_refund_fails_whole_when_a_later_remedy_is_refused(shop: dict[str, int]) -> None:
    complaint_id = apologised(shop)
    with pytest.raises(ValidationError):
        complaints.resolve_complaint(
            complaint_id,
            [RemedyInput("refund", 5_000), RemedyInput("refund", 20_000)],
            confirmed_by=shop["owner"],
            at=LATER,
        )
    assert refunded_so_far(shop["sale"]) == 0
    assert points.balance(shop["customer"]) == 600
