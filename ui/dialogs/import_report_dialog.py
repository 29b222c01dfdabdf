"""What an import did: counts, every problem with its row and column, the rejected-rows file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopcrm.errors import ShopCRMError
from shopcrm.importing import ImportReport, undo_batch
from shopcrm.vocabulary import describe_error, describe_problem, describe_rows
from ui import messages
from ui.dialogs.modal import exec_then_delete

REJECTED_COLOR = QColor("#f8d7da")


class ImportReportDialog(QDialog):
    """The report of one import, with Undo. Use `ImportReportDialog.ask`.

    Signals: none; `undone` is True after the import was undone here.
    """

    def __init__(self, parent: QWidget | None, report: ImportReport) -> None:
        super().__init__(parent)
        self.report = report
        self.undone = False
        self.setWindowTitle(self.tr("Import finished"))
        self.setMinimumSize(640, 420)
        headline = QLabel(
            self.tr("{created} new customers, {updated} updated.").format(
                created=report.created, updated=report.updated
            )
        )
        headline.setObjectName("report_headline")
        headline.setStyleSheet("font-size: 14pt; font-weight: bold;")
        facts = QFormLayout()
        self.counts: dict[str, QLabel] = {}
        for key, label, value in (
            ("rows", self.tr("Rows read"), report.total_rows),
            ("created", self.tr("New customers"), report.created),
            ("updated", self.tr("Customers updated"), report.updated),
            ("skipped", self.tr("Rows skipped (already known)"), report.skipped),
            ("rejected", self.tr("Rows not imported"), report.rejected),
            ("warnings", self.tr("Values left out"), report.warnings),
        ):
            shown = QLabel(f"{value:,}")
            if key == "skipped" and report.skipped_rows:
                rows = describe_rows(report.skipped_rows, report.skipped)
                shown.setText(f"{value:,} ({rows})")
                shown.setWordWrap(True)
            shown.setObjectName(f"count_{key}")
            self.counts[key] = shown
            facts.addRow(label, shown)
        if report.batch_id is not None:
            facts.addRow(self.tr("Import number"), QLabel(str(report.batch_id)))
        self.problems = QTableWidget(len(report.problems), 3)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("What happened")]
        )
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        card = report.file_format == "vcard"
        for index, problem in enumerate(report.problems):
            words = describe_problem(problem, card=card).split(": ", 1)[-1]
            for column, text in enumerate((str(problem.row), problem.column or "", words)):
                item = QTableWidgetItem(text)
                if problem.rejected:
                    item.setToolTip(self.tr("This row was not imported."))
                    item.setBackground(QBrush(REJECTED_COLOR))
                self.problems.setItem(index, column, item)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        more = report.problem_count - len(report.problems)
        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addLayout(facts)
        if report.problems:
            layout.addWidget(self.problems, 1)
        if more > 0:
            layout.addWidget(QLabel(self.tr("…and %n more.", "", more)))
        if report.rejected_path:
            rejected = QLabel(
                self.tr(
                    "The rows not imported were saved to {path}. Fix them in Excel and "
                    "import that file."
                ).format(path=report.rejected_path)
            )
            rejected.setObjectName("rejected_file")
            rejected.setWordWrap(True)
            layout.addWidget(rejected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.folder_button = None
        if report.rejected_path:
            self.folder_button = buttons.addButton(
                self.tr("Open the folder"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.folder_button.clicked.connect(self.open_folder)
        self.undo_button = buttons.addButton(
            self.tr("Undo this import"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.undo_button.setEnabled(report.batch_id is not None)
        self.undo_button.clicked.connect(self.undo)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)

    def open_folder(self) -> None:
        if self.report.rejected_path:
            folder = Path(self.report.rejected_path).parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def undo(self) -> None:
        if self.report.batch_id is None or not messages.confirm(
            self,
            self.tr("Undo this import"),
            self.tr("Remove the customers this import created and restore the others?"),
        ):
            return
        try:
            undo_batch(self.report.batch_id)
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        self.undone = True
        self.undo_button.setEnabled(False)
        self.undo_button.setToolTip(describe_error(ShopCRMError("batch_already_undone")))
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, report: ImportReport) -> bool:
        """Show the report; True when the owner undid the import from it."""
        dialog = cls(parent, report)
        exec_then_delete(dialog)
        return dialog.undone
