"""Exceptions the core raises: a stable code plus the fields a message needs.

The core never words a message for a person; `shopcrm.vocabulary` (command line) and
`ui/messages.py` (window) turn the code and fields into Korean or English text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class ShopCRMWarning(UserWarning):
    """A warning of our own; the test suite turns it into a failure."""


class ShopCRMError(Exception):
    """Base of every error a user can cause.

    Attributes:
        code: a short stable identifier such as ``"not_a_database"``.
        fields: values the message needs (a path, a row number, a column name ...).
    """

    default_code = "error"

    def __init__(self, code: str | None = None, **fields: Any) -> None:
        self.code = code or self.default_code
        self.fields = fields
        detail = ", ".join(f"{key}={value!r}" for key, value in fields.items())
        super().__init__(f"{self.code}({detail})" if detail else self.code)


class Cancelled(ShopCRMError):
    """The owner pressed Cancel during a long job; it left nothing behind.

    Codes: letters_cancelled, import_cancelled, export_cancelled, demo_cancelled.
    """

    default_code = "cancelled"


CancelCheck = Callable[[], bool]
"""Polled as a long job goes on; returning True stops it with `Cancelled`."""


def check_cancel(cancel: CancelCheck | None, code: str = "cancelled") -> None:
    """Stop here (raise `Cancelled` with `code`) if the owner pressed Cancel."""
    if cancel is not None and cancel():
        raise Cancelled(code)


class DatabaseRefused(ShopCRMError):
    """The database cannot be opened as it is; nothing in it was changed.

    Codes: not_a_database, newer_version, locked, read_only, network_share,
    unreachable, folder_not_writable.
    """

    default_code = "database_refused"


class ValidationError(ShopCRMError):
    """A value cannot be stored as given (control characters, a bad phone, a bad date ...)."""

    default_code = "invalid_value"


class SettingsRefused(ShopCRMError):
    """Some settings cannot be stored as given; none was stored.

    Attributes:
        errors: setting key -> why that value was refused.
    """

    default_code = "settings_refused"

    def __init__(self, errors: dict[str, ShopCRMError]) -> None:
        super().__init__(count=len(errors), keys=", ".join(errors))
        self.errors = errors


class NotFound(ShopCRMError):
    """A customer, staff member or other record does not exist."""

    default_code = "not_found"


class LunarDateError(ShopCRMError):
    """A lunar date that does not exist, or lies outside the converter's tables.

    Codes: invalid_lunar_date, lunar_out_of_range.
    """

    default_code = "invalid_lunar_date"


class DemoRefused(ShopCRMError):
    """The demo shop would overwrite customers that are already there."""

    default_code = "database_not_empty"


class Conflict(ShopCRMError):
    """A save from a customer card that changed elsewhere since it was opened; nothing was saved.

    Fields: ``customer_id``, ``expected`` (the version the card was opened at) and ``current``
    (the version stored now).
    """

    default_code = "customer_changed"

    def __init__(self, code: str | None = None, **fields: Any) -> None:
        super().__init__(code, **fields)
        self.customer_id: int | None = fields.get("customer_id")
        self.expected: int | None = fields.get("expected")
        self.current: int | None = fields.get("current")


class CustomerRefused(ShopCRMError):
    """The trash or a merge refuses what was asked; nothing was changed.

    Codes: delete_reason_required, customer_in_trash, customer_not_in_trash,
    customer_merged_away, trash_erase_not_available, merge_same_customer, merge_not_found,
    merge_already_undone, merge_changed_since, import_customer_merged.
    """

    default_code = "customer_refused"
