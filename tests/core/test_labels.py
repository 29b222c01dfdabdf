"""Address labels: the sheet's count per page, one label per household, envelopes."""

from __future__ import annotations

from pathlib import Path

import pytest
from peewee import Database
from pypdf import PdfReader

from shopcrm.letters.batch import NO_ADDRESS, NO_POSTAL_CODE, NOT_FOUND
from shopcrm.letters.labels import (
    SHEETS,
    AddressLabel,
    addressee,
    normalise_address,
    plan_labels,
    render_labels,
)
from shopcrm.letters.letterhead import Letterhead
from shopcrm.letters.recipients import recipients_from_ids, recipients_from_numbers
from tests.helpers.letters_helpers import customer, fonts, open_shop, page_texts


def labels(count: int) -> list[AddressLabel]:
    return [
        AddressLabel(
            "04001", f"서울특별시 마포구 연남로 {n}", (f"고객{n:03d}",), (n,), "01012345678"
        )
        for n in range(1, count + 1)
    ]


@pytest.mark.parametrize("sheet", list(SHEETS))
def test_a_sheet_holds_its_count_of_labels_per_page(tmp_path: Path, sheet: str) -> None:
    per_page = SHEETS[sheet].per_page
    out = tmp_path / "labels.pdf"
    result = render_labels(labels(per_page + 1), out, sheet=sheet, honorific_text="고객님")
    texts = page_texts(out)
    assert (result.pages, len(texts)) == (2, 2)
    assert [text.count("고객님") for text in texts] == [per_page, 1]
    assert all(fonts(out).values())
    width, height = (round(float(v)) for v in PdfReader(out).pages[0].mediabox.upper_right)
    assert (width, height) == (595, 842)  # A4


def test_skipping_used_labels_starts_further_on(tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    result = render_labels(labels(24), out, sheet="3x8", skip=20, honorific_text="고객님")
    assert result.pages == 2
    assert [text.count("고객님") for text in page_texts(out)] == [4, 20]


def test_a_label_shows_postal_code_address_name_and_a_masked_phone(tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    render_labels(labels(1), out, mask_phones=True, honorific_text="고객님")
    text = page_texts(out)[0]
    for expected in ("04001", "서울특별시 마포구 연남로 1", "고객001 고객님", "010-****-5678"):
        assert expected in text
    assert "1234" not in text


def test_addresses_of_one_household_match_however_written() -> None:
    same = {
        normalise_address("서울특별시 마포구 연남로 27, 1층"),
        normalise_address("서울 마포구  연남로 27 1층"),
        normalise_address("서울시 마포구 연남로 27,1층."),
    }
    assert len(same) == 1
    assert normalise_address("서울 마포구 연남로 28, 1층") not in same
    assert normalise_address("서울 마포구 연남로 27-1") != normalise_address(
        "서울 마포구 연남로 271"
    )


def test_a_household_gets_one_label_unless_split(db: Database) -> None:
    open_shop()
    minsu = customer("김민수", address="서울특별시 마포구 연남로 27, 1층")
    seoyeon = customer("이서연", address="서울 마포구 연남로 27 1층", postal_code=None)
    jihun = customer("박지훈", address="서울특별시 마포구 동교로 5")
    plan = plan_labels(recipients_from_ids([minsu, jihun, seoyeon]))
    assert [(label.names, label.postal_code) for label in plan.labels] == [
        (("김민수", "이서연"), "04001"),
        (("박지훈",), "04001"),
    ]
    split = plan_labels(recipients_from_ids([minsu, jihun, seoyeon]), split_households=True)
    assert [label.names for label in split.labels] == [("김민수",), ("박지훈",), ("이서연",)]


def test_a_merged_label_names_the_household(tmp_path: Path) -> None:
    assert addressee(["김민수", "이서연"], "고객님") == "김민수 · 이서연 고객님"
    assert addressee(["김민수", "이서연", "김하늘"], "고객님") == "김민수 고객님 외 2분"
    label = AddressLabel("04001", "서울 마포구 연남로 27", ("김민수", "이서연"), (1, 2))
    out = tmp_path / "one.pdf"
    render_labels([label], out, honorific_text="고객님")
    assert page_texts(out)[0].count("고객님") == 1


def test_customers_without_an_address_are_listed(db: Database) -> None:
    open_shop()
    minsu = customer("김민수")
    nowhere = customer("정하늘", address="  ")
    plan = plan_labels(recipients_from_ids([minsu, nowhere]) + recipients_from_numbers([999]))
    assert [label.names for label in plan.labels] == [("김민수",)]
    assert [(c.name, [r.code for r in c.reasons]) for c in plan.left_out] == [
        ("정하늘", [NO_ADDRESS]),
        ("", [NOT_FOUND]),
    ]


def test_dl_envelopes_carry_the_shop_and_the_postal_code(tmp_path: Path) -> None:
    out = tmp_path / "envelopes.pdf"
    head = Letterhead("달빛 베이커리", address="서울특별시 마포구 연남로 27, 1층")
    result = render_labels(labels(2), out, sheet="dl", letterhead=head, honorific_text="고객님")
    assert result.pages == 2
    first = page_texts(out)[0]
    for expected in ("달빛 베이커리", "연남로 27, 1층", "고객001 고객님", "0", "4"):
        assert expected in first
    width, height = (round(float(v)) for v in PdfReader(out).pages[0].mediabox.upper_right)
    assert (width, height) == (624, 312)  # 220 × 110 mm
    assert all(fonts(out).values())


def baselines(path: Path) -> dict[str, float]:
    """The height at which each piece of text on the first page stands."""
    found: dict[str, float] = {}

    def visit(text: str, _cm: object, tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            found[text.strip()] = round(tm[5], 1)

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found


def test_a_long_name_never_covers_the_phone(tmp_path: Path) -> None:
    short = AddressLabel("04001", "서울 마포구 연남로 1", ("김민수",), (1,), "01012345678")
    long_name = ("<b>김&민수</b> 남궁옥분",)
    long = AddressLabel("04001", "서울 마포구 연남로 2", long_name, (2,), "01077777777")
    out = tmp_path / "labels.pdf"
    render_labels([short, long], out, honorific_text="고객님")
    lines = baselines(out)
    assert lines["010-1234-5678"] == lines["김민수 고객님"]  # short: side by side
    assert lines["010-7777-7777"] > lines["<b>김&민수</b> 남궁옥분 고객님"]  # long: phone above


def test_a_label_without_a_postal_code_prints_with_a_warning(db: Database, tmp_path: Path) -> None:
    open_shop()
    minsu = customer("김민수")
    haneul = customer("정하늘", address="부산광역시 해운대구 우동 1", postal_code=None)
    plan = plan_labels(recipients_from_ids([minsu, haneul]))
    assert [label.names for label in plan.labels] == [("김민수",), ("정하늘",)]
    assert plan.left_out == ()
    assert [(c.customer_no, c.name, [r.code for r in c.reasons]) for c in plan.warnings] == [
        (2, "정하늘", [NO_POSTAL_CODE])
    ]
    out = tmp_path / "labels.pdf"
    render_labels(plan.labels, out)
    assert "부산광역시 해운대구 우동 1" in page_texts(out)[0]
