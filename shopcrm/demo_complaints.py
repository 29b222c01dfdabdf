"""The demo shop's complaints: fourteen stories, one for every state and turn of the wizard.

They are written through the core's own steps (`shopcrm.complaints`), dated before the demo's
`today`, for customers chosen by a fixed walk over the customer numbers (no random draw, so
the rest of the demo shop stays exactly as the seed makes it). The remedies give nothing
that changes a customer's totals or points (no refunds, no points): the demo's customers stay
what the core's rules make of their purchases.

Among them: a follow-up overdue by five days, and a customer won back (satisfaction 5, and
she bought again within 30 days of the closing).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from shopcrm import complaints
from shopcrm.complaints import ComplaintIntake, RemedyInput
from shopcrm.db import rows_of
from shopcrm.models import Customer, Purchase, Staff


@dataclass(frozen=True)
class _Story:
    """One demo complaint: how far it got, and what was said and done."""

    reached: str  # a state, or "reopened"
    days_ago: int
    channel: str
    category: str
    severity: str
    words: str
    wants: str | None = None
    remedies: tuple[RemedyInput, ...] = ()
    follow_up_in_days: int | None = None  # from the day it was resolved
    satisfaction: int | None = None
    comment: str | None = None
    root_cause: str | None = None
    shop_change: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


STORIES = (
    _Story(
        "received",
        1,
        "online_review",
        "service",
        "medium",
        "주말 오후에 갔는데 인사도 없고 계산만 하더라고요. 별 두 개입니다.",
    ),
    _Story(
        "heard",
        2,
        "phone",
        "waiting",
        "low",
        "예약한 케이크를 찾으러 갔는데 20분이나 기다렸어요.",
        wants="다음에는 시간 맞춰 준비해 주세요",
    ),
    _Story(
        "apologised",
        3,
        "counter",
        "product",
        "high",
        "생크림 케이크에서 머리카락이 나왔어요. 아이 생일 케이크였는데요.",
        wants="환불과 사과를 원해요",
    ),
    _Story(
        "resolved",
        4,
        "counter",
        "product",
        "medium",
        "바게트가 너무 딱딱해요. 오늘 아침에 구운 게 맞나요?",
        wants="새 빵으로 바꿔 주세요",
        remedies=(RemedyInput("exchange", 4_500),),
        follow_up_in_days=7,
    ),
    _Story(
        "resolved",
        12,
        "phone",
        "price",
        "low",
        "영수증 금액이 진열대 가격이랑 달라요.",
        wants="차액을 돌려주세요",
        remedies=(RemedyInput("discount", 1_000, note="다음 구매 때 차감"),),
        follow_up_in_days=7,  # five days overdue by the demo's today
    ),
    _Story(
        "followed_up",
        20,
        "counter",
        "staff",
        "medium",
        "새로 온 직원분이 주문을 두 번이나 잘못 받았어요.",
        remedies=(RemedyInput("redo", 0), RemedyInput("gift", 2_000, note="쿠키 한 봉지")),
        follow_up_in_days=7,
    ),
    _Story(
        "closed",
        0,  # the day of a purchase she came back after (see _recovered_customer)
        "counter",
        "product",
        "high",
        "크루아상 속이 덜 익었어요. 실망했어요.",
        wants="제대로 된 빵으로 다시 주세요",
        remedies=(RemedyInput("redo", 0), RemedyInput("gift", 5_000, note="마카롱 세트")),
        satisfaction=5,
        comment="사장님이 직접 사과해 주셔서 오히려 감동했어요. 또 올게요!",
        root_cause="오븐 온도계가 고장 나 있었음",
        shop_change="매일 아침 오븐 온도를 따로 재서 기록",
    ),
    _Story(
        "closed",
        40,
        "message",
        "waiting",
        "low",
        "배달 예약 시간이 30분 늦었어요.",
        remedies=(RemedyInput("discount", 2_000),),
        satisfaction=4,
        comment="괜찮아요, 다음엔 제시간에 부탁해요",
    ),
    _Story(
        "closed",
        60,
        "counter",
        "hygiene",
        "high",
        "진열대 빵 위로 날파리가 앉아 있었어요.",
        wants="위생 관리를 제대로 해 주세요",
        remedies=(
            RemedyInput("travel_cost", 5_000),
            RemedyInput("gift", 8_000, note="식빵과 잼"),
        ),
        satisfaction=2,
        comment="사과는 받았지만 다시 갈지는 모르겠어요",
        root_cause="진열대 덮개 없이 오후까지 두었음",
        shop_change="오후 2시부터 진열대에 덮개를 씌움",
    ),
    _Story(
        "withdrawn",
        15,
        "phone",
        "price",
        "low",
        "포인트가 적립이 안 된 것 같아요.",
        notes=("확인해 보니 적립되어 있었음. 고객님이 철회하심",),
    ),
    _Story(
        "reopened",
        30,
        "counter",
        "service",
        "medium",
        "선물 포장을 부탁했는데 리본이 빠져 있었어요.",
        remedies=(RemedyInput("redo", 0),),
        satisfaction=2,
        comment="다시 포장해 주셨는데 또 구겨져 있었어요",
    ),
    _Story(
        "closed",
        90,
        "online_review",
        "price",
        "medium",
        "같은 빵인데 지난달보다 500원이나 올랐네요.",
        satisfaction=3,
        comment="설명을 듣고 이해했어요",
        root_cause="가격 인상 안내문이 없었음",
        shop_change="가격을 올릴 때 2주 전부터 계산대에 안내문을 붙임",
    ),
    _Story(
        "closed",
        120,
        "counter",
        "product",
        "medium",
        "단팥빵에 팥이 너무 적어요.",
        remedies=(RemedyInput("exchange", 2_800),),
        satisfaction=5,
        comment="바로 바꿔 주셔서 좋았어요",
    ),
    _Story(
        "resolved",
        1,
        "counter",
        "other",
        "low",
        "주차할 곳이 없어서 한참 돌았어요.",
        remedies=(RemedyInput("travel_cost", 3_000, note="주차비"),),
    ),
)
"""Every state a complaint can be in, and the turns between them, once at least."""

_WALK = 37  # customer numbers visited: 1, 38, 75, ... (mod the number of customers)


def write_demo_complaints(today: dt.date, customers: int) -> int:
    """Write the demo complaints for a shop of `customers` customers (call it in the demo's
    transaction, after the customers and staff). Returns how many were written."""
    if customers <= 0:
        return 0
    staff = dict(rows_of(Staff.select(Staff.role, Staff.id).order_by(Staff.id.desc())))
    joined = {
        number: (customer_id, complaints.stored_date(created))
        for customer_id, number, created in rows_of(
            Customer.select(Customer.id, Customer.customer_no, Customer.created_at).where(
                Customer.deleted_at.is_null()
            )
        )
    }
    used: set[int] = set()
    written = 0
    for index, story in enumerate(STORIES):
        if story.reached == "closed" and story.days_ago == 0:
            found = _recovered_customer(today, customers)
            if found is None:
                continue
            customer_id, day = found
        else:
            day = today - dt.timedelta(days=story.days_ago)
            customer_id = _customer_for(index, day, joined, used)
        used.add(customer_id)
        _tell(story, customer_id, day, staff)
        written += 1
    return written


def _customer_for(
    index: int, day: dt.date, joined: dict[int, tuple[int, dt.date]], used: set[int]
) -> int:
    """The first customer on the walk from this story's place who had joined by `day` (and
    has no demo complaint yet, while there are others)."""
    customers = max(joined)
    start = index * _WALK
    for step in range(customers):
        number = (start + step * _WALK) % customers + 1
        customer_id, created = joined.get(number, (0, day + dt.timedelta(days=1)))
        if created <= day and customer_id not in used:
            return customer_id
    return joined.get(start % customers + 1, next(iter(joined.values())))[0]


def _recovered_customer(today: dt.date, customers: int) -> tuple[int, dt.date] | None:
    """A customer who bought twice, 3 to 30 days apart, within the last year: her complaint
    is on the first of those days, and she came back on the second."""
    for step in range(min(customers, 200)):
        number = (step * _WALK + 5) % customers + 1
        days = [
            complaints.stored_date(row[0])
            for row in rows_of(
                Purchase.select(Purchase.purchased_on)
                .join(Customer, on=(Customer.id == Purchase.customer))
                .where(
                    (Customer.customer_no == number)
                    & Customer.deleted_at.is_null()
                    & (Purchase.kind == "sale")
                    & (Purchase.purchased_on > today - dt.timedelta(days=365))
                )
                .order_by(Purchase.purchased_on)
            )
        ]
        for first, second in zip(days, days[1:], strict=False):
            if 3 <= (second - first).days <= 30:
                return int(Customer.get(Customer.customer_no == number).id), first
    return None


def _tell(story: _Story, customer_id: int, day: dt.date, staff: dict[str, int]) -> None:
    """Take the story's complaint through the core's steps, an hour or a day apart."""
    clock = dt.datetime.combine(day, dt.time(11, 0))

    def later(hours: float = 0.25) -> dt.datetime:
        nonlocal clock
        clock += dt.timedelta(hours=hours)
        return clock

    purchase = (
        Purchase.select(Purchase.id)
        .where(
            (Purchase.customer == customer_id)
            & (Purchase.kind == "sale")
            & (Purchase.purchased_on <= day)
        )
        .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())
        .scalar()
        if story.channel == "counter" and story.category == "product"
        else None
    )
    served = staff.get("staff")
    deciding = staff.get("owner") if story.severity == "high" else staff.get("manager")
    intake = ComplaintIntake(
        customer_id=customer_id,
        channel=story.channel,
        happened_at=clock - dt.timedelta(minutes=30),
        category=story.category,
        severity=story.severity,
        words=story.words,
        wants=story.wants,
        purchase_id=purchase,
        staff_id=served,
    )
    if story.reached == "received":
        complaints.receive_complaint(intake, at=clock)
        return
    complaint_id = complaints.open_complaint(intake, at=clock)
    for note in story.notes:
        complaints.add_complaint_note(complaint_id, note, staff_id=served, at=later())
    if story.reached == "withdrawn":
        complaints.withdraw_complaint(complaint_id, staff_id=served, at=later())
        return
    if story.reached == "heard":
        return
    who = deciding if story.severity != "low" else served
    complaints.apologise(
        complaint_id,
        staff_id=who,
        in_person=story.channel == "counter" or story.severity == "high",
        note="불편을 드려 정말 죄송합니다",
        at=later(),
    )
    if story.reached == "apologised":
        return
    check = complaints.compensation_check(story.remedies)
    complaints.resolve_complaint(
        complaint_id,
        list(story.remedies),
        staff_id=served,
        confirmed_by=staff.get("owner") if check.needs_confirmation else None,
        at=later(),
    )
    resolved_on = clock.date()
    if story.follow_up_in_days is not None:
        complaints.set_follow_up(
            complaint_id,
            resolved_on + dt.timedelta(days=story.follow_up_in_days),
            staff_id=served,
            at=later(),
        )
    if story.reached in ("followed_up", "closed", "reopened") and story.follow_up_in_days:
        clock = dt.datetime.combine(
            resolved_on + dt.timedelta(days=story.follow_up_in_days), dt.time(15, 0)
        )
        complaints.record_follow_up_done(
            complaint_id, staff_id=deciding, note="전화로 다시 여쭈어 봄", at=clock
        )
    if story.reached in ("closed", "reopened") and story.satisfaction:
        complaints.close_complaint(
            complaint_id, satisfaction=story.satisfaction, comment=story.comment, at=later()
        )
    if story.root_cause:
        complaints.diagnose_complaint(
            complaint_id,
            root_cause=story.root_cause,
            shop_change=story.shop_change,
            staff_id=staff.get("owner"),
            at=later(3),
        )
    if story.reached == "reopened":
        complaints.reopen_complaint(
            complaint_id, reason="다시 전화하셔서 불만을 말씀하심", staff_id=deciding, at=later(48)
        )
