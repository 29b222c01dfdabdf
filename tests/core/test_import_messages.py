"""Every code the importer and exporter raise or report has words in Korean and English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shopcrm.errors import ShopCRMError
from shopcrm.importing import RowProblem
from shopcrm.vocabulary import ENGLISH, KOREAN, describe_error, describe_problem

CORE = Path(__file__).resolve().parents[2] / "shopcrm"
SOURCES = [*(CORE / "importing").glob("*.py"), CORE / "exporting.py"]
RAISED = re.compile(
    r"(?:ImportRefused|ImportCancelled|UndoRefused|ExportRefused|ValidationError|NotFound|"
    r'RowIssue|RowProblem)\(\s*(?:[\w.]+,\s*(?:[\w.]+,\s*)?)?"([a-z_0-9]+)"'
)
REPORTED = re.compile(r'(?:self\.warn|return) \(?"((?:row|referrer)_[a-z_]+|[a-z]+_restored)"')
# codes the scan cannot see: phone warnings, the referral rules' codes, default codes
WARNINGS = (
    "leading_zero_restored",
    "foreign_number",
    "postal_zero_restored",
    "self_referral",
    "referral_loop",
    "already_referred",
    "import_cancelled",
    "control_characters",
)


def codes() -> list[str]:
    found: set[str] = set(WARNINGS)
    for path in SOURCES:
        source = path.read_text("utf-8")
        found |= set(RAISED.findall(source)) | set(REPORTED.findall(source))
    return sorted(found)


def test_the_scan_finds_the_codes() -> None:
    assert {"empty_file", "row_without_name", "referrer_not_found", "cp949_unencodable"} <= set(
        codes()
    )


@pytest.mark.parametrize("code", codes())
def test_every_import_code_is_worded(code: str) -> None:
    error = ShopCRMError(code)
    korean, english = describe_error(error, KOREAN), describe_error(error, ENGLISH)
    assert korean != code and english != code
    assert re.search("[\uac00-\ud7a3]", korean)
    assert korean != english


def test_a_problem_names_its_row_and_column() -> None:
    problem = RowProblem(5, "생일", "no_such_day", {"month": 2, "day": 30})
    assert describe_problem(problem, KOREAN) == "5행 '생일' 열: 2월 30일은 없는 날짜입니다."
    assert describe_problem(problem, ENGLISH) == "row 5, column '생일': There is no day 2/30."
    card = RowProblem(3, None, "row_without_name", {}, True)
    assert describe_problem(card, KOREAN, card=True).startswith("연락처 3:")
