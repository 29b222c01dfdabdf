"""Exporting customers or purchases as an Excel workbook or CSV: which file, which customers,
how."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm.errors import ShopCRMError
from shopcrm.exporting import ExportResult, export_file, suggested_file_name
from ui import messages, workers


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
    """Asks what to export and writes it. Use `ExportDialog.ask`."""

    def __init__(self, parent: QWidget | None, filtered_ids: Sequence[int] | None = None) -> None:
        super().__init__(parent)
        self.filtered_ids = list(filtered_ids) if filtered_ids is not None else None
        self.written: ExportResult | None = None
        self.worker: workers.CoreWorker | None = None
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
        self.filtered_button = QRadioButton(
            self.tr("The %n customer(s) in the list now", "", len(self.filtered_ids or []))
        )
        self.all_button.setChecked(True)
        self.filtered_button.setEnabled(self.filtered_ids is not None)
        self.consented_box = QCheckBox(self.tr("Only customers who agreed to marketing"))
        self.mask_box = QCheckBox(self.tr("Hide the middle digits of phone numbers"))
        form = QFormLayout()
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.tr("Export"), self.what_combo)
        form.addRow(self.tr("Encoding"), self.encoding_combo)
        scope = QVBoxLayout()
        scope.addWidget(self.all_button)
        scope.addWidget(self.filtered_button)
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

    def save(self) -> None:
        """Write the file on a worker thread with a progress dialog."""
        if self.worker is not None:
            return
        path = Path(self.path_edit.text().strip())
        options = {
            "what": self.what_combo.currentData(),
            "encoding": self.encoding_combo.currentData(),
            "consented_only": self.consented_box.isChecked(),
            "mask_phones": self.mask_box.isChecked(),
            "customer_ids": self.filtered_ids if self.filtered_button.isChecked() else None,
        }
        progress = QProgressDialog(self.tr("Exporting…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress
        self.worker = workers.CoreWorker(
            lambda report: export_file(path, progress=report, **options)
        )
        self.worker.signals.finished.connect(self._written)
        self.worker.signals.failed.connect(self._failed)
        workers.start(self.worker)

    def _written(self, result: ExportResult) -> None:
        self.worker = None
        self.progress.close()
        self.written = result
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.worker = None
        self.progress.close()
        if isinstance(error, ShopCRMError):
            messages.show_error(self, error)
            return
        raise error

    @classmethod
    def ask(
        cls, parent: QWidget | None, filtered_ids: Sequence[int] | None = None
    ) -> ExportResult | None:
        """Export; what was written, or None when cancelled."""
        dialog = cls(parent, filtered_ids)
        return dialog.written if dialog.exec() == QDialog.DialogCode.Accepted else None
