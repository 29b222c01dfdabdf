"""File → Settings: the shop's profile, its thresholds, staff, products, letters, reminders and
this PC's language, one tab each.

Every value is checked by the core (`shopcrm.settings.save_settings`, `shopcrm.staff`,
`shopcrm.products`); a refused value is named in red under its field, and the dialog stays
open with what was typed. The settings are saved together on OK, all or none. The staff and
product lists change at once, one row at a time (a hand-over cannot wait for OK).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopcrm import settings
from shopcrm.amounts import parse_amount, parse_points
from shopcrm.complaints import complaint_categories, step_prompts
from shopcrm.errors import SettingsRefused, ShopCRMError, ValidationError
from shopcrm.lunar import FEB29_FEB28, FEB29_MAR1
from shopcrm.products import ProductInfo, add_product, list_products, update_product
from shopcrm.settings import (
    BUSINESS_TYPES,
    COMPLAINT_PROMPT_PAGES,
    GRADE_MEASURES,
    GRADE_ORDER,
    GRADE_PRESETS,
    LOG_SAVED_LETTERS,
    check_settings,
    get_setting,
    save_settings,
    shop_profile,
)
from shopcrm.staff import (
    STAFF_ROLES,
    StaffMember,
    add_staff,
    list_staff,
    remove_staff,
    rename_staff,
    set_staff_role,
)
from shopcrm.vocabulary import describe_error
from ui import messages
from ui.dialogs.modal import exec_then_delete
from ui.i18n import choose_language, chosen_language, interface_language, word
from ui.labels import business_type_label, grade_label, staff_role_label
from ui.widgets.language_menu import LANGUAGE_NAMES

REFUSAL_STYLE = "color: #c62828;"
NUMBER_WIDTH = 260
"""A small number needs no full-width box."""


class SettingsTab(IntEnum):
    SHOP = 0
    THRESHOLDS = 1
    STAFF = 2
    PRODUCTS = 3
    LETTERS = 4
    REMINDERS = 5
    THIS_PC = 6
    COMPLAINTS = 7


def refusal_label() -> QLabel:
    """The red line under a field saying why its value was refused (hidden while fine)."""
    label = QLabel()
    label.setObjectName("refusal")
    label.setStyleSheet(REFUSAL_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_refusal(label: QLabel, error: ShopCRMError | None) -> None:
    label.setText(describe_error(error, interface_language()) if error else "")
    label.setVisible(error is not None)


def won_text(amount: int) -> str:
    return f"{amount:,}"


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


class SettingsDialog(QDialog):
    """The shop's settings in tabs (`SettingsTab`). Use `SettingsDialog.ask`.

    After OK, `changed_keys` names the settings whose stored value changed.
    """

    def __init__(self, parent: QWidget | None = None, tab: SettingsTab = SettingsTab.SHOP) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(640)
        self.refusals: dict[str, QLabel] = {}
        self._places: dict[str, tuple[SettingsTab, QWidget]] = {}
        self.changed_keys: frozenset[str] = frozenset()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._shop_tab(), self.tr("Shop"))
        self.tabs.addTab(self._thresholds_tab(), self.tr("Thresholds"))
        self.tabs.addTab(self._staff_tab(), self.tr("Staff"))
        self.tabs.addTab(self._products_tab(), self.tr("Products"))
        self.tabs.addTab(self._letters_tab(), self.tr("Letters"))
        self.tabs.addTab(self._reminders_tab(), self.tr("Reminders"))
        self.tabs.addTab(self._this_pc_tab(), self.tr("This PC"))
        self.tabs.addTab(self._complaints_tab(), self.tr("Complaints"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._fill()
        self.tabs.setCurrentIndex(int(tab))

    # --- building the tabs ---------------------------------------------------------------------

    def _field(self, key: str, tab: SettingsTab, widget: QWidget) -> QWidget:
        """The widget with its refusal label underneath, known by the setting's key."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = refusal_label()
        column.addWidget(label)
        self.refusals[key] = label
        self._places[key] = (tab, widget)
        return box

    def _shop_tab(self) -> QWidget:
        tab = SettingsTab.SHOP
        self.name_edit = QLineEdit()
        self.owner_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("02-123-4567")
        self.address_edit = QLineEdit()
        self.postal_edit = QLineEdit()
        self.postal_edit.setPlaceholderText("06236")
        self.postal_edit.setMaxLength(7)
        self.type_combo = QComboBox()
        for kind in BUSINESS_TYPES:
            self.type_combo.addItem(business_type_label(kind), kind)
        self.type_combo.activated.connect(self._type_chosen)
        form = QFormLayout()
        form.addRow(self.tr("Shop name *"), self._field("shop_name", tab, self.name_edit))
        form.addRow(self.tr("Owner"), self._field("owner_name", tab, self.owner_edit))
        form.addRow(self.tr("Phone"), self._field("shop_phone", tab, self.phone_edit))
        form.addRow(self.tr("Address"), self._field("shop_address", tab, self.address_edit))
        form.addRow(self.tr("Postal code"), self._field("shop_postal_code", tab, self.postal_edit))
        form.addRow(self.tr("Business type"), self._field("business_type", tab, self.type_combo))
        hint = QLabel(
            self.tr(
                "Letters and envelopes print the shop's name, owner, address and phone as "
                "their letterhead. The logo is chosen under Letters → Letter templates."
            )
        )
        hint.setWordWrap(True)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addWidget(hint)
        column.addStretch(1)
        return page

    def _thresholds_tab(self) -> QWidget:
        tab = SettingsTab.THRESHOLDS
        self.repeat_spin = QSpinBox()
        self.repeat_spin.setRange(0, 1_000)
        self.repeat_spin.setSuffix(self.tr(" purchases"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Spent in 12 months (won)")), 0, 1)
        grid.addWidget(QLabel(self.tr("Visit days in 12 months")), 0, 2)
        self.grade_spend_edits: dict[str, QLineEdit] = {}
        self.grade_visit_spins: dict[str, QSpinBox] = {}
        for row, grade in enumerate(GRADE_ORDER, start=1):
            spend = QLineEdit()
            spend.setAlignment(Qt.AlignmentFlag.AlignRight)
            visits = QSpinBox()
            visits.setRange(-1, 100_000)
            grid.addWidget(QLabel(grade_label(grade)), row, 0)
            grid.addWidget(spend, row, 1)
            grid.addWidget(visits, row, 2)
            self.grade_spend_edits[grade] = spend
            self.grade_visit_spins[grade] = visits
        self.preset_button = QPushButton(self.tr("Use the business type's grades"))
        self.preset_button.clicked.connect(lambda: self.apply_preset(self.type_combo.currentData()))
        grades = QWidget()
        grades_column = QVBoxLayout(grades)
        grades_column.setContentsMargins(0, 0, 0, 0)
        grades_column.addLayout(grid)
        grades_column.addWidget(self.preset_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.at_risk_spin = QDoubleSpinBox()
        self.at_risk_spin.setRange(0, 100)
        self.at_risk_spin.setDecimals(1)
        self.at_risk_spin.setSingleStep(0.5)
        self.at_risk_spin.setSuffix(self.tr(" × her usual gap"))
        self.points_rate_spin = QDoubleSpinBox()
        self.points_rate_spin.setRange(0, 1_000)
        self.points_rate_spin.setDecimals(1)
        self.points_rate_spin.setSuffix(" %")
        self.expiry_spin = QSpinBox()
        self.expiry_spin.setRange(0, 10_000)
        self.expiry_spin.setSuffix(self.tr(" months"))
        self.referral_edit = QLineEdit()
        self.referral_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        for number in (
            self.repeat_spin,
            self.at_risk_spin,
            self.points_rate_spin,
            self.expiry_spin,
            self.referral_edit,
        ):
            number.setMaximumWidth(NUMBER_WIDTH)
        form = QFormLayout()
        form.addRow(
            self.tr("Purchases that make a regular"),
            self._field("repeat_purchase_threshold", tab, self.repeat_spin),
        )
        form.addRow(self.tr("Grades"), self._field("grade_thresholds", tab, grades))
        self._places["grade_thresholds"] = (tab, self.grade_spend_edits["gold"])
        form.addRow(
            self.tr("At risk after"), self._field("at_risk_gap_factor", tab, self.at_risk_spin)
        )
        form.addRow(
            self.tr("Points earned"), self._field("points_rate_percent", tab, self.points_rate_spin)
        )
        form.addRow(
            self.tr("Points expire after"),
            self._field("points_expiry_months", tab, self.expiry_spin),
        )
        form.addRow(
            self.tr("Referral reward (points)"),
            self._field("referral_reward_points", tab, self.referral_edit),
        )
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addStretch(1)
        return page

    def _staff_tab(self) -> QWidget:
        self.staff_table = QTableWidget(0, 3)
        self.staff_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Customers")]
        )
        self.staff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staff_table.verticalHeader().hide()
        self.staff_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.staff_table.itemChanged.connect(self._staff_renamed)
        self.staff_table.itemSelectionChanged.connect(self._fill_hand_to)
        self.new_staff_edit = QLineEdit()
        self.new_staff_edit.setPlaceholderText(self.tr("Name"))
        self.new_staff_role_combo = self._role_combo("staff")
        self.add_staff_button = QPushButton(self.tr("Add"))
        self.add_staff_button.clicked.connect(self.add_staff_member)
        adding = QHBoxLayout()
        adding.addWidget(self.new_staff_edit, 1)
        adding.addWidget(self.new_staff_role_combo)
        adding.addWidget(self.add_staff_button)
        self.hand_to_combo = QComboBox()
        self.remove_staff_button = QPushButton(self.tr("Remove the selected…"))
        self.remove_staff_button.clicked.connect(self.remove_staff_member)
        removing = QHBoxLayout()
        removing.addWidget(QLabel(self.tr("Her customers go to")))
        removing.addWidget(self.hand_to_combo, 1)
        removing.addWidget(self.remove_staff_button)
        self.staff_refusal = refusal_label()
        note = QLabel(
            self.tr(
                "The owner and managers may override a stage and change these settings. "
                "Changes to the staff list are saved at once."
            )
        )
        note.setWordWrap(True)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.staff_table, 1)
        column.addWidget(self.staff_refusal)
        column.addLayout(adding)
        column.addLayout(removing)
        column.addWidget(note)
        return page

    def _role_combo(self, role: str) -> QComboBox:
        combo = QComboBox()
        for code in STAFF_ROLES:
            combo.addItem(staff_role_label(code), code)
        combo.setCurrentIndex(combo.findData(role))
        return combo

    def _products_tab(self) -> QWidget:
        self.products_table = QTableWidget(0, 3)
        self.products_table.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Price (won)"), self.tr("On sale")]
        )
        self.products_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.products_table.verticalHeader().hide()
        self.products_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.products_table.itemChanged.connect(self._product_edited)
        self.new_product_edit = QLineEdit()
        self.new_product_edit.setPlaceholderText(self.tr("Product"))
        self.new_price_edit = QLineEdit()
        self.new_price_edit.setPlaceholderText(self.tr("Price, e.g. 3,500"))
        self.add_product_button = QPushButton(self.tr("Add"))
        self.add_product_button.clicked.connect(self.add_new_product)
        adding = QHBoxLayout()
        adding.addWidget(self.new_product_edit, 2)
        adding.addWidget(self.new_price_edit, 1)
        adding.addWidget(self.add_product_button)
        self.product_refusal = refusal_label()
        note = QLabel(
            self.tr(
                "The counter offers the products on sale as you type. Past sales keep their "
                "names and prices. Changes to the product list are saved at once."
            )
        )
        note.setWordWrap(True)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.products_table, 1)
        column.addWidget(self.product_refusal)
        column.addLayout(adding)
        column.addWidget(note)
        return page

    def _letters_tab(self) -> QWidget:
        tab = SettingsTab.LETTERS
        self.letter_repeat_spin = QSpinBox()
        self.letter_repeat_spin.setRange(-1, 100_000)
        self.letter_repeat_spin.setSuffix(self.tr(" days"))
        self.letter_repeat_spin.setMaximumWidth(NUMBER_WIDTH)
        self.log_saved_combo = QComboBox()
        self.log_saved_combo.addItem(self.tr("Ask whether they were sent"), "ask")
        self.log_saved_combo.addItem(self.tr("Log them as sent"), "always")
        self.log_saved_combo.addItem(self.tr("Do not log them"), "never")
        form = QFormLayout()
        form.addRow(
            self.tr("The same letter again only after"),
            self._field("letter_repeat_days", tab, self.letter_repeat_spin),
        )
        form.addRow(
            self.tr("When letters are saved as a PDF"),
            self._field(LOG_SAVED_LETTERS, tab, self.log_saved_combo),
        )
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addStretch(1)
        return page

    def _reminders_tab(self) -> QWidget:
        tab = SettingsTab.REMINDERS
        self.reminder_spin = QSpinBox()
        self.reminder_spin.setRange(-1, 100_000)
        self.reminder_spin.setSuffix(self.tr(" days ahead"))
        self.reminder_spin.setMaximumWidth(NUMBER_WIDTH)
        self.feb29_combo = QComboBox()
        self.feb29_combo.addItem(self.tr("on 28 February"), FEB29_FEB28)
        self.feb29_combo.addItem(self.tr("on 1 March"), FEB29_MAR1)
        form = QFormLayout()
        form.addRow(
            self.tr("Remind of anniversaries"),
            self._field("reminder_days", tab, self.reminder_spin),
        )
        form.addRow(
            self.tr("A 29 February birthday, in other years"),
            self._field("feb29_rule", tab, self.feb29_combo),
        )
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addStretch(1)
        return page

    def _this_pc_tab(self) -> QWidget:
        self.language_combo = QComboBox()
        for lang, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, lang)
        note = QLabel(
            self.tr(
                "The language of the window on this PC only (other counters keep theirs). "
                "It applies from the window's next start."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language_combo)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addWidget(note)
        column.addStretch(1)
        return page

    def _complaints_tab(self) -> QWidget:
        """What may be given without the owner, and the words suggested beside each step."""
        tab = SettingsTab.COMPLAINTS
        self.limit_won_edit = QLineEdit()
        self.limit_won_edit.setMaximumWidth(NUMBER_WIDTH)
        self.limit_points_edit = QLineEdit()
        self.limit_points_edit.setMaximumWidth(NUMBER_WIDTH)
        form = QFormLayout()
        form.addRow(
            self.tr("Compensation without the owner, up to (won)"),
            self._field("complaint_limit_won", tab, self.limit_won_edit),
        )
        form.addRow(
            self.tr("Points without the owner, up to"),
            self._field("complaint_limit_points", tab, self.limit_points_edit),
        )
        self.categories_edit = QLineEdit()
        self.categories_edit.setPlaceholderText(self.tr("e.g. product, service, waiting, parking"))
        form.addRow(
            self.tr("Categories (separated by commas)"),
            self._field("complaint_categories", tab, self.categories_edit),
        )
        titles = {
            "listen": self.tr("1. Listen"),
            "apologise": self.tr("2. Apologise"),
            "resolve": self.tr("3. Resolve on the spot"),
            "follow_up": self.tr("4. Follow up"),
            "close": self.tr("5. Close"),
        }
        self.prompt_edits: dict[str, QPlainTextEdit] = {}
        for page in COMPLAINT_PROMPT_PAGES:
            edit = QPlainTextEdit()
            edit.setFixedHeight(52)
            self.prompt_edits[page] = edit
            form.addRow(titles.get(page, page), edit)
        self.refusals_box = self._field("complaint_prompts", tab, QLabel())
        form.addRow("", self.refusals_box)
        hint = QLabel(
            self.tr(
                "The words suggested beside each step of the complaint wizard. "
                "Leave one empty to get the usual words back."
            )
        )
        hint.setWordWrap(True)
        page_widget = QWidget()
        column = QVBoxLayout(page_widget)
        column.addLayout(form)
        column.addWidget(hint)
        column.addStretch(1)
        return page_widget

    # --- showing what is stored ----------------------------------------------------------------

    def _fill(self) -> None:
        profile = shop_profile()
        self.name_edit.setText(profile.shop_name)
        self.owner_edit.setText(profile.owner_name)
        self.phone_edit.setText(profile.shop_phone)
        self.address_edit.setText(profile.shop_address)
        self.postal_edit.setText(profile.shop_postal_code)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(profile.business_type)))
        self._shown_type = self.type_combo.currentData()
        get = settings.get_setting
        self.repeat_spin.setValue(int(get("repeat_purchase_threshold")))
        self._show_grades(get("grade_thresholds"))
        self.at_risk_spin.setValue(float(get("at_risk_gap_factor")))
        self.points_rate_spin.setValue(float(get("points_rate_percent")))
        self.expiry_spin.setValue(int(get("points_expiry_months")))
        self.referral_edit.setText(won_text(int(get("referral_reward_points"))))
        self.letter_repeat_spin.setValue(int(get("letter_repeat_days")))
        self.log_saved_combo.setCurrentIndex(
            max(0, self.log_saved_combo.findData(settings.log_saved_letters()))
        )
        self.reminder_spin.setValue(int(get("reminder_days")))
        self.feb29_combo.setCurrentIndex(max(0, self.feb29_combo.findData(get("feb29_rule"))))
        self.language_combo.setCurrentIndex(
            self.language_combo.findData(chosen_language() or interface_language())
        )
        self.limit_won_edit.setText(won_text(int(get("complaint_limit_won"))))
        self.limit_points_edit.setText(won_text(int(get("complaint_limit_points"))))
        self.categories_edit.setText(
            ", ".join(word("complaint_category", code) for code in complaint_categories())
        )
        for page, words in step_prompts(interface_language()).items():
            if page in self.prompt_edits:
                self.prompt_edits[page].setPlainText(words)
        self._before = self.values()[0]
        self.reload_staff()
        self.reload_products()

    def _show_grades(self, thresholds: dict[str, dict[str, int]]) -> None:
        for grade in GRADE_ORDER:
            row = thresholds.get(grade, {})
            self.grade_spend_edits[grade].setText(won_text(int(row.get("spend", 0))))
            self.grade_visit_spins[grade].setValue(int(row.get("visits", 0)))

    def apply_preset(self, business_type: str) -> None:
        """Show the grade thresholds of a business type's preset (saved with OK)."""
        self._show_grades(GRADE_PRESETS[business_type])

    def _type_chosen(self, _index: int) -> None:
        chosen = self.type_combo.currentData()
        if chosen == self._shown_type:
            return
        self._shown_type = chosen
        if messages.confirm(
            self,
            self.tr("Business type"),
            self.tr("Use the usual grade thresholds of a {type} (Thresholds tab)?").format(
                type=business_type_label(chosen)
            ),
        ):
            self.apply_preset(chosen)

    # --- the settings, saved with OK -----------------------------------------------------------

    def values(self) -> tuple[dict[str, Any], dict[str, ShopCRMError]]:
        """The settings as typed, and the values that could not even be read (by key)."""
        values: dict[str, Any] = {
            "shop_name": self.name_edit.text(),
            "owner_name": self.owner_edit.text(),
            "shop_phone": self.phone_edit.text(),
            "shop_address": self.address_edit.text(),
            "shop_postal_code": self.postal_edit.text(),
            "business_type": self.type_combo.currentData(),
            "repeat_purchase_threshold": self.repeat_spin.value(),
            "at_risk_gap_factor": self.at_risk_spin.value(),
            "points_rate_percent": self.points_rate_spin.value(),
            "points_expiry_months": self.expiry_spin.value(),
            "letter_repeat_days": self.letter_repeat_spin.value(),
            LOG_SAVED_LETTERS: self.log_saved_combo.currentData(),
            "reminder_days": self.reminder_spin.value(),
            "feb29_rule": self.feb29_combo.currentData(),
        }
        values["complaint_categories"] = self.categories_edit.text()
        own = get_setting("complaint_prompts") or {}
        usual = step_prompts(interface_language())
        values["complaint_prompts"] = {
            page: text
            for page, edit in self.prompt_edits.items()
            if (text := edit.toPlainText().strip()) and (text != usual.get(page) or page in own)
        }
        unreadable: dict[str, ShopCRMError] = {}
        for key, edit, parse in (
            ("complaint_limit_won", self.limit_won_edit, parse_amount),
            ("complaint_limit_points", self.limit_points_edit, parse_points),
        ):
            try:
                values[key] = parse(edit.text())
            except ValidationError as error:
                unreadable[key] = error
        try:
            values["grade_thresholds"] = {
                grade: {
                    GRADE_MEASURES[0]: parse_amount(self.grade_spend_edits[grade].text()),
                    GRADE_MEASURES[1]: self.grade_visit_spins[grade].value(),
                }
                for grade in GRADE_ORDER
            }
        except ValidationError as error:
            unreadable["grade_thresholds"] = error
        try:
            values["referral_reward_points"] = parse_points(self.referral_edit.text())
        except ValidationError as error:
            unreadable["referral_reward_points"] = error
        return values, unreadable

    def show_refusals(self, refused: dict[str, ShopCRMError]) -> None:
        """Each refusal in red under its field; the first refused field's tab comes forward."""
        for key, label in self.refusals.items():
            show_refusal(label, refused.get(key))
        unplaced = [error for key, error in refused.items() if key not in self._places]
        placed = sorted(
            (self._places[key] for key in refused if key in self._places),
            key=lambda place: int(place[0]),
        )
        if placed:
            tab, widget = placed[0]
            self.tabs.setCurrentIndex(int(tab))
            widget.setFocus()
        for error in unplaced:
            messages.show_error(self, error)

    def save(self) -> None:
        """Save every setting (or none, with the refusals shown), then this PC's language."""
        values, refused = self.values()
        if refused:
            checked = check_settings(values)
            self.show_refusals({**checked, **refused})
            return
        try:
            save_settings(values)
        except SettingsRefused as error:
            self.show_refusals(error.errors)
            return
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        self.show_refusals({})
        self.changed_keys = frozenset(
            key for key, value in values.items() if self._before.get(key) != value
        )
        language = self.language_combo.currentData()
        if language != (chosen_language() or interface_language()):
            choose_language(language)
        self.accept()

    # --- the staff list, saved row by row ------------------------------------------------------

    def reload_staff(self) -> None:
        self.staff_members: list[StaffMember] = list_staff()
        table = self.staff_table
        table.blockSignals(True)
        table.setRowCount(len(self.staff_members))
        for row, member in enumerate(self.staff_members):
            name = QTableWidgetItem(member.name)
            name.setData(Qt.ItemDataRole.UserRole, member.id)
            table.setItem(row, 0, name)
            combo = self._role_combo(member.role)
            combo.currentIndexChanged.connect(
                lambda _index, member=member, combo=combo: self._role_chosen(member, combo)
            )
            table.setCellWidget(row, 1, combo)
            count = QTableWidgetItem(str(member.customers))
            count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 2, count)
        table.blockSignals(False)
        self._fill_hand_to()

    def selected_staff(self) -> StaffMember | None:
        rows = self.staff_table.selectionModel().selectedRows()
        return self.staff_members[rows[0].row()] if rows else None

    def _fill_hand_to(self) -> None:
        leaving = self.selected_staff()
        self.hand_to_combo.clear()
        for member in self.staff_members:
            if leaving is None or member.id != leaving.id:
                self.hand_to_combo.addItem(member.name, member.id)
        self.hand_to_combo.addItem(self.tr("nobody"), None)
        self.remove_staff_button.setEnabled(leaving is not None)

    def _member_row(self, staff_id: int) -> int:
        return next(row for row, m in enumerate(self.staff_members) if m.id == staff_id)

    def _show_member(self, member: StaffMember) -> None:
        """One row as stored, in place (a table is never rebuilt under its own signal)."""
        row = self._member_row(member.id)
        self.staff_members[row] = member
        self.staff_table.blockSignals(True)
        cell(self.staff_table, row, 0).setText(member.name)
        self.staff_table.blockSignals(False)
        combo = self.staff_table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(member.role))
        combo.blockSignals(False)
        self._fill_hand_to()

    def _stored_member(self, staff_id: int) -> StaffMember:
        return next(m for m in list_staff(include_removed=True) if m.id == staff_id)

    def add_staff_member(self) -> None:
        try:
            add_staff(self.new_staff_edit.text(), self.new_staff_role_combo.currentData())
        except ShopCRMError as error:
            show_refusal(self.staff_refusal, error)
            return
        show_refusal(self.staff_refusal, None)
        self.new_staff_edit.clear()
        self.reload_staff()

    def _staff_renamed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        staff_id = int(item.data(Qt.ItemDataRole.UserRole))
        try:
            rename_staff(staff_id, item.text())
        except ShopCRMError as error:
            show_refusal(self.staff_refusal, error)
        else:
            show_refusal(self.staff_refusal, None)
        self._show_member(self._stored_member(staff_id))

    def _role_chosen(self, member: StaffMember, combo: QComboBox) -> None:
        try:
            set_staff_role(member.id, combo.currentData())
        except ShopCRMError as error:
            show_refusal(self.staff_refusal, error)
        else:
            show_refusal(self.staff_refusal, None)
        self._show_member(self._stored_member(member.id))

    def remove_staff_member(self) -> None:
        """Retire the selected staff member, her customers going to the one chosen."""
        leaving = self.selected_staff()
        if leaving is None:
            return
        hand_to = self.hand_to_combo.currentData()
        question = self.tr(
            "Remove {name} from the staff list? Her {count} customers go to {other}."
        )
        if not messages.confirm(
            self,
            self.tr("Remove staff member"),
            question.format(
                name=leaving.name, count=leaving.customers, other=self.hand_to_combo.currentText()
            ),
        ):
            return
        try:
            remove_staff(leaving.id, hand_to=hand_to)
        except ShopCRMError as error:
            show_refusal(self.staff_refusal, error)
            return
        show_refusal(self.staff_refusal, None)
        self.reload_staff()

    # --- the product list, saved row by row ----------------------------------------------------

    def reload_products(self) -> None:
        self.products = list_products(active_only=False)
        table = self.products_table
        table.blockSignals(True)
        table.setRowCount(len(self.products))
        for row, product in enumerate(self.products):
            name = QTableWidgetItem(product.name)
            price = QTableWidgetItem(won_text(product.unit_price))
            price.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            on_sale = QTableWidgetItem()
            on_sale.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            on_sale.setCheckState(
                Qt.CheckState.Checked if product.active else Qt.CheckState.Unchecked
            )
            for column, item in enumerate((name, price, on_sale)):
                table.setItem(row, column, item)
        table.blockSignals(False)

    def add_new_product(self) -> None:
        try:
            add_product(self.new_product_edit.text(), parse_amount(self.new_price_edit.text()))
        except ShopCRMError as error:
            show_refusal(self.product_refusal, error)
            return
        show_refusal(self.product_refusal, None)
        self.new_product_edit.clear()
        self.new_price_edit.clear()
        self.reload_products()

    def _product_edited(self, item: QTableWidgetItem) -> None:
        row = item.row()
        product = self.products[row]
        try:
            if item.column() == 0:
                product = update_product(product.id, name=item.text())
            elif item.column() == 1:
                product = update_product(product.id, unit_price=parse_amount(item.text()))
            else:
                checked = item.checkState() == Qt.CheckState.Checked
                product = update_product(product.id, active=checked)
        except ShopCRMError as error:
            show_refusal(self.product_refusal, error)
        else:
            show_refusal(self.product_refusal, None)
        self._show_product(row, product)

    def _show_product(self, row: int, product: ProductInfo) -> None:
        """One row as stored, in place (a table is never rebuilt under its own signal)."""
        self.products[row] = product
        table = self.products_table
        table.blockSignals(True)
        cell(table, row, 0).setText(product.name)
        cell(table, row, 1).setText(won_text(product.unit_price))
        state = Qt.CheckState.Checked if product.active else Qt.CheckState.Unchecked
        cell(table, row, 2).setCheckState(state)
        table.blockSignals(False)

    @classmethod
    def ask(
        cls, parent: QWidget | None = None, tab: SettingsTab = SettingsTab.SHOP
    ) -> frozenset[str] | None:
        """The settings whose value changed once OK saved them (None: cancelled; the staff
        and product lists may have changed either way)."""
        dialog = cls(parent, tab)
        if not exec_then_delete(dialog):
            return None
        return dialog.changed_keys
