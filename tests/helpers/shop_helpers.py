"""Small helpers for core tests: a customer and purchases in one line each."""

from __future__ import annotations

import datetime as dt

from shopcrm.customers import CustomerInput, create_customer, get_customer
from shopcrm.purchases import PurchaseLine, record_purchase


def customer(name: str = "김민수", phone: str | None = None) -> int:
    return create_customer(CustomerInput(name=name, phone=phone))


def buy(customer_id: int, amount: int, on: dt.date, **options: object) -> int:
    return record_purchase(
        customer_id,
        [PurchaseLine("소금빵 세트", amount)],
        purchased_on=on,
        **options,  # type: ignore[arg-type]
    )


def stage(customer_id: int) -> str:
    return get_customer(customer_id).stage
