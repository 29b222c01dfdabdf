"""Letters, greeting cards and address labels for a selection of customers.

The owner picks a template, sees who is left out and why (and may include those left out
by a care rule), makes the PDF off the UI thread with progress and Cancel, previews the
pages, then prints them through the system print dialog or saves the PDF. Letters printed are
logged on the customers' cards; a saved PDF is logged only when the owner says it was sent
(asked each time, or answered once for all by the shop setting ``log_saved_letters``). Every
rule lives in `shopcrm.letters`.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopcrm import settings
from shopcrm.errors import Cancelled, ShopCRMError
from shopcrm.letters.batch import Candidate, LetterContent, LetterPlan, Reason, log_letters
from shopcrm.letters.batch import plan_letters as make_plan
from shopcrm.letters.labels import SHEETS, LabelPlan, plan_labels, render_labels
from shopcrm.letters.output import copy_pdf, suggested_labels_name, suggested_pdf_name
from shopcrm.letters.recipients import Recipient
from shopcrm.letters.render import CARD, LETTER, RenderResult, render_letters
from shopcrm.letters.templates import TemplateText, list_templates
from ui import messages, workers
from ui.dialogs.modal import exec_then_delete
from ui.dialogs.template_editor_dialog import TemplateEditorDialog
from ui.labels import left_out_reason_label
from ui.signals import emit
from ui.widgets.pdf_preview import PdfPreview, print_pdf

INCLUDE, NUMBER, NAME, REASON = range(4)


def choose_pdf_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the PDF (tests patch this seam)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("letters", "Save PDF"),
        str(suggested),
        "PDF (*.pdf)",
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def reason_text(reason: Reason) -> str:
    """A left-out reason in the interface's language (the core's words)."""
    return left_out_reason_label(reason.code, dict(reason.fields))


def default_template_key(recipients: Sequence[Recipient]) -> str:
    """The template a selection suggests: birthdays from the calendar, other anniversaries,
    or a thank-you letter."""
    kinds = {occasion.kind for r in recipients for occasion in r.occasions}
    if kinds == {"birthday"}:
        return "birthday"
    if kinds:
        return "anniversary"
    return "thank_you"


class LettersDialog(QDialog):
    """Letters (or cards) and labels for the chosen customers. Use `LettersDialog.ask`.

    Signals:
        render_started(object): a `workers.LongJob` is about to make a PDF.
        pdf_ready(str): the PDF shown in the preview was made (its path).
        pdf_discarded(): making the PDF stopped (Cancel or an error); no file is left.
        letters_logged(int): that many letters were logged on the customers' cards.
    """

    render_started = Signal(object)
    pdf_ready = Signal(str)
    pdf_discarded = Signal()
    letters_logged = Signal(int)

    def __init__(
        self,
        parent: QWidget | None,
        recipients: Sequence[Recipient],
        *,
        template_key: str | None = None,
        letter_date: dt.date | None = None,
        work_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.recipients = list(recipients)
        self.letter_date = letter_date or dt.date.today()
        self._own_dir = None if work_dir else tempfile.TemporaryDirectory(prefix="shopcrm-")
        self.work_dir = work_dir or Path(self._own_dir.name)  # type: ignore[union-attr]
        self.plan: LetterPlan | None = None
        self.label_plan: LabelPlan | None = None
        self.included: set[int] = set()
        self.job: workers.LongJob[RenderResult] | None = None
        self.shown_letters: list[LetterContent] = []
        self.shown_template: TemplateText | None = None
        self.logged_count = 0
        self._logged_shown = False
        self._close_when_stopped = False
        self.setWindowTitle(self.tr("Letters and labels"))
        self.resize(1080, 720)
        self._build()
        self._fill_templates(template_key or default_template_key(self.recipients))
        self.replan()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.selection_label = QLabel(self.tr("%n customer(s) chosen", "", len(self.recipients)))
        self.template_combo = QComboBox()
        self.edit_templates_button = QPushButton(self.tr("Edit templates…"))
        self.layout_combo = QComboBox()
        self.layout_combo.addItem(self.tr("Letter (A4, with letterhead)"), LETTER)
        self.layout_combo.addItem(self.tr("Greeting card (A5)"), CARD)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.edit_templates_button)
        form = QFormLayout()
        form.addRow(self.tr("Template"), template_row)
        form.addRow(self.tr("Layout"), self.layout_combo)
        self.log_check = QCheckBox(self.tr("Log on the customers' cards when printed"))
        self.log_check.setChecked(True)
        self.save_log_combo = QComboBox()
        self.save_log_combo.addItem(self.tr("Ask whether they were sent"), "ask")
        self.save_log_combo.addItem(self.tr("Log them as sent"), "always")
        self.save_log_combo.addItem(self.tr("Do not log them"), "never")
        self.save_log_combo.setCurrentIndex(
            self.save_log_combo.findData(settings.log_saved_letters())
        )
        form.addRow(self.tr("When the PDF is saved"), self.save_log_combo)
        self.left_out_label = QLabel()
        self.left_out_label.setWordWrap(True)
        self.left_out_table = QTableWidget(0, 4)
        self.left_out_table.setHorizontalHeaderLabels(
            [self.tr("Include"), self.tr("No."), self.tr("Name"), self.tr("Why left out")]
        )
        self.left_out_table.verticalHeader().setVisible(False)
        self.left_out_table.setWordWrap(True)
        self.left_out_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.left_out_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.left_out_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # the reasons wrap within the width the column gets once shown, instead of being elided
        # (after the view took the new width: during the signal the rows still measure the old)
        header.sectionResized.connect(lambda *_: self._fit_left_out_rows())
        self.count_label = QLabel()
        self.make_button = QPushButton(self.tr("Make letters"))
        self.make_button.setDefault(True)
        left = QVBoxLayout()
        left.addWidget(self.selection_label)
        left.addLayout(form)
        left.addWidget(self.log_check)
        left.addWidget(self.left_out_label)
        left.addWidget(self.left_out_table, 1)
        left.addWidget(self.count_label)
        left.addWidget(self.make_button)
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.letters_preview = PdfPreview()
        self.labels_preview = PdfPreview()
        self.sheet_combo = QComboBox()
        for name, sheet in SHEETS.items():
            self.sheet_combo.addItem(
                self.tr("A4 labels {layout} ({count} a sheet)").format(
                    layout=name.replace("x", "×"), count=sheet.per_page
                ),
                name,
            )
        self.sheet_combo.addItem(self.tr("DL envelopes"), "dl")
        self.sheet_combo.setCurrentIndex(self.sheet_combo.findData("3x8"))
        self.split_check = QCheckBox(self.tr("One label per customer (do not merge households)"))
        self.mask_check = QCheckBox(self.tr("Mask phone numbers"))
        self.mask_check.setChecked(True)  # a label is read by everyone who handles the post
        self.skip_spin = QSpinBox()
        self.skip_spin.setSuffix(self.tr(" used"))
        self.skip_label = QLabel(self.tr("Skip used labels"))
        self.skip_label.setBuddy(self.skip_spin)
        self.outline_check = QCheckBox(self.tr("Test print with outlines (plain paper)"))
        self.make_labels_button = QPushButton(self.tr("Make labels"))
        # two short rows: one long row pushed the dialog wider than the screen's default in English
        label_options = QHBoxLayout()
        label_options.addWidget(self.sheet_combo)
        label_options.addWidget(self.split_check)
        label_options.addStretch(1)
        label_options.addWidget(self.make_labels_button)
        sheet_options = QHBoxLayout()
        sheet_options.addWidget(self.mask_check)
        sheet_options.addWidget(self.skip_label)
        sheet_options.addWidget(self.skip_spin)
        sheet_options.addWidget(self.outline_check)
        sheet_options.addStretch(1)
        labels_tab = QWidget()
        labels_layout = QVBoxLayout(labels_tab)
        labels_layout.addLayout(label_options)
        labels_layout.addLayout(sheet_options)
        labels_layout.addWidget(self.labels_preview, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.letters_preview, self.tr("Letters"))
        self.tabs.addTab(labels_tab, self.tr("Address labels"))

        self.status_label = QLabel()
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        right = QVBoxLayout()
        right.addWidget(self.tabs, 1)
        right.addLayout(buttons)
        right_widget = QWidget()
        right_widget.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 610])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.template_combo.currentIndexChanged.connect(lambda _index: self.replan())
        self.layout_combo.currentIndexChanged.connect(lambda _index: self.discard_letters())
        self.edit_templates_button.clicked.connect(self.edit_templates)
        self.left_out_table.itemChanged.connect(self._include_changed)
        self.make_button.clicked.connect(self.make_letters)
        self.make_labels_button.clicked.connect(self.make_labels)
        self.sheet_combo.currentIndexChanged.connect(lambda _index: self._sheet_changed())
        self.split_check.toggled.connect(lambda _on: self.discard_labels())
        self.mask_check.toggled.connect(lambda _on: self.discard_labels())
        self.skip_spin.valueChanged.connect(lambda _value: self.discard_labels())
        self.outline_check.toggled.connect(lambda _on: self.discard_labels())
        self.save_log_combo.currentIndexChanged.connect(lambda _index: self._save_log_changed())
        self._sheet_changed()
        self.tabs.currentChanged.connect(lambda _index: self._update_buttons())
        self.print_button.clicked.connect(self.print_shown)
        self.save_button.clicked.connect(self.save_shown)
        self.close_button.clicked.connect(self.reject)

    def _fit_left_out_rows(self) -> None:
        table = self.left_out_table
        QTimer.singleShot(0, table, table.resizeRowsToContents)

    def _fill_templates(self, chosen: str) -> None:
        current = self.template_combo.currentData() or chosen
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for template in list_templates():
            title = template.title
            if template.is_marketing:
                title = self.tr("{title} (marketing)").format(title=title)
            self.template_combo.addItem(title, template.key)
        index = self.template_combo.findData(current)
        self.template_combo.setCurrentIndex(max(0, index))
        self.template_combo.blockSignals(False)

    # --- who gets a letter ----------------------------------------------------------------

    def template_key(self) -> str:
        return str(self.template_combo.currentData())

    def replan(self) -> None:
        """Fill the chosen template for everybody and list who is left out."""
        self.discard_letters()
        self.included.clear()
        try:
            self.plan = make_plan(
                self.template_key(), self.recipients, letter_date=self.letter_date
            )
        except ShopCRMError as error:
            self.plan = None
            messages.show_error(self, error)
        self._show_left_out()

    def _show_left_out(self) -> None:
        table = self.left_out_table
        table.blockSignals(True)
        left_out = self.plan.left_out() if self.plan else []
        table.setRowCount(len(left_out))
        for row, candidate in enumerate(left_out):
            include = QTableWidgetItem()
            if candidate.overridable and candidate.customer_id is not None:
                include.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                include.setCheckState(Qt.CheckState.Unchecked)
                include.setData(Qt.ItemDataRole.UserRole, candidate.customer_id)
            else:
                include.setFlags(Qt.ItemFlag.NoItemFlags)
            table.setItem(row, INCLUDE, include)
            number = "" if candidate.customer_no is None else str(candidate.customer_no)
            table.setItem(row, NUMBER, QTableWidgetItem(number))
            table.setItem(row, NAME, QTableWidgetItem(candidate.name))
            reasons = "; ".join(reason_text(reason) for reason in candidate.reasons)
            reason_item = QTableWidgetItem(reasons)
            reason_item.setToolTip(reasons)
            table.setItem(row, REASON, reason_item)
        table.resizeRowsToContents()
        table.blockSignals(False)
        self.left_out_label.setText(
            self.tr(
                "Left out: %n customer(s). Tick those you want to include anyway.",
                "",
                len(left_out),
            )
            if left_out
            else self.tr("Nobody is left out.")
        )
        self._update_count()

    def left_out_candidates(self) -> list[Candidate]:
        return self.plan.left_out() if self.plan else []

    def set_included(self, customer_id: int, included: bool) -> None:
        """Tick or untick a customer left out by a care rule."""
        for row in range(self.left_out_table.rowCount()):
            item = self.left_out_table.item(row, INCLUDE)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == customer_id:
                checked = Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
                item.setCheckState(checked)

    def _include_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != INCLUDE:
            return
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        if customer_id is None:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self.included.add(int(customer_id))
        else:
            self.included.discard(int(customer_id))
        self.discard_letters()
        self._update_count()

    def letters(self) -> list[LetterContent]:
        """The letters that would be printed now (after the owner's inclusions)."""
        return self.plan.letters(self.included) if self.plan else []

    def _update_count(self) -> None:
        count = len(self.letters())
        self.count_label.setText(self.tr("%n letter(s) to print", "", count))
        self.make_button.setEnabled(count > 0 and self.job is None)
        self.make_labels_button.setEnabled(self.job is None)
        self._update_buttons()

    # --- making the PDFs --------------------------------------------------------------------

    def _start(
        self,
        total: int,
        text: str,
        work: workers.Work[RenderResult],
        show: Callable[[RenderResult], None],
    ) -> None:
        self.job = (
            workers.LongJob(self, work, label=text, total=total, delay_ms=0)
            .on_start(lambda job: emit(self.render_started, job))
            .on_success(lambda result: self._finished(result, show))
            .on_cancel(self._cancelled)
            .on_failure(self._failed)
            .on_refresh(self._stop)
        )
        self._update_count()
        self.job.run()

    @property
    def progress(self) -> QProgressDialog | None:
        """The progress dialog of the PDF being made, if any."""
        return self.job.progress_dialog if self.job is not None else None

    def _stop(self) -> None:
        self.job = None
        self._update_count()
        if self._close_when_stopped:
            self._close_when_stopped = False
            self.done(QDialog.DialogCode.Rejected)

    def _finished(self, result: RenderResult, show: Callable[[RenderResult], None]) -> None:
        if self._close_when_stopped:
            return
        show(result)
        emit(self.pdf_ready, str(result.path))

    def _cancelled(self, _error: Cancelled) -> None:
        emit(self.pdf_discarded)
        self.status_label.setText(self.tr("Cancelled. No file was made."))

    def _failed(self, error: ShopCRMError) -> None:
        emit(self.pdf_discarded)
        messages.show_error(self, error)

    def make_letters(self) -> None:
        """Set the letters into one PDF off the UI thread, then show it."""
        if self.plan is None or self.job is not None:
            return
        letters = self.letters()
        if not letters:
            return
        self.discard_letters()
        plan, layout = self.plan, str(self.layout_combo.currentData())
        target = self.work_dir / "letters.pdf"

        def work(report: workers.ProgressFunction, cancelled: workers.CancelFlag) -> RenderResult:
            return render_letters(
                letters,
                target,
                letterhead=plan.letterhead,
                letter_date=plan.letter_date,
                layout=layout,
                title=plan.template.title,
                progress=report,
                cancel=cancelled,
            )

        def show(result: RenderResult) -> None:
            self.shown_letters, self.shown_template = letters, plan.template
            self._logged_shown = False
            self.letters_preview.show_pdf(
                result.path,
                self.tr("{count} letter(s), {pages} page(s): {template}").format(
                    count=result.items, pages=result.pages, template=plan.template.title
                ),
            )
            self.tabs.setCurrentIndex(0)
            self.status_label.setText("")
            self._update_buttons()

        self._start(len(letters), self.tr("Setting the letters…"), work, show)

    def label_recipients(self) -> list[Recipient]:
        """Labels go to the customers who get a letter (everybody chosen when nobody does)."""
        letters = self.letters()
        if letters:
            return [Recipient(letter.customer_id) for letter in letters]
        return self.recipients

    def make_labels(self) -> None:
        """Address labels (one per household unless split) for the customers of the letters."""
        if self.job is not None:
            return
        self.labels_preview.clear()
        try:
            plan = plan_labels(
                self.label_recipients(), split_households=self.split_check.isChecked()
            )
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        self.label_plan = plan
        missing = ", ".join(c.name or str(c.customer_no) for c in plan.left_out)
        no_postal = ", ".join(c.name for c in plan.warnings)
        if not plan.labels:
            self.labels_preview.clear(self.tr("No labels: nobody has an address."))
            return
        sheet, mask = str(self.sheet_combo.currentData()), self.mask_check.isChecked()
        skip = self.skip_spin.value() if sheet in SHEETS else 0
        outline = self.outline_check.isChecked()
        target = self.work_dir / "labels.pdf"
        letterhead = self.plan.letterhead if self.plan else None

        def work(report: workers.ProgressFunction, cancelled: workers.CancelFlag) -> RenderResult:
            return render_labels(
                plan.labels,
                target,
                sheet=sheet,
                letterhead=letterhead,
                mask_phones=mask,
                outline=outline,
                skip=skip,
                progress=report,
                cancel=cancelled,
            )

        def show(result: RenderResult) -> None:
            caption = self.tr("{count} label(s) on {pages} page(s).").format(
                count=result.items, pages=result.pages
            )
            if missing:
                caption += " " + self.tr("No address: {names}").format(names=missing)
            if no_postal:
                caption += "\n" + self.tr("Warning: printed without a postal code: {names}").format(
                    names=no_postal
                )
            self.labels_preview.show_pdf(result.path, caption)
            self.tabs.setCurrentIndex(1)
            self._update_buttons()

        self._start(len(plan.labels), self.tr("Setting the labels…"), work, show)

    def _sheet_changed(self) -> None:
        sheet = SHEETS.get(str(self.sheet_combo.currentData()))
        self.skip_spin.setEnabled(sheet is not None)  # an envelope has no used labels
        self.skip_label.setEnabled(sheet is not None)
        self.skip_spin.setMaximum(sheet.per_page - 1 if sheet else 0)
        self.discard_labels()

    def _save_log_changed(self) -> None:
        try:
            settings.set_log_saved_letters(str(self.save_log_combo.currentData()))
        except ShopCRMError as error:
            messages.show_error(self, error)

    def discard_labels(self) -> None:
        self.labels_preview.clear()
        self._update_buttons()

    def discard_letters(self) -> None:
        """The letters shown no longer match the choices: forget them (and their file)."""
        self.letters_preview.clear(self.tr("Press “Make letters” to see them here."))
        self.shown_letters, self.shown_template = [], None
        self._update_buttons()

    # --- printing, saving, logging ----------------------------------------------------------

    def current_preview(self) -> PdfPreview:
        return self.letters_preview if self.tabs.currentIndex() == 0 else self.labels_preview

    def _update_buttons(self) -> None:
        ready = self.current_preview().page_count() > 0 and self.job is None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _log_wanted(self) -> bool:
        """Letters are shown, not logged yet, and the owner wants them logged."""
        return (
            self.current_preview() is self.letters_preview
            and self.shown_template is not None
            and not self._logged_shown
            and self.log_check.isChecked()
        )

    def _log_shown(self, path: Path | None) -> None:
        if not self._log_wanted() or self.shown_template is None:
            return
        try:
            log_letters(self.shown_template, self.shown_letters, file_path=path)
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        self._logged_shown = True
        self.logged_count += len(self.shown_letters)
        self.status_label.setText(
            self.tr("%n letter(s) logged on the customers' cards.", "", len(self.shown_letters))
        )
        emit(self.letters_logged, len(self.shown_letters))

    def suggested_file_name(self) -> str:
        """The Korean name the save dialog suggests for what is shown."""
        if self.current_preview() is self.labels_preview:
            return suggested_labels_name(str(self.sheet_combo.currentData()))
        template = self.shown_template or (self.plan.template if self.plan else None)
        title = template.title if template else ""
        return suggested_pdf_name(self.template_key(), title, str(self.layout_combo.currentData()))

    def _saved_letters_sent(self) -> bool:
        """Whether the letters just saved count as sent: the setting, or the owner's answer."""
        choice = settings.log_saved_letters()
        if choice != "ask":
            return choice == "always"
        return messages.confirm(
            self,
            self.tr("Letters saved"),
            self.tr(
                "Log these letters as sent? Log them once they are mailed or handed over: "
                "a birthday or anniversary then counts as greeted, and the same letter is not "
                "offered again for %n day(s).",
                "",
                self.plan.repeat_days if self.plan else 0,
            ),
        )

    def save_shown(self) -> None:
        """Save the PDF shown (letters or labels) where the owner chooses."""
        preview = self.current_preview()
        if preview.path is None:
            return
        target = choose_pdf_file(self, Path.home() / self.suggested_file_name())
        if target is None:
            return
        try:
            copy_pdf(preview.path, target)
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        self.status_label.setText(self.tr("Saved to {path}").format(path=target))
        if self._log_wanted() and self._saved_letters_sent():
            self._log_shown(target)

    def print_shown(self) -> None:
        """Print the PDF shown through the system print dialog."""
        preview = self.current_preview()
        if preview.path is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setDocName(preview.path.stem)
        if not exec_then_delete(QPrintDialog(printer, self)):
            return
        pages = preview.document.pageCount()
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, pages, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        # Printing stays on the UI thread: QPdfDocument and the printer's painter live here.
        if print_pdf(preview.document, printer, progress):
            self._log_shown(None)
        progress.close()
        progress.deleteLater()

    def done(self, result: int) -> None:
        if self.job is not None:  # close once the worker has stopped (it leaves no file)
            self._close_when_stopped = True
            self.job.cancel()
            return
        self.letters_preview.clear()
        self.labels_preview.clear()
        if self._own_dir is not None:
            self._own_dir.cleanup()
            self._own_dir = None
        super().done(result)

    # --- templates --------------------------------------------------------------------------

    def edit_templates(self) -> None:
        TemplateEditorDialog.ask(self, self.template_key())
        self._fill_templates(self.template_key())
        self.replan()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        recipients: Sequence[Recipient],
        **options: Any,
    ) -> int:
        """Show the dialog; returns how many letters were logged (0 if none)."""
        dialog = cls(parent, recipients, **options)
        exec_then_delete(dialog)
        return dialog.logged_count
