"""Loading the interface translations (Korean first, English second)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from shopcrm import paths
from shopcrm.vocabulary import ENGLISH, KOREAN, current_language

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Install ShopCRM's and Qt's own translators for the language; returns the language used.

    Korean unless SHOPCRM_LANG or the locale says English. Source strings are English,
    so English needs no file of ours.
    """
    lang = lang or current_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == KOREAN:
        ours = QTranslator(app)
        if ours.load(str(paths.resource("translations", "shopcrm_ko.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
        qt_base = QTranslator(app)
        if qt_base.load(QLocale(QLocale.Language.Korean), "qtbase", "_", _qt_translations_dir()):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    QLocale.setDefault(
        QLocale(QLocale.Language.Korean if lang == KOREAN else QLocale.Language.English)
    )
    return lang if lang in (KOREAN, ENGLISH) else KOREAN


def _qt_translations_dir() -> str:
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
