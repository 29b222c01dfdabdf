"""The complaint wizard on real widgets and a real shop: every page commits its step, a refused
value is named beside its field, nothing typed is lost when the window closes mid-way."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from shopcrm import complaints
from shopcrm.customers import CustomerInput, create_customer, get_customer
from shopcrm.models import Customer
from shopcrm.purchases import PurchaseLine, record_purchase
from shopcrm.staff import add_staff
from tests.ui.card_helpers import make_card, when_modal
from ui import messages
from ui.wizards.complaint_wizard import ComplaintWizard, PageId

NOW = dt.datetime(2026, 11, 23, 15, 30)
WORDS = "케이크 위 딸기가 상해 있었어요. 아이 생일이었는데 너무 속상해요."


@pytest.fixture(autouse=True)
def drop_typed_input_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Widgets left open are closed after each test: nothing may wait for an answer then."""
    monkeypatch.setattr(messages, "confirm_discard_page", lambda _parent: True)


@pytest.fixture
def shop(shop_db: Database) -> dict[str, int]:
    owner = add_staff("박사장", "owner")
    manager = add_staff("최매니저", "manager")
    clerk = add_staff("이하늘", "staff")
    customer = create_customer(CustomerInput(name="김민수", phone="010-1234-5678"))
    sale = record_purchase(
        customer, [PurchaseLine("생크림 케이크", 32_000)], purchased_on=NOW.date()
    )
    return {"owner": owner, "manager": manager, "clerk": clerk, "customer": customer, "sale": sale}


