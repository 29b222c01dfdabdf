"""The apology letter filled from the complaint: {불만일}, {불만내용}, {해결내용} (and their
English names), read back from the PDF; a customer without a complaint gets the fallbacks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from peewee import Database

from shopcrm.complaint_letters import (
    queue_apology_letter,
    queued_apology_letters,
    queued_apology_recipients,
)
from shopcrm.complaints import ComplaintIntake, open_complaint, withdraw_complaint
from shopcrm.db import close_database, open_database
from shopcrm.errors import NotFound, ValidationError
from shopcrm.letters.batch import MISSING_VALUE, LetterContent, log_letters, plan_letters
from shopcrm.letters.placeholders import parse, placeholder_key
from shopcrm.letters.recipients import Recipient, recipients_from_ids
from shopcrm.letters.render import render_letters
from shopcrm.letters.templates import TemplateText, get_template
from tests.helpers.cli_helpers import run_cli
from tests.helpers.complaint_cli_helpers import at, seed_complaint_shop
from tests.helpers.letters_helpers import page_texts

DAY = dt.date(2026, 11, 12)


def flat(path: Path) -> str:
    """The PDF's text with line breaks and spaces removed (lines break between words)."""
    return "".join("".join(page_texts(path)).split())


def letter_text(letter: LetterContent) -> str:
    return "\n".join([letter.salutation, *letter.paragraphs, letter.closing])


def test_the_complaint_placeholders_have_korean_and_english_names() -> None:
    for korean, english in (
        ("불만일", "complaint_date"),
        ("불만내용", "complaint"),
        ("해결내용", "remedy"),
    ):
        assert placeholder_key(korean) == english
        assert placeholder_key(english) == english
    assert parse("{불만 내용}")  # spaces inside the braces do not matter


def test_the_apology_letter_names_the_day_the_category_and_the_remedies(
    db: Database, tmp_path: Path
) -> None:
    shop = seed_complaint_shop()
    plan = plan_letters("apology", recipients_from_ids([shop.minsu]), letter_date=DAY)
    (letter,) = plan.letters()
    assert letter.complaint_id == shop.waiting
    out = tmp_path / "apology.pdf"
    render_letters(plan.letters(), out, letterhead=plan.letterhead, letter_date=DAY)
    text = flat(out)
    assert "2026년11월3일저희가게에서" in text  # when it happened
    assert "내용(대기시간)은" in text
    assert "선물3,000원(쿠키),교통비5,000원" in text


def test_her_latest_complaint_is_used(db: Database) -> None:
    shop = seed_complaint_shop()
    open_complaint(
        ComplaintIntake(shop.minsu, "phone", at(20, 9), "hygiene", words="컵이 더러웠어요."),
        at=at(20, 10),
    )
    plan = plan_letters("apology", recipients_from_ids([shop.minsu]), letter_date=DAY)
    text = letter_text(plan.letters()[0])
    assert "2026년 11월 20일 저희 가게에서" in text and "(위생)" in text
    assert "사과의 말씀" in text  # nothing was given for that one (yet)


def test_the_queued_complaint_wins_over_the_latest(db: Database) -> None:
    shop = seed_complaint_shop()
    open_complaint(
        ComplaintIntake(shop.minsu, "phone", at(20, 9), "hygiene", words="컵이 더러웠어요."),
        at=at(20, 10),
    )
    recipient = Recipient(shop.minsu, 1, complaint_id=shop.waiting)
    (letter,) = plan_letters("apology", [recipient], letter_date=DAY).letters()
    assert letter.complaint_id == shop.waiting
    assert "(대기 시간)" in letter_text(letter)


def test_a_customer_without_a_complaint_gets_the_fallbacks(db: Database) -> None:
    shop = seed_complaint_shop()
    (letter,) = plan_letters(
        "apology", recipients_from_ids([shop.yujin]), letter_date=DAY
    ).letters()
    text = letter_text(letter)
    assert "얼마 전 저희 가게에서" in text
    assert "내용(불편하셨던 점)은" in text
    assert "{" not in text and letter.complaint_id is None


