"""View → Language: the language of the window on this PC (Korean or English)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from shopcrm.vocabulary import ENGLISH, KOREAN
from ui import messages
from ui.i18n import choose_language, interface_language

LANGUAGE_NAMES = ((KOREAN, "한국어"), (ENGLISH, "English"))
"""Each language named in itself, so it can be found whatever the window speaks."""


class LanguageMenu(QMenu):
    """Korean / English; the choice is kept on this PC and applies at the next start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("language_menu")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in LANGUAGE_NAMES:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(lang == interface_language())
            action.triggered.connect(lambda _checked=False, lang=lang: self.choose(lang))
            group.addAction(action)
            self.addAction(action)
            self.language_actions[lang] = action

    def choose(self, lang: str) -> None:
        """Keep the language for this PC and say when it applies."""
        choose_language(lang)
        if lang != interface_language():
            messages.inform(
                self.parentWidget(),
                self.tr("The window will speak {language} from its next start.").format(
                    language=dict(LANGUAGE_NAMES)[lang]
                ),
            )
