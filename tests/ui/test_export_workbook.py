"""The window's export dialog writes an Excel workbook by default (고객목록.xlsx)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from peewee import Database
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shopcrm.customers import CustomerInput, create_customer
from ui.dialogs.export_dialog import ExportDialog


def test_the_export_dialog_suggests_a_korean_workbook_name(qtbot: QtBot, shop_db: Database) -> None:
    dialog = ExportDialog(None)
    qtbot.addWidget(dialog)
    assert Path(dialog.path_edit.text()).name == "고객목록.xlsx"
    assert not dialog.encoding_combo.isEnabled()  # a workbook has no encoding
    dialog.path_edit.setText(str(Path.home() / "고객목록.csv"))
    assert dialog.encoding_combo.isEnabled()


def test_the_export_dialog_writes_a_workbook_excel_reads_as_text(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    create_customer(CustomerInput(name="김민수", postal_code="06236", phone="010-1234-5678"))
    dialog = ExportDialog(None)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "고객목록.xlsx"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    sheet = openpyxl.load_workbook(tmp_path / "고객목록.xlsx").active
    header = [cell.value for cell in sheet[1]]
    postal = sheet.cell(row=2, column=header.index("우편번호") + 1)
    assert (postal.value, postal.data_type) == ("06236", "s")
