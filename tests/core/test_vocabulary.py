"""One vocabulary: every code the core stores or raises has words in Korean and English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shopcrm.errors import ShopCRMError
from shopcrm.vocabulary import (
    CODE_WORDS,
    ENGLISH,
    KOREAN,
    code_of,
    current_language,
    describe_error,
    word,
)

CORE = Path(__file__).resolve().parents[2] / "shopcrm"
RAISED = re.compile(
    r'(?:ValidationError|DatabaseRefused|NotFound|LunarDateError|DemoRefused|CustomerRefused)\(\s*"([a-z_0-9]+)"'
)


def raised_codes() -> list[str]:
    return sorted(
        {code for path in CORE.rglob("*.py") for code in RAISED.findall(path.read_text("utf-8"))}
    )


def test_the_card_conflict_is_worded_with_both_versions() -> None:
    from shopcrm.errors import Conflict

    error = Conflict(customer_id=7, expected=3, current=4)
    assert error.code == "customer_changed"
    korean, english = describe_error(error, KOREAN), describe_error(error, ENGLISH)
    assert "3" in korean and "4" in korean and "다른 곳에서" in korean
    assert "version 3" in english and "version 4" in english


def test_the_scan_finds_the_codes() -> None:
    assert {"not_a_database", "invalid_phone", "not_enough_points"} <= set(raised_codes())


@pytest.mark.parametrize("code", raised_codes())
def test_every_raised_code_is_worded(code: str) -> None:
    error = ShopCRMError(code)
    korean, english = describe_error(error, KOREAN), describe_error(error, ENGLISH)
    assert korean != code and english != code
    assert re.search("[\uac00-\ud7a3]", korean)
    assert korean != english


def test_a_message_missing_its_fields_shows_no_braces() -> None:
    assert "{" not in describe_error(ShopCRMError("not_enough_points"), KOREAN)


# --- the one vocabulary of stored codes ------------------------------------------------------

HANGUL = re.compile("[\uac00-\ud7a3]")


def core_code_lists() -> dict[str, tuple[str, ...]]:
    """Every list of codes the core stores, as the core itself defines them."""
    from shopcrm import timeline
    from shopcrm.agenda import GREETING_CHANNELS
    from shopcrm.anniversaries import KINDS
    from shopcrm.customers import CONSENT_CHANNELS, GENDERS
    from shopcrm.ladder import GRADES, STAGE_REASONS, STAGES
    from shopcrm.letters import batch
    from shopcrm.matching import DUPLICATE_REASONS
    from shopcrm.purchases import PAYMENT_METHODS
    from shopcrm.settings import BUSINESS_TYPES
    from shopcrm.staff import STAFF_ROLES
    from shopcrm.visits import INTERACTION_KINDS

    left_out = (
        batch.NOT_FOUND,
        batch.MISSING_VALUE,
        batch.MISSING_OCCASION,
        batch.SENT_RECENTLY,
        batch.NO_CONSENT,
        batch.NO_ADDRESS,
        batch.NO_POSTAL_CODE,
        batch.DELETED_CUSTOMER,
    )
    return {
        "stage": STAGES,
        "grade": GRADES,
        "gender": GENDERS,
        "business_type": BUSINESS_TYPES,
        "anniversary_kind": KINDS,
        "consent_channel": CONSENT_CHANNELS,
        "payment_method": PAYMENT_METHODS,
        "purchase_kind": ("sale", "refund", "opening_balance"),
        "interaction_kind": INTERACTION_KINDS,
        "left_out_reason": left_out,
        "age_label": ("birthday", "years"),
        "staff_role": STAFF_ROLES,
        "stage_reason": STAGE_REASONS,
        "timeline_kind": timeline.TIMELINE_KINDS,
        "point_entry_kind": timeline.POINT_ENTRY_KINDS,
        "greeting_channel": GREETING_CHANNELS,
        "duplicate_reason": DUPLICATE_REASONS,
    }


def test_the_vocabulary_has_exactly_the_core_code_lists() -> None:
    lists = core_code_lists()
    assert set(CODE_WORDS) == set(lists)
    for name, codes in lists.items():
        assert set(CODE_WORDS[name]) == set(codes), name


@pytest.mark.parametrize(
    ("code_list", "code"),
    [(name, code) for name, codes in core_code_lists().items() for code in codes],
)
def test_every_code_has_a_korean_and_an_english_word(code_list: str, code: str) -> None:
    korean, english = word(code_list, code, KOREAN), word(code_list, code, ENGLISH)
    assert korean and english and code not in (korean, english)
    assert HANGUL.search(korean) or korean == english == "VIP"
    assert not HANGUL.search(english)


def test_a_worded_reason_takes_its_fields() -> None:
    assert word("left_out_reason", "sent_recently", ENGLISH, date="Nov 2, 2026", days=30) == (
        "got the same letter on Nov 2, 2026 (within 30 days)"
    )
    assert word("age_label", "birthday", KOREAN, age=41) == "만 41세"
    assert word("age_label", "years", KOREAN) == "주년"  # never braces


def test_an_unknown_code_shows_as_it_is_and_no_code_as_nothing() -> None:
    assert word("stage", "someday", ENGLISH) == "someday"
    assert word("gender", None, KOREAN) == ""


def test_every_word_reads_back_as_its_code() -> None:
    for code_list in ("stage", "grade", "gender", "consent_channel", "payment_method"):
        for code, (korean, english) in CODE_WORDS[code_list].items():
            assert code_of(code_list, korean) == code
            assert code_of(code_list, english.upper()) == code
            assert code_of(code_list, korean.replace(" ", "")) == code


def test_an_exported_consent_channel_imports_back() -> None:
    from shopcrm.importing.values import parse_consent_channel

    for code, (korean, _english) in CODE_WORDS["consent_channel"].items():
        assert parse_consent_channel(korean) == code


# --- one notion of the current language ------------------------------------------------------


@pytest.mark.parametrize(
    ("environment", "chosen", "expected"),
    [
        ({"SHOPCRM_LANG": "en"}, "ko", ENGLISH),  # the environment first
        ({"SHOPCRM_LANG": "ko", "LANG": "en_US.UTF-8"}, None, KOREAN),
        ({"LANG": "ko_KR.UTF-8"}, "en", ENGLISH),  # then the choice made on this PC
        ({"LANG": "en_US.UTF-8"}, "ko", KOREAN),
        ({"LANG": "en_US.UTF-8"}, None, ENGLISH),  # then the locale
        ({"LC_ALL": "C", "LANG": "en_US.UTF-8"}, None, KOREAN),  # C counts as Korean
        ({"LANG": "POSIX"}, None, KOREAN),
        ({}, None, KOREAN),
    ],
)
def test_the_language_follows_environment_then_choice_then_locale(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], chosen: str | None, expected: str
) -> None:
    for variable in ("SHOPCRM_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert current_language(chosen) == expected


def test_the_shop_database_has_no_language_setting() -> None:
    from shopcrm.settings import DEFAULTS

    assert "language" not in DEFAULTS
