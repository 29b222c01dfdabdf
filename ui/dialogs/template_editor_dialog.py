"""Editing the letter templates (the built-in ones and the owner's own) with a live preview.

The preview fills the template for a made-up regular with every value and sets it in the
shop's letterhead; an unknown placeholder or a stray brace is shown at once and the
template cannot be saved until it is fixed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from shopcrm.errors import ShopCRMError
from shopcrm.letters.batch import sample_letter
from shopcrm.letters.letterhead import current_letterhead, current_logo, set_logo
from shopcrm.letters.placeholders import PLACEHOLDERS
from shopcrm.letters.render import render_letters
from shopcrm.letters.templates import (
    TemplateText,
    delete_template,
    list_templates,
    parse_template,
    restore_default,
    save_template,
)
from shopcrm.vocabulary import describe_error
from ui import messages
from ui.dialogs.modal import exec_then_delete
from ui.signals import emit
from ui.widgets.pdf_preview import PdfPreview

PREVIEW_DELAY_MS = 350
KEY_ROLE = Qt.ItemDataRole.UserRole


def choose_logo_file(parent: QWidget | None) -> Path | None:
    """Ask for the letterhead's logo image (tests patch this seam)."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("templates", "Letterhead logo"),
        str(Path.home()),
        QCoreApplication.translate("templates", "Images (*.png *.jpg *.jpeg)"),
    )
    return Path(chosen) if chosen else None


def placeholder_help(key: str) -> str:
    """What a placeholder prints, in the interface's language."""
    texts = {
        "name": QCoreApplication.translate("templates", "The customer's name"),
        "honorific": QCoreApplication.translate(
            "templates", "How the shop addresses customers (고객님)"
        ),
        "customer_no": QCoreApplication.translate("templates", "The customer number"),
        "shop": QCoreApplication.translate("templates", "The shop's name"),
        "owner": QCoreApplication.translate("templates", "The owner's name"),
        "shop_phone": QCoreApplication.translate("templates", "The shop's phone"),
        "shop_address": QCoreApplication.translate("templates", "The shop's address"),
        "today": QCoreApplication.translate("templates", "The letter's date"),
        "points": QCoreApplication.translate("templates", "Her points (none when 0)"),
        "grade": QCoreApplication.translate("templates", "Her grade (VIP, Gold …)"),
        "staff": QCoreApplication.translate("templates", "The staff member in charge"),
        "first_purchase_date": QCoreApplication.translate("templates", "Her first purchase"),
        "last_purchase_date": QCoreApplication.translate("templates", "Her last purchase"),
        "last_purchase": QCoreApplication.translate("templates", "What she bought last"),
        "last_visit_date": QCoreApplication.translate("templates", "Her last visit"),
        "birthday": QCoreApplication.translate("templates", "Her birthday this time"),
        "anniversary": QCoreApplication.translate(
            "templates", "Her anniversary (wedding, first purchase …)"
        ),
        "anniversary_date": QCoreApplication.translate("templates", "The anniversary's date"),
        "years": QCoreApplication.translate("templates", "Years since (10주년)"),
        "referrer": QCoreApplication.translate("templates", "Who introduced her"),
        "referred_friend": QCoreApplication.translate("templates", "The friend she introduced"),
    }
    return texts.get(key, key)


