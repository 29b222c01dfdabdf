"""The PySide6 front end of ShopCRM; it calls shopcrm/ and holds no business rules."""
