"""Exporting customers or purchases as an Excel workbook or CSV: which file, which customers,
how."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm.exporting import ExportResult, export_file, suggested_file_name
from ui import workers
from ui.dialogs.modal import exec_then_delete


def choose_export_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save (tests patch this seam): an Excel workbook first, CSV for others."""
    workbook = QCoreApplication.translate("export", "Excel workbook (*.xlsx)")
    csv_filter = QCoreApplication.translate("export", "CSV for other programs (*.csv)")
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("export", "Export to"),
        str(suggested),
        f"{workbook};;{csv_filter}",
        csv_filter if suggested.suffix.lower() == ".csv" else workbook,
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen_filter == csv_filter else ".xlsx"))
    return path


class ExportDialog(QDialog):
    """Asks what to export and writes it. Use `ExportDialog.ask`.

    Which customers: those selected in the list, those the list shows now, or all.
    """

    def __init__(
        self,
        parent: QWidget | None,
        listed_ids: Sequence[int] | None = None,
        selected_ids: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.listed_ids = list(listed_ids) if listed_ids is not None else None
        self.selected_ids = list(selected_ids)
        self.written: ExportResult | None = None
        self.job: workers.LongJob[ExportResult] | None = None
        self.setWindowTitle(self.tr("Export customers"))
        self.setMinimumWidth(480)
        self.path_edit = QLineEdit(str(Path.home() / suggested_file_name()))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.what_combo = QComboBox()
        self.what_combo.addItem(self.tr("Customers"), "customers")
        self.what_combo.addItem(self.tr("Purchases"), "purchases")
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItem(self.tr("UTF-8 (Excel 2016 and later)"), "utf-8-sig")
        self.encoding_combo.addItem(self.tr("CP949 (older Korean Excel)"), "cp949")
        self.all_button = QRadioButton(self.tr("All customers"))
        self.listed_button = QRadioButton(
            self.tr("The %n customer(s) in the list now", "", len(self.listed_ids or []))
        )
        self.selected_button = QRadioButton(
            self.tr("The %n selected customer(s)", "", len(self.selected_ids))
        )
        self.all_button.setChecked(True)
        self.listed_button.setEnabled(self.listed_ids is not None)
        self.selected_button.setEnabled(bool(self.selected_ids))
        self.consented_box = QCheckBox(self.tr("Only customers who agreed to marketing"))
        self.mask_box = QCheckBox(self.tr("Hide the middle digits of phone numbers"))
        form = QFormLayout()
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.tr("Export"), self.what_combo)
        form.addRow(self.tr("Encoding"), self.encoding_combo)
        scope = QVBoxLayout()
        scope.addWidget(self.selected_button)
        scope.addWidget(self.listed_button)
        scope.addWidget(self.all_button)
        form.addRow(self.tr("Which"), scope)
        form.addRow("", self.consented_box)
        form.addRow("", self.mask_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.path_edit.textChanged.connect(
            lambda text: self.save_button.setEnabled(bool(text.strip()))
        )
        self.path_edit.textChanged.connect(  # a workbook has no encoding
            lambda text: self.encoding_combo.setEnabled(Path(text.strip()).suffix.lower() == ".csv")
        )
        self.encoding_combo.setEnabled(False)

    def browse(self) -> None:
        chosen = choose_export_file(self, Path(self.path_edit.text()))
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def chosen_ids(self) -> list[int] | None:
        """The customers to export; None for all."""
        if self.selected_button.isChecked():
            return self.selected_ids
        if self.listed_button.isChecked():
            return self.listed_ids
        return None

    def save(self) -> None:
        """Write the file on the thread pool, with progress and Cancel."""
        if self.job is not None:
            return
        path = Path(self.path_edit.text().strip())
        what, encoding = self.what_combo.currentData(), self.encoding_combo.currentData()
        consented_only, mask_phones = self.consented_box.isChecked(), self.mask_box.isChecked()
        customer_ids = self.chosen_ids()

        def work(progress: workers.ProgressFunction, cancelled: workers.CancelFlag) -> ExportResult:
            return export_file(
                path,
                what=what,
                encoding=encoding,
                consented_only=consented_only,
                mask_phones=mask_phones,
                customer_ids=customer_ids,
                progress=progress,
                cancel=cancelled,
            )

        self.save_button.setEnabled(False)
        self.job = (
            workers.LongJob(self, work, label=self.tr("Exporting…"), title=self.windowTitle())
            .on_success(self._written)
            .on_refresh(self._stopped)
            .run()
        )

    def _stopped(self) -> None:
        self.job = None
        self.save_button.setEnabled(bool(self.path_edit.text().strip()))

    def _written(self, result: ExportResult) -> None:
        self.job = None
        self.written = result
        self.accept()

    def done(self, result: int) -> None:
        if self.job is not None:  # Esc while writing: stop the job first, it leaves no file
            self.job.cancel()
            return
        super().done(result)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        listed_ids: Sequence[int] | None = None,
        selected_ids: Sequence[int] = (),
    ) -> ExportResult | None:
        """Export; what was written, or None when cancelled."""
        dialog = cls(parent, listed_ids, selected_ids)
        return dialog.written if exec_then_delete(dialog) else None
