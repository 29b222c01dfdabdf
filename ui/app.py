"""`main()`: the application, translators, the Korean font, the exception hook, the database."""

from __future__ import annotations

import argparse
import datetime as dt
import faulthandler
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TextIO

import shiboken6
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from shopcrm import __version__, paths
from shopcrm.db import open_database
from shopcrm.errors import DatabaseRefused
from shopcrm.vocabulary import describe_error, text
from ui import messages, workers
from ui.i18n import install_translators, window_language
from ui.main_window import MainWindow

EXIT_NO_WINDOW, EXIT_REFUSED = 1, 3
CRASH_LOG = "crash.log"

_crash_log: TextIO | None = None  # stays open: faulthandler writes into it when Python dies


def enable_crash_log() -> Path:
    """A fatal error (a crash in Qt, a bus error) leaves its Python stacks in the log folder."""
    global _crash_log
    path = paths.log_dir() / CRASH_LOG
    if _crash_log is None or _crash_log.closed:
        _crash_log = open(path, "a", encoding="utf-8")  # noqa: SIM115 (kept open on purpose)
    _crash_log.write(f"--- ShopCRM {__version__} started {dt.datetime.now():%Y-%m-%d %H:%M:%S}\n")
    _crash_log.flush()
    faulthandler.enable(file=_crash_log, all_threads=True)
    return path


def display_available() -> bool:
    """False on a Linux machine without a screen, where Qt would abort with a core dump."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def register_korean_font(app: QApplication) -> None:
    """Use the bundled NanumGothic, so Hangul never shows as boxes on a machine without it."""
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
    font = QFont("NanumGothic")
    font.setPointSize(10)
    app.setFont(font)


def _exception_hook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    log_file = paths.log_dir() / "shopcrm.log"
    logging.basicConfig(filename=log_file, level=logging.ERROR)
    logging.getLogger("shopcrm").error("".join(traceback.format_exception(kind, error, trace)))
    messages.show_unexpected(QApplication.activeWindow(), str(log_file))


def create_application() -> QApplication:
    """The QApplication with ShopCRM's names, font and translators."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ShopCRM")
    app.setOrganizationName("ShopCRM")
    app.setWindowIcon(QIcon(str(paths.resource("icons", "shopcrm.png"))))
    register_korean_font(app)
    install_translators(app)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Open the main window on the database from ``--db``, SHOPCRM_DB or the data folder."""
    parser = argparse.ArgumentParser(prog="shopcrm-gui")
    parser.add_argument("--db", default=None)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if not display_available():
        print(text("no_display", window_language()), file=sys.stderr)
        return EXIT_NO_WINDOW
    enable_crash_log()
    app = create_application()
    sys.excepthook = _exception_hook
    try:
        open_database(paths.database_target(args.db))
    except DatabaseRefused as error:
        # for whoever started it from a console
        print(describe_error(error, window_language()), file=sys.stderr)
        messages.show_error(None, error)
        return EXIT_REFUSED
    window = MainWindow()
    window.show()
    window.start_daily_upkeep()
    status = app.exec()
    workers.stop_all()
    # Python owns the window: delete it now, with its dialogs, not while the interpreter exits.
    shiboken6.delete(window)
    return status
