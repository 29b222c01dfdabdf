"""Letter templates: placeholders in Korean or English, errors when saved, the built-in ones."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from peewee import Database

from shopcrm.errors import NotFound, ValidationError
from shopcrm.letters import placeholders
from shopcrm.letters.placeholders import Slot
from shopcrm.letters.templates import (
    BUILT_IN_MARKETING,
    TemplateText,
    default_template,
    delete_template,
    get_template,
    join_parts,
    list_templates,
    parse_template,
    restore_default,
    save_template,
    split_parts,
)


def draft(body: str = "{고객명} 님, 감사합니다.", **changes: object) -> TemplateText:
    template = TemplateText("", "우리 가게 소식", "{고객명} {호칭}께", body, "{가게명} 드림", True)
    return replace(template, **changes)  # type: ignore[arg-type]


def test_placeholders_are_typed_in_korean_or_english_with_a_fallback() -> None:
    parts = placeholders.parse("{고객명}님 {name} {마지막 구매일|얼마 전} {POINTS}")
    assert parts == [
        Slot("name"),
        "님 ",
        Slot("name"),
        " ",
        Slot("last_purchase_date", "얼마 전"),
        " ",
        Slot("points"),
    ]
    text, missing = placeholders.fill(parts, {"name": "김민수", "points": None})
    assert (text, missing) == ("김민수님 김민수 얼마 전 ", ["points"])


@pytest.mark.parametrize(
    ("body", "code", "fields"),
    [
        ("{고객이름} 님", "unknown_placeholder", {"name": "고객이름", "part": "body"}),
        ("안녕하세요 {고객명", "template_brace", {"part": "body", "line": 1}),
        ("첫 줄\n둘째 줄 }", "template_brace", {"part": "body", "line": 2}),
        ("{{고객명}}", "template_brace", {"part": "body", "line": 1}),
        ("{포인트|  }", "empty_fallback", {"name": "포인트", "part": "body"}),
    ],
)
def test_a_template_that_would_print_a_brace_is_refused(
    body: str, code: str, fields: dict[str, object]
) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_template(draft(body))
    assert caught.value.code == code
    assert {key: caught.value.fields[key] for key in fields} == fields


def test_an_unknown_placeholder_is_an_error_when_saved(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        save_template(draft("{적립금} 드려요"))
    assert caught.value.code == "unknown_placeholder"
    assert "고객명" in caught.value.fields["known"]
    assert [t.key for t in list_templates()] == list(BUILT_IN_MARKETING)


@pytest.mark.parametrize("key", list(BUILT_IN_MARKETING))
def test_every_built_in_template_ships_valid_with_its_marketing_flag(key: str) -> None:
    template = default_template(key)
    parsed = parse_template(template)
    assert template.title and template.salutation and template.closing
    assert len(parsed.paragraphs) >= 2
    assert template.is_marketing is BUILT_IN_MARKETING[key]
    assert template.salutation == "{고객명} {호칭}께"


def test_the_marketing_flags_are_the_agreed_ones() -> None:
    assert {key for key, marketing in BUILT_IN_MARKETING.items() if marketing} == {
        "birthday",
        "anniversary",
        "vip_invite",
        "we_miss_you",
    }


def test_the_owner_edits_a_built_in_template_and_can_restore_it(db: Database) -> None:
    original = get_template("thank_you")
    edited = save_template(replace(original, body="고맙습니다, {고객명} 님!", is_marketing=True))
    assert get_template("thank_you").body == "고맙습니다, {고객명} 님!"
    assert edited.edited and not edited.is_marketing  # a built-in keeps its flag
    assert restore_default("thank_you") == original
    assert get_template("thank_you") == original


def test_the_owner_adds_and_deletes_her_own_templates(db: Database) -> None:
    first = save_template(draft())
    second = save_template(draft(title="가을 신메뉴"))
    assert (first.key, second.key) == ("custom_1", "custom_2")
    assert [t.title for t in list_templates()[-2:]] == ["가을 신메뉴", "우리 가게 소식"]
    assert get_template("custom_1").is_marketing
    delete_template("custom_1")
    with pytest.raises(NotFound):
        get_template("custom_1")
    with pytest.raises(ValidationError) as caught:
        delete_template("birthday")
    assert caught.value.code == "built_in_template"


def test_the_three_parts_survive_the_database_column() -> None:
    stored = join_parts("{고객명}께", "첫 문단\n---\n둘째 문단", "드림\n가게")
    assert split_parts(stored) == ("{고객명}께", "첫 문단\n---\n둘째 문단", "드림\n가게")
    assert split_parts("본문만") == ("", "본문만", "")


def test_a_separator_line_in_the_closing_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_template(draft(closing="드림\n---\n가게"))
    assert caught.value.code == "template_separator"


def test_a_title_and_a_body_are_required() -> None:
    for changes, code in (
        ({"title": "  "}, "template_title_required"),
        ({"body": "\n "}, "template_body_required"),
    ):
        with pytest.raises(ValidationError) as caught:
            parse_template(draft(**changes))
        assert caught.value.code == code


def test_the_logo_is_kept_in_the_database_for_every_counter(db: Database, tmp_path: Path) -> None:
    from PIL import Image

    from shopcrm.letters.letterhead import current_letterhead, set_logo

    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 40), "#1f4e5f").save(logo)
    set_logo(logo)
    logo.unlink()
    assert current_letterhead().logo is not None
    not_an_image = tmp_path / "notes.txt"
    not_an_image.write_text("소금빵", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        set_logo(not_an_image)
    assert caught.value.code == "logo_unreadable"
    set_logo(None)
    assert current_letterhead().logo is None
