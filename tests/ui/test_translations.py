"""Translations are complete, consistent and compiled: no unfinished Korean, no stale files."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ko", "en")
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else name


def messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [translation.text or ""]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_translated(lang: str) -> None:
    unfinished = [
        source
        for _context, source, message in messages(TRANSLATIONS / f"shopcrm_{lang}.ts")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not all(text.strip() for text in translations_of(message))
    ]
    assert unfinished == []


def test_korean_is_korean() -> None:
    hangul = re.compile("[\uac00-\ud7a3]")
    untranslated = [
        source
        for _context, source, message in messages(TRANSLATIONS / "shopcrm_ko.ts")
        if any(c.isalpha() for c in source)
        and source not in ("ShopCRM", "VIP")
        and not all(hangul.search(text) for text in translations_of(message))
    ]
    assert untranslated == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match_their_source(lang: str) -> None:
    mismatched = [
        (source, text)
        for _context, source, message in messages(TRANSLATIONS / f"shopcrm_{lang}.ts")
        for text in translations_of(message)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
        or ("&" in source) != ("&" in text)
    ]
    assert mismatched == []


def test_ts_files_list_every_string_in_the_code(tmp_path: Path) -> None:
    sources = sorted(str(path) for path in (ROOT / "ui").rglob("*.py"))
    for lang in LANGUAGES:
        committed = TRANSLATIONS / f"shopcrm_{lang}.ts"
        fresh = tmp_path / committed.name
        shutil.copy(committed, fresh)
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-locations",
                "none",
                *sources,
                "-ts",
                str(fresh),
                "-no-obsolete",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        before = {(c, s) for c, s, _ in messages(committed)}
        after = {(c, s) for c, s, _ in messages(fresh)}
        assert after == before, "run the lupdate command in the README and translate"


def test_qm_files_are_compiled_from_the_current_ts(tmp_path: Path) -> None:
    for lang in LANGUAGES:
        ts_file = TRANSLATIONS / f"shopcrm_{lang}.ts"
        fresh = tmp_path / f"shopcrm_{lang}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_file), "-qm", str(fresh)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        committed = TRANSLATIONS / f"shopcrm_{lang}.qm"
        assert committed.read_bytes() == fresh.read_bytes(), "run pyside6-lrelease (README)"
