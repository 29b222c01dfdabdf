"""A complaint goes through its steps in order; every step out of order is refused, worded."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest
from peewee import Database

from shopcrm import complaints
from shopcrm.complaints import ComplaintIntake, RemedyInput
from shopcrm.errors import NotFound, ValidationError
from shopcrm.models import AuditEntry, ComplaintStep
from shopcrm.staff import add_staff
from shopcrm.vocabulary import ENGLISH, KOREAN, describe_error, word
from tests.helpers.shop_helpers import buy, customer

DAY = dt.datetime(2026, 6, 3, 11, 0)


def at(minutes: int) -> dt.datetime:
    return DAY + dt.timedelta(minutes=minutes)


def intake(customer_id: int, **changes: object) -> ComplaintIntake:
    values: dict[str, object] = {
        "customer_id": customer_id,
        "channel": "counter",
        "happened_at": DAY - dt.timedelta(hours=1),
        "category": "product",
        "severity": "medium",
        "words": "크림빵 속이 비어 있었어요. 속상해요.",
        "wants": "새 빵으로 바꿔 주세요",
    }
    values.update(changes)
    return ComplaintIntake(**values)  # type: ignore[arg-type]


@pytest.fixture
def shop(db: Database) -> dict[str, int]:
    return {
        "owner": add_staff("박서연", "owner"),
        "manager": add_staff("이하늘", "manager"),
        "staff": add_staff("정우진", "staff"),
        "customer": customer("김민수", "010-1234-5678"),
    }


def resolved(shop: dict[str, int], **changes: object) -> int:
    complaint_id = complaints.open_complaint(intake(shop["customer"], **changes), at=at(0))
    complaints.apologise(complaint_id, staff_id=shop["manager"], in_person=True, at=at(5))
    complaints.resolve_complaint(
        complaint_id, [RemedyInput("exchange", 3200)], staff_id=shop["staff"], at=at(10)
    )
    return complaint_id


def refused(call: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


def test_a_complaint_goes_from_received_to_closed_with_a_follow_up(shop: dict[str, int]) -> None:
    complaint_id = complaints.receive_complaint(intake(shop["customer"], words=None), at=at(0))
    assert complaints.complaint_state(complaint_id) == "received"
    complaints.hear_complaint(
        complaint_id, words="크림빵 속이 비어 있었어요.", staff_id=shop["staff"], at=at(2)
    )
    assert complaints.complaint_state(complaint_id) == "heard"
    complaints.apologise(
        complaint_id, staff_id=shop["staff"], in_person=True, note="죄송합니다", at=at(4)
    )
    assert complaints.complaint_state(complaint_id) == "apologised"
    complaints.resolve_complaint(
        complaint_id,
        [RemedyInput("exchange", 3200), RemedyInput("gift", 2000, note="쿠키")],
        staff_id=shop["staff"],
        at=at(6),
    )
    assert complaints.complaint_state(complaint_id) == "resolved"
    complaints.set_follow_up(complaint_id, dt.date(2026, 6, 10), at=at(7))
    assert complaints.complaint_state(complaint_id) == "resolved"
    complaints.record_follow_up_done(
        complaint_id, staff_id=shop["owner"], note="전화드림, 괜찮다고 하심", at=at(7 * 24 * 60)
    )
    assert complaints.complaint_state(complaint_id) == "followed_up"
    complaints.close_complaint(
        complaint_id, satisfaction=5, comment="다음에 또 올게요", at=at(7 * 24 * 60 + 1)
    )
    detail = complaints.complaint_detail(complaint_id, today=dt.date(2026, 6, 10))
    assert detail.state == "closed"
    assert detail.words == "크림빵 속이 비어 있었어요."
    assert detail.wants == "새 빵으로 바꿔 주세요"
    assert detail.apologised_by_name == "정우진" and detail.apology_note == "죄송합니다"
    assert [(r.kind, r.amount, r.note) for r in detail.remedies] == [
        ("exchange", 3200, None),
        ("gift", 2000, "쿠키"),
    ]
    assert detail.follow_up_on == dt.date(2026, 6, 10)
    assert detail.follow_up_note == "전화드림, 괜찮다고 하심"
    assert (detail.satisfaction, detail.satisfaction_comment) == (5, "다음에 또 올게요")
    assert detail.advocate_candidate
    assert [(s.kind, s.from_state, s.to_state) for s in detail.steps] == [
        ("receive", None, "received"),
        ("hear", "received", "heard"),
        ("apologise", "heard", "apologised"),
        ("resolve", "apologised", "resolved"),
        ("set_follow_up", "resolved", "resolved"),
        ("follow_up_done", "resolved", "followed_up"),
        ("close", "followed_up", "closed"),
    ]
    assert detail.steps[5].staff_name == "박서연"
    assert detail.steps[0].at == at(0) and detail.steps[-1].at == at(7 * 24 * 60 + 1)


def test_every_step_writes_the_audit_trail(shop: dict[str, int]) -> None:
    complaint_id = resolved(shop)
    entries = list(
        AuditEntry.select()
        .where((AuditEntry.entity == "complaint") & (AuditEntry.row_id == complaint_id))
        .order_by(AuditEntry.id)
    )
    assert [entry.action for entry in entries] == ["receive", "hear", "apologise", "resolve"]
    assert {entry.customer_id for entry in entries} == {shop["customer"]}
    assert json.loads(entries[-1].changes)["state"] == ["apologised", "resolved"]


def test_without_a_follow_up_date_a_resolved_complaint_closes_at_once(
    shop: dict[str, int],
) -> None:
    complaint_id = resolved(shop)
    complaints.close_complaint(complaint_id, satisfaction=3, at=at(20))
    assert complaints.complaint_state(complaint_id) == "closed"


def test_a_follow_up_date_taken_away_lets_it_close(shop: dict[str, int]) -> None:
    complaint_id = resolved(shop)
    complaints.set_follow_up(complaint_id, dt.date(2026, 6, 10), at=at(11))
    complaints.set_follow_up(complaint_id, None, at=at(12))
    complaints.close_complaint(complaint_id, satisfaction=4, at=at(13))
    assert complaints.complaint_state(complaint_id) == "closed"


def test_a_closed_complaint_reopens_at_heard_and_goes_round_again(shop: dict[str, int]) -> None:
    complaint_id = resolved(shop)
    complaints.set_follow_up(complaint_id, dt.date(2026, 6, 10), at=at(11))
    complaints.record_follow_up_done(complaint_id, at=at(12))
    complaints.close_complaint(complaint_id, satisfaction=2, at=at(13))
    complaints.reopen_complaint(complaint_id, reason="다시 전화 주심", at=at(60))
    detail = complaints.complaint_detail(complaint_id, today=dt.date(2026, 6, 3))
    assert detail.state == "heard"
    assert (detail.satisfaction, detail.follow_up_on, detail.closed_at) == (None, None, None)
    assert detail.next_steps[0] == "apologise"
    complaints.apologise(complaint_id, staff_id=shop["owner"], in_person=True, at=at(61))
    complaints.resolve_complaint(complaint_id, [RemedyInput("gift", 2000)], at=at(62))
    complaints.close_complaint(complaint_id, satisfaction=5, at=at(63))
    detail = complaints.complaint_detail(complaint_id, today=dt.date(2026, 6, 3))
    assert detail.state == "closed"
    assert [r.kind for r in detail.remedies] == ["exchange", "gift"]
    assert [s.kind for s in detail.steps].count("close") == 2


@pytest.mark.parametrize(
    "before",
    ["received", "heard", "apologised", "resolved", "resolved_with_date", "followed_up"],
)
def test_a_complaint_is_withdrawn_from_any_state_before_closed(
    shop: dict[str, int], before: str
) -> None:
    complaint_id = complaints.receive_complaint(intake(shop["customer"]), at=at(0))
    steps = [
        lambda: complaints.hear_complaint(complaint_id, at=at(1)),
        lambda: complaints.apologise(
            complaint_id, staff_id=shop["staff"], in_person=True, at=at(2)
        ),
        lambda: complaints.resolve_complaint(complaint_id, [], at=at(3)),
        lambda: complaints.set_follow_up(complaint_id, dt.date(2026, 6, 9), at=at(4)),
        lambda: complaints.record_follow_up_done(complaint_id, at=at(5)),
    ]
    order = ["received", "heard", "apologised", "resolved", "resolved_with_date", "followed_up"]
    for step in steps[: order.index(before)]:
        step()
    complaints.withdraw_complaint(complaint_id, reason="오해였다고 하심", at=at(30))
    detail = complaints.complaint_detail(complaint_id, today=dt.date(2026, 6, 3))
    assert detail.state == "withdrawn" and detail.withdrawn_at == at(30)
    assert detail.steps[-1].note == "오해였다고 하심"


def test_a_note_and_a_diagnosis_leave_the_state_as_it_is(shop: dict[str, int]) -> None:
    complaint_id = resolved(shop)
    complaints.add_complaint_note(complaint_id, "사장님께 보고함", at=at(30))
    complaints.diagnose_complaint(
        complaint_id,
        root_cause="크림 주입기가 막혀 있었음",
        shop_change="아침마다 주입기 청소",
        staff_id=shop["owner"],
        at=at(40),
    )
    detail = complaints.complaint_detail(complaint_id, today=dt.date(2026, 6, 3))
    assert detail.state == "resolved"
    assert (detail.root_cause, detail.shop_change) == (
        "크림 주입기가 막혀 있었음",
        "아침마다 주입기 청소",
    )
    assert [s.kind for s in detail.steps][-2:] == ["note", "diagnose"]
    assert detail.steps[-2].note == "사장님께 보고함"


def test_page_one_typed_again_corrects_the_complaint(shop: dict[str, int]) -> None:
    complaint_id = complaints.open_complaint(intake(shop["customer"]), at=at(0))
    complaints.revise_complaint(
        complaint_id,
        intake(shop["customer"], category="hygiene", channel="phone", wants="사과만 받으면 돼요"),
        at=at(3),
    )
    detail = complaints.complaint_detail(complaint_id, today=dt.date(2026, 6, 3))
    assert (detail.category, detail.channel, detail.wants) == (
        "hygiene",
        "phone",
        "사과만 받으면 돼요",
    )
    assert detail.state == "heard"
    assert detail.steps[-1].kind == "revise"


def test_categories_and_channels_may_be_given_in_words(shop: dict[str, int]) -> None:
    complaint_id = complaints.open_complaint(
        intake(shop["customer"], category="위생", channel="온라인 리뷰", severity="높음"), at=at(0)
    )
    detail = complaints.complaint_detail(complaint_id, today=dt.date(2026, 6, 3))
    assert (detail.category, detail.channel, detail.severity) == (
        "hygiene",
        "online_review",
        "high",
    )


def test_a_category_the_shop_added_is_taken_and_one_it_removed_is_refused(
    shop: dict[str, int],
) -> None:
    from shopcrm.settings import save_settings

    save_settings({"complaint_categories": ["상품", "주차", "기타"]})
    complaint_id = complaints.open_complaint(intake(shop["customer"], category="주차"), at=at(0))
    assert complaints.complaint_detail(complaint_id, today=DAY.date()).category == "주차"
    assert complaints.complaint_categories() == ["product", "주차", "other"]
    error = refused(lambda: complaints.open_complaint(intake(shop["customer"], category="hygiene")))
    assert error.code == "invalid_complaint_category"


# --- illegal steps ------------------------------------------------------------------------------

TAKEN = (
    "hear",
    "apologise",
    "resolve",
    "set_follow_up",
    "follow_up_done",
    "close",
    "reopen",
    "withdraw",
    "revise",
    "diagnose",
    "note",
)
"""The steps a test takes on a complaint that exists (receive makes one)."""
BEFORE_CLOSING = ("withdraw", "revise", "diagnose", "note")
LEGAL = {
    "received": ("hear", *BEFORE_CLOSING),
    "heard": ("apologise", *BEFORE_CLOSING),
    "apologised": ("resolve", *BEFORE_CLOSING),
    "resolved": ("set_follow_up", "close", *BEFORE_CLOSING),
    "resolved_with_date": ("set_follow_up", "follow_up_done", *BEFORE_CLOSING),
    "followed_up": ("close", *BEFORE_CLOSING),
    "closed": ("reopen", "diagnose", "note"),
    "withdrawn": ("note",),
}
"""The issue's state machine, written out: what each state allows."""
ILLEGAL = [(state, step) for state, legal in LEGAL.items() for step in TAKEN if step not in legal]
LEGAL_PAIRS = [(state, step) for state, legal in LEGAL.items() for step in legal]


