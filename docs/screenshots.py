"""The README's window screenshots: opens the window on one page or dialog and saves its picture.

    .venv/bin/shopcrm demo --db /tmp/x/demo.db
    xvfb-run -a .venv/bin/python docs/screenshots.py SCENE OUT.png --db /tmp/x/demo.db

Scenes: welcome (give a new, empty --db), list, reminders, card-timeline (the list with a
regular's card and her timeline), calendar, export,
import-history (import something first, e.g. `shopcrm import`), import-wizard, letters and
labels (the letters dialog on the week's birthdays, with its preview made), sale (the sale
dialog: two items, 500 points used; nothing is saved), settings (the thresholds tab with a
refused value beside its field; nothing is saved), complaint-1-listen … complaint-5-close (the
complaint wizard on each page, on the demo shop's complaints; nothing is saved: a page is shown
typed, not committed), complaints-page (the complaints waiting for follow-up, one overdue),
list-filtered (regulars who agreed to
letters, searched for 김), consultation-mode (상담 모드 on, a regular's card open; turned off
again before the program ends), merge (the first likely duplicate pair in the merge dialog;
nothing is merged). With
SHOPCRM_LANG=en the window speaks English. `calendar` records two greetings and `import-wizard`
may add nothing (it stops at the preview). Set SHOPCRM_DATA_DIR to an empty folder, so no
window size or language stored on this PC changes the picture.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from shopcrm.agenda import agenda, due_reminders, reminder_days
from shopcrm.db import open_database
from shopcrm.duplicates import likely_duplicates
from shopcrm.letters.recipients import recipients_from_agenda
from shopcrm.letters.render import CARD
from shopcrm.models import Complaint, Customer
from shopcrm.search import CustomerFilter
from ui.app import create_application
from ui.consultation import consultation_mode
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_history_dialog import ImportHistoryDialog
from ui.dialogs.letters_dialog import LettersDialog
from ui.dialogs.reminder_dialog import ReminderDialog
from ui.dialogs.sale_dialog import SaleDialog
from ui.dialogs.settings_dialog import SettingsDialog, SettingsTab
from ui.main_window import MainWindow
from ui.wizards.complaint_wizard import ComplaintWizard
from ui.wizards.import_wizard import ImportWizard, PageId

SCENES = (
    "welcome",
    "list",
    "reminders",
    "card-timeline",
    "calendar",
    "export",
    "import-history",
    "import-wizard",
    "letters",
    "labels",
    "sale",
    "settings",
    "complaint-1-listen",
    "complaint-2-apologise",
    "complaint-3-resolve",
    "complaint-4-follow-up",
    "complaint-5-close",
    "complaints-page",
    "list-filtered",
    "consultation-mode",
    "merge",
)

# A list as Korean Excel saves it, with the problems the preview shows.
SAMPLE_LIST = (
    "이름,휴대폰,생일,이메일,누적구매액,메모\r\n"
    "임민수,010-2418-2886,1972년 12월 1일,,1230000,단골\r\n"
    "이서연,1022223333,(음)1990.3.7,seoyeon@example.com,35000,\r\n"
    "박지훈,,1985.3.7,jihoon@@example,,\r\n"
    ",010-9999-8888,,,,이름 없음\r\n"
    "최유리,02-123-4567,2월 30일,,12만원,\r\n"
    '정하나,010-5555-6666,"(음,윤)1984.10.5",,,\r\n'
    "한두리,010-7777-8888,3월 7일,,,꽃 좋아함\r\n"
)


def select_rows(view: QWidget, rows: range) -> None:
    selection = view.selectionModel()  # type: ignore[attr-defined]
    model = view.model()  # type: ignore[attr-defined]
    for row in rows:
        selection.select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def over_window(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with the dialog centred on it, as the owner sees it."""
    picture = window.grab()
    painter = QPainter(picture)
    shot = dialog.grab()
    left, top = (picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 2
    painter.drawPixmap(left, top, shot)
    painter.setPen(QColor("#7a7a7a"))  # the dialog's frame, which a grab leaves out
    painter.drawRect(left - 1, top - 1, shot.width() + 1, shot.height() + 1)
    painter.end()
    return picture


def stage(scene: str, window: MainWindow, work_dir: Path) -> tuple[QWidget, QWidget | None]:
    """Open the scene; returns (what to photograph, the dialog to draw over the window)."""
    if scene == "reminders":
        dialog = ReminderDialog(window, due_reminders(dt.date.today()), reminder_days())
        return window, dialog
    if scene == "card-timeline":  # a gold regular with interests (and notes), who agreed to letters
        regular = Customer.select(Customer.id).where(
            (Customer.grade == "gold")
            & Customer.interests.is_null(False)
            & Customer.marketing_consent
        )
        chosen = regular.order_by(Customer.notes.is_null(), Customer.customer_no).scalar()
        window.list_page.open_card(chosen)
        card = window.list_page.card
        sales = [
            row
            for row in range(card.timeline_model.rowCount())
            if getattr(card.timeline_model.entry(row), "kind", None) == "purchase"
        ]
        if sales:  # her latest sale chosen: Refund and Void on offer
            card.select_timeline_row(sales[0])
        return window, None
    if scene == "calendar":
        window.show_calendar()
        calendar = window.calendar_page
        calendar.tabs.setCurrentIndex(2)
        select_rows(calendar.month_view, range(1, 3))
        calendar.greet_selected()
        select_rows(calendar.month_view, range(2, 5))  # one greeted, two not
        return window, None
    if scene == "export":
        with QSignalBlocker(window.list_page.search_box):  # no second search to clear the rows
            window.list_page.search_box.setText("김")
        window.list_page.search("김")
        select_rows(window.list_page.table, range(0, 5))
        listed = window.list_page
        export = ExportDialog(window, listed.listed_customer_ids(), listed.selected_customer_ids())
        export.selected_button.setChecked(True)
        return window, export
    if scene in ("letters", "labels"):  # the week's birthdays, chosen in the calendar
        today = dt.date.today()
        week = agenda(today, today + dt.timedelta(days=6), kinds=["birthday"])
        letters = LettersDialog(window, recipients_from_agenda(week), template_key="birthday")
        letters.layout_combo.setCurrentIndex(letters.layout_combo.findData(CARD))
        if scene == "letters":
            letters.make_letters()
        else:
            letters.tabs.setCurrentIndex(1)
            letters.skip_spin.setValue(2)
            letters.outline_check.setChecked(True)
            letters.make_labels()
        return letters, None
    if scene == "sale":  # a regular buying two items, paying 500 of it with points
        regular = Customer.select(Customer.id).where(
            (Customer.grade == "gold") & (Customer.points >= 1_000)
        )
        customer_id = regular.order_by(Customer.customer_no).scalar()
        window.list_page.open_card(customer_id)  # her card behind, as when F2 is pressed on it
        sale = SaleDialog(window, customer_id)
        for name, quantity in (("생크림 케이크 (1호)", 1), ("아메리카노", 2)):
            sale.item_edit.setText(name)
            sale.quantity_spin.setValue(quantity)
            sale.add_line()
        sale.points_edit.setText("500")
        sale.payment_combo.setCurrentIndex(sale.payment_combo.findData("card"))
        sale.staff_combo.setCurrentIndex(1)
        return window, sale
    if scene == "settings":  # gold typed below silver: refused beside the grades, not saved
        settings = SettingsDialog(window, SettingsTab.THRESHOLDS)
        silver = settings.grade_spend_edits["silver"].text()
        settings.grade_spend_edits["gold"].setText(silver.replace(",", "")[:-1] or "0")
        settings.save()
        return window, settings
    if scene.startswith("complaint-"):
        return stage_complaint(scene, window), None
    if scene == "complaints-page":
        window.show_complaints()
        window.complaints_page.show_group("waiting")
        window.complaints_page.table.selectRow(0)
        return window, None
    if scene == "list-filtered":  # regulars who agreed to letters, searched for 김
        page = window.list_page
        page.filters_bar.set_filters(CustomerFilter(stage="repeat", marketing_consent=True))
        with QSignalBlocker(page.search_box):
            page.search_box.setText("김")
        page.search("김")
        page.splitter.setSizes([700, 400])  # the list wide enough for its grade and totals
        select_rows(page.table, range(0, 1))
        return window, None
    if scene == "consultation-mode":  # a gold regular's card, 상담 모드 on
        regular = Customer.select(Customer.id).where(
            (Customer.grade == "gold") & Customer.notes.is_null(False)
        )
        window.list_page.open_card(regular.order_by(Customer.customer_no).scalar())
        window.consultation_action.setChecked(True)
        return window, None
    if scene == "merge":  # the newest likely duplicate pair, side by side; nothing is merged
        from ui.dialogs.merge_dialog import MergeDialog

        pair = likely_duplicates()[0]
        return window, MergeDialog(window, pair.older.id, pair.newer.id, pair.reasons)
    if scene == "import-history":
        return ImportHistoryDialog(window), None
    if scene == "import-wizard":
        path = work_dir / "고객명단.csv"
        path.write_bytes(SAMPLE_LIST.encode("cp949"))
        wizard = ImportWizard(window, path)
        wizard.resize(1000, 640)
        wizard.inspect(path, wizard.import_options(with_mapping=False))
        wizard.setStartId(PageId.FORMAT)
        wizard.show()
        for _ in (PageId.MAPPING, PageId.PREVIEW):
            wizard.next()
        wizard.button(QWizard.WizardButton.NextButton).setFocus()
        return wizard, None
    return window, None


def stage_complaint(scene: str, window: MainWindow) -> QWidget:
    """The wizard on one page, typed as at the counter (nothing is committed)."""
    if scene == "complaint-1-listen":  # a regular with a recent sale, her words as she said them
        customer = Customer.select(Customer.id).where(Customer.grade == "gold")
        wizard = ComplaintWizard(
            window, customer_id=customer.order_by(Customer.customer_no).scalar()
        )
        wizard.show()
        page = wizard.listen_page
        page.words_edit.setPlainText(
            "어제 산 생크림 케이크 위 딸기가 물러 있었어요. 아이 생일 케이크였는데 너무 속상했어요."
        )
        page.wants_edit.setText("오늘 저녁까지 새 케이크로 바꿔 주세요")
        page.category_combo.setCurrentIndex(page.category_combo.findData("product"))
        page.severity_combo.setCurrentIndex(page.severity_combo.findData("medium"))
        page.purchase_combo.setCurrentIndex(min(1, page.purchase_combo.count() - 1))
        page.staff_combo.setCurrentIndex(min(1, page.staff_combo.count() - 1))
        return wizard
    state = {
        "complaint-2-apologise": "heard",
        "complaint-3-resolve": "apologised",
        "complaint-4-follow-up": "resolved",
        "complaint-5-close": "followed_up",
    }[scene]
    found = Complaint.select(Complaint.id).where(Complaint.state == state)
    wizard = ComplaintWizard(window, complaint_id=found.order_by(Complaint.id).scalar())
    wizard.show()
    if scene == "complaint-2-apologise":
        page2 = wizard.apologise_page
        page2.staff_combo.setCurrentIndex(min(1, page2.staff_combo.count() - 1))
        page2.note_edit.setText("직접 찾아뵙고 사과드림")
    elif scene == "complaint-3-resolve":  # over the limit: the confirming person is asked for
        page3 = wizard.resolve_page
        for kind, amount, note in (("redo", 32_000, "새 케이크"), ("travel_cost", 5_000, "택시비")):
            row = page3.add_remedy(kind, amount, note)
            page3.remedies_table.selectRow(row)
        page3.confirm_combo.setCurrentIndex(min(1, page3.confirm_combo.count() - 1))
    elif scene == "complaint-4-follow-up":
        wizard.follow_up_page.letter_check.setChecked(True)
    else:
        wizard.close_page.score_buttons[4].setChecked(True)
        wizard.close_page.comment_edit.setPlainText(
            "다시 와 주셔서 감사합니다. 새 케이크가 더 맛있었대요."
        )
    return wizard


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scene", choices=SCENES)
    parser.add_argument("out", type=Path)
    parser.add_argument("--db", required=True)
    parser.add_argument("--size", default="1100x720", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args()
    app = create_application()
    open_database(args.db)
    window = MainWindow()
    window._reminders = []  # the reminders scene opens them itself
    width, height = (int(part) for part in args.size.split("x"))
    window.resize(width, height)
    window.show()
    work_dir = tempfile.TemporaryDirectory(prefix="shopcrm-shots-")
    target, dialog = stage(args.scene, window, Path(work_dir.name))
    for widget in (target, dialog):
        if widget is not None and widget is not window:
            widget.show()

    def save() -> None:
        picture = over_window(window, dialog) if dialog is not None else target.grab()
        picture.save(str(args.out))
        print(f"saved {args.out} ({picture.width()}×{picture.height()})")
        QApplication.quit()

    QTimer.singleShot(1500, save)  # let the list page in and the layouts settle
    status = app.exec()
    consultation_mode().set_on(False)  # this PC's choice stays as it was
    work_dir.cleanup()
    return status


if __name__ == "__main__":
    sys.exit(main())
