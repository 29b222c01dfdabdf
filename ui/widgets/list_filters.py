"""The filters beside the search box: stage, grade, staff in charge, marketing consent, tag, at
risk, an anniversary within 7 days, points expiring within 30 days, and the trash.

The bar only collects the choice as a `shopcrm.search.CustomerFilter`; the core's query does the
filtering (with the search text). The last choice is kept on this PC.
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields, replace
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from shopcrm.ladder import GRADES, STAGES
from shopcrm.search import NO_FILTER, CustomerFilter
from shopcrm.staff import list_staff
from ui.labels import grade_label, stage_label
from ui.signals import emit
from ui.window_settings import window_settings

SETTINGS_KEY = "customer_list/filters"


def _tag_names() -> list[str]:
    """The tags in use, when the core offers them (else the tag is typed)."""
    try:
        from shopcrm.customers import tag_names  # type: ignore[attr-defined]
    except ImportError:
        return []
    return list(tag_names())


class ListFiltersBar(QWidget):
    """The filter choices; `filters()` gives them to the list's query.

    Signals:
        filters_changed(object): a filter was chosen or cleared (the new `CustomerFilter`).
    """

    filters_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_combo = self._combo(self.tr("All stages"))
        for stage in STAGES:
            self.stage_combo.addItem(stage_label(stage), stage)
        self.grade_combo = self._combo(self.tr("All grades"))
        for grade in GRADES:
            self.grade_combo.addItem(grade_label(grade), grade)
        self.staff_combo = self._combo(self.tr("All staff"))
        self.consent_combo = self._combo(self.tr("Consent: any"))
        self.consent_combo.addItem(self.tr("Agreed to marketing"), True)
        self.consent_combo.addItem(self.tr("No marketing consent"), False)
        self.tag_combo = self._combo("")  # typed or chosen; empty: every tag
        self.tag_combo.setEditable(True)
        tag_edit = self.tag_combo.lineEdit()
        assert tag_edit is not None  # an editable combo has one
        tag_edit.setPlaceholderText(self.tr("All tags"))
        tag_edit.editingFinished.connect(self._changed)
        self.at_risk_check = QCheckBox(self.tr("At risk"))
        self.anniversary_check = QCheckBox(self.tr("Anniversary within 7 days"))
        self.points_check = QCheckBox(self.tr("Points expiring within 30 days"))
        self.deleted_check = QCheckBox(self.tr("Trash"))
        self.deleted_check.setToolTip(self.tr("Show the deleted customers instead of the list"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        for check in self._checks():
            check.toggled.connect(self._changed)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.stage_combo, 0, 0)
        grid.addWidget(self.grade_combo, 0, 1)
        grid.addWidget(self.staff_combo, 0, 2)
        grid.addWidget(self.consent_combo, 1, 0)
        grid.addWidget(self.tag_combo, 1, 1)
        grid.addWidget(self.clear_button, 1, 2)
        grid.addWidget(self.at_risk_check, 2, 0)
        grid.addWidget(self.anniversary_check, 2, 1, 1, 2)
        grid.addWidget(self.points_check, 3, 0, 1, 2)
        grid.addWidget(self.deleted_check, 3, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.reload_choices()
        self._update_clear()

    def _combo(self, everybody: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everybody, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        combo.activated.connect(self._changed)
        return combo

    def _combos(self) -> list[QComboBox]:
        return [self.stage_combo, self.grade_combo, self.staff_combo, self.consent_combo]

    def _checks(self) -> list[QCheckBox]:
        return [self.at_risk_check, self.anniversary_check, self.points_check, self.deleted_check]

    def reload_choices(self) -> None:
        """The shop's staff and tags, read again (the choice made stays)."""
        chosen = self.filters()
        with QSignalBlocker(self.staff_combo), QSignalBlocker(self.tag_combo):
            while self.staff_combo.count() > 1:
                self.staff_combo.removeItem(1)
            for member in list_staff():
                self.staff_combo.addItem(member.name, member.id)
            while self.tag_combo.count() > 1:
                self.tag_combo.removeItem(1)
            for tag in _tag_names():
                self.tag_combo.addItem(tag, tag)
        self._show(chosen)

    def filters(self) -> CustomerFilter:
        """The filters chosen now."""
        tag = self.tag_combo.currentText().strip()
        return CustomerFilter(
            stage=self.stage_combo.currentData(),
            grade=self.grade_combo.currentData(),
            staff_id=self.staff_combo.currentData(),
            marketing_consent=self.consent_combo.currentData(),
            tag=tag or None,
            at_risk=self.at_risk_check.isChecked(),
            anniversary_soon=self.anniversary_check.isChecked(),
            points_expiring=self.points_check.isChecked(),
            deleted=self.deleted_check.isChecked(),
        )

    def set_filters(self, chosen: CustomerFilter) -> None:
        """Show a choice (and tell the list)."""
        self._show(chosen)
        self._changed()

    def clear(self) -> None:
        self.set_filters(NO_FILTER)

    def _show(self, chosen: CustomerFilter) -> None:
        blockers = [QSignalBlocker(widget) for widget in (*self._combos(), *self._checks())]
        for combo, value in zip(
            self._combos(),
            (chosen.stage, chosen.grade, chosen.staff_id, chosen.marketing_consent),
            strict=True,
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
        with QSignalBlocker(self.tag_combo):
            self.tag_combo.setCurrentIndex(0)
            self.tag_combo.setEditText(chosen.tag or "")
        self.at_risk_check.setChecked(chosen.at_risk)
        self.anniversary_check.setChecked(chosen.anniversary_soon)
        self.points_check.setChecked(chosen.points_expiring)
        self.deleted_check.setChecked(chosen.deleted)
        del blockers
        self._update_clear()

    def _changed(self, *_args: Any) -> None:
        self._update_clear()
        chosen = self.filters()
        window_settings().setValue(SETTINGS_KEY, filters_to_text(chosen))
        emit(self.filters_changed, chosen)

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(not self.filters().is_empty)

    def restore(self) -> None:
        """The filters last chosen on this PC (a staff member removed since is dropped; the
        window opens on the list, never on the trash)."""
        chosen = filters_from_text(str(window_settings().value(SETTINGS_KEY, "")))
        chosen = replace(chosen, deleted=False)
        if chosen.staff_id is not None and self.staff_combo.findData(chosen.staff_id) < 0:
            chosen = replace(chosen, staff_id=None)
        self._show(chosen)


def filters_to_text(chosen: CustomerFilter) -> str:
    return json.dumps(asdict(chosen), ensure_ascii=False, sort_keys=True)


def filters_from_text(text: str) -> CustomerFilter:
    """A stored choice read back; anything unreadable is no filter."""
    try:
        stored = json.loads(text) if text else {}
    except ValueError:
        return NO_FILTER
    if not isinstance(stored, dict):
        return NO_FILTER
    known = {field.name for field in fields(CustomerFilter)}
    try:
        return CustomerFilter(**{key: value for key, value in stored.items() if key in known})
    except TypeError:
        return NO_FILTER
