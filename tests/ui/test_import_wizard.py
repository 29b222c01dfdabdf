"""The import wizard from file choice to report, the report dialog and the export dialog."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from peewee import Database
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidget, QWizard
from pytestqt.qtbot import QtBot

from shopcrm.customers import CustomerInput, create_customer, get_customer
from shopcrm.importing import ImportReport
from shopcrm.models import Customer, ImportBatch
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_report_dialog import ImportReportDialog
from ui.wizards import import_wizard
from ui.wizards.import_wizard import ImportWizard, PageId

SHEET = (
    "달빛 베이커리 고객 명단,,,,\r\n"
    "이름,연락처,생일,음력여부,메모\r\n"
    "김민수,010-1234-5678,1985-03-07,양력,새 메모\r\n"
    "이서연,1022223333,1990.3.7,음력,\r\n"
    ",010-9999-8888,,,이름 없음\r\n"
    "박지훈,,1985-02-30,,\r\n"
)


def sheet(tmp_path: Path, text: str = SHEET) -> Path:
    path = tmp_path / "고객명단.csv"
    path.write_bytes(text.encode("cp949"))
    return path


def open_wizard(qtbot: QtBot) -> ImportWizard:
    wizard = ImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_page(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_the_wizard_walks_from_file_choice_to_the_report(
    qtbot: QtBot, shop_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    minsu = create_customer(CustomerInput(name="김민수", phone="01012345678", notes="원래 메모"))
    path = sheet(tmp_path)
    wizard = open_wizard(qtbot)
    monkeypatch.setattr(import_wizard, "choose_file", lambda parent: path)
    qtbot.mouseClick(wizard.file_page.browse_button, Qt.MouseButton.LeftButton)
    assert wizard.file_page.path_edit.text() == str(path)
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.FORMAT
    assert "CP949" in wizard.format_page.read_as.text()
    assert wizard.format_page.sample.item(0, 0).text() == "김민수"
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.MAPPING
    assert wizard.mapping_page.mapping() == (
        "name",
        "phone",
        "birthday",
        "birthday_calendar",
        "notes",
    )
    wizard.mapping_page.set_field(0, "")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.mapping_page.hint.isVisibleTo(wizard.mapping_page)
    wizard.mapping_page.set_field(0, "name")
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.PREVIEW
    table = wizard.preview_page.table
    assert table.rowCount() == 4
    statuses = [table.item(row, 1).text() for row in range(4)]
    assert statuses == ["이미 있는 고객", "새 고객", "가져오지 않음", "새 고객"]
    assert table.item(1, 5).text() == "(음) 1990년 3월 7일"
    assert "이름이 없어" in table.item(2, 2).toolTip()
    assert table.item(3, 2).text() == "생일: 2월 30일은 없는 날짜입니다."
    assert wizard.preview_page.summary.text() == (
        "전체 4행: 새 고객 2명, 이미 있는 고객 1명, 가져오지 않음 1행."
    )
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.DUPLICATES
    page = wizard.duplicates_page
    assert page.matches.count() == 1
    side = {
        page.side_by_side.item(row, 0).text(): (
            page.side_by_side.item(row, 1).text(),
            page.side_by_side.item(row, 2).text(),
        )
        for row in range(page.side_by_side.rowCount())
    }
    assert side["메모"] == ("새 메모", "원래 메모")
    page.mode_buttons["overwrite"].setChecked(True)
    page.memo_buttons["replace"].setChecked(True)  # memos follow their own choice
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20_000)

    report = wizard.report
    assert report is not None
    assert (report.created, report.updated, report.rejected) == (2, 1, 1)
    assert get_customer(minsu).notes == "새 메모"
    assert wizard.result() == QWizard.DialogCode.Accepted

    dialog = ImportReportDialog(wizard, report)
    qtbot.addWidget(dialog)
    assert dialog.counts["created"].text() == "2"
    assert dialog.counts["rejected"].text() == "1"
    assert dialog.problems.rowCount() == len(report.problems)
    assert (
        "고객명단.rejected.csv"
        in dialog.findChild(type(dialog.counts["rows"]), "rejected_file").text()
    )


def test_cancel_during_the_import_changes_nothing(
    qtbot: QtBot, shop_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clicked = threading.Event()
    real = import_wizard.import_file

    def after_cancel(*args: object, **kwargs: object) -> ImportReport:
        clicked.wait(10)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(import_wizard, "import_file", after_cancel)
    wizard = open_wizard(qtbot)
    wizard.file_page.path_edit.setText(str(sheet(tmp_path)))
    for _ in range(4):
        next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.DUPLICATES
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.progress is not None
    qtbot.mouseClick(wizard.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    clicked.set()
    qtbot.waitUntil(lambda: wizard.job is None, timeout=20_000)
    assert wizard.report is None
    assert wizard.isVisible()
    assert "취소" in wizard.duplicates_page.status.text()
    assert Customer.select().count() == 0 and ImportBatch.select().count() == 0


def test_a_refused_file_is_explained_and_the_wizard_stays(
    qtbot: QtBot, shop_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        import_wizard.messages, "show_error", lambda parent, error: shown.append(error.code)
    )
    (tmp_path / "photo.csv").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    wizard = open_wizard(qtbot)
    wizard.file_page.path_edit.setText(str(tmp_path / "photo.csv"))
    next_page(qtbot, wizard)
    assert shown == ["binary_file"]
    assert wizard.currentId() == PageId.FILE


def test_a_vcard_skips_the_mapping_page(qtbot: QtBot, shop_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:김민수\r\nTEL:010-1234-5678\r\nEND:VCARD\r\n")
    wizard = open_wizard(qtbot)
    wizard.file_page.path_edit.setText(str(path))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.PREVIEW
    assert wizard.preview_page.table.item(0, 3).text() == "김민수"


def test_the_export_dialog_writes_the_filtered_customers(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    create_customer(CustomerInput(name="김민수"))
    seoyeon = create_customer(CustomerInput(name="이서연", phone="010-2222-3333"))
    dialog = ExportDialog(None, [seoyeon])
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "out.csv"))
    dialog.listed_button.setChecked(True)
    dialog.mask_box.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    lines = (tmp_path / "out.csv").read_text("utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].startswith("2,이서연,010-****-3333")


def test_the_welcome_screen_menu_and_a_dropped_file_open_the_wizard(
    qtbot: QtBot, shop_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    from ui.main_window import MainWindow

    asked: list[Path | None] = []

    def fake_ask(parent: object, path: Path | None = None) -> None:
        asked.append(path)
        create_customer(CustomerInput(name="김민수"))

    monkeypatch.setattr(ImportWizard, "ask", staticmethod(fake_ask))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.welcome_page.import_button.toolTip() == ""
    qtbot.mouseClick(window.welcome_page.import_button, Qt.MouseButton.LeftButton)
    assert asked == [None]
    assert window.import_action.text() == "고객 가져오기(&I)…"
    assert window.export_action.text() == "내보내기(&E)…"
    path = sheet(tmp_path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: asked == [None, path])


def test_a_different_delimiter_rereads_the_file(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot)
    wizard.file_page.path_edit.setText(str(sheet(tmp_path)))
    next_page(qtbot, wizard)
    page = wizard.format_page
    assert page.sample.columnCount() == 5
    page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(";"))
    assert wizard.file_layout is not None and wizard.file_layout.delimiter == ";"
    assert page.sample.columnCount() == 1
    assert "세미콜론" in page.read_as.text()


def test_the_report_dialog_names_the_skipped_rows(qtbot: QtBot, shop_db: Database) -> None:
    report = ImportReport(
        batch_id=None,
        file_name="a.csv",
        file_format="csv",
        encoding="utf-8",
        delimiter=",",
        layout="sheet",
        total_rows=3,
        created=2,
        updated=0,
        skipped=1,
        rejected=0,
        warnings=0,
        problems=(),
        problem_count=0,
        rejected_path=None,
        skipped_rows=(3,),
    )
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    assert dialog.counts["skipped"].text() == "1 (3행)"


def walk_to(qtbot: QtBot, wizard: ImportWizard, page: PageId) -> None:
    while wizard.currentId() != page:
        next_page(qtbot, wizard)


def header_texts_fit(table: QTableWidget) -> bool:
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    return all(
        header.sectionSize(column)
        >= metrics.horizontalAdvance(table.horizontalHeaderItem(column).text())
        for column in range(table.columnCount())
        if not header.isSectionHidden(column)
    )


def test_the_memo_choice_of_the_wizard_reaches_the_import(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    minsu = create_customer(CustomerInput(name="김민수", phone="01012345678", notes="원래 메모"))
    wizard = open_wizard(qtbot)
    wizard.file_page.path_edit.setText(str(sheet(tmp_path)))
    walk_to(qtbot, wizard, PageId.DUPLICATES)
    page = wizard.duplicates_page
    assert page.memo() == "append"
    page.memo_buttons["keep"].setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20_000)
    assert get_customer(minsu).notes == "원래 메모"


def test_the_duplicates_page_says_plainly_when_there_are_none(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot)
    wizard.file_page.path_edit.setText(str(sheet(tmp_path)))
    walk_to(qtbot, wizard, PageId.DUPLICATES)
    page = wizard.duplicates_page
    assert page.found.text() == (
        "앞부분 4행 가운데 이미 있는 고객은 없습니다. 모두 새 고객으로 추가됩니다."
    )
    assert page.found.wordWrap()
    assert not page.side_by_side.isVisibleTo(page)  # no empty comparison with a clipped header


def test_the_side_by_side_headers_are_not_clipped(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    create_customer(CustomerInput(name="김민수", phone="01012345678", notes="원래 메모"))
    wizard = open_wizard(qtbot)
    wizard.file_page.path_edit.setText(str(sheet(tmp_path)))
    walk_to(qtbot, wizard, PageId.DUPLICATES)
    page = wizard.duplicates_page
    assert page.side_by_side.isVisibleTo(page)
    assert page.side_by_side.horizontalHeaderItem(2).text() == "ShopCRM의 고객 카드"
    assert header_texts_fit(page.side_by_side)


def test_the_preview_shows_every_mapped_column_and_hides_empty_ones(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    text = (
        "이름,휴대폰,이메일,메모,결혼기념일,등급,추천인,주소\r\n"
        "김민수,010-1234-5678,,단골,2010-05-05,골드,이서연,\r\n"
        "이서연,010-2222-3333,,,,,,\r\n"
    )
    wizard = open_wizard(qtbot)
    wizard.file_page.path_edit.setText(str(sheet(tmp_path, text)))
    walk_to(qtbot, wizard, PageId.PREVIEW)
    table = wizard.preview_page.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[3:] == ["이름", "휴대폰", "결혼기념일", "메모", "등급 (이전 시스템)", "추천인"]
    assert table.item(0, headers.index("메모")).text() == "단골"
    assert table.item(0, headers.index("추천인")).text() == "이서연"
