"""The complaint wizard: listen, apologise, resolve on the spot, follow up, close.

Each Next commits that page's step through the core (`shopcrm.complaints`) in `validatePage`:
a refused value is named beside its field and the page stays with what was typed; a crash, a
closed window or a customer who must leave loses nothing. Reopened, the wizard starts at the
complaint's current step with everything stored shown on the pages before it (read only: the
core has them). A walk-in who is not a customer yet gets her card first (`CustomerPage`).
Use `ComplaintWizard.ask`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shopcrm import complaint_letters, complaints
from shopcrm.amounts import parse_amount
from shopcrm.complaints import ComplaintDetail, ComplaintIntake, RemedyInput
from shopcrm.customers import CustomerInput, create_customer, get_customer
from shopcrm.errors import ShopCRMError
from shopcrm.formatting import format_iso_date, format_points, format_won
from shopcrm.letters.recipients import recipients_from_ids
from shopcrm.purchases import customer_purchases
from shopcrm.search import search_customer_ids
from shopcrm.staff import AUTHORITY_ROLES, list_staff
from shopcrm.vocabulary import describe_error
from ui import messages
from ui.dialogs.letters_dialog import LettersDialog
from ui.dialogs.modal import exec_then_delete
from ui.i18n import interface_language, word
from ui.signals import emit
from ui.widgets.field_errors import FieldErrors
from ui.widgets.staff_combo import StaffComboBox


class PageId(IntEnum):
    CUSTOMER = 0
    LISTEN = 1
    APOLOGISE = 2
    RESOLVE = 3
    FOLLOW_UP = 4
    CLOSE = 5


PAGE_OF_STATE = {
    "received": PageId.LISTEN,
    "heard": PageId.APOLOGISE,
    "apologised": PageId.RESOLVE,
    "resolved": PageId.FOLLOW_UP,
    "followed_up": PageId.CLOSE,
    "closed": PageId.CLOSE,
    "withdrawn": PageId.LISTEN,
}
"""Where a stored complaint continues."""

DONE_WITH = {
    PageId.LISTEN: ("heard", "apologised", "resolved", "followed_up", "closed"),
    PageId.APOLOGISE: ("apologised", "resolved", "followed_up", "closed"),
    PageId.RESOLVE: ("resolved", "followed_up", "closed"),
    PageId.FOLLOW_UP: ("followed_up", "closed"),
    PageId.CLOSE: ("closed",),
}
"""The states in which a page's step is already stored (the page is shown read only)."""

PAGE_PHRASES = {
    PageId.LISTEN: "listen",
    PageId.APOLOGISE: "apologise",
    PageId.RESOLVE: "resolve",
    PageId.FOLLOW_UP: "follow_up",
    PageId.CLOSE: "close",
}

FIELD_OF_CODE = {
    "name_required": "name",
    "invalid_phone": "phone",
    "empty_phone": "phone",
    "placeholder_phone": "phone",
    "duplicate_phone": "phone",
    "invalid_complaint_channel": "channel",
    "invalid_complaint_category": "category",
    "invalid_complaint_severity": "severity",
    "complaint_words_required": "words",
    "complaint_happened_later": "happened_at",
    "complaint_purchase_not_hers": "purchase",
    "apology_staff_required": "apologised_by",
    "apology_needs_owner_or_manager": "apologised_by",
    "apology_not_in_person": "in_person",
    "complaint_step_before_previous": "at",
    "invalid_remedy_kind": "remedies",
    "invalid_remedy_amount": "remedies",
    "amount_too_large": "remedies",
    "refund_purchase_required": "remedies",
    "compensation_needs_confirmation": "confirmed_by",
    "confirmation_needs_owner_or_manager": "confirmed_by",
    "owner_or_manager_required": "confirmed_by",
    "no_follow_up_planned": "follow_up_on",
    "follow_up_before_resolution": "follow_up_on",
    "follow_up_pending": "follow_up_done",
    "invalid_satisfaction": "satisfaction",
}
"""Beside which field a refusal of the core is shown (anything else: at the page's foot)."""


