"""The import wizard: pick a file, check how it reads, map its columns, preview, import.

The pages only collect: the file (`FilePage`), its format, encoding and delimiter
(`FormatPage`), which column holds what (`MappingPage`), the first rows as they will be
stored with their problems (`PreviewPage`), and what to do with customers already there
(`DuplicatesPage`, which shows the matches side by side). Finish makes one core call,
`shopcrm.importing.import_file`, on a worker thread behind a progress dialog with Cancel;
Cancel leaves the database exactly as it was. Use `ImportWizard.ask`.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shopcrm.errors import Cancelled, ShopCRMError
from shopcrm.importing import (
    FIELDS,
    FileLayout,
    ImportOptions,
    ImportPreview,
    ImportReport,
    PreviewRow,
    RowProblem,
    import_file,
    inspect_file,
    preview_import,
)
from shopcrm.importing.mapping import has_name
from shopcrm.importing.preview import PREVIEW_FIELDS, filled_fields
from shopcrm.vocabulary import current_language, describe_error
from ui import messages, workers
from ui.dialogs.modal import exec_then_delete
from ui.labels import gender_label
from ui.signals import emit

PREVIEW_ROWS = 100
FILE_FILTER_EXTENSIONS = "*.csv *.txt *.tsv *.xlsx *.vcf"
_PROGRESS_STEPS = 1000
_REJECTED = QColor("#f8d7da")
_WARNED = QColor("#fff3cd")
_KNOWN = QColor("#dbe9f7")


class PageId(IntEnum):
    FILE = 0
    FORMAT = 1
    MAPPING = 2
    PREVIEW = 3
    DUPLICATES = 4


def field_label(name: str) -> str:
    """A mapping field as the owner reads it ("" is a column left out)."""
    names = {
        "": QCoreApplication.translate("import", "(leave out)"),
        "name": QCoreApplication.translate("import", "Name"),
        "family_name": QCoreApplication.translate("import", "Family name"),
        "given_name": QCoreApplication.translate("import", "Given name"),
        "middle_name": QCoreApplication.translate("import", "Middle name"),
        "phone": QCoreApplication.translate("import", "Phone"),
        "email": QCoreApplication.translate("import", "E-mail"),
        "postal_code": QCoreApplication.translate("import", "Postal code"),
        "address": QCoreApplication.translate("import", "Address"),
        "address_part": QCoreApplication.translate("import", "Part of the address"),
        "gender": QCoreApplication.translate("import", "Gender"),
        "birthday": QCoreApplication.translate("import", "Birthday"),
        "birthday_calendar": QCoreApplication.translate("import", "Birthday: lunar or solar"),
        "birthday_solar": QCoreApplication.translate("import", "Birthday: solar (Y/N)"),
        "birthday_leap": QCoreApplication.translate("import", "Birthday: leap month"),
        "wedding": QCoreApplication.translate("import", "Wedding anniversary"),
        "anniversary": QCoreApplication.translate("import", "Other anniversaries"),
        "interests": QCoreApplication.translate("import", "Interests"),
        "notes": QCoreApplication.translate("import", "Memo"),
        "tags": QCoreApplication.translate("import", "Tags"),
        "grade": QCoreApplication.translate("import", "Grade (old system)"),
        "total_spent": QCoreApplication.translate("import", "Total spent (carried over)"),
        "last_visit": QCoreApplication.translate("import", "Last visit (carried over)"),
        "points": QCoreApplication.translate("import", "Points (carried over)"),
        "purchase_count": QCoreApplication.translate(
            "import", "Number of purchases (carried over)"
        ),
        "visit_count": QCoreApplication.translate("import", "Number of visits (carried over)"),
        "first_purchase": QCoreApplication.translate("import", "First purchase date"),
        "joined": QCoreApplication.translate("import", "Customer since"),
        "referrer": QCoreApplication.translate("import", "Referred by"),
        "staff": QCoreApplication.translate("import", "Staff in charge"),
        "consent": QCoreApplication.translate("import", "Marketing consent"),
        "consent_date": QCoreApplication.translate("import", "Consent date"),
        "consent_channel": QCoreApplication.translate("import", "Consent channel"),
        "customer_no": QCoreApplication.translate("import", "Customer no. (old system)"),
        "former_no": QCoreApplication.translate("import", "Former customer no."),
    }
    return names.get(name, name)


def preview_label(name: str) -> str:
    """A column of the preview table."""
    names = {
        "anniversaries": QCoreApplication.translate("import", "Other anniversaries"),
        "grade": QCoreApplication.translate("import", "Grade (old system)"),
    }
    return names.get(name) or field_label(name)


def preview_text(name: str, text: str) -> str:
    """A preview value as the owner reads it (``gender`` holds a code)."""
    return gender_label(text) if name == "gender" and text else text


def file_layout_label(kind: str) -> str:
    names = {
        "shopcrm": QCoreApplication.translate("import", "a ShopCRM export"),
        "google": QCoreApplication.translate("import", "Google Contacts"),
        "outlook": QCoreApplication.translate("import", "Outlook contacts"),
        "hubspot": QCoreApplication.translate("import", "a HubSpot export"),
        "vcard": QCoreApplication.translate("import", "a contacts file (vCard)"),
        "sheet": QCoreApplication.translate("import", "a spreadsheet"),
    }
    return names.get(kind, kind)


def status_label(status: str) -> str:
    names = {
        "new": QCoreApplication.translate("import", "New"),
        "duplicate": QCoreApplication.translate("import", "Already a customer"),
        "repeat": QCoreApplication.translate("import", "Repeats a row"),
        "rejected": QCoreApplication.translate("import", "Not imported"),
    }
    return names.get(status, status)


def choose_file(parent: QWidget | None) -> Path | None:
    """Ask for a customer file (tests patch this seam)."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("import", "Choose a customer list"),
        str(Path.home()),
        QCoreApplication.translate("import", "Customer lists ({extensions});;All files (*)").format(
            extensions=FILE_FILTER_EXTENSIONS
        ),
    )
    return Path(chosen) if chosen else None