def test_without_a_fallback_she_is_left_out_like_any_missing_value(db: Database) -> None:
    shop = seed_complaint_shop()
    template = TemplateText(
        key="custom_1",
        title="사과",
        salutation="{고객명} {호칭}께",
        body="{불만일}의 일, 죄송합니다. {해결내용|사과}",
        closing="{가게명}",
        is_marketing=False,
    )
    plan = plan_letters(
        template, recipients_from_ids([shop.minsu, shop.yujin, shop.jihun]), letter_date=DAY
    )
    assert [letter.name for letter in plan.letters()] == ["김민수", "박지훈"]
    (left,) = plan.left_out()
    assert left.name == "최유진"
    assert [(r.code, dict(r.fields)) for r in left.reasons] == [
        (MISSING_VALUE, {"placeholder": "불만일"})
    ]


def test_a_withdrawn_complaint_is_not_apologised_for(db: Database) -> None:
    shop = seed_complaint_shop()
    withdraw_complaint(shop.service, reason="오해였어요", at=at(8, 9))
    (letter,) = plan_letters(
        "apology", recipients_from_ids([shop.jihun]), letter_date=DAY
    ).letters()
    assert "얼마 전 저희 가게에서" in letter_text(letter)


@pytest.fixture
def shop_file(tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    open_database(str(path))
    seed_complaint_shop()
    close_database()
    return path


def test_the_letters_command_prints_the_complaint(shop_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "사과편지.pdf"
    result = run_cli(
        "letters", "--db", str(shop_file), "--template", "apology", "--customers", "1,2,4",
        "--out", str(out), "--no-log",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pages = ["".join(page.split()) for page in page_texts(out)]
    assert len(pages) == 3
    assert "2026년11월3일" in pages[0] and "교통비5,000원" in pages[0]
    assert "2026년11월5일" in pages[1] and "할인2,000원" in pages[1] and "(상품)" in pages[1]
    assert "얼마전저희가게에서" in pages[2]


def test_the_built_in_apology_template_uses_the_new_placeholders(db: Database) -> None:
    body = get_template("apology").body
    assert "{불만일|" in body and "{불만내용|" in body and "{해결내용|" in body


def test_a_queued_apology_letter_speaks_of_its_complaint_and_leaves_the_queue(
    db: Database, tmp_path: Path
) -> None:
    shop = seed_complaint_shop()
    open_complaint(
        ComplaintIntake(shop.minsu, "phone", at(20, 9), "hygiene", words="컵이 더러웠어요."),
        at=at(20, 10),
    )
    assert queue_apology_letter(shop.waiting, at=at(3, 10, 20)) is True
    assert queue_apology_letter(shop.waiting, at=at(4, 9)) is False  # already waiting
    assert queue_apology_letter(shop.product, at=at(6, 12)) is True
    queued = queued_apology_letters()
    assert [(q.complaint_id, q.name, q.queued_at) for q in queued] == [
        (shop.waiting, "김민수", at(3, 10, 20)),
        (shop.product, "이서연", at(6, 12)),
    ]
    plan = plan_letters("apology", queued_apology_recipients(), letter_date=DAY)
    letters = plan.letters()
    assert [letter.complaint_id for letter in letters] == [shop.waiting, shop.product]
    assert "(대기 시간)" in letter_text(letters[0])  # not her later hygiene complaint
    out = tmp_path / "queued.pdf"
    render_letters(letters, out, letterhead=plan.letterhead, letter_date=DAY)
    assert "할인2,000원" in flat(out)
    log_letters(plan.template, letters, file_path=out)
    assert queued_apology_letters() == []


def test_a_withdrawn_complaint_gets_no_queued_letter(db: Database) -> None:
    shop = seed_complaint_shop()
    queue_apology_letter(shop.service, at=at(7, 14))
    withdraw_complaint(shop.service, reason="오해였어요", at=at(8, 9))
    assert queued_apology_letters() == []
    with pytest.raises(ValidationError) as refused:
        queue_apology_letter(shop.service)
    assert refused.value.code == "apology_letter_withdrawn"
    with pytest.raises(NotFound):
        queue_apology_letter(999_999)
