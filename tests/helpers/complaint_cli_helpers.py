"""A small shop with complaints in several states, written through the complaints core.

- 김민수 (no. 1): waited too long on 2026-11-03; apologised in person by the owner, given a gift
  and travel money (₩3,000 + ₩5,000), follow-up planned for 2026-11-10 (state 해결).
- 이서연 (no. 2): a product complaint by phone on 2026-11-05, high severity, a ₩2,000 discount,
  closed the next day with satisfaction 5 (state 종결).
- 박지훈 (no. 3): a service complaint received on 2026-11-07, nothing done yet (state 접수).
- 최유진 (no. 4): no complaint at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from shopcrm.complaints import (
    ComplaintIntake,
    RemedyInput,
    apologise,
    close_complaint,
    open_complaint,
    receive_complaint,
    resolve_complaint,
    set_follow_up,
)
from shopcrm.customers import CustomerInput, create_customer
from shopcrm.settings import ShopProfile, save_shop_profile
from shopcrm.staff import add_staff

FOLLOW_UP_ON = dt.date(2026, 11, 10)


@dataclass(frozen=True)
class ComplaintShop:
    owner: int
    minsu: int
    seoyeon: int
    jihun: int
    yujin: int
    waiting: int
    product: int
    service: int


def at(day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute)


def seed_complaint_shop() -> ComplaintShop:
    """The shop above, on the database that is open."""
    save_shop_profile(ShopProfile(shop_name="달빛 베이커리", owner_name="박서연"))
    owner = add_staff("박서연", "owner")
    minsu = create_customer(
        CustomerInput(
            name="김민수",
            phone="01012345678",
            address="서울특별시 마포구 연남로 12",
            postal_code="04001",
        )
    )
    seoyeon = create_customer(CustomerInput(name="이서연", phone="0212345678"))
    jihun = create_customer(CustomerInput(name="박지훈"))
    yujin = create_customer(
        CustomerInput(name="최유진", address="서울특별시 마포구 연남로 5", postal_code="04002")
    )

    waiting = open_complaint(
        ComplaintIntake(
            customer_id=minsu,
            channel="counter",
            happened_at=at(3, 9, 50),
            category="waiting",
            severity="medium",
            words="주문하고 40분이나 기다렸어요.",
        ),
        at=at(3, 10, 0),
    )
    apologise(waiting, staff_id=owner, in_person=True, at=at(3, 10, 5))
    resolve_complaint(
        waiting,
        [RemedyInput("gift", 3_000, note="쿠키"), RemedyInput("travel_cost", 5_000)],
        staff_id=owner,
        at=at(3, 10, 10),
    )
    set_follow_up(waiting, FOLLOW_UP_ON, at=at(3, 10, 15))

    product = open_complaint(
        ComplaintIntake(
            customer_id=seoyeon,
            channel="phone",
            happened_at=at(5, 15, 0),
            category="product",
            severity="high",
            words="케이크에 머리카락이 있었어요.",
        ),
        at=at(5, 16, 0),
    )
    apologise(product, staff_id=owner, in_person=True, at=at(5, 17, 0))
    resolve_complaint(product, [RemedyInput("discount", 2_000)], staff_id=owner, at=at(5, 17, 5))
    close_complaint(product, satisfaction=5, at=at(6, 11, 0))

    service = receive_complaint(
        ComplaintIntake(
            customer_id=jihun,
            channel="message",
            happened_at=at(7, 12, 0),
            category="service",
        ),
        at=at(7, 13, 0),
    )
    return ComplaintShop(owner, minsu, seoyeon, jihun, yujin, waiting, product, service)
