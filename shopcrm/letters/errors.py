"""What can stop a batch of letters, cards or labels (besides invalid templates)."""

from __future__ import annotations

from shopcrm.errors import Cancelled, ShopCRMError


class LettersCancelled(Cancelled):
    """The owner pressed Cancel; no file was written and nothing was logged."""

    default_code = "letters_cancelled"


class PdfNotWritten(ShopCRMError):
    """The PDF could not be written where asked (fields ``path``, ``reason``); nothing is left
    behind, and an existing file of that name is unchanged."""

    default_code = "pdf_not_written"
