"""Staff roles: owner, manager, staff; only an owner or a manager overrides a stage."""

from __future__ import annotations

import pytest
from peewee import Database

from shopcrm.customers import get_customer
from shopcrm.errors import NotFound, ValidationError
from shopcrm.ladder import set_stage_override
from shopcrm.staff import (
    STAFF_ROLES,
    add_staff,
    assign_staff,
    check_authority,
    list_staff,
    remove_staff,
    rename_staff,
    set_staff_role,
)
from shopcrm.vocabulary import describe_error, word
from tests.helpers.shop_helpers import customer


def roles() -> dict[str, str]:
    return {member.name: member.role for member in list_staff()}


def test_a_new_staff_member_is_staff_unless_a_role_is_given(db: Database) -> None:
    add_staff("정우진")
    add_staff("이하늘", role="manager")
    add_staff("박서연", role="owner")
    assert roles() == {"박서연": "owner", "이하늘": "manager", "정우진": "staff"}
    assert all(member.role in STAFF_ROLES for member in list_staff())


def test_a_role_may_be_given_by_its_word(db: Database) -> None:
    add_staff("이하늘", role="매니저")
    add_staff("박서연", role="Owner")
    assert roles() == {"박서연": "owner", "이하늘": "manager"}


def test_an_unknown_role_is_refused_and_nobody_is_added(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        add_staff("정우진", role="제빵사")
    assert refused.value.code == "invalid_staff_role"
    assert "제빵사" in describe_error(refused.value, "ko")
    assert list_staff() == []


def test_the_roles_have_korean_and_english_words() -> None:
    assert [word("staff_role", role, "ko") for role in STAFF_ROLES] == ["사장", "매니저", "직원"]
    assert [word("staff_role", role, "en") for role in STAFF_ROLES] == ["Owner", "Manager", "Staff"]


def test_a_staff_member_is_renamed(db: Database) -> None:
    member = add_staff("정우 진")
    rename_staff(member, " 정우진 ")
    assert [m.name for m in list_staff()] == ["정우진"]
    with pytest.raises(ValidationError) as refused:
        rename_staff(member, "  ")
    assert refused.value.code == "name_required"
    assert [m.name for m in list_staff()] == ["정우진"]


def test_a_removed_member_cannot_be_renamed_or_given_a_role(db: Database) -> None:
    member = add_staff("정우진")
    remove_staff(member)
    with pytest.raises(NotFound):
        rename_staff(member, "정우진2")
    with pytest.raises(NotFound):
        set_staff_role(member, "manager")


def test_a_role_is_changed(db: Database) -> None:
    add_staff("박서연", role="owner")
    member = add_staff("정우진")
    set_staff_role(member, "manager")
    assert roles()["정우진"] == "manager"
    with pytest.raises(ValidationError) as refused:
        set_staff_role(member, "boss")
    assert refused.value.code == "invalid_staff_role"
    assert roles()["정우진"] == "manager"


def test_the_last_owner_cannot_step_down_or_leave_while_others_work_there(db: Database) -> None:
    owner = add_staff("박서연", role="owner")
    manager = add_staff("이하늘", role="manager")
    for attempt in (lambda: set_staff_role(owner, "manager"), lambda: remove_staff(owner)):
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert refused.value.code == "last_owner"
        assert "박서연" in describe_error(refused.value, "ko")
    assert roles() == {"박서연": "owner", "이하늘": "manager"}
    # once another is owner, she may go
    set_staff_role(manager, "owner")
    remove_staff(owner, hand_to=manager)
    assert roles() == {"이하늘": "owner"}


def test_the_only_person_in_the_shop_may_leave_even_as_owner(db: Database) -> None:
    owner = add_staff("박서연", role="owner")
    remove_staff(owner)
    assert list_staff() == []


def test_removing_a_manager_hands_her_customers_over(db: Database) -> None:
    add_staff("박서연", role="owner")
    manager, other = add_staff("이하늘", role="manager"), add_staff("정우진")
    someone = customer()
    assign_staff(someone, manager)
    assert remove_staff(manager, hand_to=other) == 1
    assert get_customer(someone).staff_id == other


def test_only_an_owner_or_a_manager_has_authority(db: Database) -> None:
    owner = add_staff("박서연", role="owner")
    manager = add_staff("이하늘", role="manager")
    staff = add_staff("정우진")
    check_authority(owner)
    check_authority(manager)
    for nobody in (staff, None, 999):
        with pytest.raises(ValidationError) as refused:
            check_authority(nobody)
        assert refused.value.code == "owner_or_manager_required"
    remove_staff(manager)
    with pytest.raises(ValidationError):
        check_authority(manager)


def test_a_shop_without_owner_or_manager_lets_everybody_decide(db: Database) -> None:
    check_authority(None)
    staff = add_staff("정우진")
    check_authority(staff)
    check_authority(None)


def test_a_stage_override_needs_an_owner_or_a_manager(db: Database) -> None:
    manager = add_staff("이하늘", role="manager")
    staff = add_staff("정우진")
    someone = customer()
    before = get_customer(someone).stage
    with pytest.raises(ValidationError) as refused:
        set_stage_override(someone, "advocate", note="단체 주문 소개", staff_id=staff)
    assert refused.value.code == "owner_or_manager_required"
    assert get_customer(someone).stage == before
    assert set_stage_override(someone, "advocate", note="단체 주문", staff_id=manager) == "advocate"
