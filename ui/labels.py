"""Translated names for the core's codes (stages, grades, genders, business types)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def stage_label(stage: str) -> str:
    names = {
        "suspect": _tr("Suspect"),
        "prospect": _tr("Prospect"),
        "first_time": _tr("First-time buyer"),
        "repeat": _tr("Regular"),
        "advocate": _tr("Advocate"),
    }
    return names.get(stage, stage)


def grade_label(grade: str) -> str:
    names = {
        "normal": _tr("Standard"),
        "silver": _tr("Silver"),
        "gold": _tr("Gold"),
        "vip": _tr("VIP"),
    }
    return names.get(grade, grade)


def gender_label(gender: str | None) -> str:
    names = {"female": _tr("Female"), "male": _tr("Male"), "other": _tr("Other")}
    return names.get(gender or "", "")


def business_type_label(kind: str) -> str:
    names = {
        "cafe": _tr("Café"),
        "salon": _tr("Hair salon"),
        "boutique": _tr("Boutique"),
        "bakery": _tr("Bakery"),
        "restaurant": _tr("Restaurant"),
        "flower": _tr("Flower shop"),
        "other": _tr("Other"),
    }
    return names.get(kind, kind)