def _to_qt(moment: dt.datetime) -> QDateTime:
    return QDateTime.fromString(moment.replace(microsecond=0).isoformat(), Qt.DateFormat.ISODate)


def _from_qt(moment: QDateTime) -> dt.datetime:
    value = moment.toPython()
    assert isinstance(value, dt.datetime)
    return value


def _combo(items: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _select(combo: QComboBox, data: Any) -> None:
    combo.setCurrentIndex(max(0, combo.findData(data)))


class StepPage(QWizardPage):
    """A page that commits one step; shown read only once its step is stored."""

    page_id: PageId

    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__()
        self.complaint_wizard = wizard
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.editors: list[QWidget] = []
        self.phrase_label = QLabel()
        self.phrase_label.setObjectName("phrases")
        self.phrase_label.setWordWrap(True)
        self.phrase_label.setTextFormat(Qt.TextFormat.RichText)
        self.phrase_label.setStyleSheet(
            "#phrases { background: #eef6ee; border: 1px solid #b9d8b9; border-radius: 4px;"
            " padding: 6px; }"
        )
        self.phrase_label.setMinimumWidth(200)
        self.phrase_label.setMaximumWidth(230)
        self.phrase_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addStretch(1)
        left.addWidget(self.errors.label("page"))
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addWidget(self.phrase_label)
        self.prepared = False
        self._clean: list[object] = []

    def add_row(self, title: str, field: str, editor: QWidget) -> None:
        self.form.addRow(title, self.errors.beside(field, editor))
        self.editors.append(editor)

    def show_phrases(self) -> None:
        """The shop's suggested words for this step (Settings → Complaints)."""
        text = complaints.step_prompts(interface_language()).get(PAGE_PHRASES[self.page_id], "")
        self.phrase_label.setText(
            "<p><b>" + self.tr("You could say") + "</b></p><p>" + _escaped(text) + "</p>"
        )
        self.phrase_label.setVisible(bool(text))

    @property
    def detail(self) -> ComplaintDetail | None:
        return self.complaint_wizard.detail

    def committed(self) -> bool:
        detail = self.detail
        return detail is not None and detail.state in DONE_WITH.get(self.page_id, ())

    def initializePage(self) -> None:  # noqa: N802
        self.prepare()

    def prepare(self) -> None:
        """Show the suggested words and what is stored (the first time: the defaults too)."""
        first = not self.prepared
        self.prepared = True
        self.show_phrases()
        self.set_defaults(first)
        if self.detail is not None:
            self.fill(self.detail)
        for editor in self.editors:
            editor.setEnabled(not self.committed())
        if first or self.committed():
            self.mark_clean()

    def set_defaults(self, first: bool) -> None:
        """Fill in what a new step starts with (now, a date ...)."""

    def fill(self, detail: ComplaintDetail) -> None:
        """Show what is stored (a reopened complaint)."""

    def commit(self) -> None:
        """Store this page's step through the core (raises what the core refuses)."""

    def validatePage(self) -> bool:  # noqa: N802
        if self.committed():
            return True
        self.errors.clear()
        try:
            self.commit()
        except ShopCRMError as error:
            self.show_refusal(error)
            return False
        self.complaint_wizard.reload()
        self.mark_clean()
        return True

    def show_refusal(self, error: ShopCRMError) -> None:
        field = FIELD_OF_CODE.get(error.code) or str(error.fields.get("field", "page"))
        self.errors.show_error(field, error)

    def has_typed(self) -> bool:
        """Something typed here that is not stored yet (Cancel asks before dropping it)."""
        return self.prepared and not self.committed() and self.snapshot() != self._clean

    def snapshot(self) -> list[object]:
        """What the page's editors hold now (to see whether anything was typed)."""
        return [_value_of(editor) for editor in self.editors]

    def mark_clean(self) -> None:
        self._clean = self.snapshot()


class CustomerPage(QWizardPage):
    """Before step 1, for a walk-in: her card, made with the one duplicate rule."""

    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__()
        self.complaint_wizard = wizard
        self.setTitle(self.tr("Who is she?"))
        self.setSubTitle(
            self.tr("She is not a customer yet: her card is made first (name and phone).")
        )
        self.errors = FieldErrors()
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("010-1234-5678")
        self.existing_button = QPushButton(self.tr("Use her existing card"))
        self.existing_button.hide()
        self.existing_button.clicked.connect(self.use_existing)
        self.phone_edit.textChanged.connect(lambda _text: self.existing_button.hide())
        form = QFormLayout(self)
        form.addRow(self.tr("Name *"), self.errors.beside("name", self.name_edit))
        form.addRow(self.tr("Phone"), self.errors.beside("phone", self.phone_edit))
        form.addRow("", self.existing_button)
        self.registerField("walk_in_name*", self.name_edit)

    def has_typed(self) -> bool:
        return self.complaint_wizard.customer_id is None and bool(
            self.name_edit.text().strip() or self.phone_edit.text().strip()
        )

    def validatePage(self) -> bool:  # noqa: N802
        if self.complaint_wizard.customer_id is not None:
            return True
        self.errors.clear()
        self.existing_button.hide()
        try:
            customer_id = create_customer(
                CustomerInput(name=self.name_edit.text(), phone=self.phone_edit.text())
            )
        except ShopCRMError as error:
            self.errors.show_error(FIELD_OF_CODE.get(error.code, "name"), error)
            if error.code == "duplicate_phone":
                self.existing_button.show()
            return False
        self.complaint_wizard.set_customer(customer_id)
        return True

    def use_existing(self) -> None:
        """The customer who has this phone already: the complaint is hers."""
        found = search_customer_ids(self.phone_edit.text(), limit=1)
        if found:
            self.complaint_wizard.set_customer(found[0])
            self.complaint_wizard.next()


class ListenPage(StepPage):
    """Step 1 (→ heard): what happened, in her own words, and what she wants."""

    page_id = PageId.LISTEN

    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("1. Listen"))
        self.setSubTitle(
            self.tr("Let her speak to the end; write down her own words, as she says them.")
        )
        self.channel_combo = _combo(
            [(word("complaint_channel", code), code) for code in complaints.CHANNELS]
        )
        self.happened_edit = QDateTimeEdit()
        self.happened_edit.setCalendarPopup(True)
        self.happened_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.words_edit = QPlainTextEdit()
        self.words_edit.setPlaceholderText(self.tr("Her own words, verbatim"))
        self.words_edit.setMinimumHeight(90)
        self.wants_edit = QLineEdit()
        self.wants_edit.setPlaceholderText(self.tr("e.g. a new cake for tonight"))
        self.category_combo = _combo(
            [(word("complaint_category", code), code) for code in complaints.complaint_categories()]
        )
        self.severity_combo = _combo(
            [(word("complaint_severity", code), code) for code in complaints.SEVERITIES]
        )
        self.purchase_combo = QComboBox()
        self.staff_combo = StaffComboBox()
        self.add_row(self.tr("Channel"), "channel", self.channel_combo)
        self.add_row(self.tr("When it happened"), "happened_at", self.happened_edit)
        self.add_row(self.tr("Her words *"), "words", self.words_edit)
        self.add_row(self.tr("What she wants"), "wants", self.wants_edit)
        self.add_row(self.tr("Category"), "category", self.category_combo)
        self.add_row(self.tr("Severity"), "severity", self.severity_combo)
        self.add_row(self.tr("Purchase concerned"), "purchase", self.purchase_combo)
        self.add_row(self.tr("Staff who served her"), "staff_id", self.staff_combo)

    def set_defaults(self, first: bool) -> None:
        self._fill_purchases()
        if first and self.detail is None:
            self.happened_edit.setDateTime(_to_qt(self.complaint_wizard.now()))

    def _fill_purchases(self) -> None:
        chosen = self.purchase_combo.currentData()
        self.purchase_combo.clear()
        self.purchase_combo.addItem(self.tr("— none in particular"), None)
        customer_id = self.complaint_wizard.customer_id
        if customer_id is None:
            return
        lang = interface_language()
        for purchase in customer_purchases(customer_id):
            if purchase.kind != "sale" or purchase.voided:
                continue
            text = f"{format_iso_date(purchase.purchased_on)} · {purchase.items or '—'} · "
            self.purchase_combo.addItem(text + format_won(purchase.amount, lang=lang), purchase.id)
        _select(self.purchase_combo, chosen)

    def intake(self) -> ComplaintIntake:
        customer_id = self.complaint_wizard.customer_id
        assert customer_id is not None
        return ComplaintIntake(
            customer_id=customer_id,
            channel=self.channel_combo.currentData(),
            happened_at=_from_qt(self.happened_edit.dateTime()),
            category=self.category_combo.currentData(),
            severity=self.severity_combo.currentData(),
            words=self.words_edit.toPlainText(),
            wants=self.wants_edit.text(),
            purchase_id=self.purchase_combo.currentData(),
            staff_id=self.staff_combo.staff_id(),
        )

    def committed(self) -> bool:
        """Her words may be corrected until the complaint is closed (`revise_complaint`)."""
        detail = self.detail
        return detail is not None and detail.state in ("closed", "withdrawn")

    def validatePage(self) -> bool:  # noqa: N802
        if self.detail is not None and self.detail.state != "received" and not self.has_typed():
            return True  # nothing corrected: no revision to log
        return super().validatePage()

    def commit(self) -> None:
        wizard = self.complaint_wizard
        if wizard.complaint_id is None:
            wizard.complaint_id = complaints.open_complaint(self.intake(), at=wizard.now())
            return
        complaints.revise_complaint(wizard.complaint_id, self.intake(), at=wizard.now())
        if self.detail is not None and self.detail.state == "received":
            complaints.hear_complaint(
                wizard.complaint_id,
                words=self.words_edit.toPlainText(),
                wants=self.wants_edit.text(),
                staff_id=self.staff_combo.staff_id(),
                at=wizard.now(),
            )

    def fill(self, detail: ComplaintDetail) -> None:
        _select(self.channel_combo, detail.channel)
        self.happened_edit.setDateTime(_to_qt(detail.happened_at))
        self.words_edit.setPlainText(detail.words or "")
        self.wants_edit.setText(detail.wants or "")
        if self.category_combo.findData(detail.category) < 0:
            self.category_combo.addItem(
                word("complaint_category", detail.category), detail.category
            )
        _select(self.category_combo, detail.category)
        _select(self.severity_combo, detail.severity)
        _select(self.purchase_combo, detail.purchase_id)
        _select(self.staff_combo, detail.staff_id)