def _read_only_table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setWordWrap(False)
    return table


def _paint(item: QTableWidgetItem | None, color: QColor) -> None:
    if item is not None:
        item.setBackground(QBrush(color))


def _item(text: str, tip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text.replace("\n", " ⏎ "))
    if tip:
        item.setToolTip(tip)
    return item


class FilePage(QWizardPage):
    """Step 1: which file."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose your customer list"))
        self.setSubTitle(
            self.tr(
                "An Excel file (.xlsx), a CSV or text file saved by Excel, a Google, Outlook "
                "or HubSpot export, or contacts from a phone (.vcf)."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("File to import"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        hint = QLabel(
            self.tr("Nothing is stored until you press Finish, and an import can be undone later.")
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)

    def browse(self) -> None:
        chosen = choose_file(self)
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def isComplete(self) -> bool:  # noqa: N802
        text = self.path_edit.text().strip()
        return bool(text) and Path(text).is_file()

    def validatePage(self) -> bool:  # noqa: N802
        return self.owner.inspect(self.path(), ImportOptions())


class FormatPage(QWizardPage):
    """Step 2: how the file reads (format, encoding, delimiter), changeable."""

    FORMATS = ("auto", "csv", "xlsx", "vcard")
    ENCODINGS = (None, "utf-8", "cp949", "utf-16")
    DELIMITERS = (None, ",", ";", "\t", "|")

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("How the file reads"))
        self.setSubTitle(
            self.tr("Check that the letters look right. If they do not, choose another encoding.")
        )
        self.format_combo = QComboBox()
        for name, label in zip(
            self.FORMATS,
            (
                self.tr("Automatic"),
                self.tr("CSV or text"),
                self.tr("Excel (.xlsx)"),
                self.tr("Contacts (vCard)"),
            ),
            strict=True,
        ):
            self.format_combo.addItem(label, name)
        self.encoding_combo = QComboBox()
        for encoding, label in zip(
            self.ENCODINGS,
            (
                self.tr("Automatic"),
                "UTF-8",
                self.tr("Korean (CP949 / EUC-KR)"),
                self.tr("UTF-16 (Excel Unicode text)"),
            ),
            strict=True,
        ):
            self.encoding_combo.addItem(label, encoding)
        self.delimiter_combo = QComboBox()
        for delimiter, label in zip(
            self.DELIMITERS,
            (
                self.tr("Automatic"),
                self.tr("Comma"),
                self.tr("Semicolon"),
                self.tr("Tab"),
                self.tr("Bar (|)"),
            ),
            strict=True,
        ):
            self.delimiter_combo.addItem(label, delimiter)
        self.read_as = QLabel()
        self.read_as.setObjectName("read_as")
        self.read_as.setWordWrap(True)
        self.sample = _read_only_table([])
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Encoding"), self.encoding_combo)
        form.addRow(self.tr("Delimiter"), self.delimiter_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.read_as)
        layout.addWidget(self.sample, 1)
        for combo in (self.format_combo, self.encoding_combo, self.delimiter_combo):
            combo.currentIndexChanged.connect(self.reread)

    def initializePage(self) -> None:  # noqa: N802
        self.show_layout()

    def options(self) -> ImportOptions:
        return ImportOptions(
            file_format=self.format_combo.currentData(),
            encoding=self.encoding_combo.currentData(),
            delimiter=self.delimiter_combo.currentData(),
        )

    def reread(self) -> None:
        if self.owner.inspect(self.owner.file_page.path(), self.options()):
            self.show_layout()
        emit(self.completeChanged)

    def show_layout(self) -> None:
        layout = self.owner.file_layout
        if layout is None:
            return
        delimiters = {
            ",": self.tr("comma"),
            ";": self.tr("semicolon"),
            "\t": self.tr("tab"),
            "|": self.tr("bar"),
        }
        parts = [layout.file_format.upper()]
        if layout.encoding:
            parts.append(layout.encoding.upper().replace("-SIG", ""))
        if layout.delimiter:
            parts.append(delimiters.get(layout.delimiter, layout.delimiter))
        self.read_as.setText(
            self.tr("Read as {how}; this looks like {kind}.").format(
                how=", ".join(parts), kind=file_layout_label(layout.kind)
            )
        )
        header = list(layout.header)
        self.sample.clear()
        self.sample.setColumnCount(len(header))
        self.sample.setHorizontalHeaderLabels(header)
        self.sample.setRowCount(len(layout.sample))
        for row, cells in enumerate(layout.sample):
            for column, text in enumerate(cells[: len(header)]):
                self.sample.setItem(row, column, _item(text, text))
        self.sample.resizeColumnsToContents()

    def isComplete(self) -> bool:  # noqa: N802
        return self.owner.file_layout is not None

    def nextId(self) -> int:  # noqa: N802
        layout = self.owner.file_layout
        if layout is not None and layout.file_format == "vcard":
            return PageId.PREVIEW
        return PageId.MAPPING


class MappingPage(QWizardPage):
    """Step 3: which column holds what; a name is required."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Which column holds what"))
        self.setSubTitle(
            self.tr("Columns were matched by their titles. Change any that are wrong.")
        )
        self.table = _read_only_table([self.tr("Column"), self.tr("Example"), self.tr("Field")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.hint = QLabel(self.tr("Choose the column that holds the name."))
        self.hint.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        layout = self.owner.file_layout
        assert layout is not None
        self.table.setRowCount(len(layout.header))
        self.combos = []
        for row, title in enumerate(layout.header):
            example = next(
                (cells[row] for cells in layout.sample if len(cells) > row and cells[row]), ""
            )
            self.table.setItem(row, 0, _item(title or layout.column_label(row)))
            self.table.setItem(row, 1, _item(example, example))
            combo = QComboBox()
            for name in ("", *FIELDS):
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(layout.mapping[row])))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._changed()

    def mapping(self) -> tuple[str, ...]:
        return tuple(combo.currentData() for combo in self.combos)

    def set_field(self, column: int, name: str) -> None:
        """Map one column (what choosing in its combo box does)."""
        self.combos[column].setCurrentIndex(self.combos[column].findData(name))

    def _changed(self) -> None:
        self.hint.setVisible(not has_name(self.mapping()))
        emit(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802
        return has_name(self.mapping())


class PreviewPage(QWizardPage):
    """Step 4: the first rows as they will be stored; problems highlighted. Every field the
    mapped columns fill is shown; a field empty in all the rows is left out."""

    PROBLEMS = 2
    FIRST_VALUE = 3

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "The first rows as they will be stored. Red rows will not be imported, "
                "yellow cells lose a value that could not be read; hover for the reason."
            )
        )
        self.fixed_columns = [self.tr("Row"), self.tr("Status"), self.tr("Problems")]
        self.shown: tuple[str, ...] = ()
        self.table = _read_only_table(self.fixed_columns)
        self.summary = QLabel()
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:  # noqa: N802
        preview = self.owner.make_preview()
        self.table.setRowCount(0)
        if preview is None:
            self.summary.setText("")
            return
        self.shown = filled_fields(row.values for row in preview.rows)
        self.table.setColumnCount(self.FIRST_VALUE + len(self.shown))
        self.table.setHorizontalHeaderLabels(
            self.fixed_columns + [preview_label(name) for name in self.shown]
        )
        self.table.setRowCount(len(preview.rows))
        for index, row in enumerate(preview.rows):
            self._fill(index, row)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(self.PROBLEMS, min(self.table.columnWidth(self.PROBLEMS), 280))
        counts = {status: 0 for status in ("new", "duplicate", "repeat", "rejected")}
        for row in preview.rows:
            counts[row.status] += 1
        shown = (
            self.tr("The first %n rows", "", len(preview.rows))
            if preview.more
            else self.tr("All %n rows", "", len(preview.rows))
        )
        self.summary.setText(
            self.tr(
                "{shown}: {new} new, {known} already customers, {rejected} not imported."
            ).format(
                shown=shown,
                new=counts["new"],
                known=counts["duplicate"] + counts["repeat"],
                rejected=counts["rejected"],
            )
        )
        emit(self.completeChanged)

    def _fill(self, index: int, row: PreviewRow) -> None:
        problems = [_problem_text(problem) for problem in row.problems]
        self.table.setItem(index, 0, _item(str(row.row)))
        self.table.setItem(index, 1, _item(status_label(row.status)))
        self.table.setItem(index, self.PROBLEMS, _item("; ".join(problems), "\n".join(problems)))
        for offset, name in enumerate(self.shown, start=self.FIRST_VALUE):
            text = preview_text(name, row.values.get(name, ""))
            self.table.setItem(index, offset, _item(text, text))
        color = {"rejected": _REJECTED, "duplicate": _KNOWN, "repeat": _KNOWN}.get(row.status)
        if color is not None:
            for column in range(self.table.columnCount()):
                _paint(self.table.item(index, column), color)
        if problems and row.status != "rejected":
            _paint(self.table.item(index, self.PROBLEMS), _WARNED)

    def isComplete(self) -> bool:  # noqa: N802
        return self.owner.preview is not None