def _bring_to(shop: dict[str, int], state: str) -> int:
    complaint_id = complaints.receive_complaint(intake(shop["customer"]), at=at(0))
    if state == "resolved_with_date":
        _bring_to_more(shop, complaint_id, "resolved")
        complaints.set_follow_up(complaint_id, dt.date(2026, 6, 4), at=at(4))
        return complaint_id
    if state == "withdrawn":
        complaints.withdraw_complaint(complaint_id, at=at(1))
        return complaint_id
    _bring_to_more(shop, complaint_id, state)
    return complaint_id


def _bring_to_more(shop: dict[str, int], complaint_id: int, state: str) -> None:
    path = ["heard", "apologised", "resolved", "followed_up", "closed"]
    steps = {
        "heard": lambda: complaints.hear_complaint(complaint_id, at=at(1)),
        "apologised": lambda: complaints.apologise(
            complaint_id, staff_id=shop["staff"], in_person=True, at=at(2)
        ),
        "resolved": lambda: complaints.resolve_complaint(complaint_id, [], at=at(3)),
        "followed_up": lambda: (
            complaints.set_follow_up(complaint_id, dt.date(2026, 6, 4), at=at(4)),
            complaints.record_follow_up_done(complaint_id, at=at(5)),
        ),
        "closed": lambda: complaints.close_complaint(complaint_id, satisfaction=4, at=at(6)),
    }
    for reached in path[: path.index(state) + 1] if state in path else []:
        steps[reached]()


