"""The customer card beside the list: what the owner knows about her, editable in place.

Interests and small personal notes come first; then the stage with its reason, the grade and
where it comes from, points, staff; then tabs for the timeline, her details, anniversaries and
the stage history with referrals. Ctrl+S saves (`customers.save_card` with the version the card
was opened at); leaving with unsaved edits asks first (`maybe_leave`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopcrm.card import (
    CustomerCard,
    CustomerRef,
    customer_card,
    stage_change_reason_text,
    stage_reason_text,
)
from shopcrm.complaints import is_advocate_candidate
from shopcrm.customers import (
    CONSENT_CHANNELS,
    GENDERS,
    CustomerDetail,
    customer_tags,
    get_customer,
    save_card,
)
from shopcrm.errors import Conflict, NotFound, ShopCRMError
from shopcrm.formatting import format_date, format_iso_date, format_points, format_won
from shopcrm.ladder import StageStep, set_stage_override
from shopcrm.phones import format_phone
from shopcrm.staff import list_staff
from shopcrm.timeline import TIMELINE_KINDS
from ui import messages
from ui.consultation import consultation_mode, hides_private, shown_amount, shown_phone
from ui.dialogs.conflict_dialog import KEEP_MINE, TAKE_THEIRS, ConflictDialog, DifferingField
from ui.dialogs.refund_dialog import RefundDialog, VoidDialog
from ui.dialogs.stage_override_dialog import StageOverrideDialog
from ui.i18n import interface_language, word
from ui.labels import consent_channel_label, gender_label, grade_label, stage_label
from ui.models.timeline_table_model import TimelineColumn, TimelineTableModel
from ui.signals import emit
from ui.widgets.anniversary_editor import AnniversaryEditor, ListedAnniversary
from ui.widgets.field_errors import FieldErrors

FIELD_OF_CODE = {
    "name_required": "name",
    "invalid_phone": "phone",
    "empty_phone": "phone",
    "placeholder_phone": "phone",
    "duplicate_phone": "phone",
    "invalid_email": "email",
    "invalid_gender": "gender",
    "staff_not_found": "staff_id",
}
"""Beside which field a refusal of the core is shown (anything else: beside Save)."""

DETAILS_TAB_FIELDS = (
    "name",
    "phone",
    "email",
    "postal_code",
    "address",
    "gender",
    "tags",
    "former_no",
)
SHOWN_BESIDE = (*DETAILS_TAB_FIELDS, "interests", "notes", "staff_id")
"""The fields with an error label beside them; a refusal of any other is shown beside Save."""


def _tags_from(text: str) -> list[str]:
    return sorted({tag.strip() for tag in text.split(",") if tag.strip()})


class CustomerCardWidget(QWidget):
    """One customer's card. `show_customer` opens one; `maybe_leave` before opening another.

    Signals:
        saved(int): the card's fields were saved (the list shows her new values).
        facts_changed(int): a refund, void, stage change or anniversary was recorded here.
        leave_requested(): Esc was pressed in the card (back to the search box).
        customer_open_requested(int): a referral's name was clicked (open that customer).
    """

    saved = Signal(int)
    facts_changed = Signal(int)
    leave_requested = Signal()
    customer_open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: Callable[[], dt.date] = dt.date.today
        self.customer_id: int | None = None
        self.card: CustomerCard | None = None
        self._version = 0
        self._loaded: dict[str, Any] = {}
        self._loaded_tags: list[str] = []
        self._action_buttons: list[ActionButton] = []
        self.errors = FieldErrors()
        self.empty_label = QLabel(
            self.tr("Open a customer from the list: Enter or a double-click.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 4, 8, 4)
        column.addLayout(self._header())
        column.addWidget(self._notes_box())
        column.addLayout(self._facts())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._timeline_tab(), self.tr("Timeline"))
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.anniversary_editor = AnniversaryEditor()
        self.anniversary_editor.changed.connect(self._recorded_here)
        self.tabs.addTab(self.anniversary_editor, self.tr("Anniversaries"))
        self.tabs.addTab(self._ladder_tab(), self.tr("Stage and referrals"))
        column.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.save_action = QAction(self.tr("Save car&d"), self)  # the lead may add it to a menu
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(self._save_if_open)
        self.addAction(self.save_action)
        self.escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape_shortcut.activated.connect(self.leave_requested)
        consultation_mode().changed.connect(self._follow_consultation)
        self._follow_consultation()

    def _follow_consultation(self, *_on: bool) -> None:
        """Consultation mode: notes, her history, amounts and points hidden, the phone masked."""
        hidden = hides_private()
        self.notes_box.setVisible(not hidden)
        self.timeline_stack.setCurrentIndex(1 if hidden else 0)
        self.phone_edit.setVisible(not hidden)
        self.phone_masked_label.setVisible(hidden)
        if self.card is not None:
            self._show_facts(self.card)

    # --- building ------------------------------------------------------------------------

    def _header(self) -> QVBoxLayout:
        """Her name, number and phone with Save; below, the counter actions as buttons."""
        self.name_label = QLabel()
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.number_label = QLabel()
        self.phone_label = QLabel()
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addStretch(1)
        top.addWidget(self.errors.label("card"), 1)
        top.addWidget(self.save_button)
        line = QHBoxLayout()
        line.setSpacing(8)
        line.addWidget(self.number_label)
        line.addWidget(self.phone_label)
        line.addStretch(1)
        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(4)
        actions = QHBoxLayout()
        actions.addLayout(self.actions_row)
        actions.addStretch(1)
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addLayout(top)
        header.addLayout(line)
        header.addLayout(actions)
        return header

    def _notes_box(self) -> QFrame:
        """Interests and small personal notes: the first thing she sees."""
        box = QFrame()
        self.notes_box = box
        box.setObjectName("notes_box")
        box.setStyleSheet(
            "#notes_box { background: #fff8e1; border: 1px solid #f0d98c; border-radius: 4px; }"
        )
        self.interests_edit = QLineEdit()
        self.interests_edit.setPlaceholderText(
            self.tr("Interests and small things to remember (e.g. likes oat milk)")
        )
        font = QFont(self.interests_edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.interests_edit.setFont(font)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Notes"))
        self.notes_edit.setFixedHeight(54)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.interests_edit)
        layout.addWidget(self.errors.label("interests"))
        layout.addWidget(self.notes_edit)
        layout.addWidget(self.errors.label("notes"))
        return box

    def _facts(self) -> QGridLayout:
        self.stage_value = QLabel()
        self.stage_value.setWordWrap(True)
        self.stage_button = QPushButton(self.tr("Change…"))
        self.stage_button.clicked.connect(self.override_stage)
        self.grade_value = QLabel()
        self.points_value = QLabel()
        self.points_value.setWordWrap(True)
        self.staff_combo = QComboBox()
        grid = QGridLayout()
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        stage_row = QHBoxLayout()
        stage_row.addWidget(self.stage_value, 1)
        stage_row.addWidget(self.stage_button)
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            (self.tr("Stage"), stage_row),
            (self.tr("Grade"), self.grade_value),
            (self.tr("Points"), self.points_value),
            (self.tr("Staff in charge"), self.errors.beside("staff_id", self.staff_combo)),
        ]
        for row, (title, value) in enumerate(rows):
            caption = QLabel(title)
            caption.setStyleSheet("color: #555;")
            grid.addWidget(caption, row, 0)
            if isinstance(value, QHBoxLayout):
                grid.addLayout(value, row, 1)
            else:
                grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _timeline_tab(self) -> QWidget:
        self.timeline_model = TimelineTableModel(self)
        self.timeline_view = QTableView()
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_view.verticalHeader().setVisible(False)
        self.timeline_view.verticalHeader().setDefaultSectionSize(24)
        self.timeline_view.setWordWrap(False)
        header = self.timeline_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TimelineColumn.SUMMARY, QHeaderView.ResizeMode.Stretch)
        lang = interface_language()
        metrics = self.timeline_view.fontMetrics()
        kinds = [word("timeline_kind", kind) for kind in TIMELINE_KINDS]
        for column, sample in (
            (TimelineColumn.WHEN, "2026-12-31"),
            (TimelineColumn.KIND, max(kinds, key=metrics.horizontalAdvance)),
            (TimelineColumn.AMOUNT, format_won(-999_999, lang=lang)),
            (TimelineColumn.POINTS, format_points(-9_999, lang=lang)),
            (TimelineColumn.STAFF, "김수한"),
        ):
            self.timeline_view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 14)
        self.refund_button = QPushButton(self.tr("Refund…"))
        self.void_button = QPushButton(self.tr("Void…"))
        self.refund_button.clicked.connect(self.refund_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.timeline_view.selectionModel().selectionChanged.connect(self._update_sale_buttons)
        self.timeline_model.modelReset.connect(self._update_sale_buttons)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refund_button)
        buttons.addWidget(self.void_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.timeline_view, 1)
        layout.addLayout(buttons)
        self._update_sale_buttons()
        self.timeline_hidden_label = QLabel(
            self.tr("Consultation mode: her history (amounts, points and notes) is hidden.")
        )
        self.timeline_hidden_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timeline_hidden_label.setWordWrap(True)
        self.timeline_stack = QStackedWidget()
        self.timeline_stack.addWidget(tab)
        self.timeline_stack.addWidget(self.timeline_hidden_label)
        return self.timeline_stack

    def _details_tab(self) -> QWidget:
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("010-1234-5678")
        self.email_edit = QLineEdit()
        self.postal_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.gender_combo = QComboBox()
        self.gender_combo.addItem("—", None)
        for gender in GENDERS:
            self.gender_combo.addItem(gender_label(gender), gender)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("comma separated, e.g. VIP, cake"))
        self.former_edit = QLineEdit()
        self.consent_check = QCheckBox(self.tr("Agrees to receive marketing letters and messages"))
        self.channel_combo = QComboBox()
        self.channel_combo.addItem("—", None)
        for channel in CONSENT_CHANNELS:
            self.channel_combo.addItem(consent_channel_label(channel), channel)
        self.consent_on_label = QLabel()
        self.consent_check.toggled.connect(self._follow_consent)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.channel_combo)
        consent_row.addWidget(self.consent_on_label, 1)
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.errors.beside("name", self.name_edit))
        self.phone_masked_label = QLabel()  # the phone in consultation mode (the edit hidden)
        phone_row = QHBoxLayout()
        phone_row.setContentsMargins(0, 0, 0, 0)
        phone_row.addWidget(self.phone_edit, 1)
        phone_row.addWidget(self.phone_masked_label, 1)
        form.addRow(self.tr("Phone"), self.errors.beside("phone", phone_row))
        form.addRow(self.tr("E-mail"), self.errors.beside("email", self.email_edit))
        form.addRow(self.tr("Postal code"), self.errors.beside("postal_code", self.postal_edit))
        form.addRow(self.tr("Address"), self.errors.beside("address", self.address_edit))
        form.addRow(self.tr("Gender"), self.errors.beside("gender", self.gender_combo))
        form.addRow(self.tr("Tags"), self.errors.beside("tags", self.tags_edit))
        form.addRow(self.tr("Former no."), self.errors.beside("former_no", self.former_edit))
        form.addRow("", self.consent_check)
        form.addRow(self.tr("Consent given by"), consent_row)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _ladder_tab(self) -> QWidget:
        self.history_list = QListWidget()
        self.referred_by_label = QLabel()
        self.referred_label = QLabel()
        for label in (self.referred_by_label, self.referred_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.linkActivated.connect(lambda link: emit(self.customer_open_requested, int(link)))
        form = QFormLayout()
        form.addRow(self.tr("Introduced by"), self.referred_by_label)
        form.addRow(self.tr("Introduced"), self.referred_label)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Stage history (newest first)")))
        layout.addWidget(self.history_list, 1)
        return tab

    # --- showing -------------------------------------------------------------------------

    def show_customer(self, customer_id: int) -> None:
        """Open this customer's card (ask `maybe_leave` first: edits shown now are dropped)."""
        self.customer_id = customer_id
        self._show(customer_card(customer_id, today=self.today()))
        self.stack.setCurrentIndex(1)

    def clear(self) -> None:
        """No customer open (the list shows the hint instead)."""
        self.customer_id = None
        self.card = None
        self._loaded, self._loaded_tags = {}, []
        self.timeline_model.show_customer(None)
        self.stack.setCurrentIndex(0)

    def reload_facts(self) -> None:
        """Read her card again after something was recorded; unsaved edits stay as typed."""
        if self.customer_id is None:
            return
        try:
            card = customer_card(self.customer_id, today=self.today())
        except NotFound:
            self.clear()
            return
        if self.has_unsaved_edits():
            self._show_facts(card)
        else:
            self._show(card)

    def _show(self, card: CustomerCard) -> None:
        self.errors.clear()
        self._show_facts(card)
        self._version = card.detail.version
        self._fill(card.detail, list(card.tags))
        self._loaded = self._values_of(card.detail)
        self._loaded_tags = sorted(card.tags)

    def _show_facts(self, card: CustomerCard) -> None:
        self.card = card
        detail = card.detail
        lang = interface_language()
        self.name_label.setText(detail.name)
        number = self.tr("No. {number}").format(number=detail.customer_no)
        if detail.former_no:
            number += " · " + self.tr("formerly {former}").format(former=detail.former_no)
        self.number_label.setText(number)
        self.phone_label.setText(f"· {shown_phone(detail.phone)}" if detail.phone else "")
        self.phone_masked_label.setText(shown_phone(detail.phone))
        stage = stage_label(detail.stage)
        if card.stage_reason is not None:
            stage = f"{stage} — {stage_reason_text(card.stage_reason, lang)}"
            if card.stage_reason.is_override:
                stage += " " + self.tr("(set by hand)")
        if is_advocate_candidate(detail.id):
            stage += " · " + self.tr("candidate advocate (satisfied after her complaint)")
        self.stage_value.setText(stage)
        source = (
            self.tr("from the imported list")
            if card.grade_source == "imported"
            else self.tr("from the shop's own sales")
        )
        self.grade_value.setText(f"{grade_label(detail.grade)} — {source}")
        points = format_points(card.points_balance, lang=lang)
        if card.points_expiring and card.points_expiring_on is not None:
            points += " · " + self.tr("{points} expire within 30 days (first on {date})").format(
                points=format_points(card.points_expiring, lang=lang),
                date=format_date(card.points_expiring_on, lang=lang),
            )
        self.points_value.setText(shown_amount(points))
        self.consent_on_label.setText(
            self.tr("since {date}").format(date=format_iso_date(detail.consent_on))
            if detail.marketing_consent and detail.consent_on
            else ""
        )
        self.anniversary_editor.show_anniversaries(
            detail.id, [ListedAnniversary(item.detail, item.next_on) for item in card.anniversaries]
        )
        self.history_list.clear()
        for step in card.stage_history:
            self.history_list.addItem(self._history_line(step))
        self.referred_by_label.setText(
            _customer_link(card.referred_by) if card.referred_by else "—"
        )
        self.referred_label.setText(
            ", ".join(_customer_link(ref) for ref in card.referred) if card.referred else "—"
        )
        self.timeline_model.show_customer(detail.id)

    def _history_line(self, step: StageStep) -> str:
        moved = stage_label(step.to_stage)
        if step.from_stage and step.from_stage != step.to_stage:
            moved = f"{stage_label(step.from_stage)} → {moved}"
        why = stage_change_reason_text(step.reason)
        line = f"{format_iso_date(step.changed_at.date())}  {moved} — {why}"
        return f"{line}: {step.note}" if step.note else line

    def _fill(self, detail: CustomerDetail, tags: list[str]) -> None:
        self.name_edit.setText(detail.name)
        self.phone_edit.setText(_phone_text(detail))
        self.email_edit.setText(detail.email or "")
        self.postal_edit.setText(detail.postal_code or "")
        self.address_edit.setText(detail.address or "")
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(detail.gender)))
        self.interests_edit.setText(detail.interests or "")
        self.notes_edit.setPlainText(detail.notes or "")
        self.tags_edit.setText(", ".join(sorted(tags)))
        self.former_edit.setText(detail.former_no or "")
        self.consent_check.setChecked(detail.marketing_consent)
        self.channel_combo.setCurrentIndex(
            max(0, self.channel_combo.findData(detail.consent_channel))
        )
        self._follow_consent(detail.marketing_consent)
        self.staff_combo.clear()
        self.staff_combo.addItem("—", None)
        for member in list_staff():
            self.staff_combo.addItem(member.name, member.id)
        if detail.staff_id is not None and self.staff_combo.findData(detail.staff_id) < 0:
            self.staff_combo.addItem(detail.staff_name or "?", detail.staff_id)  # removed since
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(detail.staff_id)))

    def _follow_consent(self, consent: bool) -> None:
        self.channel_combo.setEnabled(consent)
        if consent and self.channel_combo.currentData() is None:
            self.channel_combo.setCurrentIndex(self.channel_combo.findData("in_person"))

    # --- editing -------------------------------------------------------------------------

    def entered_values(self) -> dict[str, Any]:
        """The card's fields as they stand in the widgets now."""
        consent = self.consent_check.isChecked()
        return {
            "name": self.name_edit.text(),
            "phone": self.phone_edit.text(),
            "email": self.email_edit.text(),
            "postal_code": self.postal_edit.text(),
            "address": self.address_edit.text(),
            "gender": self.gender_combo.currentData(),
            "interests": self.interests_edit.text(),
            "notes": self.notes_edit.toPlainText(),
            "marketing_consent": consent,
            "consent_channel": self.channel_combo.currentData() if consent else None,
            "staff_id": self.staff_combo.currentData(),
            "former_no": self.former_edit.text(),
        }

    def _values_of(self, detail: CustomerDetail) -> dict[str, Any]:
        """A stored card as the widgets would show it (to see what was edited)."""
        return {
            "name": detail.name,
            "phone": _phone_text(detail),
            "email": detail.email or "",
            "postal_code": detail.postal_code or "",
            "address": detail.address or "",
            "gender": detail.gender,
            "interests": detail.interests or "",
            "notes": detail.notes or "",
            "marketing_consent": detail.marketing_consent,
            "consent_channel": detail.consent_channel if detail.marketing_consent else None,
            "staff_id": detail.staff_id,
            "former_no": detail.former_no or "",
        }

    def has_unsaved_edits(self) -> bool:
        if self.customer_id is None or not self._loaded:
            return False
        return (
            self.entered_values() != self._loaded
            or _tags_from(self.tags_edit.text()) != self._loaded_tags
        )

    def maybe_leave(self) -> bool:
        """Before the card is left: True when it may go (saved, discarded or nothing to save)."""
        if not self.has_unsaved_edits():
            return True
        answer = messages.ask_unsaved_edits(self, self.name_label.text())
        if answer == messages.SAVE:
            return self.save()
        if answer == messages.DISCARD:
            self.reload_discarding()
            return True
        return False

    def reload_discarding(self) -> None:
        """Drop the edits: the card shows what is stored."""
        if self.customer_id is not None:
            self._show(customer_card(self.customer_id, today=self.today()))

    def _save_if_open(self) -> None:
        if self.customer_id is not None and self.isVisible():
            self.save()

    def save(self) -> bool:
        """Save what was edited (only that); True when saved or nothing needed saving."""
        if self.customer_id is None:
            return True
        entered = self.entered_values()
        changes = {name: value for name, value in entered.items() if value != self._loaded[name]}
        tags = _tags_from(self.tags_edit.text())
        new_tags = tags if tags != self._loaded_tags else None
        if not changes and new_tags is None:
            return True
        self.errors.clear()
        try:
            save_card(
                self.customer_id,
                changes,
                tags=new_tags,
                expected_version=self._version,
                today=self.today(),
            )
        except Conflict:
            return self._resolve_conflict()
        except ShopCRMError as error:
            field = FIELD_OF_CODE.get(error.code) or str(error.fields.get("field", "card"))
            if field not in SHOWN_BESIDE:
                field = "card"
            self.errors.show_error(field, error)
            if field in DETAILS_TAB_FIELDS:
                self.tabs.setCurrentIndex(1)
            return False
        self._show(customer_card(self.customer_id, today=self.today()))
        emit(self.saved, self.customer_id)
        return True

    def _resolve_conflict(self) -> bool:
        """Saved elsewhere meanwhile: show both versions; keep mine, take theirs, or edit on."""
        assert self.customer_id is not None
        stored = get_customer(self.customer_id)
        stored_values = self._values_of(stored)
        stored_tags = customer_tags(self.customer_id)
        mine = self.entered_values()
        my_tags = _tags_from(self.tags_edit.text())
        labels = self._field_labels()
        differing = [
            DifferingField(labels[name], self._shown(name, mine[name]), self._shown(name, value))
            for name, value in stored_values.items()
            if mine[name] != value
        ]
        if my_tags != stored_tags:
            differing.append(
                DifferingField(self.tr("Tags"), ", ".join(my_tags), ", ".join(stored_tags))
            )
        choice = ConflictDialog.ask(self, stored.name, differing)
        if choice == KEEP_MINE:
            # mine over the stored version: every field where the card differs from it
            self._version = stored.version
            self._loaded, self._loaded_tags = stored_values, stored_tags
            return self.save()
        if choice == TAKE_THEIRS:
            self.reload_discarding()
            return True
        return False

    def _field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "postal_code": self.tr("Postal code"),
            "address": self.tr("Address"),
            "gender": self.tr("Gender"),
            "interests": self.tr("Interests"),
            "notes": self.tr("Notes"),
            "marketing_consent": self.tr("Marketing consent"),
            "consent_channel": self.tr("Consent given by"),
            "staff_id": self.tr("Staff in charge"),
            "former_no": self.tr("Former no."),
        }

    def _shown(self, name: str, value: Any) -> str:
        if name == "gender":
            return gender_label(value) or "—"
        if name == "consent_channel":
            return consent_channel_label(value) or "—"
        if name == "marketing_consent":
            return self.tr("yes") if value else self.tr("no")
        if name == "staff_id":
            found = self.staff_combo.findData(value)
            return self.staff_combo.itemText(found) if value is not None and found >= 0 else "—"
        return str(value) if value else "—"

    # --- recording -----------------------------------------------------------------------

    def override_stage(self) -> None:
        if self.customer_id is None or self.card is None:
            return
        chosen = StageOverrideDialog.ask(self, self.card.detail.stage_override)
        if chosen is None:
            return
        edited = self.has_unsaved_edits()
        try:
            set_stage_override(
                self.customer_id,
                chosen.stage,
                note=chosen.note,
                staff_id=chosen.staff_id,
                expected_version=self._version,
            )
        except ShopCRMError as error:  # a card changed elsewhere meanwhile too (customer_changed)
            messages.show_error(self, error)
            return
        if edited:  # the new version is ours: the edits stay, and still save without a conflict
            self._version = get_customer(self.customer_id).version
        self._recorded_here()

    def _recorded_here(self) -> None:
        """Something was recorded from the card itself: show it, tell the list."""
        if self.customer_id is None:
            return
        self.reload_facts()
        emit(self.facts_changed, self.customer_id)

    def selected_entry(self) -> Any:
        rows = self.timeline_view.selectionModel().selectedRows()
        return self.timeline_model.entry(rows[0].row()) if rows else None

    def select_timeline_row(self, row: int) -> None:
        self.timeline_view.selectRow(row)

    def _update_sale_buttons(self) -> None:
        entry = self.selected_entry()
        live_sale = (
            entry is not None
            and entry.kind == "purchase"
            and entry.purchase_id is not None
            and not entry.voided
        )
        self.refund_button.setEnabled(live_sale and entry.refundable > 0)
        self.void_button.setEnabled(live_sale)

    def refund_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and RefundDialog.ask(self, entry, self.today()):
            self._recorded_here()

    def void_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and VoidDialog.ask(self, entry):
            self._recorded_here()

    def set_counter_actions(self, actions: list[QAction]) -> None:
        """Show the window's counter actions (sale, contact, points, referral) as buttons."""
        for old in self._action_buttons:
            self.actions_row.removeWidget(old)
            old.deleteLater()
        self._action_buttons = [ActionButton(action) for action in actions]
        for button in self._action_buttons:
            self.actions_row.addWidget(button)

    def counter_buttons(self) -> list[ActionButton]:
        return list(self._action_buttons)


class ActionButton(QPushButton):
    """A button for a window action: its words with its shortcut, enabled as it is."""

    def __init__(self, action: QAction) -> None:
        super().__init__()
        self.action = action
        self.clicked.connect(action.trigger)
        action.changed.connect(self.follow)  # a slot of ours: disconnected when deleted
        self.follow()

    def follow(self) -> None:
        shortcut = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        # the menu's mnemonic goes: "판매 기록(&S)…" and "Record a &sale…" lose "(&S)" and "&"
        text = re.sub(r"\(&\w\)", "", self.action.text()).replace("&", "").rstrip("…")
        self.setText(f"{text} ({shortcut})" if shortcut else text)
        self.setToolTip(self.action.toolTip())
        self.setEnabled(self.action.isEnabled())


def _phone_text(detail: CustomerDetail) -> str:
    return format_phone(detail.phone) if detail.phone else (detail.phone_entered or "")


def _customer_link(ref: CustomerRef) -> str:
    name = ref.name.replace("&", "&amp;").replace("<", "&lt;")
    return f'<a href="{ref.id}">{name}</a> ({ref.customer_no})'
