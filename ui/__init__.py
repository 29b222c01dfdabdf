"""The PySide6 front end of ShopCRM; it calls shopcrm/ and holds no business rules."""

from ui.pyside_workarounds import make_singletons_immortal

make_singletons_immortal()  # before any Qt call can lose a reference of None
