"""The main window: the welcome screen for a new shop, the customer list afterwards."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from shopcrm import __version__
from shopcrm.agenda import AgendaEntry, mark_reminders_shown, reminder_days, reminders_to_show
from shopcrm.complaint_letters import queued_apology_recipients
from shopcrm.customers import customer_count
from shopcrm.daily import DailyResult, run_daily_upkeep
from shopcrm.demo import DemoSummary, create_demo_shop
from shopcrm.errors import ShopCRMError
from shopcrm.ladder import refresh_grades
from shopcrm.letters.recipients import recipients_from_ids
from shopcrm.settings import shop_is_set_up, shop_profile
from ui import messages, workers
from ui.consultation import consultation_mode
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.duplicates_dialog import DuplicatesDialog
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_history_dialog import ImportHistoryDialog
from ui.dialogs.import_report_dialog import ImportReportDialog
from ui.dialogs.letters_dialog import LettersDialog
from ui.dialogs.points_dialog import PointsDialog
from ui.dialogs.referral_dialog import ReferralDialog
from ui.dialogs.reminder_dialog import ReminderDialog
from ui.dialogs.sale_dialog import SaleDialog
from ui.dialogs.settings_dialog import SettingsDialog, SettingsTab
from ui.dialogs.shop_setup_dialog import ShopSetupDialog
from ui.dialogs.template_editor_dialog import TemplateEditorDialog
from ui.dialogs.trash_dialog import TrashDialog
from ui.i18n import interface_language
from ui.widgets.calendar_page import CalendarPage
from ui.widgets.complaints_page import ComplaintsPage
from ui.widgets.customer_list_page import CustomerListPage
from ui.widgets.language_menu import LanguageMenu
from ui.widgets.welcome_page import WelcomePage
from ui.window_settings import window_settings
from ui.wizards.complaint_wizard import ComplaintWizard
from ui.wizards.import_wizard import ImportWizard

DEMO_CUSTOMERS = 300


class ActionShortcutsFirst(QObject):
    """Lets the window's menu shortcuts win over a focused widget's own keys.

    A line edit claims Ctrl+E (end of line) and other Emacs keys under X11 and GNOME/KDE key
    schemes, so with the search box focused at start, Ctrl+E did nothing.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self.window.findChildren(QAction):
            if action.isEnabled() and pressed in action.shortcuts():
                event.ignore()  # not the widget's: the shortcut map gives it to the action
                return True
        return False