class ApologisePage(StepPage):
    """Step 2 (→ apologised): who apologised, when, and whether in person."""

    page_id = PageId.APOLOGISE

    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("2. Apologise"))
        self.setSubTitle(
            self.tr("A serious complaint needs the owner or a manager to apologise in person.")
        )
        self.staff_combo = StaffComboBox()
        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.in_person_check = QCheckBox(self.tr("In person, face to face"))
        self.in_person_check.setChecked(True)
        self.note_edit = QLineEdit()
        self.add_row(self.tr("Who apologised *"), "apologised_by", self.staff_combo)
        self.add_row(self.tr("When"), "at", self.when_edit)
        self.add_row("", "in_person", self.in_person_check)
        self.add_row(self.tr("Note"), "note", self.note_edit)

    def set_defaults(self, first: bool) -> None:
        if first:
            self.when_edit.setDateTime(_to_qt(self.complaint_wizard.now()))

    def commit(self) -> None:
        wizard = self.complaint_wizard
        assert wizard.complaint_id is not None
        complaints.apologise(
            wizard.complaint_id,
            staff_id=self.staff_combo.staff_id(),
            in_person=self.in_person_check.isChecked(),
            note=self.note_edit.text(),
            at=_from_qt(self.when_edit.dateTime()),
        )

    def fill(self, detail: ComplaintDetail) -> None:
        if detail.apologised_at is None:
            return
        _select(self.staff_combo, detail.apologised_by_id)
        self.when_edit.setDateTime(_to_qt(detail.apologised_at))
        self.in_person_check.setChecked(detail.apology_in_person)
        self.note_edit.setText(detail.apology_note or "")