def wizard_for(qtbot: QtBot, **kwargs: int) -> ComplaintWizard:
    wizard = ComplaintWizard(None, now=lambda: NOW, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def listen(wizard: ComplaintWizard, *, severity: str = "medium", words: str = WORDS) -> None:
    page = wizard.listen_page
    page.words_edit.setPlainText(words)
    page.wants_edit.setText("새 케이크")
    page.category_combo.setCurrentIndex(page.category_combo.findData("product"))
    page.severity_combo.setCurrentIndex(page.severity_combo.findData(severity))
    page.happened_edit.setDateTime(NOW - dt.timedelta(hours=2))


def choose(combo: object, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def apologise(wizard: ComplaintWizard, staff_id: int, in_person: bool = True) -> None:
    choose(wizard.apologise_page.staff_combo, staff_id)
    wizard.apologise_page.in_person_check.setChecked(in_person)


def refusals(page: object) -> dict[str, str]:
    return page.errors.shown()  # type: ignore[attr-defined]


def test_a_complaint_goes_from_listening_to_closed_and_she_becomes_a_candidate_advocate(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    wizard = wizard_for(qtbot, customer_id=shop["customer"])
    assert wizard.currentId() == PageId.LISTEN
    listen(wizard)
    choose(wizard.listen_page.purchase_combo, shop["sale"])
    wizard.next()
    assert wizard.currentId() == PageId.APOLOGISE
    assert wizard.complaint_id is not None
    assert complaints.complaint_state(wizard.complaint_id) == "heard"
    apologise(wizard, shop["clerk"])
    wizard.next()
    assert complaints.complaint_state(wizard.complaint_id) == "apologised"
    resolve = wizard.resolve_page
    row = resolve.add_remedy("gift")
    resolve.editor(row, 1).setText("5,000")
    resolve.editor(row, 2).setText("쿠키 세트")
    assert not resolve.confirm_combo.isVisible()
    wizard.next()
    assert complaints.complaint_state(wizard.complaint_id) == "resolved"
    wizard.follow_up_page.none_radio.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PageId.CLOSE
    wizard.close_page.score_buttons[4].setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    detail = complaints.complaint_detail(wizard.complaint_id, today=NOW.date())
    assert detail.state == "closed"
    assert detail.words == WORDS
    assert detail.purchase_id == shop["sale"]
    assert [(r.kind, r.amount, r.note) for r in detail.remedies] == [("gift", 5_000, "쿠키 세트")]
    assert detail.advocate_candidate
    assert wizard.thank_you_suggested


def test_the_listen_page_refuses_a_complaint_without_her_words(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    wizard = wizard_for(qtbot, customer_id=shop["customer"])
    listen(wizard, words="  ")
    wizard.next()
    assert wizard.currentId() == PageId.LISTEN
    assert "words" in refusals(wizard.listen_page)
    assert wizard.complaint_id is None
    assert wizard.listen_page.wants_edit.text() == "새 케이크"  # what was typed stays


def test_the_listen_page_refuses_a_time_after_now(qtbot: QtBot, shop: dict[str, int]) -> None:
    wizard = wizard_for(qtbot, customer_id=shop["customer"])
    listen(wizard)
    wizard.listen_page.happened_edit.setDateTime(NOW + dt.timedelta(days=1))
    wizard.next()
    assert wizard.currentId() == PageId.LISTEN
    assert "happened_at" in refusals(wizard.listen_page)


def test_the_apologise_page_refuses_an_apology_by_nobody(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    wizard = wizard_for(qtbot, customer_id=shop["customer"])
    listen(wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PageId.APOLOGISE
    assert "apologised_by" in refusals(wizard.apologise_page)


def test_high_severity_needs_the_owner_or_a_manager_apologising_in_person(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    wizard = wizard_for(qtbot, customer_id=shop["customer"])
    listen(wizard, severity="high")
    wizard.next()
    apologise(wizard, shop["clerk"])
    wizard.next()
    assert wizard.currentId() == PageId.APOLOGISE
    assert "apologised_by" in refusals(wizard.apologise_page)
    apologise(wizard, shop["owner"], in_person=False)
    wizard.next()
    assert wizard.currentId() == PageId.APOLOGISE
    assert "in_person" in refusals(wizard.apologise_page)
    apologise(wizard, shop["owner"], in_person=True)
    wizard.next()
    assert wizard.currentId() == PageId.RESOLVE
    assert complaints.complaint_state(wizard.complaint_id or 0) == "apologised"


def at_resolve_page(qtbot: QtBot, shop: dict[str, int]) -> ComplaintWizard:
    wizard = wizard_for(qtbot, customer_id=shop["customer"])
    listen(wizard)
    choose(wizard.listen_page.purchase_combo, shop["sale"])
    wizard.next()
    apologise(wizard, shop["clerk"])
    wizard.next()
    assert wizard.currentId() == PageId.RESOLVE
    return wizard


def test_the_resolve_page_refuses_an_unreadable_amount(qtbot: QtBot, shop: dict[str, int]) -> None:
    wizard = at_resolve_page(qtbot, shop)
    row = wizard.resolve_page.add_remedy("travel_cost")
    wizard.resolve_page.editor(row, 1).setText("abc")
    wizard.next()
    assert wizard.currentId() == PageId.RESOLVE
    assert "remedies" in refusals(wizard.resolve_page)
    assert wizard.resolve_page.editor(row, 1).text() == "abc"


def test_a_remedy_over_the_limit_needs_an_owners_or_managers_confirmation(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    wizard = at_resolve_page(qtbot, shop)
    page = wizard.resolve_page
    row = page.add_remedy("refund")
    page.editor(row, 1).setText("32000")
    assert page.confirm_combo.isVisible()
    names = [page.confirm_combo.itemText(i) for i in range(page.confirm_combo.count())]
    assert names == ["—", "박사장", "최매니저"]  # only the owner and the manager may confirm
    wizard.next()
    assert wizard.currentId() == PageId.RESOLVE
    assert "confirmed_by" in refusals(page)
    choose(page.confirm_combo, shop["manager"])
    wizard.next()
    assert refusals(page) == {}
    assert wizard.currentId() == PageId.FOLLOW_UP
    detail = complaints.complaint_detail(wizard.complaint_id or 0, today=NOW.date())
    assert [(r.kind, r.amount, r.confirmed_by_id) for r in detail.remedies] == [
        ("refund", 32_000, shop["manager"])
    ]


def test_the_follow_up_page_refuses_a_day_before_the_resolution(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    wizard = at_resolve_page(qtbot, shop)
    wizard.next()
    page = wizard.follow_up_page
    page.date_edit.setDate(NOW.date() - dt.timedelta(days=3))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()
    assert "follow_up_on" in refusals(page)


def test_a_follow_up_date_ends_the_wizard_until_the_day_comes(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    wizard = at_resolve_page(qtbot, shop)
    wizard.next()
    page = wizard.follow_up_page
    page.date_edit.setDate(NOW.date() + dt.timedelta(days=3))
    assert page.nextId() == -1
    wizard.button(QWizard.WizardButton.FinishButton).click()
    detail = complaints.complaint_detail(wizard.complaint_id or 0, today=NOW.date())
    assert (detail.state, detail.follow_up_on) == ("resolved", dt.date(2026, 11, 26))
    later = wizard_for(qtbot, complaint_id=detail.id)
    assert later.currentId() == PageId.FOLLOW_UP
    later.follow_up_page.done_check.setChecked(True)
    later.follow_up_page.done_note_edit.setText("괜찮았대요")
    later.next()
    assert later.currentId() == PageId.CLOSE
    assert complaints.complaint_state(detail.id) == "followed_up"


def test_the_close_page_refuses_closing_without_a_satisfaction(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    wizard = at_resolve_page(qtbot, shop)
    wizard.next()
    wizard.follow_up_page.none_radio.setChecked(True)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()
    assert wizard.currentId() == PageId.CLOSE
    assert "satisfaction" in refusals(wizard.close_page)


def test_closing_mid_way_and_reopening_starts_at_the_right_page_with_everything_typed(
    qtbot: QtBot, shop: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(messages, "confirm_discard_page", lambda _parent: asked.append(True))
    wizard = at_resolve_page(qtbot, shop)
    complaint_id = wizard.complaint_id
    assert complaint_id is not None
    row = wizard.resolve_page.add_remedy("gift")
    wizard.resolve_page.editor(row, 1).setText("3000")
    wizard.close()  # the window's close button: the page's input is asked about first
    assert asked == [True]
    assert wizard.isVisible()  # "no": the wizard stays with what was typed
    monkeypatch.setattr(messages, "confirm_discard_page", lambda _parent: True)
    wizard.close()
    assert not wizard.isVisible()

    again = wizard_for(qtbot, complaint_id=complaint_id)
    assert again.currentId() == PageId.RESOLVE
    again.back()
    assert again.apologise_page.staff_combo.currentData() == shop["clerk"]
    assert not again.apologise_page.staff_combo.isEnabled()  # stored: read only
    again.back()
    assert again.listen_page.words_edit.toPlainText() == WORDS
    assert again.listen_page.wants_edit.text() == "새 케이크"
    assert again.listen_page.purchase_combo.currentData() == shop["sale"]


def test_cancel_on_a_page_with_nothing_typed_closes_without_asking(
    qtbot: QtBot, shop: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "confirm_discard_page", lambda _parent: pytest.fail("asked"))
    wizard = wizard_for(qtbot, customer_id=shop["customer"])
    wizard.reject()
    assert not wizard.isVisible()


def test_a_walk_in_gets_her_card_first(qtbot: QtBot, shop: dict[str, int]) -> None:
    wizard = wizard_for(qtbot)
    assert wizard.currentId() == PageId.CUSTOMER
    wizard.customer_page.name_edit.setText("정하나")
    wizard.customer_page.phone_edit.setText("010-5555-6666")
    wizard.next()
    assert wizard.currentId() == PageId.LISTEN
    assert wizard.customer_id is not None
    assert get_customer(wizard.customer_id).name == "정하나"
    listen(wizard)
    wizard.next()
    assert complaints.complaint_detail(wizard.complaint_id or 0).customer_id == wizard.customer_id


def test_a_walk_in_with_a_known_phone_is_offered_her_existing_card(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    wizard = wizard_for(qtbot)
    wizard.customer_page.name_edit.setText("김민수")
    wizard.customer_page.phone_edit.setText("01012345678")
    wizard.next()
    assert wizard.currentId() == PageId.CUSTOMER
    assert "phone" in wizard.customer_page.errors.shown()
    assert wizard.customer_page.existing_button.isVisible()
    wizard.customer_page.existing_button.click()
    assert wizard.currentId() == PageId.LISTEN
    assert wizard.customer_id == shop["customer"]
    assert Customer.select().count() == 1


def test_the_card_opens_the_wizard_with_ctrl_k_for_her(
    qtbot: QtBot, shop: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.card_helpers import make_window

    window = make_window(qtbot)
    window.list_page.open_card(shop["customer"])
    buttons = [b.text() for b in window.list_page.card.counter_buttons()]
    assert any("Ctrl+K" in text for text in buttons)
    seen: list[int | None] = []

    def look(wizard: ComplaintWizard) -> None:
        seen.append(wizard.customer_id)
        wizard.reject()

    when_modal(ComplaintWizard, look)
    window.complaint_action.trigger()
    assert seen == [shop["customer"]]


def test_her_card_shows_the_complaint_on_its_timeline_and_the_candidate_advocate_mark(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    wizard = wizard_for(qtbot, customer_id=shop["customer"])
    listen(wizard)
    wizard.next()
    apologise(wizard, shop["clerk"])
    wizard.next()
    wizard.next()
    wizard.follow_up_page.none_radio.setChecked(True)
    wizard.next()
    wizard.close_page.score_buttons[3].setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    card = make_card(qtbot, shop["customer"])
    kinds = [card.timeline_model.entry(row).kind for row in range(card.timeline_model.rowCount())]
    assert kinds.count("complaint") == 5  # heard, apologised, resolved, closed ... as logged
    assert "지지 고객 후보" in card.stage_value.text()