def _take(step: str, complaint_id: int, shop: dict[str, int]) -> None:
    later = at(600)
    calls: dict[str, Callable[[], object]] = {
        "hear": lambda: complaints.hear_complaint(complaint_id, words="다시", at=later),
        "apologise": lambda: complaints.apologise(
            complaint_id, staff_id=shop["owner"], in_person=True, at=later
        ),
        "resolve": lambda: complaints.resolve_complaint(complaint_id, [], at=later),
        "close": lambda: complaints.close_complaint(complaint_id, satisfaction=3, at=later),
        "reopen": lambda: complaints.reopen_complaint(complaint_id, at=later),
        "set_follow_up": lambda: complaints.set_follow_up(
            complaint_id, dt.date(2026, 6, 20), at=later
        ),
        "follow_up_done": lambda: complaints.record_follow_up_done(complaint_id, at=later),
        "withdraw": lambda: complaints.withdraw_complaint(complaint_id, at=later),
        "revise": lambda: complaints.revise_complaint(
            complaint_id, intake(shop["customer"], category="price"), at=later
        ),
        "note": lambda: complaints.add_complaint_note(complaint_id, "메모", at=later),
        "diagnose": lambda: complaints.diagnose_complaint(
            complaint_id, root_cause="원인", at=later
        ),
    }
    calls[step]()


