"""Letters and cards read back from the PDF: a page each, names with 고객님, the Korean date,
every font embedded, Korean wrapped between words, card data printed as typed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from peewee import Database

from shopcrm.letters.batch import LetterContent, plan_letters
from shopcrm.letters.errors import LettersCancelled, PdfNotWritten
from shopcrm.letters.letterhead import Letterhead
from shopcrm.letters.recipients import recipients_from_ids
from shopcrm.letters.render import CARD, render_letters
from tests.helpers.letters_helpers import (
    body_lines,
    customer,
    fonts,
    open_shop,
    page_count,
    page_texts,
)

LETTER_DAY = dt.date(2026, 11, 23)
HEAD = Letterhead("달빛 베이커리", "박서연", "서울특별시 마포구 연남로 27, 1층", "02-336-1204")
NAMES = ["김민수", "이서연", "박지훈", "최유진", "정하늘"]


def letter(name: str, *paragraphs: str, number: int = 1) -> LetterContent:
    return LetterContent(
        customer_id=number,
        customer_no=number,
        name=name,
        salutation=f"{name} 고객님께",
        paragraphs=paragraphs or ("늘 찾아 주셔서 감사합니다.",),
        closing="달빛 베이커리 박서연 드림",
    )


def render(tmp_path: Path, letters: list[LetterContent], layout: str = "letter") -> Path:
    out = tmp_path / "letters.pdf"
    render_letters(letters, out, letterhead=HEAD, letter_date=LETTER_DAY, layout=layout)
    return out


@pytest.fixture
def batch_pdf(db: Database, tmp_path: Path) -> Path:
    """The built-in thank-you letter for five customers, filled from their cards."""
    open_shop()
    ids = [customer(name) for name in NAMES]
    plan = plan_letters("thank_you", recipients_from_ids(ids), letter_date=LETTER_DAY)
    letters = plan.letters()
    assert len(letters) == len(NAMES)
    out = tmp_path / "thanks.pdf"
    render_letters(letters, out, letterhead=plan.letterhead, letter_date=LETTER_DAY)
    return out


def test_one_page_per_letter_each_with_its_customer_and_the_korean_date(batch_pdf: Path) -> None:
    texts = page_texts(batch_pdf)
    assert len(texts) == len(NAMES)
    for name, text in zip(NAMES, texts, strict=True):
        assert f"{name} 고객님께" in text
        assert [other for other in NAMES if other in text] == [name]
        assert "2026년 11월 23일" in text
        assert "달빛 베이커리" in text


def test_no_brace_is_left_and_a_missing_value_prints_its_fallback(batch_pdf: Path) -> None:
    for text in page_texts(batch_pdf):
        assert "{" not in text and "}" not in text
        assert "얼마 전에 저희 가게를 찾아 주셔서" in text  # no purchase yet: the fallback
        assert "박서연 드림" in text


def test_every_font_is_embedded_and_none_is_helvetica(batch_pdf: Path) -> None:
    used = fonts(batch_pdf)
    assert used, "the pages use no font at all"
    assert all(used.values()), used
    assert all("NanumGothic" in name for name in used), used
    assert not any("Helvetica" in name for name in used)


def test_a_card_is_one_a5_page_per_customer_in_the_korean_font(tmp_path: Path) -> None:
    long_body = " ".join(["오랜만에 소식 전합니다."] * 60)  # more than an A5 page holds
    out = render(tmp_path, [letter(name, long_body) for name in NAMES[:3]], layout=CARD)
    texts = page_texts(out)
    assert len(texts) == 3
    assert all(f"{name} 고객님께" in text for name, text in zip(NAMES, texts, strict=False))
    assert all(fonts(out).values())
    from pypdf import PdfReader

    width, height = (float(v) for v in PdfReader(out).pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (420, 595)  # A5 in points


def test_a_long_korean_paragraph_breaks_only_between_words(tmp_path: Path) -> None:
    text = (
        "오늘도 저희 가게를 찾아 주신 모든 고객님께 진심으로 감사드립니다 새로 구운 소금빵과 "
        "따뜻한 커피를 준비했습니다 대한민국특별자치시설관리공단처럼 아주 긴 낱말도 중간에서 "
        "끊기지 않아야 합니다 환절기 건강 유의하시고 좋은 일만 가득하시기를 바랍니다"
    )
    words = text.split(" ")
    paragraph = " ".join(words * 4)
    out = render(tmp_path, [letter("김민수", paragraph)])
    lines = [line.strip() for line in page_texts(out)[0].splitlines()]
    body = lines[lines.index("김민수 고객님께") + 1 : lines.index("2026년 11월 23일")]
    assert len(body) >= 4, "the paragraph should run over several lines"
    for line in body:
        assert all(token in words for token in line.split()), line
    assert " ".join(body) == paragraph


def test_card_data_is_printed_as_typed(tmp_path: Path) -> None:
    out = render(tmp_path, [letter("<b>김&민수</b>", "주문하신 <i>케이크</i> & 쿠키 > 10개")])
    text = page_texts(out)[0]
    assert "<b>김&민수</b> 고객님께" in text
    assert "주문하신 <i>케이크</i> & 쿠키 > 10개" in text


def test_digits_and_continuation_page_numbers_are_in_the_korean_font(tmp_path: Path) -> None:
    very_long = "\n\n".join(["2026년 11월 23일까지 1,200P를 쓰실 수 있습니다. " * 12] * 9)
    out = tmp_path / "long.pdf"
    result = render_letters(
        [letter("김민수", *very_long.split("\n\n"))],
        out,
        letterhead=HEAD,
        letter_date=LETTER_DAY,
    )
    assert result.pages >= 2
    assert "– 2 –" in page_texts(out)[1]
    assert all(fonts(out).values())


def test_a_line_break_inside_a_paragraph_is_kept(tmp_path: Path) -> None:
    out = render(tmp_path, [letter("김민수", "첫째 줄입니다.\n둘째 줄입니다.")])
    lines = page_texts(out)[0].splitlines()
    assert "첫째 줄입니다." in [line.strip() for line in lines]


def test_cancel_leaves_no_file_and_keeps_an_existing_one(tmp_path: Path) -> None:
    out = tmp_path / "letters.pdf"
    out.write_bytes(b"the old file")
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    with pytest.raises(LettersCancelled):
        render_letters(
            [letter(name) for name in NAMES],
            out,
            letterhead=HEAD,
            letter_date=LETTER_DAY,
            progress=progress,
            cancel=lambda: len(seen) >= 2,
        )
    assert out.read_bytes() == b"the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letters.pdf"]


def test_progress_reaches_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    render_letters(
        [letter(name) for name in NAMES],
        tmp_path / "x.pdf",
        letterhead=HEAD,
        letter_date=LETTER_DAY,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[0] == (0, 5)
    assert seen[-1] == (5, 5)


def test_a_missing_folder_is_refused_without_a_trace(tmp_path: Path) -> None:
    with pytest.raises(PdfNotWritten) as caught:
        render(tmp_path / "missing", [letter("김민수")])
    assert caught.value.code == "pdf_not_written"
    assert list(tmp_path.iterdir()) == []


def test_the_letterhead_shows_the_shop_and_a_logo(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 40), "#1f4e5f").save(logo)
    head = Letterhead(HEAD.shop_name, HEAD.owner_name, HEAD.address, HEAD.phone, logo.read_bytes())
    out = tmp_path / "logo.pdf"
    render_letters([letter("김민수")], out, letterhead=head, letter_date=LETTER_DAY)
    text = page_texts(out)[0]
    assert re.search(r"달빛 베이커리\s", text)
    assert "02-336-1204" in text
    assert b"/Image" in out.read_bytes()


def test_a_two_page_letter_prints_every_word_of_its_body_in_order(tmp_path: Path) -> None:
    text = (
        "오늘도 저희 가게를 찾아 주신 모든 고객님께 진심으로 감사드립니다 새로 구운 소금빵과 "
        "따뜻한 커피를 준비했습니다 대한민국특별자치시설관리공단처럼 아주 긴 낱말도 중간에서 "
        "끊기지 않아야 합니다 환절기 건강 유의하시고 좋은 일만 가득하시기를 바랍니다"
    )
    words = text.split()
    paragraphs = [
        " ".join(words[(start + i) % len(words)] for i in range(70)) for start in range(7)
    ]
    out = tmp_path / "long.pdf"
    result = render_letters(
        [letter("김민수", *paragraphs)], out, letterhead=HEAD, letter_date=LETTER_DAY
    )
    assert result.pages == page_count(out) == 2
    pages = body_lines(out, after="김민수 고객님께", until="2026년 11월 23일")
    assert all(len(lines) >= 10 for lines in pages), "both pages should hold part of the body"
    printed = [word for lines in pages for line in lines for word in line.split()]
    cut = [word for word in printed if word not in words]
    assert cut == [], "a word was split across lines"
    assert printed == " ".join(paragraphs).split()
    texts = page_texts(out)
    assert "달빛 베이커리 박서연 드림" in texts[1] and "박서연 드림" not in texts[0]
    assert "– 2 –" in texts[1] and "–" not in texts[0]