class MainWindow(QMainWindow):
    """Holds the pages and the menus; every action calls the core."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(1100, 720)
        self.welcome_page = WelcomePage()
        self.list_page = CustomerListPage()
        self.calendar_page = CalendarPage()
        self.complaints_page = ComplaintsPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome_page)
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.calendar_page)
        self.pages.addWidget(self.complaints_page)
        self.consultation_banner = QLabel(
            self.tr(
                "Consultation mode: memos, phone numbers, amounts and points are hidden "
                "(Ctrl+Shift+H turns it off)."
            )
        )
        self.consultation_banner.setStyleSheet(
            "background: #e3f2fd; color: #0d47a1; padding: 3px 8px; border-radius: 3px;"
        )
        self.consultation_banner.setVisible(False)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.consultation_banner)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_navigation()
        self._build_menus()
        self.calendar_page.customer_open_requested.connect(self.open_customer_card)
        self.calendar_page.complaint_open_requested.connect(self.continue_complaint)
        self.complaints_page.customer_open_requested.connect(self.open_customer_card)
        self.complaints_page.continue_requested.connect(self.continue_complaint)
        self.complaints_page.new_requested.connect(self.new_walk_in_complaint)
        self.welcome_page.demo_requested.connect(self.open_demo_shop)
        self.welcome_page.new_shop_requested.connect(self.start_new_shop)
        self.welcome_page.import_requested.connect(self.import_customers)
        self.setAcceptDrops(True)  # a customer list dropped on the window is imported
        self.shortcuts_first = ActionShortcutsFirst(self)
        application = QApplication.instance()
        assert application is not None
        application.installEventFilter(self.shortcuts_first)
        self._restore_layout()
        self.show_current_page()
        self._reminders = self._reminders_at_start()

    def _restore_layout(self) -> None:
        stored = window_settings()
        geometry = stored.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        columns = stored.value(_list_header_key())
        if columns is not None:
            self.list_page.table.horizontalHeader().restoreState(columns)
        self.list_page.restore_layout()
        consultation_mode().restore()
        self.consultation_action.setChecked(consultation_mode().is_on())
        self.consultation_banner.setVisible(consultation_mode().is_on())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.list_page.maybe_leave_card():
            event.ignore()
            return
        stored = window_settings()
        stored.setValue("main_window/geometry", self.saveGeometry())
        stored.setValue(_list_header_key(), self.list_page.table.horizontalHeader().saveState())
        self.list_page.save_layout()
        workers.stop_all()  # no job may report to a window that is gone
        super().closeEvent(event)

    def _build_navigation(self) -> None:
        """The side bar: the customer list and the anniversary calendar (Ctrl+1, Ctrl+2)."""
        self.navigation = QToolBar(self.tr("Navigation"))
        self.navigation.setObjectName("navigation")
        self.navigation.setMovable(False)
        self.navigation.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self.navigation)
        self.list_action = QAction(self.tr("Customers"), self)
        self.list_action.setShortcut(QKeySequence("Ctrl+1"))
        self.list_action.triggered.connect(self.show_list)
        self.calendar_action = QAction(self.tr("Calendar"), self)
        self.calendar_action.setShortcut(QKeySequence("Ctrl+2"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.complaints_action = QAction(self.tr("Complaints"), self)
        self.complaints_action.setShortcut(QKeySequence("Ctrl+3"))
        self.complaints_action.triggered.connect(self.show_complaints)
        group = QActionGroup(self)
        for action in (self.list_action, self.calendar_action, self.complaints_action):
            action.setCheckable(True)
            group.addAction(action)
            self.navigation.addAction(action)
        self.consultation_action = QAction(self.tr("Consultation mode"), self)
        self.consultation_action.setIconText(self.tr("Consulting"))  # the side bar stays narrow
        self.consultation_action.setCheckable(True)
        self.consultation_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.consultation_action.setToolTip(
            self.tr(
                "Hide memos, phone numbers, amounts and points while a customer can see the "
                "screen (Ctrl+Shift+H)"
            )
        )
        self.consultation_action.toggled.connect(consultation_mode().set_on)
        consultation_mode().changed.connect(self._consultation_switched)
        self.navigation.addSeparator()
        self.navigation.addAction(self.consultation_action)

    def _consultation_switched(self, on: bool) -> None:
        self.consultation_action.setChecked(on)
        self.consultation_banner.setVisible(on)
        self._update_title()

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.list_action.setChecked(True)

    def show_calendar(self) -> None:
        """The anniversary calendar, read afresh (the open card's edits are asked about first)."""
        if self.pages.currentWidget() is self.list_page and not self.list_page.maybe_leave_card():
            self.list_action.setChecked(True)
            return
        self.pages.setCurrentWidget(self.calendar_page)
        self.calendar_action.setChecked(True)
        self.calendar_page.set_today(dt.date.today())

    def show_complaints(self) -> None:
        """The complaints page, read afresh (the open card's edits are asked about first)."""
        if self.pages.currentWidget() is self.list_page and not self.list_page.maybe_leave_card():
            self.list_action.setChecked(True)
            return
        self.pages.setCurrentWidget(self.complaints_page)
        self.complaints_action.setChecked(True)
        self.complaints_page.set_today(dt.date.today())

    def continue_complaint(self, complaint_id: int) -> None:
        """A stored complaint in the wizard, at its current step."""
        ComplaintWizard.ask(self, complaint_id=complaint_id)
        self._complaint_recorded()

    def new_walk_in_complaint(self) -> None:
        """A complaint from someone who is not a customer yet: her card is made first."""
        ComplaintWizard.ask(self)
        self._complaint_recorded()

    def _complaint_recorded(self) -> None:
        self.complaints_page.refresh()
        self.list_page.refresh()

    def open_customer_card(self, customer_id: int) -> None:
        """Her card beside the list (from the calendar)."""
        self.show_list()
        self.list_page.open_card(customer_id)

    def _reminders_at_start(self) -> list[AgendaEntry]:
        if self.pages.currentWidget() is self.welcome_page:
            return []
        try:
            return reminders_to_show(dt.date.today())
        except ShopCRMError:
            return []  # e.g. after 2050: the calendar says why when opened

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._reminders:
            QTimer.singleShot(0, self.show_reminders)

    def reminders_pending(self) -> bool:
        """True until the reminder due at start was shown."""
        return bool(self._reminders)

    def show_reminders(self) -> None:
        """Once a day at start: what is due today and in the next days."""
        entries, self._reminders = self._reminders, []
        if not entries:
            return
        mark_reminders_shown(dt.date.today())
        if ReminderDialog.ask(self, entries, reminder_days()):
            self.show_calendar()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_customer_action = QAction(self.tr("&New customer"), self)
        self.new_customer_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_customer_action.triggered.connect(self.list_page.new_customer)
        self.find_action = QAction(self.tr("&Find customer"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.import_action = QAction(self.tr("&Import customers…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.import_customers())
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_customers)
        self.history_action = QAction(self.tr("Import &history…"), self)
        self.history_action.triggered.connect(self.show_import_history)
        self.duplicates_action = QAction(self.tr("Tidy up &duplicate customers…"), self)
        self.duplicates_action.triggered.connect(self.tidy_duplicates)
        self.trash_action = QAction(self.tr("T&rash…"), self)
        self.trash_action.triggered.connect(self.show_trash)
        self.shop_action = QAction(self.tr("&Shop details…"), self)
        self.shop_action.triggered.connect(self.edit_shop_details)
        self.settings_action = QAction(self.tr("Se&ttings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(lambda: self.edit_settings())
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.history_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.duplicates_action)
        file_menu.addAction(self.trash_action)
        file_menu.addSeparator()
        file_menu.addAction(self.shop_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self._build_customer_menu()
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.list_action)
        view_menu.addAction(self.calendar_action)
        view_menu.addAction(self.complaints_action)
        view_menu.addSeparator()
        view_menu.addAction(self.consultation_action)
        view_menu.addSeparator()
        view_menu.addMenu(LanguageMenu(self))
        letters_menu = self.menuBar().addMenu(self.tr("&Letters"))
        self.letters_action = QAction(self.tr("&Letters for the selected customers…"), self)
        self.letters_action.setShortcut(QKeySequence("Ctrl+L"))
        self.letters_action.triggered.connect(self.print_letters)
        self.templates_action = QAction(self.tr("Letter &templates…"), self)
        self.templates_action.triggered.connect(lambda: TemplateEditorDialog.ask(self))
        self.apology_letters_action = QAction(self.tr("&Queued apology letters…"), self)
        self.apology_letters_action.triggered.connect(self.print_queued_apology_letters)
        letters_menu.addAction(self.letters_action)
        letters_menu.addAction(self.apology_letters_action)
        letters_menu.addAction(self.templates_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About ShopCRM"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_customer_menu(self) -> None:
        """고객 (Customer): new, find, and the counter actions for the current customer."""
        menu = self.menuBar().addMenu(self.tr("&Customer"))
        menu.addAction(self.new_customer_action)
        menu.addAction(self.find_action)
        menu.addSeparator()
        self.sale_action = self._counter_action(self.tr("Record a &sale…"), "F2", SaleDialog.ask)
        self.contact_action = self._counter_action(
            self.tr("&Visit, call or message…"), "F3", ContactDialog.ask
        )
        self.points_action = self._counter_action(
            self.tr("Use or correct &points…"), "F4", PointsDialog.ask
        )
        self.referral_action = self._counter_action(
            self.tr("&Referral…"), "Ctrl+R", ReferralDialog.ask
        )
        self.complaint_action = self._counter_action(
            self.tr("Co&mplaint…"), "Ctrl+K", _complaint_for
        )
        for action in self.counter_actions():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.list_page.card.save_action)
        # no Delete key here: it would take Delete from every text field (the list has its own)
        self.delete_action = QAction(self.tr("De&lete customer… (Del in the list)"), self)
        self.delete_action.triggered.connect(self.list_page.delete_customers)
        menu.addAction(self.delete_action)
        self.list_page.card.set_counter_actions(self.counter_actions())

    def _counter_action(
        self, text: str, keys: str, ask: Callable[[QWidget, int], object]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda: self.run_counter_action(ask))
        return action

    def counter_actions(self) -> list[QAction]:
        """Sale (F2), contact (F3), points (F4), referral (Ctrl+R), complaint (Ctrl+K)."""
        return [
            self.sale_action,
            self.contact_action,
            self.points_action,
            self.referral_action,
            self.complaint_action,
        ]

    def run_counter_action(self, ask: Callable[[QWidget, int], object]) -> None:
        """Open a counter dialog for the open or selected customer; show what it saved."""
        customer_id = self.list_page.current_customer_id()
        if customer_id is None:
            messages.inform(self, self.tr("Select or open a customer first."))
            return
        if ask(self, customer_id) is not None:
            self.list_page.customer_recorded(customer_id)
            if self.pages.currentWidget() is self.complaints_page:
                self.complaints_page.refresh()

    def show_current_page(self) -> None:
        """The welcome page for a shop with no name and no customers, else the list."""
        if not shop_is_set_up() and customer_count() == 0:
            self.pages.setCurrentWidget(self.welcome_page)
            self.navigation.setVisible(False)
            self._update_title()
            return
        self.navigation.setVisible(True)
        self.show_list()
        self.list_page.filters_bar.reload_choices()
        self.list_page.refresh()
        self._update_title()
        self.list_page.search_box.setFocus()

    def _update_title(self) -> None:
        """ShopCRM, the shop's name, and 상담 모드 while it is on."""
        parts = ["ShopCRM"]
        on_welcome = self.pages.currentWidget() is self.welcome_page
        name = "" if on_welcome else shop_profile().shop_name
        if name:
            parts.append(name)
        if consultation_mode().is_on():
            parts.append(self.tr("Consultation mode"))
        self.setWindowTitle(" — ".join(parts))

    def focus_search(self) -> None:
        if self.pages.currentWidget() in (self.calendar_page, self.complaints_page):
            self.show_list()
        self.list_page.search_box.setFocus()
        self.list_page.search_box.selectAll()

    def extra_dialog_actions(self) -> list[QAction]:
        """Menu actions that only open a dialog (the crash test opens and cancels each)."""
        return [
            self.history_action,
            self.duplicates_action,
            self.trash_action,
            self.shop_action,
            self.settings_action,
            *self.counter_actions(),
        ]

    def show_import_history(self) -> None:
        """Every import, with Undo (also after the report window was closed)."""
        if ImportHistoryDialog.ask(self):
            self.show_current_page()

    def tidy_duplicates(self) -> None:
        """The likely duplicates, each pair merged in the merge dialog."""
        if not self.list_page.maybe_leave_card():
            return
        if DuplicatesDialog.ask(self):
            self.list_page.refresh()

    def show_trash(self) -> None:
        """The deleted customers, each restored exactly."""
        if not self.list_page.maybe_leave_card():
            return
        if TrashDialog.ask(self):
            self.list_page.refresh()

    def edit_shop_details(self) -> None:
        """The shop's name, address, phone and postal code, as letters show them."""
        self.edit_settings(SettingsTab.SHOP)

    def edit_settings(self, tab: SettingsTab = SettingsTab.SHOP) -> None:
        """The settings dialog; new grade thresholds regrade every customer at once."""
        changed = SettingsDialog.ask(self, tab)
        if changed is None:  # the staff and product lists change at once, even on Cancel
            self.list_page.refresh()
            return
        self.show_current_page()
        if "grade_thresholds" in changed:
            workers.LongJob(self, lambda _progress, _cancelled: refresh_grades()).on_refresh(
                self.list_page.refresh
            ).run()

    def start_new_shop(self) -> None:
        if ShopSetupDialog.ask(self):
            self.show_current_page()

    def open_demo_shop(self) -> None:
        """Fill the shop with the demo customers, with progress and Cancel (nothing is kept)."""

        def work(progress: workers.ProgressFunction, cancelled: workers.CancelFlag) -> DemoSummary:
            return create_demo_shop(DEMO_CUSTOMERS, progress=progress, cancel=cancelled)

        workers.LongJob(
            self, work, label=self.tr("Creating the demo shop…"), total=DEMO_CUSTOMERS, delay_ms=0
        ).on_refresh(self.show_current_page).run()

    def import_customers(self, path: Path | None = None) -> None:
        """The import wizard (at its second step when a file was dropped), then its report."""
        report = ImportWizard.ask(self, path)
        if report is None:
            return
        ImportReportDialog.ask(self, report)
        self.show_current_page()

    def export_customers(self) -> None:
        """Export the selected customers, those the list shows now, or all."""
        ExportDialog.ask(
            self, self.list_page.listed_customer_ids(), self.list_page.selected_customer_ids()
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = _dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.import_customers(path))

    def start_daily_upkeep(self) -> workers.LongJob[DailyResult]:
        """Expire due points and refresh grades once a day, off the UI thread (silently)."""
        return (
            workers.LongJob(self, lambda _progress, _cancelled: run_daily_upkeep())
            .on_success(self._upkeep_done)
            .run()
        )

    def _upkeep_done(self, result: DailyResult) -> None:
        if result.ran and self.pages.currentWidget() is self.list_page:
            self.list_page.refresh()

    def print_letters(self) -> None:
        """Letters, cards and labels for the customers selected in the list or the calendar."""
        if self.pages.currentWidget() is self.calendar_page:
            if not self.calendar_page.selected_entries():
                messages.inform(self, self.tr("Select the customers in the calendar's list first."))
                return
            self.calendar_page.print_letters()
            return
        ids = self.list_page.selected_customer_ids()
        if not ids:
            messages.inform(
                self, self.tr("Select the customers in the list first (Ctrl+A selects all shown).")
            )
            return
        if LettersDialog.ask(self, recipients_from_ids(ids)):
            self.list_page.refresh()

    def print_queued_apology_letters(self) -> None:
        """The apology letters queued by the complaint wizard, each about its complaint."""
        recipients = queued_apology_recipients()
        if not recipients:
            messages.inform(self, self.tr("No apology letter is waiting to be printed."))
            return
        if LettersDialog.ask(self, recipients, template_key="apology"):
            self.list_page.refresh()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ShopCRM"),
            self.tr("ShopCRM {version}\nKeep your regulars.").format(version=__version__),
        )


def _complaint_for(parent: QWidget, customer_id: int) -> int | None:
    return ComplaintWizard.ask(parent, customer_id=customer_id)


def _list_header_key() -> str:
    """Column widths are kept per language: widths fitted to Korean words cut English ones."""
    return f"customer_list/header_{interface_language()}"


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local file being dragged onto the window, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.is_file() else None
