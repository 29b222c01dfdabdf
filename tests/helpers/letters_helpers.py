"""Helpers for the letters tests: a small Korean shop, and PDFs read back with pypdf."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader

from shopcrm.customers import CustomerInput, create_customer
from shopcrm.settings import ShopProfile, save_shop_profile

SHOP = ShopProfile(
    shop_name="달빛 베이커리",
    owner_name="박서연",
    shop_phone="02-336-1204",
    shop_address="서울특별시 마포구 연남로 27, 1층",
    business_type="bakery",
)


def open_shop() -> None:
    save_shop_profile(SHOP)


def customer(
    name: str,
    *,
    consent: bool = True,
    address: str | None = "서울특별시 마포구 연남로 12",
    postal_code: str | None = "04001",
    phone: str | None = None,
) -> int:
    return create_customer(
        CustomerInput(
            name=name,
            phone=phone,
            address=address,
            postal_code=postal_code,
            marketing_consent=consent,
            consent_channel="letter" if consent else None,
        )
    )


def page_texts(path: Path) -> list[str]:
    """The text of each page, as a PDF reader extracts it."""
    return [page.extract_text() for page in PdfReader(path).pages]


def page_count(path: Path) -> int:
    return len(PdfReader(path).pages)


def _descriptor(font: Any) -> Any:
    if "/DescendantFonts" in font:
        font = font["/DescendantFonts"][0].get_object()
    return font.get("/FontDescriptor")


def fonts(path: Path) -> dict[str, bool]:
    """Every font the pages use: its name, and whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = _descriptor(font)
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    return found


def body_lines(path: Path, *, after: str, until: str) -> list[list[str]]:
    """Each page's body lines: after the line `after` on the first page, after the page number
    (`– n –`) on the next ones, and before the line `until` on the last page."""
    pages = []
    texts = page_texts(path)
    for number, text in enumerate(texts, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        start = lines.index(after) + 1 if number == 1 else lines.index(f"– {number} –") + 1
        end = lines.index(until) if number == len(texts) else len(lines)
        pages.append(lines[start:end])
    return pages
