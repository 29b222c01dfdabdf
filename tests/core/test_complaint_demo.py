"""The demo shop has complaints in every state, an overdue follow-up and a customer won back."""

from __future__ import annotations

import datetime as dt

from peewee import Database

from shopcrm import complaints
from shopcrm.demo import create_demo_shop
from shopcrm.models import Complaint, Customer

TODAY = dt.date(2026, 11, 23)


def test_the_demo_shop_has_complaints_in_every_state(db: Database) -> None:
    create_demo_shop(300, seed=1, today=TODAY)
    listed = complaints.list_complaints(today=TODAY)
    assert len(listed) >= 12
    assert {c.state for c in listed} == set(complaints.STATES)
    assert all(c.received_at.date() <= TODAY for c in listed)
    overdue = complaints.follow_ups_due(TODAY, TODAY, today=TODAY)
    assert [(f.follow_up_on, f.overdue) for f in overdue] == [(TODAY - dt.timedelta(days=5), True)]
    recovered = [c for c in listed if c.satisfaction == 5 and c.came_back.status == "yes"]
    assert recovered
    reopened = [
        c
        for c in listed
        if "reopen" in [s.kind for s in complaints.complaint_detail(c.id, today=TODAY).steps]
    ]
    assert [c.state for c in reopened] == ["heard"]
    confirmed = [r for c in listed for r in c.remedies if r.confirmed_by_id is not None]
    assert confirmed and all(r.confirmed_by_name == "박서연" for r in confirmed)


def test_the_demo_complaints_leave_the_rest_of_the_shop_as_the_seed_makes_it(
    db: Database,
) -> None:
    create_demo_shop(120, seed=7, today=TODAY)
    first = list(
        Complaint.select(Complaint.customer, Complaint.state).order_by(Complaint.id).tuples()
    )
    customers = list(
        Customer.select(Customer.id, Customer.points, Customer.stage).order_by(Customer.id).tuples()
    )
    create_demo_shop(120, seed=7, today=TODAY, force=True)
    assert (
        list(Complaint.select(Complaint.customer, Complaint.state).order_by(Complaint.id).tuples())
        == first
    )
    assert (
        list(
            Customer.select(Customer.id, Customer.points, Customer.stage)
            .order_by(Customer.id)
            .tuples()
        )
        == customers
    )


def test_a_tiny_demo_shop_still_has_its_complaints(db: Database) -> None:
    create_demo_shop(10, today=TODAY)
    assert Complaint.select().count() >= 12
