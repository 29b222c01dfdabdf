"""Where data lives: SHOPCRM_DATA_DIR, SHOPCRM_DB and --db, in that order of strength."""

from __future__ import annotations

from pathlib import Path

import pytest

from shopcrm import paths


def test_the_data_folder_follows_shopcrm_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOPCRM_DATA_DIR", str(tmp_path / "owner data"))
    assert paths.default_database() == str(tmp_path / "owner data" / "shopcrm.db")
    assert (tmp_path / "owner data").is_dir()


def test_database_target_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHOPCRM_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("SHOPCRM_DB", raising=False)
    assert paths.database_target(None) == str(tmp_path / "shopcrm.db")
    monkeypatch.setenv("SHOPCRM_DB", "/srv/env.db")
    assert paths.database_target(None) == "/srv/env.db"
    assert paths.database_target("/srv/flag.db") == "/srv/flag.db"


def test_resources_are_found_from_the_source_tree() -> None:
    assert paths.resource("fonts", "NanumGothic.ttf").is_file()
    assert paths.resource("fonts", "OFL.txt").is_file()
    assert paths.resource("demo", "demo_shop.json").is_file()
