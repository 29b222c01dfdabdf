"""The words for the core's codes in the window's language: a thin adapter over the core's one
vocabulary (`shopcrm.vocabulary`), so the window never words a code itself."""

from __future__ import annotations

import datetime as dt

from shopcrm.formatting import format_date
from ui.i18n import interface_language, word


def stage_label(stage: str) -> str:
    return word("stage", stage)


def grade_label(grade: str) -> str:
    return word("grade", grade)


def gender_label(gender: str | None) -> str:
    return word("gender", gender)


def business_type_label(kind: str) -> str:
    return word("business_type", kind)


def staff_role_label(role: str) -> str:
    """사장, 매니저, 직원."""
    return word("staff_role", role)


def consent_channel_label(channel: str | None) -> str:
    return word("consent_channel", channel)


def anniversary_kind_label(kind: str) -> str:
    """The word for a kind of agenda entry (생일, 결혼기념일 ...)."""
    return word("anniversary_kind", kind)


def age_label(kind: str, age: int | None) -> str:
    """만 41세 for a birthday, 12주년 for the other kinds; empty without a year."""
    if age is None:
        return ""
    return word("age_label", "birthday" if kind == "birthday" else "years", age=age)


def left_out_reason_label(code: str, fields: dict[str, object]) -> str:
    """Why a customer is left out of a letters batch, with its dates written for the reader."""
    lang = interface_language()
    shown = {
        key: format_date(value, lang=lang) if isinstance(value, dt.date) else value
        for key, value in fields.items()
    }
    return word("left_out_reason", code, **shown)