class TemplateEditorDialog(QDialog):
    """Lists the templates and edits one at a time. Use `TemplateEditorDialog.ask`.

    Signals:
        template_saved(str): a template was saved (its key).
        preview_updated(): the preview shows the text as it is now.
    """

    template_saved = Signal(str)
    preview_updated = Signal()

    def __init__(self, parent: QWidget | None = None, key: str | None = None) -> None:
        super().__init__(parent)
        self._folder = tempfile.TemporaryDirectory(prefix="shopcrm-template-")
        self._numbers = itertools.count(1)
        self.current: TemplateText | None = None
        self.dirty = False
        self.setWindowTitle(self.tr("Letter templates"))
        self.resize(1120, 740)
        self._build()
        self.reload(key)

    def _build(self) -> None:
        self.template_list = QListWidget()
        self.new_button = QPushButton(self.tr("New template"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.restore_button = QPushButton(self.tr("Restore default"))
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.delete_button, self.restore_button):
            list_buttons.addWidget(button)
        self.logo_button = QPushButton(self.tr("Letterhead logo…"))
        self.remove_logo_button = QPushButton(self.tr("No logo"))
        logo_buttons = QHBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        left = QVBoxLayout()
        left.addWidget(self.template_list, 1)
        left.addLayout(list_buttons)
        left.addLayout(logo_buttons)

        self.title_edit = QLineEdit()
        self.marketing_check = QCheckBox(
            self.tr("Marketing: only for customers who agreed to receive it")
        )
        self.salutation_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setPlaceholderText(self.tr("Paragraphs, separated by an empty line"))
        self.closing_edit = QPlainTextEdit()
        self.closing_edit.setMaximumHeight(64)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.title_edit)
        form.addRow("", self.marketing_check)
        form.addRow(self.tr("Salutation"), self.salutation_edit)
        form.addRow(self.tr("Body"), self.body_edit)
        form.addRow(self.tr("Closing"), self.closing_edit)
        self.placeholder_list = QListWidget()
        self.placeholder_list.setMaximumHeight(150)
        for placeholder in PLACEHOLDERS:
            item = QListWidgetItem(f"{{{placeholder.korean}}}  {placeholder_help(placeholder.key)}")
            item.setData(KEY_ROLE, f"{{{placeholder.korean}}}")
            self.placeholder_list.addItem(item)
        hint = QLabel(
            self.tr(
                "Double-click to insert. After '|' comes the text printed when a customer "
                "has no value, as in {example}; without it she is left out."
            ).format(example="{마지막구매일|얼마 전}")
        )
        hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b02a2a;")
        self.save_button = QPushButton(self.tr("Save"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        middle = QVBoxLayout()
        middle.addLayout(form, 1)
        middle.addWidget(QLabel(self.tr("Placeholders")))
        middle.addWidget(self.placeholder_list)
        middle.addWidget(hint)
        middle.addLayout(buttons)
        self.preview = PdfPreview(whole_page=True)

        splitter = QSplitter()
        for part in (left, middle):
            holder = QWidget()
            holder.setLayout(part)
            splitter.addWidget(holder)
        splitter.addWidget(self.preview)
        splitter.setSizes([230, 480, 410])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.template_list.currentItemChanged.connect(lambda item, _old: self._choose(item))
        for edit in (self.title_edit, self.salutation_edit):
            edit.textChanged.connect(self._edited)
        for text_edit in (self.body_edit, self.closing_edit):
            text_edit.textChanged.connect(self._edited)
        self.marketing_check.toggled.connect(self._edited)
        self.placeholder_list.itemDoubleClicked.connect(self.insert_placeholder)
        self.new_button.clicked.connect(self.new_template)
        self.delete_button.clicked.connect(self.delete_current)
        self.restore_button.clicked.connect(self.restore_current)
        self.save_button.clicked.connect(self.save)
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.remove_logo_button.setEnabled(current_logo() is not None)
        self.close_button.clicked.connect(self.reject)
        self._last_edit: QLineEdit | QPlainTextEdit = self.body_edit
        for widget in (self.salutation_edit, self.body_edit, self.closing_edit):
            widget.installEventFilter(self)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if (
            isinstance(watched, QLineEdit | QPlainTextEdit)
            and isinstance(event, QEvent)
            and event.type() == QEvent.Type.FocusIn
        ):
            self._last_edit = watched
        return False

    # --- the list ---------------------------------------------------------------------------

    def reload(self, key: str | None = None) -> None:
        """Read the templates again and choose one (by key), or the first."""
        self.template_list.blockSignals(True)
        self.template_list.clear()
        chosen = 0
        for row, template in enumerate(list_templates()):
            text = template.title
            if template.is_marketing:
                text = self.tr("{title} (marketing)").format(title=text)
            if template.edited:
                text = self.tr("{title} (edited)").format(title=text)
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, template)
            self.template_list.addItem(item)
            if template.key == key:
                chosen = row
        self.template_list.blockSignals(False)
        self.template_list.setCurrentRow(chosen)
        self._choose(self.template_list.currentItem())

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        template = item.data(KEY_ROLE)
        if self.current is not None and template.key == self.current.key and not self.dirty:
            return
        if self.dirty and not messages.confirm(
            self, self.tr("Letter templates"), self.tr("Discard the changes to this template?")
        ):
            return
        self.show_template(template)

    def show_template(self, template: TemplateText) -> None:
        """Put a template in the editor."""
        self.current = template
        for widget, value in (
            (self.title_edit, template.title),
            (self.salutation_edit, template.salutation),
        ):
            widget.blockSignals(True)
            widget.setText(value)
            widget.blockSignals(False)
        for text_edit, value in (
            (self.body_edit, template.body),
            (self.closing_edit, template.closing),
        ):
            text_edit.blockSignals(True)
            text_edit.setPlainText(value)
            text_edit.blockSignals(False)
        self.marketing_check.blockSignals(True)
        self.marketing_check.setChecked(template.is_marketing)
        self.marketing_check.setEnabled(not template.built_in)
        self.marketing_check.blockSignals(False)
        self.delete_button.setEnabled(not template.built_in and bool(template.key))
        self.restore_button.setEnabled(template.built_in and template.edited)
        self.dirty = False
        self.refresh_preview()

    def edited_template(self) -> TemplateText:
        """The template as the fields hold it now."""
        assert self.current is not None
        return dataclasses.replace(
            self.current,
            title=self.title_edit.text(),
            salutation=self.salutation_edit.text(),
            body=self.body_edit.toPlainText(),
            closing=self.closing_edit.toPlainText(),
            is_marketing=self.marketing_check.isChecked(),
        )

    def _edited(self) -> None:
        self.dirty = True
        self.timer.start()

    def insert_placeholder(self, item: QListWidgetItem) -> None:
        """Put a placeholder where the cursor was in the salutation, body or closing."""
        text = str(item.data(KEY_ROLE))
        edit = self._last_edit
        if isinstance(edit, QLineEdit):
            edit.insert(text)
        else:
            edit.insertPlainText(text)
        edit.setFocus()

    # --- checking and the preview -----------------------------------------------------------

    def refresh_preview(self) -> None:
        """Check the text; if it is valid, set it for a made-up customer and show it."""
        self.timer.stop()
        if self.current is None:
            return
        template = self.edited_template()
        try:
            parse_template(template)
        except ShopCRMError as error:
            self.error_label.setText(describe_error(error))
            self.save_button.setEnabled(False)
            emit(self.preview_updated)
            return
        self.error_label.setText("")
        self.save_button.setEnabled(self.dirty or not template.key)
        letterhead = current_letterhead()
        today = dt.date.today()
        letter = sample_letter(template, letter_date=today, letterhead=letterhead)
        target = Path(self._folder.name) / f"preview-{next(self._numbers)}.pdf"
        try:
            render_letters([letter], target, letterhead=letterhead, letter_date=today)
        except ShopCRMError as error:
            self.error_label.setText(describe_error(error))
            return
        self.preview.clear()
        self.preview.show_pdf(target, self.tr("Preview with a made-up customer"))
        emit(self.preview_updated)

    # --- changes ----------------------------------------------------------------------------

    def new_template(self) -> None:
        if self.dirty and not messages.confirm(
            self, self.tr("Letter templates"), self.tr("Discard the changes to this template?")
        ):
            return
        self.template_list.clearSelection()
        self.show_template(
            TemplateText(
                key="",
                title=self.tr("New letter"),
                salutation="{고객명} {호칭}께",
                body="",
                closing="{가게명} {대표자|가족 일동} 드림",
                is_marketing=True,
            )
        )
        self.dirty = True
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def save(self) -> bool:
        """Store the template shown; False (and the reason shown) when it is not valid."""
        try:
            saved = save_template(self.edited_template())
        except ShopCRMError as error:
            self.error_label.setText(describe_error(error))
            return False
        self.dirty = False
        self.reload(saved.key)
        emit(self.template_saved, saved.key)
        return True

    def delete_current(self) -> None:
        if self.current is None or self.current.built_in or not self.current.key:
            return
        question = self.tr("Delete the template “{title}”?").format(title=self.current.title)
        if not messages.confirm(self, self.tr("Letter templates"), question):
            return
        try:
            delete_template(self.current.key)
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        self.dirty = False
        self.current = None
        self.reload()

    def restore_current(self) -> None:
        if self.current is None or not self.current.built_in:
            return
        key = self.current.key
        restore_default(key)
        self.dirty = False
        self.current = None
        self.reload(key)

    def choose_logo(self) -> None:
        """Put an image at the top of every letter (kept in the database)."""
        path = choose_logo_file(self)
        if path is None:
            return
        try:
            set_logo(path)
        except ShopCRMError as error:
            messages.show_error(self, error)
            return
        self.remove_logo_button.setEnabled(True)
        self.refresh_preview()

    def remove_logo(self) -> None:
        set_logo(None)
        self.remove_logo_button.setEnabled(False)
        self.refresh_preview()

    def done(self, result: int) -> None:
        if self.dirty and not messages.confirm(
            self, self.tr("Letter templates"), self.tr("Discard the changes to this template?")
        ):
            return
        self.dirty = False
        self.preview.clear()
        self._folder.cleanup()
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None = None, key: str | None = None) -> None:
        """Show the editor (starting at a template)."""
        exec_then_delete(cls(parent, key))