@pytest.mark.parametrize(("state", "step"), ILLEGAL, ids=[f"{s}-{t}" for s, t in ILLEGAL])
def test_an_illegal_step_is_refused_and_changes_nothing(
    shop: dict[str, int], state: str, step: str
) -> None:
    complaint_id = _bring_to(shop, state)
    state = state.removesuffix("_with_date")
    assert complaints.complaint_state(complaint_id) == state
    steps_before = ComplaintStep.select().where(ComplaintStep.complaint == complaint_id).count()
    error = refused(lambda: _take(step, complaint_id, shop))
    assert error.code in (
        "complaint_step_not_allowed",
        "no_follow_up_planned",
        "follow_up_pending",
    )
    assert complaints.complaint_state(complaint_id) == state
    assert (
        ComplaintStep.select().where(ComplaintStep.complaint == complaint_id).count()
        == steps_before
    )
    korean = describe_error(error, KOREAN)
    assert "{" not in korean and korean != error.code


@pytest.mark.parametrize(("state", "step"), LEGAL_PAIRS, ids=[f"{s}-{t}" for s, t in LEGAL_PAIRS])
def test_every_legal_step_is_taken_and_logged(shop: dict[str, int], state: str, step: str) -> None:
    complaint_id = _bring_to(shop, state)
    _take(step, complaint_id, shop)
    detail = complaints.complaint_detail(complaint_id, today=DAY.date())
    assert detail.steps[-1].kind == step
    assert detail.steps[-1].at == at(600)
    expected = {
        "hear": "heard",
        "apologise": "apologised",
        "resolve": "resolved",
        "set_follow_up": "resolved",
        "follow_up_done": "followed_up",
        "close": "closed",
        "reopen": "heard",
        "withdraw": "withdrawn",
    }.get(step, state.removesuffix("_with_date"))
    assert detail.state == expected


