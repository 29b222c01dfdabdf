"""Editing on the card: Ctrl+S saves what was edited, a refused value stays as typed, and
unsaved edits are never lost silently."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from peewee import Database
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shopcrm.customers import CustomerInput, create_customer, customer_tags, get_customer
from shopcrm.importing import ImportOptions, import_file
from shopcrm.models import Customer
from shopcrm.purchases import PurchaseLine, record_purchase
from tests.ui.card_helpers import (
    TODAY,
    commit_korean,
    make_card,
    make_window,
    seed_customers,
    when_modal,
)
from ui import messages
from ui.i18n import install_translators


def test_ctrl_s_saves_the_edited_fields_and_keeps_the_others(
    qtbot: QtBot, shop_db: Database
) -> None:
    customer_id = create_customer(
        CustomerInput(name="김민수", phone="01012345678", notes="우유 알레르기")
    )
    card = make_card(qtbot, customer_id)
    assert card.phone_edit.text() == "010-1234-5678"
    card.address_edit.setText("서울 마포구 연남로 27")
    card.tags_edit.setText("케이크, 단골")
    assert card.has_unsaved_edits()
    qtbot.keyClick(card.address_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = get_customer(customer_id)
    assert (stored.address, stored.notes, stored.phone) == (
        "서울 마포구 연남로 27",
        "우유 알레르기",
        "01012345678",
    )
    assert customer_tags(customer_id) == ["단골", "케이크"]
    assert not card.has_unsaved_edits()


def test_the_phone_as_typed_and_how_consent_was_given_survive_a_save(
    qtbot: QtBot, shop_db: Database
) -> None:
    customer_id = create_customer(
        CustomerInput(
            name="김민수", phone="+82 10.1234.5678", marketing_consent=True, consent_channel="paper"
        )
    )
    card = make_card(qtbot, customer_id)
    assert card.channel_combo.currentData() == "paper"
    card.phone_edit.setText("01012345678")  # the same number, typed another way
    card.address_edit.setText("서울 마포구 연남로 27")
    assert card.save()
    stored = get_customer(customer_id)
    assert (stored.phone_entered, stored.consent_channel) == ("+82 10.1234.5678", "paper")


def test_a_refused_phone_is_named_beside_it_and_the_card_keeps_what_was_typed(
    qtbot: QtBot, shop_db: Database
) -> None:
    customer_id = create_customer(CustomerInput(name="김민수", phone="01012345678"))
    card = make_card(qtbot, customer_id)
    card.interests_edit.setText("귀리 우유 좋아함")
    card.phone_edit.setText("12-34")
    assert not card.save()
    assert "phone" in card.errors.shown()
    assert (card.phone_edit.text(), card.interests_edit.text()) == ("12-34", "귀리 우유 좋아함")
    stored = get_customer(customer_id)
    assert (stored.phone, stored.interests) == ("01012345678", None)  # nothing half-saved
    assert card.has_unsaved_edits()


def test_a_10000_character_memo_with_emoji_is_stored_and_shown_exactly(
    qtbot: QtBot, shop_db: Database
) -> None:
    customer_id = create_customer(CustomerInput(name="김민수"))
    memo = ("딸 3월 입학 🎒 귀리 우유 🥛 " * 600)[:10_000].strip()
    card = make_card(qtbot, customer_id)
    card.notes_edit.setPlainText(memo)
    assert card.save()
    assert get_customer(customer_id).notes == memo
    again = make_card(qtbot, customer_id)
    assert again.notes_edit.toPlainText() == memo


def test_hangul_committed_by_an_input_method_is_saved(qtbot: QtBot, shop_db: Database) -> None:
    customer_id = create_customer(CustomerInput(name="김민수"))
    card = make_card(qtbot, customer_id)
    for syllable in ("귀", "리 ", "우유"):
        commit_korean(card.interests_edit, syllable)
    assert card.interests_edit.text() == "귀리 우유"
    assert card.save()
    assert get_customer(customer_id).interests == "귀리 우유"


@pytest.mark.parametrize(
    ("answer", "opened", "stored_interests"),
    [
        (messages.STAY, "김민수", None),
        (messages.DISCARD, "이서연", None),
        (messages.SAVE, "이서연", "꽃 좋아함"),
    ],
)
def test_opening_another_customer_with_unsaved_edits_asks_first(
    qtbot: QtBot,
    shop_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    opened: str,
    stored_interests: str | None,
) -> None:
    ids = seed_customers()
    asked: list[str] = []

    def ask(parent: object, name: str) -> str:
        asked.append(name)
        return answer

    monkeypatch.setattr(messages, "ask_unsaved_edits", ask)
    window = make_window(qtbot)
    page = window.list_page
    page.open_card(ids["김민수"])
    page.card.interests_edit.setText("꽃 좋아함")
    page.open_card(ids["이서연"])
    assert asked == ["김민수"]
    assert page.card.name_label.text() == opened
    assert get_customer(ids["김민수"]).interests == stored_interests
    if answer == messages.STAY:
        assert page.card.interests_edit.text() == "꽃 좋아함"
        page.card.reload_discarding()


def test_going_to_the_calendar_or_closing_with_unsaved_edits_asks(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = seed_customers()
    answers = [messages.STAY, messages.STAY, messages.DISCARD]
    monkeypatch.setattr(messages, "ask_unsaved_edits", lambda parent, name: answers.pop(0))
    window = make_window(qtbot)
    window.list_page.open_card(ids["김민수"])
    window.list_page.card.notes_edit.setPlainText("생일 케이크 예약")
    window.calendar_action.trigger()
    assert window.pages.currentWidget() is window.list_page
    window.close()
    assert window.isVisible()
    window.close()
    assert not window.isVisible()
    assert answers == []
    assert get_customer(ids["김민수"]).notes is None


def test_the_card_writes_money_and_points_as_the_list_does_in_english(
    qtbot: QtBot, shop_db: Database, qapp: QApplication
) -> None:
    minsu = create_customer(CustomerInput(name="김민수", phone="01012345678"))
    record_purchase(minsu, [PurchaseLine("케이크", 458_300)], purchased_on=TODAY)
    install_translators(qapp, "en")
    card = make_card(qtbot, minsu)
    assert card.points_value.text().split(" · ")[0].endswith(" pts")
    amounts = {
        card.timeline_model.index(row, 3).data() for row in range(card.timeline_model.rowCount())
    }
    assert "₩458,300" in amounts


def test_the_card_says_the_grade_came_from_the_imported_list(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "old.csv"
    path.write_text(
        "이름,휴대폰,등급,누적구매액,최근방문일,구매횟수\n장동건,010-2000-0000,VIP,200만원,2023-12-24,10\n",
        encoding="utf-8-sig",
    )
    import_file(path, ImportOptions(today=dt.date(2026, 11, 23)))
    card = make_card(qtbot, Customer.get().id)
    assert card.grade_value.text() == "VIP — 가져온 명단 기준"


def test_the_stage_is_set_by_hand_with_its_reason_and_shown_in_words(
    qtbot: QtBot, shop_db: Database
) -> None:
    from shopcrm.staff import add_staff
    from ui.dialogs.stage_override_dialog import StageOverrideDialog

    owner = add_staff("한사장", role="owner")
    customer_id = create_customer(CustomerInput(name="김민수"))
    card = make_card(qtbot, customer_id)

    def override(dialog: StageOverrideDialog) -> None:
        dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData("advocate"))
        dialog.reason_edit.setText("친구를 많이 소개함")
        dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(owner))
        dialog.accept()

    when_modal(StageOverrideDialog, override)
    card.stage_button.click()
    assert get_customer(customer_id).stage == "advocate"
    assert card.stage_value.text().startswith("지지 고객 — ")
    assert "(직접 지정)" in card.stage_value.text()
    assert "친구를 많이 소개함" in card.history_list.item(0).text()


def test_a_sale_recorded_at_the_counter_shows_on_the_open_card_at_once(
    qtbot: QtBot, shop_db: Database
) -> None:
    from shopcrm.points import expiry_date
    from shopcrm.settings import set_setting

    set_setting("points_expiry_months", 12)
    ids = seed_customers()
    window = make_window(qtbot)
    page = window.list_page
    page.open_card(ids["김민수"])
    page.card.notes_edit.setPlainText("생일 케이크 예약")  # typing, not saved yet
    sold_on = dt.date(2025, 12, 10)  # its points expire on 2026-12-10: within 30 days
    assert expiry_date(sold_on) == dt.date(2026, 12, 10)
    record_purchase(ids["김민수"], [PurchaseLine("케이크", 30_000)], purchased_on=sold_on)
    page.customer_recorded(ids["김민수"])  # what a counter dialog calls after saving
    assert "30일 안에" in page.card.points_value.text()
    assert "2026년 12월 10일" in page.card.points_value.text()
    assert page.card.stage_value.text().startswith("최초 구매 고객")
    assert page.card.timeline_model.rowCount() >= 1
    assert page.card.notes_edit.toPlainText() == "생일 케이크 예약"  # the typing stays
    page.card.reload_discarding()


def test_who_introduced_her_and_whom_she_introduced_show_on_both_cards(
    qtbot: QtBot, shop_db: Database
) -> None:
    from shopcrm.referrals import record_referral

    ids = seed_customers()
    record_referral(ids["김민수"], ids["이서연"], on=TODAY)
    window = make_window(qtbot)
    page = window.list_page
    page.open_card(ids["김민수"])
    assert "이서연" in page.card.referred_label.text()
    assert page.card.referred_by_label.text() == "—"
    page.card.referred_label.linkActivated.emit(str(ids["이서연"]))  # her name clicked
    assert page.card.customer_id == ids["이서연"]
    assert "김민수" in page.card.referred_by_label.text()


def test_a_memo_the_database_refuses_is_named_beside_it_and_kept(
    qtbot: QtBot, shop_db: Database
) -> None:
    customer_id = create_customer(CustomerInput(name="김민수"))
    card = make_card(qtbot, customer_id)
    card.notes_edit.setPlainText("벨 소리\x07")
    card.address_edit.setText("서울 마포구 연남로 27")
    assert not card.save()
    assert list(card.errors.shown()) == ["notes"]
    assert card.notes_edit.toPlainText() == "벨 소리\x07"
    assert get_customer(customer_id).address is None
    card.reload_discarding()
