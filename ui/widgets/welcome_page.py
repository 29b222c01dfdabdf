"""The first screen of a new shop: demo shop, empty shop, or import a file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Three ways to begin.

    Signals:
        demo_requested(): open the demo shop.
        new_shop_requested(): start an empty shop.
        import_requested(): import a customer list.
    """

    demo_requested = Signal()
    new_shop_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to ShopCRM"))
        title.setObjectName("welcome_title")
        title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        intro = QLabel(
            self.tr(
                "Keep your regulars: customer cards, lunar birthdays, letters.\n"
                "How would you like to begin?"
            )
        )
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = QPushButton(self.tr("Open the demo shop (300 sample customers)"))
        self.new_button = QPushButton(self.tr("Start my own shop"))
        self.import_button = QPushButton(self.tr("Import my customer list (Excel/CSV)"))
        self.demo_button.clicked.connect(self.demo_requested)
        self.new_button.clicked.connect(self.new_shop_requested)
        self.import_button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addSpacing(12)
        layout.addWidget(intro, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addSpacing(24)
        for button in (self.demo_button, self.new_button, self.import_button):
            button.setMinimumSize(380, 44)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)
