"""What the importer and exporter refuse, as codes with fields (`shopcrm.vocabulary` words them)."""

from __future__ import annotations

from shopcrm.errors import Cancelled, ShopCRMError


class ImportRefused(ShopCRMError):
    """The whole file cannot be imported; the database was not changed.

    Codes: empty_file, no_rows, no_name_column, binary_file, html_file, xls_file,
    xlsx_damaged, undecodable, file_unreadable, purchases_file, complaints_file,
    mapping_file_invalid,
    unknown_field, unknown_encoding.
    """

    default_code = "import_refused"


class ImportCancelled(Cancelled):
    """The owner pressed Cancel; the database is exactly as before."""

    default_code = "import_cancelled"


class UndoRefused(ShopCRMError):
    """An import cannot be undone (already undone, or customers had activity since).

    Codes: batch_already_undone, undo_has_activity (fields ``customers``: their numbers).
    """

    default_code = "undo_refused"


class ExportRefused(ShopCRMError):
    """The export file cannot be written; no file was left behind.

    Codes: export_not_writable (``path``, ``reason``), cp949_unencodable (``row``,
    ``column``, ``char``).
    """

    default_code = "export_refused"
