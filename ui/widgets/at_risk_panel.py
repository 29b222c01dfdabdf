"""Regulars who have stayed away much longer than usual, shown beside the calendar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopcrm.formatting import format_date
from shopcrm.ladder import AtRiskCustomer, at_risk_customers
from ui.i18n import interface_language
from ui.signals import emit

SHOWN = 50


class AtRiskPanel(QGroupBox):
    """The "needs attention" list; double-click a name to open the card.

    Signals:
        customer_chosen(int): the id of the customer to open.
    """

    customer_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Regulars who have not come back"))
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        # A line still too long (a long name, larger fonts) wraps instead of running off.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(
            lambda item: emit(self.customer_chosen, item.data(Qt.ItemDataRole.UserRole))
        )
        self.customers: list[AtRiskCustomer] = []

    def refresh(self, today: dt.date) -> None:
        """Read the list again for `today`."""
        self.customers = at_risk_customers(today)
        self.list.clear()
        lang = interface_language()
        for customer in self.customers[:SHOWN]:
            # two lines: the narrow column beside the calendar never wraps a phrase in half
            text = self.tr("{name} · last visit {date}\nusually every {gap} days").format(
                name=customer.name,
                date=format_date(customer.last_visit_on, lang=lang),
                gap=customer.usual_gap_days,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, customer.id)
            self.list.addItem(item)
        if not self.customers:
            self.list.addItem(self.tr("Nobody: your regulars come as usual."))
        count = len(self.customers)
        self.setTitle(self.tr("Regulars who have not come back ({count})").format(count=count))