def test_the_refusal_names_the_state_and_the_step_in_words(shop: dict[str, int]) -> None:
    complaint_id = _bring_to(shop, "received")
    error = refused(lambda: complaints.close_complaint(complaint_id, satisfaction=4, at=at(9)))
    assert describe_error(error, KOREAN) == "지금 상태(접수)에서는 '종결'을(를) 할 수 없습니다."
    assert describe_error(error, ENGLISH) == (
        "The complaint is at 'Received': 'Closed' is not possible now."
    )


def test_closing_with_a_follow_up_planned_is_refused_with_its_date(shop: dict[str, int]) -> None:
    complaint_id = resolved(shop)
    complaints.set_follow_up(complaint_id, dt.date(2026, 6, 10), at=at(11))
    error = refused(lambda: complaints.close_complaint(complaint_id, satisfaction=5, at=at(12)))
    assert error.code == "follow_up_pending"
    assert "2026-06-10" in describe_error(error, KOREAN)


def test_follow_up_done_without_a_date_is_refused(shop: dict[str, int]) -> None:
    complaint_id = resolved(shop)
    assert refused(lambda: complaints.record_follow_up_done(complaint_id, at=at(11))).code == (
        "no_follow_up_planned"
    )


def test_the_state_words_are_the_shops_words() -> None:
    assert [word("complaint_state", state, KOREAN) for state in complaints.STATES] == [
        "접수",
        "경청",
        "사과",
        "해결",
        "후속 조치",
        "종결",
        "철회",
    ]


# --- each step checks its data ----------------------------------------------------------------


def test_listening_needs_her_own_words(shop: dict[str, int]) -> None:
    assert refused(
        lambda: complaints.open_complaint(intake(shop["customer"], words="  "), at=at(0))
    ).code == ("complaint_words_required")
    complaint_id = complaints.receive_complaint(intake(shop["customer"], words=None), at=at(0))
    assert refused(lambda: complaints.hear_complaint(complaint_id, at=at(1))).code == (
        "complaint_words_required"
    )


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"channel": "fax"}, "invalid_complaint_channel"),
        ({"category": "weather"}, "invalid_complaint_category"),
        ({"severity": "urgent"}, "invalid_complaint_severity"),
        ({"happened_at": DAY + dt.timedelta(days=1)}, "complaint_happened_later"),
    ],
)
def test_the_intake_is_checked(shop: dict[str, int], changes: dict[str, object], code: str) -> None:
    error = refused(
        lambda: complaints.open_complaint(intake(shop["customer"], **changes), at=at(0))
    )
    assert error.code == code
    assert complaints.list_complaints(today=DAY.date()) == []


def test_the_purchase_concerned_must_be_hers(shop: dict[str, int]) -> None:
    other = customer("이서연", "010-2222-3333")
    hers = buy(other, 12_000, dt.date(2026, 6, 1))
    error = refused(
        lambda: complaints.open_complaint(intake(shop["customer"], purchase_id=hers), at=at(0))
    )
    assert error.code == "complaint_purchase_not_hers"


def test_an_unknown_customer_or_complaint_is_not_found(shop: dict[str, int]) -> None:
    with pytest.raises(NotFound):
        complaints.open_complaint(intake(9999), at=at(0))
    with pytest.raises(NotFound) as caught:
        complaints.complaint_state(9999)
    assert caught.value.code == "complaint_not_found"


