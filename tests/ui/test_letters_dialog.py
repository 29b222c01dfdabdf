"""The letters dialog and the template editor, driven offscreen on a small shop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from peewee import Database
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from shopcrm.letters.recipients import Recipient, recipients_from_ids
from shopcrm.letters.templates import get_template
from shopcrm.models import Letter
from tests.helpers.letters_helpers import customer, open_shop
from ui.dialogs import letters_dialog
from ui.dialogs.letters_dialog import LettersDialog
from ui.dialogs.template_editor_dialog import TemplateEditorDialog
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.workers import LongJob


def seed() -> list[int]:
    open_shop()
    return [
        customer("김민수"),
        customer("이서연", consent=False),
        customer("박지훈", address=None, postal_code=None),
    ]


def make_dialog(
    qtbot: QtBot, ids: list[int], tmp_path: Path, template: str = "vip_invite"
) -> LettersDialog:
    dialog = LettersDialog(
        None, recipients_from_ids(ids), template_key=template, work_dir=tmp_path / "work"
    )
    (tmp_path / "work").mkdir(exist_ok=True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def make_letters(qtbot: QtBot, dialog: LettersDialog) -> None:
    with qtbot.waitSignal(dialog.pdf_ready, timeout=15_000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)


def test_the_selection_and_who_is_left_out_are_shown(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    ids = seed()
    dialog = make_dialog(qtbot, ids, tmp_path)
    assert dialog.selection_label.text() == "고객 3명을 골랐습니다"
    assert dialog.template_combo.currentText() == "VIP 초대장 (광고)"
    table = dialog.left_out_table
    assert table.rowCount() == 1
    assert table.item(0, letters_dialog.NAME).text() == "이서연"
    assert table.item(0, letters_dialog.REASON).text() == (
        "광고성 편지인데 마케팅 수신에 동의하지 않았습니다"
    )
    assert dialog.count_label.text() == "인쇄할 편지 2통"
    dialog.set_included(ids[1], True)
    assert dialog.count_label.text() == "인쇄할 편지 3통"
    assert [letter.name for letter in dialog.letters()] == ["김민수", "이서연", "박지훈"]


def test_another_template_plans_again(qtbot: QtBot, shop_db: Database, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, seed(), tmp_path)
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("thank_you"))
    assert dialog.left_out_table.rowCount() == 0
    assert dialog.left_out_label.text() == "빠진 고객이 없습니다."
    assert dialog.count_label.text() == "인쇄할 편지 3통"


def test_making_the_letters_shows_progress_then_the_pages(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, seed(), tmp_path)
    seen: list[tuple[int, int]] = []
    maximum: list[int] = []

    def started(job: LongJob[object]) -> None:
        assert dialog.progress is not None
        maximum.append(dialog.progress.maximum())
        assert job.relay is not None
        job.relay.progressed.connect(lambda done, total: seen.append((done, total)))

    dialog.render_started.connect(started)
    assert not dialog.print_button.isEnabled()
    make_letters(qtbot, dialog)
    assert maximum == [2]
    qtbot.waitUntil(lambda: (2, 2) in seen)
    assert dialog.progress is None  # closed
    assert dialog.letters_preview.page_count() == 2
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert Letter.select().count() == 0  # made, not yet printed or saved


def test_cancel_leaves_no_file_and_logs_nothing(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    open_shop()
    ids = [customer(f"고객{n:02d}") for n in range(40)]
    dialog = make_dialog(qtbot, ids, tmp_path, template="thank_you")

    def press_cancel(_job: LongJob[object]) -> None:  # as soon as the progress dialog is there
        assert dialog.progress is not None
        button = dialog.progress.findChild(QPushButton)
        assert button.text() == "취소"
        button.click()

    dialog.render_started.connect(press_cancel)
    with qtbot.waitSignal(dialog.pdf_discarded, timeout=15_000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert list((tmp_path / "work").iterdir()) == []
    assert dialog.letters_preview.page_count() == 0
    assert dialog.status_label.text() == "취소했습니다. 파일을 만들지 않았습니다."
    assert not dialog.save_button.isEnabled()
    assert dialog.make_button.isEnabled()
    assert Letter.select().count() == 0


def test_saving_logs_the_letters_once(
    qtbot: QtBot, shop_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = seed()
    dialog = make_dialog(qtbot, ids, tmp_path)
    make_letters(qtbot, dialog)
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(letters_dialog, "choose_pdf_file", lambda _parent, _suggested: target)
    monkeypatch.setattr(letters_dialog.messages, "confirm", lambda *_args: True)
    with qtbot.waitSignal(dialog.letters_logged) as logged:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert logged.args == [2]
    assert target.read_bytes().startswith(b"%PDF")
    assert {row.customer_id for row in Letter.select()} == {ids[0], ids[2]}
    assert {row.file_path for row in Letter.select()} == {str(target)}
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert Letter.select().count() == 2  # the same letters are not logged twice
    assert dialog.logged_count == 2


def test_labels_for_the_letters_name_who_has_no_address(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, seed(), tmp_path, template="thank_you")
    with qtbot.waitSignal(dialog.pdf_ready, timeout=15_000):
        qtbot.mouseClick(dialog.make_labels_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentIndex() == 1
    assert dialog.labels_preview.page_count() == 1
    # 김민수 and 이서연 share an address: one label; 박지훈 has none
    assert dialog.labels_preview.caption.text() == ("라벨 1장, 1쪽. 주소가 없는 고객: 박지훈")


def test_the_template_editor_refuses_an_unknown_placeholder(
    qtbot: QtBot, shop_db: Database
) -> None:
    open_shop()
    editor = TemplateEditorDialog(None, "thank_you")
    qtbot.addWidget(editor)
    editor.show()
    with qtbot.waitSignal(editor.preview_updated, timeout=5_000):
        editor.body_edit.setPlainText("{적립금}을 드립니다.")
    assert "'적립금'은(는) 쓸 수 없는 항목입니다." in editor.error_label.text()
    assert not editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.preview_updated, timeout=5_000):
        editor.body_edit.setPlainText("{포인트|포인트}를 드립니다.")
    assert editor.error_label.text() == ""
    assert editor.preview.page_count() == 1
    assert editor.save()
    assert get_template("thank_you").body == "{포인트|포인트}를 드립니다."
    editor.close()


def test_a_new_template_of_the_owners_is_saved(qtbot: QtBot, shop_db: Database) -> None:
    editor = TemplateEditorDialog(None)
    qtbot.addWidget(editor)
    editor.new_template()
    editor.title_edit.setText("가을 신메뉴 안내")
    editor.body_edit.setPlainText("{고객명} 님, 가을 신메뉴가 나왔습니다.")
    assert editor.save()
    assert get_template("custom_1").title == "가을 신메뉴 안내"
    assert get_template("custom_1").is_marketing
    editor.close()


def test_the_menu_action_takes_the_selected_customers_of_the_list(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = seed()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    asked: list[list[Recipient]] = []

    def ask(_parent: object, recipients: list[Recipient], **_options: Any) -> int:
        asked.append(list(recipients))
        return 0

    monkeypatch.setattr(LettersDialog, "ask", staticmethod(ask))
    table = window.list_page.table
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2):
        table.selectionModel().select(window.list_page.model.index(row, 0), flags)
    window.letters_action.trigger()
    chosen = [window.list_page.model.customer_id(row) for row in (0, 2)]
    assert asked == [recipients_from_ids(chosen)]
    assert set(chosen) <= set(ids)


def test_a_logo_chosen_in_the_editor_goes_on_the_letterhead(
    qtbot: QtBot, shop_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PIL import Image

    from shopcrm.letters.letterhead import current_letterhead
    from ui.dialogs import template_editor_dialog

    open_shop()
    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 40), "#1f4e5f").save(logo)
    monkeypatch.setattr(template_editor_dialog, "choose_logo_file", lambda _parent: logo)
    editor = TemplateEditorDialog(None, "thank_you")
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.preview_updated, timeout=5_000):
        qtbot.mouseClick(editor.logo_button, Qt.MouseButton.LeftButton)
    assert current_letterhead().logo == logo.read_bytes()
    assert editor.remove_logo_button.isEnabled()
    qtbot.mouseClick(editor.remove_logo_button, Qt.MouseButton.LeftButton)
    assert current_letterhead().logo is None
    editor.close()


def save_letters(
    qtbot: QtBot, dialog: LettersDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """Save the letters shown; the questions the owner was asked."""
    asked: list[str] = []

    def confirm(_parent: Any, _title: str, question: str) -> bool:
        asked.append(question)
        return False

    monkeypatch.setattr(letters_dialog.messages, "confirm", confirm)
    monkeypatch.setattr(
        letters_dialog, "choose_pdf_file", lambda _parent, _suggested: tmp_path / "saved.pdf"
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return asked


def test_saving_a_pdf_does_not_mark_everyone_greeted_unless_she_says_so(
    qtbot: QtBot, shop_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, seed(), tmp_path, template="thank_you")
    make_letters(qtbot, dialog)
    asked = save_letters(qtbot, dialog, tmp_path, monkeypatch)
    assert len(asked) == 1 and asked[0].startswith("보낸 것으로 기록할까요?")
    assert (tmp_path / "saved.pdf").read_bytes().startswith(b"%PDF")
    assert Letter.select().count() == 0
    assert dialog.logged_count == 0


def test_a_setting_answers_the_question_once_for_all(
    qtbot: QtBot, shop_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shopcrm import settings

    dialog = make_dialog(qtbot, seed(), tmp_path, template="thank_you")
    dialog.save_log_combo.setCurrentIndex(dialog.save_log_combo.findData("never"))
    assert settings.log_saved_letters() == "never"
    make_letters(qtbot, dialog)
    assert save_letters(qtbot, dialog, tmp_path, monkeypatch) == []
    assert Letter.select().count() == 0
    dialog.save_log_combo.setCurrentIndex(dialog.save_log_combo.findData("always"))
    again = make_dialog(qtbot, seed()[:1], tmp_path, template="thank_you")
    assert again.save_log_combo.currentData() == "always"
    make_letters(qtbot, again)
    assert save_letters(qtbot, again, tmp_path, monkeypatch) == []
    assert Letter.select().count() == 1


def test_default_file_names_are_korean_by_template_and_layout(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    from shopcrm.letters.render import CARD

    dialog = make_dialog(qtbot, seed(), tmp_path, template="thank_you")
    assert dialog.suggested_file_name() == "감사편지.pdf"
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("birthday"))
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData(CARD))
    assert dialog.suggested_file_name() == "생일카드.pdf"
    dialog.tabs.setCurrentIndex(1)
    assert dialog.suggested_file_name() == "주소라벨.pdf"
    dialog.sheet_combo.setCurrentIndex(dialog.sheet_combo.findData("dl"))
    assert dialog.suggested_file_name() == "봉투.pdf"


def make_labels(qtbot: QtBot, dialog: LettersDialog) -> None:
    with qtbot.waitSignal(dialog.pdf_ready, timeout=15_000):
        qtbot.mouseClick(dialog.make_labels_button, Qt.MouseButton.LeftButton)


def test_labels_mask_phones_by_default_and_can_skip_used_ones(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    open_shop()
    ids = [
        customer("김민수", phone="010-1234-5678"),
        customer("이서연", address="부산광역시 해운대구 우동 1", postal_code="48094"),
    ]
    dialog = make_dialog(qtbot, ids, tmp_path, template="thank_you")
    assert dialog.mask_check.isChecked()
    make_labels(qtbot, dialog)
    assert dialog.labels_preview.path is not None
    text = PdfReader(dialog.labels_preview.path).pages[0].extract_text()
    assert "010-****-5678" in text and "010-1234-5678" not in text
    assert dialog.skip_spin.maximum() == 23  # a 3×8 sheet
    dialog.skip_spin.setValue(23)
    dialog.outline_check.setChecked(True)
    make_labels(qtbot, dialog)
    assert dialog.labels_preview.page_count() == 2  # one label left on the first sheet


def test_a_label_without_a_postal_code_is_listed_with_a_warning(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    open_shop()
    ids = [customer("정하늘", address="부산광역시 해운대구 우동 1", postal_code=None)]
    dialog = make_dialog(qtbot, ids, tmp_path, template="thank_you")
    make_labels(qtbot, dialog)
    assert dialog.labels_preview.page_count() == 1
    assert dialog.labels_preview.caption.text().splitlines()[-1] == (
        "주의: 우편번호 없이 인쇄합니다: 정하늘"
    )


def test_every_reason_for_leaving_out_is_shown_whole(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, seed(), tmp_path, template="anniversary")  # two or three reasons
    table = dialog.left_out_table
    assert table.rowCount() == 3

    def rows_fit() -> bool:
        return all(table.rowHeight(row) >= table.sizeHintForRow(row) for row in range(3))

    qtbot.waitUntil(rows_fit)  # the reasons wrap within their column instead of being cut off


def test_the_dialog_keeps_its_first_size_in_english(
    qtbot: QtBot, shop_db: Database, tmp_path: Path, qapp: QApplication
) -> None:
    install_translators(qapp, "en")
    dialog = make_dialog(qtbot, seed(), tmp_path)
    assert dialog.tabs.tabText(1) == "Address labels"
    assert dialog.width() == 1080  # the label options no longer push it wider


def test_queued_apology_letters_open_in_the_letters_dialog_with_the_apology_template(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from shopcrm import complaints
    from shopcrm.complaint_letters import queue_apology_letter
    from shopcrm.complaints import ComplaintIntake
    from ui import messages

    minsu = seed()[0]
    at = dt.datetime(2026, 11, 3, 11, 0)
    complaint = complaints.open_complaint(
        ComplaintIntake(
            customer_id=minsu, channel="counter", happened_at=at, category="waiting", words="늦음"
        ),
        at=at,
    )
    window = MainWindow()
    qtbot.addWidget(window)
    informed: list[str] = []
    monkeypatch.setattr(messages, "inform", lambda _parent, text: informed.append(text))
    asked: list[tuple[list[Recipient], dict[str, Any]]] = []

    def ask(_parent: object, recipients: list[Recipient], **options: Any) -> int:
        asked.append((list(recipients), options))
        return 0

    monkeypatch.setattr(LettersDialog, "ask", staticmethod(ask))
    window.apology_letters_action.trigger()
    assert (len(informed), asked) == (1, [])
    queue_apology_letter(complaint, at=at)
    window.apology_letters_action.trigger()
    [(recipients, options)] = asked
    assert [(r.customer_id, r.complaint_id) for r in recipients] == [(minsu, complaint)]
    assert options == {"template_key": "apology"}
