"""Every error code the core raises has words in Korean and English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shopcrm.errors import ShopCRMError
from shopcrm.vocabulary import ENGLISH, KOREAN, describe_error

CORE = Path(__file__).resolve().parents[2] / "shopcrm"
RAISED = re.compile(
    r'(?:ValidationError|DatabaseRefused|NotFound|LunarDateError|DemoRefused)\(\s*"([a-z_0-9]+)"'
)


def raised_codes() -> list[str]:
    return sorted(
        {code for path in CORE.rglob("*.py") for code in RAISED.findall(path.read_text("utf-8"))}
    )


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
