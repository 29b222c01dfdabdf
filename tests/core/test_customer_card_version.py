"""No lost updates: every change of a card's fields counts one version, and a save from a card
that changed elsewhere since it was opened is refused with ``customer_changed``."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database

from shopcrm.customers import (
    customer_tags,
    get_customer,
    save_card,
    set_customer_tags,
    update_customer,
)
from shopcrm.errors import Conflict, NotFound, ValidationError
from shopcrm.ladder import set_stage_override
from shopcrm.points import add_points
from shopcrm.staff import add_staff, assign_staff, remove_staff
from shopcrm.visits import record_visit
from tests.helpers.shop_helpers import buy, customer

SOLD_ON = dt.date(2025, 10, 3)


def version(customer_id: int) -> int:
    return get_customer(customer_id).version


def test_a_new_card_is_at_version_1(db: Database) -> None:
    assert version(customer()) == 1


def test_saving_a_card_saves_fields_and_tags_at_once_and_counts_one_version(
    db: Database,
) -> None:
    minsu = customer()
    opened = get_customer(minsu)
    saved = save_card(
        minsu,
        {"interests": "귀리 우유 좋아함", "notes": "딸 3월 입학"},
        tags=["단골", "오전"],
        expected_version=opened.version,
    )
    assert (saved.interests, saved.notes, saved.version) == ("귀리 우유 좋아함", "딸 3월 입학", 2)
    assert customer_tags(minsu) == ["단골", "오전"]
    assert get_customer(minsu) == saved


def test_a_save_from_a_card_changed_elsewhere_is_refused_and_saves_nothing(
    db: Database,
) -> None:
    minsu = customer()
    at_the_counter = get_customer(minsu)
    in_the_back = get_customer(minsu)
    save_card(minsu, {"notes": "딸 3월 입학"}, expected_version=in_the_back.version)
    with pytest.raises(Conflict) as refused:
        save_card(
            minsu,
            {"notes": "우유 알레르기", "email": "minsu@example.com"},
            tags=["VIP 후보"],
            expected_version=at_the_counter.version,
        )
    assert refused.value.code == "customer_changed"
    assert (refused.value.customer_id, refused.value.expected, refused.value.current) == (
        minsu,
        1,
        2,
    )
    card = get_customer(minsu)
    assert (card.notes, card.email, card.version) == ("딸 3월 입학", None, 2)
    assert customer_tags(minsu) == []


def test_a_save_with_nothing_changed_keeps_the_version(db: Database) -> None:
    minsu = customer()
    opened = get_customer(minsu)
    saved = save_card(minsu, {"name": "김민수"}, tags=[], expected_version=opened.version)
    assert saved.version == 1


def test_a_refused_value_saves_nothing_and_keeps_the_version(db: Database) -> None:
    minsu = customer()
    with pytest.raises(ValidationError):
        save_card(minsu, {"notes": "새 메모", "name": " "}, tags=["단골"], expected_version=1)
    card = get_customer(minsu)
    assert (card.notes, card.version) == (None, 1)
    assert customer_tags(minsu) == []


def test_the_staff_in_charge_is_saved_with_the_card_and_must_work_here(db: Database) -> None:
    minsu = customer()
    jiyun = add_staff("오지현")
    saved = save_card(minsu, {"staff_id": jiyun}, expected_version=1)
    assert (saved.staff_id, saved.staff_name, saved.version) == (jiyun, "오지현", 2)
    with pytest.raises(NotFound) as refused:
        save_card(minsu, {"staff_id": jiyun + 100}, expected_version=2)
    assert refused.value.code == "staff_not_found"
    assert get_customer(minsu).staff_id == jiyun


def test_handing_a_leaving_staff_members_customers_on_counts_a_version(db: Database) -> None:
    minsu = customer()
    leaving, staying = add_staff("오지현"), add_staff("정우진")
    opened = save_card(minsu, {"staff_id": leaving}, expected_version=1)
    remove_staff(leaving, hand_to=staying)
    with pytest.raises(Conflict):
        save_card(minsu, {"notes": "귀리 우유"}, expected_version=opened.version)
    assert get_customer(minsu).staff_id == staying


@pytest.mark.parametrize(
    "edit",
    [
        lambda cid, v: update_customer(cid, {"notes": "메모"}, expected_version=v),
        lambda cid, v: set_customer_tags(cid, ["단골"], expected_version=v),
        lambda cid, v: assign_staff(cid, add_staff("정우진"), expected_version=v),
        lambda cid, v: set_stage_override(cid, "repeat", note="오래된 단골", expected_version=v),
    ],
    ids=["fields", "tags", "staff", "stage override"],
)
def test_every_core_edit_of_a_card_counts_a_version_and_checks_the_one_given(
    db: Database, edit: object
) -> None:
    minsu = customer()
    edit(minsu, 1)  # type: ignore[operator]
    assert version(minsu) == 2
    with pytest.raises(Conflict):
        edit(minsu, 1)  # type: ignore[operator]
    assert version(minsu) == 2


def test_an_edit_without_a_version_is_not_checked_but_still_counts(db: Database) -> None:
    minsu = customer()
    update_customer(minsu, {"notes": "메모"})
    set_customer_tags(minsu, ["단골"])
    assign_staff(minsu, add_staff("정우진"))
    set_stage_override(minsu, "prospect")
    assert version(minsu) == 5


def test_the_same_value_again_does_not_count_a_version(db: Database) -> None:
    minsu = customer()
    update_customer(minsu, {"name": "김민수"}, expected_version=1)
    set_customer_tags(minsu, [], expected_version=1)
    assign_staff(minsu, None, expected_version=1)
    set_stage_override(minsu, None, expected_version=1)
    assert version(minsu) == 1


def test_sales_points_and_visits_leave_the_version_alone(db: Database) -> None:
    minsu = customer()
    opened = get_customer(minsu)
    buy(minsu, 12_000, SOLD_ON)
    add_points(minsu, 500, kind="adjust", on=SOLD_ON)
    record_visit(minsu, occurred_at=dt.datetime(2025, 10, 4, 11, 0))
    saved = save_card(minsu, {"notes": "딸 3월 입학"}, expected_version=opened.version)
    assert saved.version == 2
    assert saved.purchase_count == 1


def test_a_save_for_a_customer_who_is_gone_is_not_found(db: Database) -> None:
    with pytest.raises(NotFound) as refused:
        save_card(999, {"notes": "메모"}, expected_version=1)
    assert refused.value.code == "customer_not_found"