def _problem_text(problem: RowProblem) -> str:
    """A problem without its row number (the table shows the row)."""
    message = describe_error(ShopCRMError(problem.code, **problem.fields))
    return f"{problem.column}: {message}" if problem.column else message


class DuplicatesPage(QWizardPage):
    """Step 5: customers already there, side by side, and what to do with them and with
    their memos."""

    MODES = ("skip", "fill", "overwrite")
    MEMO_MODES = ("keep", "append", "replace")

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Customers you already have"))
        self.setSubTitle(
            self.tr(
                "The same phone number (or, without one, the same name and birthday) is the "
                "same customer, in ShopCRM or earlier in the file."
            )
        )
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        labels = {
            "skip": self.tr(
                "Skip them: leave those customers as they are (a newer last visit is still kept)"
            ),
            "fill": self.tr("Fill in: add only what their cards are missing (recommended)"),
            "overwrite": self.tr("Overwrite: the file's values replace those on the cards"),
        }
        modes = QVBoxLayout()
        for mode in self.MODES:
            button = QRadioButton(labels[mode])
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
        self.mode_buttons["fill"].setChecked(True)
        self.memo_group = QButtonGroup(self)
        self.memo_buttons: dict[str, QRadioButton] = {}
        memo_labels = {
            "keep": self.tr("Keep the memo on the card"),
            "append": self.tr("Add the file's memo on a new line (recommended)"),
            "replace": self.tr("Replace the card's memo with the file's"),
        }
        memos = QHBoxLayout()
        memos.addWidget(QLabel(self.tr("Memos:")))
        for memo in self.MEMO_MODES:
            button = QRadioButton(memo_labels[memo])
            self.memo_group.addButton(button)
            self.memo_buttons[memo] = button
            memos.addWidget(button)
        memos.addStretch(1)
        self.memo_buttons["append"].setChecked(True)
        self.newer_visits = QLabel(
            self.tr(
                "Filling in or overwriting, a later last visit in the file always moves the card's."
            )
        )
        self.newer_visits.setWordWrap(True)
        self.found = QLabel()
        self.found.setObjectName("duplicates_found")
        self.found.setWordWrap(True)
        self.matches = QListWidget()
        self.side_by_side = _read_only_table(
            [self.tr("Field"), self.tr("In the file"), self.tr("In ShopCRM")]
        )
        self.side_by_side.setWordWrap(True)
        header = self.side_by_side.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.comparison = QSplitter()
        self.comparison.addWidget(self.matches)
        self.comparison.addWidget(self.side_by_side)
        self.comparison.setStretchFactor(1, 2)
        self.status = QLabel()
        self.status.setObjectName("import_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(modes)
        layout.addLayout(memos)
        layout.addWidget(self.newer_visits)
        layout.addWidget(self.found)
        layout.addWidget(self.comparison, 1)
        layout.addStretch(0)
        layout.addWidget(self.status)
        self._rows: list[PreviewRow] = []
        self.matches.currentRowChanged.connect(self.show_match)
        self.setFinalPage(True)

    def mode(self) -> str:
        return next(mode for mode, button in self.mode_buttons.items() if button.isChecked())

    def memo(self) -> str:
        return next(memo for memo, button in self.memo_buttons.items() if button.isChecked())

    def initializePage(self) -> None:  # noqa: N802
        self.status.clear()
        self.matches.clear()
        preview = self.owner.preview
        rows = preview.duplicates if preview is not None else ()
        self._rows = list(rows)
        for row in rows:
            name = row.values.get("name", "")
            if row.status == "duplicate":
                text = self.tr("Row {row}: {name}").format(row=row.row, name=name)
            else:
                text = self.tr("Row {row}: {name} (repeats row {other})").format(
                    row=row.row, name=name, other=row.same_as_row
                )
            self.matches.addItem(QListWidgetItem(text))
        scanned = len(preview.rows) if preview is not None else 0
        self.found.setText(
            self.tr("%n of the first rows are customers you already have.", "", len(rows))
            if rows
            else self.tr(
                "None of the first %n rows is a customer you already have: they will all be "
                "added as new customers.",
                "",
                scanned,
            )
        )
        self.comparison.setVisible(bool(rows))
        self.side_by_side.setRowCount(0)
        if rows:
            self.matches.setCurrentRow(0)

    def show_match(self, index: int) -> None:
        self.side_by_side.setRowCount(0)
        if not 0 <= index < len(self._rows):
            return
        row = self._rows[index]
        preview = self.owner.preview
        theirs: dict[str, str] = dict(row.match_values or {})
        if row.status == "repeat" and preview is not None:
            earlier = next((r for r in preview.rows if r.row == row.same_as_row), None)
            theirs = dict(earlier.values) if earlier is not None else {}
        fields = [name for name in PREVIEW_FIELDS if row.values.get(name) or theirs.get(name)]
        self.side_by_side.setRowCount(len(fields))
        for line, name in enumerate(fields):
            mine = preview_text(name, row.values.get(name, ""))
            stored = preview_text(name, theirs.get(name, ""))
            self.side_by_side.setItem(line, 0, _item(preview_label(name)))
            self.side_by_side.setItem(line, 1, _item(mine, mine))
            self.side_by_side.setItem(line, 2, _item(stored, stored))
            if mine and stored and mine != stored:
                for column in (1, 2):
                    _paint(self.side_by_side.item(line, column), _WARNED)


class ImportWizard(QWizard):
    """Collects what an import needs, then runs it once. Use `ImportWizard.ask`.

    Signals: none (the result is `report` once accepted).
    """

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import customers"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(900, 600)
        self.file_layout: FileLayout | None = None
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self.job: workers.LongJob[ImportReport] | None = None
        self.file_page = FilePage(self)
        self.format_page = FormatPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.duplicates_page = DuplicatesPage(self)
        for page_id, page in (
            (PageId.FILE, self.file_page),
            (PageId.FORMAT, self.format_page),
            (PageId.MAPPING, self.mapping_page),
            (PageId.PREVIEW, self.preview_page),
            (PageId.DUPLICATES, self.duplicates_page),
        ):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    def inspect(self, path: Path, options: ImportOptions) -> bool:
        """Read the file's layout; tell the owner why when it cannot be imported."""
        try:
            with _Busy():
                self.file_layout = inspect_file(path, options)
        except ShopCRMError as error:
            self.file_layout = None
            messages.show_error(self, error)
            return False
        return True

    def import_options(self, *, with_mapping: bool = True) -> ImportOptions:
        """Everything the pages collected."""
        base = self.format_page.options()
        layout = self.file_layout
        mapping = None
        if with_mapping and layout is not None and layout.file_format != "vcard":
            mapping = self.mapping_page.mapping() or layout.mapping
        return ImportOptions(
            file_format=base.file_format,
            encoding=base.encoding,
            delimiter=base.delimiter,
            mapping=mapping,
            on_duplicate=self.duplicates_page.mode(),
            memo=self.duplicates_page.memo(),
        )

    def make_preview(self) -> ImportPreview | None:
        try:
            with _Busy():
                self.preview = preview_import(
                    self.file_page.path(),
                    self.import_options(),
                    limit=PREVIEW_ROWS,
                    lang=current_language(),
                )
        except ShopCRMError as error:
            self.preview = None
            messages.show_error(self, error)
        return self.preview

    def accept(self) -> None:
        """Finish: run the import on the thread pool, with progress and Cancel."""
        if self.job is not None:
            return
        path, options = self.file_page.path(), self.import_options()
        self.duplicates_page.status.clear()

        def work(report: workers.ProgressFunction, cancelled: workers.CancelFlag) -> ImportReport:
            def scaled(done: int, total: int) -> None:
                report(min(_PROGRESS_STEPS, done * _PROGRESS_STEPS // max(total, 1)), 0)

            return import_file(path, options, progress=scaled, cancel=cancelled)

        self.job = (
            workers.LongJob(
                self,
                work,
                label=self.tr("Importing customers…"),
                title=self.tr("Import customers"),
                total=_PROGRESS_STEPS,
                delay_ms=0,
            )
            .on_success(self._finished)
            .on_cancel(self._cancelled)
            .on_refresh(self._stopped)
            .run()
        )

    @property
    def progress(self) -> QProgressDialog | None:
        """The import's progress dialog while it runs."""
        return self.job.progress_dialog if self.job is not None else None

    def _stopped(self) -> None:
        self.job = None

    def _finished(self, report: ImportReport) -> None:
        self.job = None
        self.report = report
        super().accept()

    def _cancelled(self, _error: Cancelled) -> None:
        self.duplicates_page.status.setText(
            self.tr("The import was cancelled. Nothing was changed.")
        )

    @classmethod
    def ask(cls, parent: QWidget | None = None, path: Path | None = None) -> ImportReport | None:
        """Run the wizard; the import's report, or None when nothing was imported."""
        wizard = cls(parent, path)
        if path is not None and wizard.inspect(path, ImportOptions()):
            wizard.setStartId(PageId.FORMAT)
        return wizard.report if exec_then_delete(wizard) else None


class _Busy:
    """A wait cursor while the core reads a file."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc_info: Any) -> None:
        QGuiApplication.restoreOverrideCursor()