def test_a_step_dated_before_the_one_before_it_is_refused(shop: dict[str, int]) -> None:
    complaint_id = complaints.open_complaint(intake(shop["customer"]), at=at(10))
    error = refused(
        lambda: complaints.apologise(complaint_id, staff_id=shop["staff"], in_person=True, at=at(5))
    )
    assert error.code == "complaint_step_before_previous"


def test_the_apology_names_who_apologised(shop: dict[str, int]) -> None:
    complaint_id = complaints.open_complaint(intake(shop["customer"]), at=at(0))
    error = refused(
        lambda: complaints.apologise(complaint_id, staff_id=None, in_person=True, at=at(1))
    )
    assert error.code == "apology_staff_required"


@pytest.mark.parametrize("satisfaction", [0, 6, -1])
def test_satisfaction_goes_from_one_to_five(shop: dict[str, int], satisfaction: int) -> None:
    complaint_id = resolved(shop)
    error = refused(
        lambda: complaints.close_complaint(complaint_id, satisfaction=satisfaction, at=at(20))
    )
    assert error.code == "invalid_satisfaction"
    assert complaints.complaint_state(complaint_id) == "resolved"


def test_a_follow_up_before_the_day_it_was_resolved_is_refused(shop: dict[str, int]) -> None:
    complaint_id = resolved(shop)
    error = refused(lambda: complaints.set_follow_up(complaint_id, dt.date(2026, 6, 2), at=at(11)))
    assert error.code == "follow_up_before_resolution"


def test_a_diagnosis_needs_a_root_cause_and_a_note_its_text(shop: dict[str, int]) -> None:
    complaint_id = resolved(shop)
    assert refused(
        lambda: complaints.diagnose_complaint(complaint_id, root_cause=" ", at=at(11))
    ).code == ("root_cause_required")
    assert refused(lambda: complaints.add_complaint_note(complaint_id, "", at=at(11))).code == (
        "note_required"
    )


# --- high severity ------------------------------------------------------------------------------


def test_high_severity_needs_the_owner_or_a_manager(shop: dict[str, int]) -> None:
    complaint_id = complaints.open_complaint(intake(shop["customer"], severity="high"), at=at(0))
    error = refused(
        lambda: complaints.apologise(complaint_id, staff_id=shop["staff"], in_person=True, at=at(1))
    )
    assert error.code == "apology_needs_owner_or_manager"
    assert "사장이나 매니저" in describe_error(error, KOREAN)
    assert complaints.complaint_state(complaint_id) == "heard"
    complaints.apologise(complaint_id, staff_id=shop["manager"], in_person=True, at=at(2))
    assert complaints.complaint_state(complaint_id) == "apologised"


def test_high_severity_needs_an_apology_in_person(shop: dict[str, int]) -> None:
    complaint_id = complaints.open_complaint(intake(shop["customer"], severity="high"), at=at(0))
    error = refused(
        lambda: complaints.apologise(
            complaint_id, staff_id=shop["owner"], in_person=False, at=at(1)
        )
    )
    assert error.code == "apology_not_in_person"
    assert complaints.complaint_state(complaint_id) == "heard"


def test_raising_the_severity_after_a_staff_apology_is_refused(shop: dict[str, int]) -> None:
    complaint_id = complaints.open_complaint(intake(shop["customer"]), at=at(0))
    complaints.apologise(complaint_id, staff_id=shop["staff"], in_person=False, at=at(1))
    error = refused(
        lambda: complaints.revise_complaint(
            complaint_id, intake(shop["customer"], severity="high"), at=at(2)
        )
    )
    assert error.code == "apology_needs_owner_or_manager"


def test_a_shop_without_owner_or_manager_lets_its_one_person_apologise(db: Database) -> None:
    alone = add_staff("김사장", "staff")
    complaint_id = complaints.open_complaint(intake(customer("김민수"), severity="high"), at=at(0))
    complaints.apologise(complaint_id, staff_id=alone, in_person=True, at=at(1))
    assert complaints.complaint_state(complaint_id) == "apologised"
