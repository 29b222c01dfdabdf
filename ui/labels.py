"""Translated names for the core's codes (stages, grades, genders, business types)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def stage_label(stage: str) -> str:
    names = {
        "suspect": QCoreApplication.translate("labels", "Suspect"),
        "prospect": QCoreApplication.translate("labels", "Prospect"),
        "first_time": QCoreApplication.translate("labels", "First-time buyer"),
        "repeat": QCoreApplication.translate("labels", "Regular"),
        "advocate": QCoreApplication.translate("labels", "Advocate"),
    }
    return names.get(stage, stage)


def grade_label(grade: str) -> str:
    names = {
        "normal": QCoreApplication.translate("labels", "Standard"),
        "silver": QCoreApplication.translate("labels", "Silver"),
        "gold": QCoreApplication.translate("labels", "Gold"),
        "vip": QCoreApplication.translate("labels", "VIP"),
    }
    return names.get(grade, grade)


def gender_label(gender: str | None) -> str:
    names = {
        "female": QCoreApplication.translate("labels", "Female"),
        "male": QCoreApplication.translate("labels", "Male"),
        "other": QCoreApplication.translate("labels", "Other"),
    }
    return names.get(gender or "", "")


def business_type_label(kind: str) -> str:
    names = {
        "cafe": QCoreApplication.translate("labels", "Café"),
        "salon": QCoreApplication.translate("labels", "Hair salon"),
        "boutique": QCoreApplication.translate("labels", "Boutique"),
        "bakery": QCoreApplication.translate("labels", "Bakery"),
        "restaurant": QCoreApplication.translate("labels", "Restaurant"),
        "flower": QCoreApplication.translate("labels", "Flower shop"),
        "other": QCoreApplication.translate("labels", "Other"),
    }
    return names.get(kind, kind)


def consent_channel_label(channel: str | None) -> str:
    names = {
        "paper": QCoreApplication.translate("labels", "Signed form"),
        "phone": QCoreApplication.translate("labels", "Phone"),
        "message": QCoreApplication.translate("labels", "Text message"),
        "email": QCoreApplication.translate("labels", "E-mail"),
        "in_person": QCoreApplication.translate("labels", "In person"),
        "import": QCoreApplication.translate("labels", "Imported list"),
    }
    return names.get(channel or "", channel or "")


def anniversary_kind_label(kind: str) -> str:
    """The word for a kind of agenda entry."""
    names = {
        "birthday": QCoreApplication.translate("agenda", "Birthday"),
        "wedding": QCoreApplication.translate("agenda", "Wedding anniversary"),
        "first_purchase": QCoreApplication.translate("agenda", "First purchase"),
        "custom": QCoreApplication.translate("agenda", "Anniversary"),
    }
    return names.get(kind, kind)
