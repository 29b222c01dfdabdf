"""The window's settings on this machine (geometry, column widths, the language chosen here)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from shopcrm import paths


def window_settings() -> QSettings:
    """Window geometry and column widths, kept in the data folder (SHOPCRM_DATA_DIR moves it)."""
    return QSettings(str(paths.data_dir() / "window.ini"), QSettings.Format.IniFormat)
