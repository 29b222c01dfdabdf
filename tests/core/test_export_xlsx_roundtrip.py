"""An .xlsx export imported into an empty shop gives back every entered field, as the CSV
round trip does (tests/core/test_import_roundtrip.py, whose random shops this reuses): the
memos that start with = + - @ or ' come back exactly as typed."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from shopcrm.db import close_database, open_database
from shopcrm.exporting import export_file
from shopcrm.importing import ImportOptions, import_file
from tests.core.test_import_roundtrip import customers, fill_shop, shop


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(customers())
def test_a_workbook_export_then_import_into_an_empty_shop_changes_nothing(
    people: list[dict[str, Any]],
) -> None:
    with tempfile.TemporaryDirectory(prefix="shopcrm-xlsx-roundtrip-") as folder:
        open_database(str(Path(folder) / "before.db"))
        fill_shop(people)
        before = shop()
        export_file(Path(folder) / "고객목록.xlsx")
        close_database()
        open_database(str(Path(folder) / "after.db"))
        report = import_file(Path(folder) / "고객목록.xlsx", ImportOptions())
        after = shop()
        close_database()
    assert report.problems == ()
    assert after == before