class RemedyColumn(IntEnum):
    KIND = 0
    AMOUNT = 1
    NOTE = 2


class ResolvePage(StepPage):
    """Step 3 (→ resolved): what is given on the spot; above the limit, who confirmed it."""

    page_id = PageId.RESOLVE

    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("3. Resolve on the spot"))
        self.setSubTitle(
            self.tr("Accept what she asks for and give it now: a refund, a redo, a small gift …")
        )
        self.remedies_table = QTableWidget(0, len(RemedyColumn))
        self.remedies_table.setHorizontalHeaderLabels(
            [self.tr("Remedy"), self.tr("Amount"), self.tr("Note")]
        )
        self.remedies_table.verticalHeader().setVisible(False)
        self.remedies_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.remedies_table.horizontalHeader()
        header.setSectionResizeMode(RemedyColumn.NOTE, QHeaderView.ResizeMode.Stretch)
        self.remedies_table.setColumnWidth(RemedyColumn.KIND, 120)
        self.remedies_table.setColumnWidth(RemedyColumn.AMOUNT, 110)
        self.remedies_table.setMinimumHeight(140)
        self.add_button = QPushButton(self.tr("&Add remedy"))
        self.add_button.clicked.connect(lambda: self.add_remedy())
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        remedies = QWidget()
        row = QHBoxLayout(remedies)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.remedies_table, 1)
        row.addLayout(buttons)
        self.total_label = QLabel()
        self.confirm_combo = QComboBox()
        self.confirm_label = QLabel(self.tr("Confirmed by (owner or manager) *"))
        self.note_edit = QLineEdit()
        self.add_row(self.tr("Remedies"), "remedies", remedies)
        self.editors.append(self.remedies_table)
        self.form.addRow("", self.total_label)
        self.form.addRow(self.confirm_label, self.errors.beside("confirmed_by", self.confirm_combo))
        self.editors.append(self.confirm_combo)
        self.add_row(self.tr("Note"), "note", self.note_edit)

    def set_defaults(self, first: bool) -> None:
        chosen = self.confirm_combo.currentData()
        self.confirm_combo.clear()
        self.confirm_combo.addItem("—", None)
        for member in list_staff():
            if member.role in AUTHORITY_ROLES:
                self.confirm_combo.addItem(member.name, member.id)
        _select(self.confirm_combo, chosen)

    def prepare(self) -> None:
        super().prepare()
        self.add_button.setEnabled(not self.committed())
        self.remove_button.setEnabled(not self.committed())
        self.update_limit()

    def add_remedy(self, kind: str = "gift", amount: int | None = None, note: str = "") -> int:
        """A new remedy line; returns its row."""
        row = self.remedies_table.rowCount()
        self.remedies_table.insertRow(row)
        combo = _combo([(word("remedy_kind", code), code) for code in complaints.REMEDY_KINDS])
        _select(combo, kind)
        combo.activated.connect(lambda _index: self.update_limit())
        amount_edit = QLineEdit("" if amount is None else f"{amount:,}")
        amount_edit.setPlaceholderText("0")
        amount_edit.textChanged.connect(lambda _text: self.update_limit())
        note_edit = QLineEdit(note)
        for column, editor in (
            (RemedyColumn.KIND, combo),
            (RemedyColumn.AMOUNT, amount_edit),
            (RemedyColumn.NOTE, note_edit),
        ):
            self.remedies_table.setCellWidget(row, column, editor)
            editor.setEnabled(not self.committed())
        self.update_limit()
        return row

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.remedies_table.selectedIndexes()}, reverse=True):
            self.remedies_table.removeRow(row)
        self.update_limit()

    def editor(self, row: int, column: RemedyColumn) -> Any:
        return self.remedies_table.cellWidget(row, column)

    def remedies(self) -> list[RemedyInput]:
        """The remedies as typed (an unreadable amount raises what `parse_amount` raises)."""
        purchase_id = self.detail.purchase_id if self.detail is not None else None
        found: list[RemedyInput] = []
        for row in range(self.remedies_table.rowCount()):
            kind = self.editor(row, RemedyColumn.KIND).currentData()
            text = self.editor(row, RemedyColumn.AMOUNT).text()
            found.append(
                RemedyInput(
                    kind=kind,
                    amount=parse_amount(text) if text.strip() else 0,
                    purchase_id=purchase_id if kind == "refund" else None,
                    note=self.editor(row, RemedyColumn.NOTE).text(),
                )
            )
        return found

    def update_limit(self) -> None:
        """Ask the core whether what is typed needs an owner's or manager's confirmation."""
        self.errors.label("remedies").hide()
        needed = False
        try:
            check = complaints.compensation_check(
                self.remedies(), complaint_id=self.complaint_wizard.complaint_id
            )
        except ShopCRMError as error:
            self.total_label.setText("")
            if not self.committed():
                self.errors.label("remedies").setText(self._refusal_text(error))
                self.errors.label("remedies").show()
        else:
            lang = interface_language()
            self.total_label.setText(
                self.tr(
                    "Given: {won} and {points} (without the owner or a manager: up to {limit})"
                ).format(
                    won=format_won(check.compensation_won, lang=lang),
                    points=format_points(check.compensation_points, lang=lang),
                    limit=format_won(check.limit_won, lang=lang),
                )
            )
            needed = check.needs_confirmation
        stored = self.detail is not None and any(r.confirmed_by_id for r in self.detail.remedies)
        self.confirm_label.setVisible(needed or stored)
        self.confirm_combo.setVisible(needed or stored)

    def _refusal_text(self, error: ShopCRMError) -> str:
        return describe_error(error, interface_language())

    def commit(self) -> None:
        wizard = self.complaint_wizard
        assert wizard.complaint_id is not None
        confirmed = self.confirm_combo.currentData() if self.confirm_combo.isVisible() else None
        try:
            remedies = self.remedies()
        except ShopCRMError as error:  # an amount that cannot be read
            error.fields.setdefault("field", "remedies")
            raise
        complaints.resolve_complaint(
            wizard.complaint_id,
            remedies,
            confirmed_by=confirmed,
            note=self.note_edit.text(),
            at=wizard.now(),
        )

    def fill(self, detail: ComplaintDetail) -> None:
        if detail.resolved_at is None:
            return
        self.remedies_table.setRowCount(0)
        for remedy in detail.remedies:
            self.add_remedy(remedy.kind, remedy.amount, remedy.note or "")
        confirmed = next((r.confirmed_by_id for r in detail.remedies if r.confirmed_by_id), None)
        if confirmed is not None and self.confirm_combo.findData(confirmed) < 0:
            self.confirm_combo.addItem("?", confirmed)
        _select(self.confirm_combo, confirmed)
        self.note_edit.setText(detail.resolution_note or "")


