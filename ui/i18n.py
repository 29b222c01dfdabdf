"""The window's language and its translators (ShopCRM's and Qt's own), Korean first.

The language follows the core's one rule, `shopcrm.vocabulary.current_language`, given the
language chosen on this PC (stored in the window settings of this machine, never in the shop's
database: two counters of one PostgreSQL shop may speak differently). Codes (stages, kinds,
left-out reasons ...) are worded by the core's vocabulary in that language; Qt's translator
only holds widget texts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from shopcrm import paths, vocabulary
from shopcrm.vocabulary import ENGLISH, KOREAN
from ui.window_settings import window_settings

LANGUAGE_KEY = "interface/language"
"""Where the language chosen on this PC is kept in the window settings."""

QT_GAPS = (
    # Qt 6's own Korean catalog (qtbase_ko) lacks these QFileDialog texts; ours fills them.
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_installed: list[QTranslator] = []
_language = [KOREAN]


def chosen_language() -> str | None:
    """The language chosen on this PC (``ko`` or ``en``), or None when none was chosen."""
    value = window_settings().value(LANGUAGE_KEY)
    return value if value in (KOREAN, ENGLISH) else None


def choose_language(lang: str) -> None:
    """Keep the language chosen on this PC; the window speaks it from its next start."""
    if lang not in (KOREAN, ENGLISH):
        raise ValueError(f"unsupported language {lang!r}")
    settings = window_settings()
    settings.setValue(LANGUAGE_KEY, lang)
    settings.sync()


def window_language() -> str:
    """The language the window starts in: SHOPCRM_LANG, this PC's choice, then the locale."""
    return vocabulary.current_language(chosen_language())


def interface_language() -> str:
    """``ko`` or ``en``: the language the translators were installed for."""
    return _language[0]


def word(code_list: str, code: str | None, **fields: object) -> str:
    """The core's word for a stored code in the interface's language (see `vocabulary.word`)."""
    return vocabulary.word(code_list, code, interface_language(), **fields)


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Install ShopCRM's and Qt's own translators for the language; returns the language used.

    Qt's own texts (file dialogs, standard buttons) follow the program's language, never the
    system locale: a machine set to C/POSIX still gets Korean dialogs in a Korean program.
    Source strings are English, so English needs no file of ours nor of Qt's.
    """
    lang = ENGLISH if (lang or window_language()) == ENGLISH else KOREAN
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == KOREAN:
        qt_base = QTranslator(app)
        if qt_base.load("qtbase_ko", _qt_translations_dir()):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
        ours = QTranslator(app)  # installed last, so it is asked first
        if ours.load(str(paths.resource("translations", "shopcrm_ko.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
    QLocale.setDefault(
        QLocale(QLocale.Language.Korean if lang == KOREAN else QLocale.Language.English)
    )
    _language[0] = lang
    return lang


def _qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
