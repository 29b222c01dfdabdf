"""A PDF shown page after page (letters, labels, a template's sample), and printing one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QProgressDialog, QVBoxLayout, QWidget

PRINT_DPI = 300


def print_pdf(document: QPdfDocument, printer: QPrinter, progress: QProgressDialog) -> bool:
    """Draw every page of a PDF on a printer, each scaled to the paper; False if cancelled."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        area = painter.viewport()
        for page in range(document.pageCount()):
            if progress.wasCanceled():
                return False
            progress.setValue(page)
            QCoreApplication.processEvents()
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            )
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(
                area.x() + (area.width() - scaled.width()) // 2,
                area.y() + (area.height() - scaled.height()) // 2,
                image.scaled(scaled, Qt.AspectRatioMode.IgnoreAspectRatio),
            )
        progress.setValue(document.pageCount())
    finally:
        painter.end()
    return True


class PdfPreview(QWidget):
    """A PDF shown page after page, with a line saying what it holds."""

    def __init__(self, parent: QWidget | None = None, *, whole_page: bool = False) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(
            QPdfView.ZoomMode.FitInView if whole_page else QPdfView.ZoomMode.FitToWidth
        )
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.path: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)

    def show_pdf(self, path: Path, caption: str) -> None:
        self.document.close()
        self.document.load(str(path))
        self.path = path
        self.caption.setText(caption)

    def clear(self, caption: str = "") -> None:
        """Forget the PDF (its file goes too)."""
        self.document.close()
        if self.path is not None:
            self.path.unlink(missing_ok=True)
        self.path = None
        self.caption.setText(caption)

    def page_count(self) -> int:
        return self.document.pageCount() if self.path is not None else 0