class FollowUpPage(StepPage):
    """Step 4: a day to ask how it went (and an apology letter); later, "follow-up done"."""

    page_id = PageId.FOLLOW_UP

    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("4. Follow up"))
        self.setSubTitle(
            self.tr("A call or a message a few days later shows her the shop still cares.")
        )
        self.none_radio = QRadioButton(self.tr("No follow-up needed"))
        self.date_radio = QRadioButton(self.tr("Follow up on"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.none_radio)
        self.choice.addButton(self.date_radio)
        self.date_radio.setChecked(True)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_radio.toggled.connect(self.date_edit.setEnabled)
        self.date_radio.toggled.connect(lambda _on: emit(self.completeChanged))
        date_row = QWidget()
        row = QHBoxLayout(date_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_radio)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        self.letter_check = QCheckBox(self.tr("Queue an apology letter (template: apology)"))
        self.done_check = QCheckBox(self.tr("Follow-up done: she was asked how it went"))
        self.done_check.toggled.connect(lambda _on: emit(self.completeChanged))
        self.done_note_edit = QLineEdit()
        self.done_note_edit.setPlaceholderText(self.tr("What she said"))
        self.add_row("", "follow_up_none", self.none_radio)
        self.form.addRow("", self.errors.beside("follow_up_on", date_row))
        self.editors += [self.date_radio, self.date_edit]
        self.add_row("", "letter", self.letter_check)
        self.add_row("", "follow_up_done", self.done_check)
        self.add_row(self.tr("Note"), "follow_up_note", self.done_note_edit)

    def set_defaults(self, first: bool) -> None:
        if first and (self.detail is None or self.detail.follow_up_on is None):
            self.date_edit.setDate(QDate(self.complaint_wizard.today() + dt.timedelta(days=3)))

    def prepare(self) -> None:
        super().prepare()
        self._show_done_row()

    def planned(self) -> bool:
        """A follow-up date is stored and waits to be done."""
        detail = self.detail
        return detail is not None and detail.state == "resolved" and detail.follow_up_on is not None

    def _show_done_row(self) -> None:
        shown = self.planned() or (
            self.committed() and self.detail is not None and self.detail.followed_up_at is not None
        )
        self.done_check.setVisible(shown)
        self.done_note_edit.setVisible(shown)
        row = self.errors.label("follow_up_note").parentWidget()
        label = self.form.labelForField(row) if row is not None else None
        if label is not None:
            label.setVisible(shown)

    def nextId(self) -> int:  # noqa: N802
        """To Close when no follow-up is planned or it is done; else the wizard ends here."""
        if self.committed() or self.none_radio.isChecked() or self.done_check.isChecked():
            return int(PageId.CLOSE)
        return -1

    def commit(self) -> None:
        wizard = self.complaint_wizard
        assert wizard.complaint_id is not None
        due = _date_of(self.date_edit) if self.date_radio.isChecked() else None
        detail = self.detail
        if detail is None or detail.follow_up_on != due:
            complaints.set_follow_up(wizard.complaint_id, due, at=wizard.now())
        if self.letter_check.isChecked() and self.letter_check.isEnabled():
            wizard.queue_apology_letter(wizard.complaint_id)
            self.letter_check.setEnabled(False)
        if due is not None and self.done_check.isChecked():
            complaints.record_follow_up_done(
                wizard.complaint_id, note=self.done_note_edit.text(), at=wizard.now()
            )

    def fill(self, detail: ComplaintDetail) -> None:
        if detail.follow_up_on is not None:
            self.date_radio.setChecked(True)
            self.date_edit.setDate(QDate(detail.follow_up_on))
        elif detail.state in ("closed",):
            self.none_radio.setChecked(True)
        self.done_check.setChecked(detail.followed_up_at is not None)
        self.done_note_edit.setText(detail.follow_up_note or "")


class ClosePage(StepPage):
    """Step 5 (→ closed): how satisfied she is now; 4–5 makes her a candidate advocate."""

    page_id = PageId.CLOSE

    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("5. Close"))
        self.setSubTitle(self.tr("Ask her how satisfied she is now, from 1 (not at all) to 5."))
        self.satisfaction = QButtonGroup(self)
        scores = QWidget()
        row = QHBoxLayout(scores)
        row.setContentsMargins(0, 0, 0, 0)
        self.score_buttons: list[QRadioButton] = []
        for score in range(1, 6):
            button = QRadioButton(str(score))
            self.satisfaction.addButton(button, score)
            self.score_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setMinimumHeight(70)
        self.add_row(self.tr("Satisfaction *"), "satisfaction", scores)
        self.editors += self.score_buttons
        self.add_row(self.tr("Comment"), "comment", self.comment_edit)
        self.setFinalPage(True)

    def nextId(self) -> int:  # noqa: N802
        return -1

    def score(self) -> int:
        return max(0, self.satisfaction.checkedId())

    def commit(self) -> None:
        wizard = self.complaint_wizard
        assert wizard.complaint_id is not None
        complaints.close_complaint(
            wizard.complaint_id,
            satisfaction=self.score(),
            comment=self.comment_edit.toPlainText(),
            at=wizard.now(),
        )

    def fill(self, detail: ComplaintDetail) -> None:
        if detail.satisfaction is not None and 1 <= detail.satisfaction <= 5:
            self.score_buttons[detail.satisfaction - 1].setChecked(True)
        self.comment_edit.setPlainText(detail.satisfaction_comment or "")


