"""The counter: a sale paid partly with points, its preview, points used or corrected."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from peewee import Database

from shopcrm import points as points_module
from shopcrm import purchases, settings
from shopcrm.customers import get_customer
from shopcrm.errors import ValidationError
from shopcrm.models import AuditEntry, PointEntry, Purchase
from shopcrm.points import correct_points, use_points
from shopcrm.purchases import PurchaseLine, record_purchase, sale_preview, void_purchase
from tests.helpers.shop_helpers import customer

TWO_ITEMS = [PurchaseLine("아메리카노", 4_500, 2), PurchaseLine("소금빵", 3_500, 6)]  # 30,000


def regular_with_points(points: int = 3_000) -> int:
    """A customer who bought once (today) and holds `points` points."""
    someone = customer()
    record_purchase(someone, [PurchaseLine("원두 1kg", 100_000)])  # 3,000 points at 3 %
    if points != 3_000:
        correct_points(someone, points - 3_000, reason="테스트 준비")
    return someone


def test_points_are_earned_on_what_is_paid_after_the_points(db: Database) -> None:
    someone = regular_with_points()
    preview = sale_preview(TWO_ITEMS, 500, someone)
    assert preview == purchases.SalePreview(
        total=30_000,
        points_redeemed=500,
        to_pay=29_500,
        points_earned=885,  # 3 % of 29,500, not of 30,000
        balance_before=3_000,
        balance_after=3_385,
    )


def test_a_sale_with_points_redeemed_saves_the_previewed_figures(db: Database) -> None:
    someone = regular_with_points()
    preview = sale_preview(TWO_ITEMS, 500, someone)
    sale = record_purchase(someone, TWO_ITEMS, points_redeemed=500, payment_method="card")
    card = get_customer(someone)
    assert card.points == preview.balance_after
    assert (card.purchase_count, card.total_spent, card.stage) == (2, 130_000, "repeat")
    saved = Purchase.get_by_id(sale)
    assert (saved.amount, saved.points_earned) == (30_000, 885)
    redeemed = PointEntry.get((PointEntry.kind == "redeem") & (PointEntry.purchase == sale))
    assert redeemed.points == -500
    assert purchases.points_redeemed_on(sale) == 500


def test_more_points_than_the_balance_are_refused_and_nothing_is_saved(db: Database) -> None:
    someone = regular_with_points(400)
    with pytest.raises(ValidationError) as previewed:
        sale_preview(TWO_ITEMS, 500, someone)
    with pytest.raises(ValidationError) as caught:
        record_purchase(someone, TWO_ITEMS, points_redeemed=500)
    assert previewed.value.code == caught.value.code == "not_enough_points"
    assert caught.value.fields == {"requested": 500, "balance": 400}
    assert Purchase.select().count() == 1
    assert get_customer(someone).points == 400


def test_more_points_than_the_total_are_refused(db: Database) -> None:
    someone = regular_with_points()
    with pytest.raises(ValidationError) as caught:
        record_purchase(someone, [PurchaseLine("쿠키", 2_000)], points_redeemed=2_500)
    assert caught.value.code == "points_over_total"
    assert get_customer(someone).points == 3_000


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        ([], "purchase_without_items"),
        ([PurchaseLine("빵", 1_000, 0)], "invalid_quantity"),
        ([PurchaseLine("빵", -1_000)], "negative_amount"),
        ([PurchaseLine("금괴", 60_000_000, 2)], "amount_too_large"),
    ],
)
def test_the_preview_refuses_what_the_sale_refuses(
    db: Database, lines: list[PurchaseLine], code: str
) -> None:
    someone = regular_with_points()
    for attempt in (
        lambda: sale_preview(lines, 0, someone),
        lambda: record_purchase(someone, lines),
    ):
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert caught.value.code == code
    assert Purchase.select().count() == 1


def test_a_sale_that_fails_late_leaves_the_points_unspent(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    someone = regular_with_points()

    def broken_reward(*args: object, **kwargs: object) -> None:
        raise ValidationError("referral_loop")

    monkeypatch.setattr(purchases.referrals, "reward_if_due", broken_reward)
    with pytest.raises(ValidationError):
        record_purchase(someone, TWO_ITEMS, points_redeemed=500)
    assert get_customer(someone).points == 3_000
    assert not PointEntry.select().where(PointEntry.kind == "redeem").exists()
    assert Purchase.select().count() == 1


def test_a_points_rate_of_zero_earns_nothing_and_still_redeems(db: Database) -> None:
    someone = regular_with_points()
    settings.set_setting("points_rate_percent", 0)
    record_purchase(someone, TWO_ITEMS, points_redeemed=1_000)
    assert get_customer(someone).points == 2_000


def test_voiding_a_sale_gives_back_the_points_paid_with(db: Database) -> None:
    someone = regular_with_points()
    sale = record_purchase(someone, TWO_ITEMS, points_redeemed=500)
    void_purchase(sale, reason="잘못 입력")
    assert get_customer(someone).points == 3_000


def test_using_points_for_a_gift_needs_a_reason_and_is_audited(db: Database) -> None:
    someone = regular_with_points()
    with pytest.raises(ValidationError) as caught:
        use_points(someone, 1_000, reason="  ")
    assert caught.value.code == "reason_required"
    assert use_points(someone, 1_000, reason="생일 선물 케이크") == 2_000
    assert get_customer(someone).points == 2_000
    entry = AuditEntry.get(AuditEntry.action == "redeem")
    assert "생일 선물 케이크" in entry.changes


def test_using_more_points_than_the_balance_is_refused(db: Database) -> None:
    someone = regular_with_points()
    with pytest.raises(ValidationError) as caught:
        use_points(someone, 3_001, reason="선물")
    assert caught.value.code == "not_enough_points"
    assert get_customer(someone).points == 3_000


def test_a_correction_adds_or_takes_away_with_its_reason(db: Database) -> None:
    someone = regular_with_points()
    assert correct_points(someone, 700, reason="종이 쿠폰 적립 옮김") == 3_700
    assert correct_points(someone, -200, reason="중복 적립") == 3_500
    assert get_customer(someone).points == 3_500
    reasons = [e.note for e in PointEntry.select().where(PointEntry.kind == "adjust")]
    assert reasons == ["종이 쿠폰 적립 옮김", "중복 적립"]
    assert AuditEntry.select().where(AuditEntry.action == "correct_points").count() == 2


@pytest.mark.parametrize(
    ("delta", "reason", "code"),
    [
        (-3_001, "정리", "not_enough_points"),
        (0, "정리", "invalid_points"),
        (100, "", "reason_required"),
    ],
)
def test_a_correction_is_refused_without_a_reason_or_below_zero(
    db: Database, delta: int, reason: str, code: str
) -> None:
    someone = regular_with_points()
    with pytest.raises(ValidationError) as caught:
        correct_points(someone, delta, reason=reason)
    assert caught.value.code == code
    assert get_customer(someone).points == 3_000


# --- the ledger's replay: one pass, the same lots as the plain rule ---------------------------


def _plain_replay(entries: list[tuple[int, str, int, int | None, dt.date | None]]) -> list[int]:
    """The rule written plainly (quadratic): own purchase's lots first, then soonest expiry."""
    lots: list[list[Any]] = []  # [entry_id, purchase_id, expires_on, remaining]
    for entry_id, _kind, points, purchase_id, expires_on in entries:
        if points > 0:
            lots.append([entry_id, purchase_id, expires_on, points])
            continue
        amount = -points
        own = [lot for lot in lots if purchase_id is not None and lot[1] == purchase_id]
        rest = sorted(
            (lot for lot in lots if lot not in own), key=lambda lot: lot[2] or dt.date.max
        )
        for lot in [*own, *rest]:
            taken = min(lot[3], amount)
            lot[3] -= taken
            amount -= taken
    return [lot[3] for lot in lots if lot[3] > 0]


ENTRY = st.tuples(
    st.integers(min_value=-500, max_value=500).filter(bool),
    st.one_of(st.none(), st.integers(min_value=1, max_value=4)),
    st.one_of(st.none(), st.dates(dt.date(2026, 1, 1), dt.date(2026, 1, 10))),
)


@given(st.lists(ENTRY, max_size=40))
def test_the_ledger_replays_to_the_same_lots_as_the_plain_rule(
    entries: list[tuple[int, int | None, dt.date | None]],
) -> None:
    ledger = [
        (number, "x", points, purchase, expires if points > 0 else None)
        for number, (points, purchase, expires) in enumerate(entries)
    ]
    assert [lot.remaining for lot in points_module._lots(ledger)] == _plain_replay(ledger)
