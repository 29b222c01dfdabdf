"""A choice of the shop's staff members, or nobody in particular."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from shopcrm.staff import list_staff


class StaffComboBox(QComboBox):
    """The active staff by name after a first "—" (nobody); `staff_id` is the choice."""

    def __init__(self, parent: QWidget | None = None, selected: int | None = None) -> None:
        super().__init__(parent)
        self.addItem("—", None)
        for member in list_staff():
            self.addItem(member.name, member.id)
        self.setCurrentIndex(max(0, self.findData(selected)))

    def staff_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None