class ComplaintWizard(QWizard):
    """One complaint, step by step. Use `ComplaintWizard.ask`.

    `customer_id` for a new complaint from her card; `complaint_id` to continue a stored one;
    neither for a walk-in (her card is made first).
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        customer_id: int | None = None,
        complaint_id: int | None = None,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self.complaint_id = complaint_id
        self.detail: ComplaintDetail | None = None
        self.customer_id = customer_id
        self.thank_you_suggested = False
        if complaint_id is not None:
            self.detail = complaints.complaint_detail(complaint_id, today=self.today())
            self.customer_id = self.detail.customer_id
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        self.resize(940, 600)
        self.customer_page = CustomerPage(self)
        self.listen_page = ListenPage(self)
        self.apologise_page = ApologisePage(self)
        self.resolve_page = ResolvePage(self)
        self.follow_up_page = FollowUpPage(self)
        self.close_page = ClosePage(self)
        for page_id, page in (
            (PageId.CUSTOMER, self.customer_page),
            (PageId.LISTEN, self.listen_page),
            (PageId.APOLOGISE, self.apologise_page),
            (PageId.RESOLVE, self.resolve_page),
            (PageId.FOLLOW_UP, self.follow_up_page),
            (PageId.CLOSE, self.close_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(self.start_page())
        if self.detail is not None:  # Back shows what the earlier steps stored
            for step_page in self.step_pages():
                if isinstance(step_page, StepPage):
                    step_page.prepare()
        self._update_title()

    def now(self) -> dt.datetime:
        """The time a step is stored at (whole seconds)."""
        return self._now().replace(microsecond=0)

    def today(self) -> dt.date:
        return self.now().date()

    def start_page(self) -> PageId:
        if self.detail is not None:
            return PAGE_OF_STATE[self.detail.state]
        return PageId.CUSTOMER if self.customer_id is None else PageId.LISTEN

    def set_customer(self, customer_id: int) -> None:
        self.customer_id = customer_id
        self._update_title()

    def _update_title(self) -> None:
        if self.customer_id is None:
            self.setWindowTitle(self.tr("Complaint — walk-in"))
            return
        detail = get_customer(self.customer_id)
        self.setWindowTitle(
            self.tr("Complaint — {name} (no. {number})").format(
                name=detail.name, number=detail.customer_no
            )
        )

    def reload(self) -> None:
        """Read the complaint again after a step was stored."""
        if self.complaint_id is not None:
            self.detail = complaints.complaint_detail(self.complaint_id, today=self.today())

    def queue_apology_letter(self, complaint_id: int) -> None:
        """The apology letter, queued for the letters batch (cmpcli's core function)."""
        complaint_letters.queue_apology_letter(complaint_id)

    def step_pages(self) -> list[QWizardPage]:
        return [self.page(page_id) for page_id in self.pageIds()]

    def reject(self) -> None:
        """Cancel or the window closed: what is stored stays; typed input is asked about."""
        page = self.currentPage()
        typed = getattr(page, "has_typed", lambda: False)()
        if typed and not messages.confirm_discard_page(self):
            return
        super().reject()

    def accept(self) -> None:
        super().accept()
        if self.detail is not None and self.detail.advocate_candidate:
            self.thank_you_suggested = True

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        customer_id: int | None = None,
        complaint_id: int | None = None,
    ) -> int | None:
        """Run the wizard; the complaint's id (stored as far as it got), or None if none was."""
        wizard = cls(parent, customer_id=customer_id, complaint_id=complaint_id)
        exec_then_delete(wizard)
        found = wizard.complaint_id
        customer_id = wizard.customer_id
        if (
            customer_id is not None
            and wizard.thank_you_suggested
            and messages.suggest_thank_you(parent, get_customer(customer_id).name)
        ):
            LettersDialog.ask(parent, recipients_from_ids([customer_id]), template_key="thank_you")
        return found


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def _value_of(editor: QWidget) -> object:
    if isinstance(editor, QTableWidget):
        return [
            _value_of(cell)
            for row in range(editor.rowCount())
            for column in range(editor.columnCount())
            if (cell := editor.cellWidget(row, column)) is not None
        ]
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QLineEdit):
        return editor.text()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QDateTimeEdit):  # QDateEdit too
        return editor.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(editor, QCheckBox | QRadioButton):
        return editor.isChecked()
    return None


def _date_of(editor: QDateEdit) -> dt.date:
    value = editor.date().toPython()
    assert isinstance(value, dt.date)
    return value
