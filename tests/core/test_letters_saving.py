"""What the window suggests and asks when letters are saved: Korean file names by template and
layout, and the shop setting that answers "보낸 것으로 기록할까요?" once for all."""

from __future__ import annotations

import pytest
from peewee import Database

from shopcrm import settings
from shopcrm.errors import ValidationError
from shopcrm.exporting import suggested_file_name
from shopcrm.letters.output import suggested_labels_name, suggested_pdf_name


@pytest.mark.parametrize(
    ("key", "title", "layout", "name"),
    [
        ("thank_you", "구매 감사 편지", "letter", "감사편지.pdf"),
        ("birthday", "생일 축하 편지", "card", "생일카드.pdf"),
        ("birthday", "생일 축하 편지", "letter", "생일편지.pdf"),
        ("vip_invite", "VIP 초대장", "card", "VIP초대장.pdf"),
        ("custom_3", "개업 1주년 인사 (단골용)", "letter", "개업1주년인사.pdf"),
        ("custom_4", "a/b: c?", "letter", "abc.pdf"),
    ],
)
def test_letters_get_a_korean_file_name(key: str, title: str, layout: str, name: str) -> None:
    assert suggested_pdf_name(key, title, layout) == name


def test_labels_and_exports_get_korean_file_names() -> None:
    assert suggested_labels_name("3x8") == "주소라벨.pdf"
    assert suggested_labels_name("dl") == "봉투.pdf"
    assert suggested_file_name() == "고객목록.xlsx"
    assert suggested_file_name("purchases", ".csv") == "구매기록.csv"


def test_the_window_asks_about_saved_letters_until_told_otherwise(db: Database) -> None:
    assert settings.log_saved_letters() == "ask"
    settings.set_log_saved_letters("never")
    assert settings.log_saved_letters() == "never"
    with pytest.raises(ValidationError) as refused:
        settings.set_log_saved_letters("sometimes")
    assert refused.value.code == "invalid_setting_choice"
    assert settings.log_saved_letters() == "never"
