"""Address labels on common A4 sheets (2×8, 3×7, 3×8) and DL envelopes.

One label per household: customers whose addresses are the same once normalised (spaces,
punctuation and the long or short name of the province ignored) share one label naming
them all, unless the owner splits them. A customer without an address is left out with
that reason; a label without a postal code still prints, with a warning.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from shopcrm import __version__
from shopcrm.errors import ShopCRMError
from shopcrm.letters import values
from shopcrm.letters.batch import (
    DELETED_CUSTOMER,
    NO_ADDRESS,
    NO_POSTAL_CODE,
    NOT_FOUND,
    Candidate,
    Reason,
)
from shopcrm.letters.fonts import BOLD, REGULAR, register_fonts
from shopcrm.letters.letterhead import Letterhead
from shopcrm.letters.output import CancelCheck, ProgressCallback, atomic_pdf, check_cancel
from shopcrm.letters.recipients import Recipient
from shopcrm.letters.render import ACCENT, GREY, INK, RenderResult
from shopcrm.phones import format_phone, mask_phone


@dataclass(frozen=True)
class Sheet:
    """An A4 sheet of labels (measures in millimetres, as the packet states them)."""

    name: str
    columns: int
    rows: int
    label_width: float
    label_height: float
    left: float
    top: float
    column_pitch: float
    row_pitch: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


SHEETS: dict[str, Sheet] = {
    # The common layouts of A4 address labels (Formtec / Avery L7162, L7160, L7159 sizes).
    "2x8": Sheet("2x8", 2, 8, 99.1, 33.9, 4.65, 12.9, 101.6, 33.9),
    "3x7": Sheet("3x7", 3, 7, 63.5, 38.1, 7.21, 15.15, 66.04, 38.1),
    "3x8": Sheet("3x8", 3, 8, 63.5, 33.9, 7.21, 12.9, 66.04, 33.9),
}
ENVELOPE = "dl"
"""DL envelopes (220 × 110 mm), one address each, with the shop as sender."""
DL_SIZE = (220 * mm, 110 * mm)
SHEET_CHOICES = (*SHEETS, ENVELOPE)

_PROVINCES = {
    "서울특별시": "서울",
    "서울시": "서울",
    "부산광역시": "부산",
    "부산시": "부산",
    "대구광역시": "대구",
    "대구시": "대구",
    "인천광역시": "인천",
    "인천시": "인천",
    "광주광역시": "광주",
    "대전광역시": "대전",
    "대전시": "대전",
    "울산광역시": "울산",
    "울산시": "울산",
    "세종특별자치시": "세종",
    "세종시": "세종",
    "경기도": "경기",
    "강원특별자치도": "강원",
    "강원도": "강원",
    "충청북도": "충북",
    "충청남도": "충남",
    "전북특별자치도": "전북",
    "전라북도": "전북",
    "전라남도": "전남",
    "경상북도": "경북",
    "경상남도": "경남",
    "제주특별자치도": "제주",
    "제주도": "제주",
}
_NOT_ADDRESS = re.compile(r"[\s,.·]+")  # a hyphen stays: 27-1 is not 271


def normalise_address(address: str) -> str:
    """The form two addresses of one household share: ``서울특별시 마포구 연남로 27, 1층``
    and ``서울 마포구 연남로 27 1층`` give the same key."""
    text = unicodedata.normalize("NFKC", address).strip()
    first, _, rest = text.partition(" ")
    text = f"{_PROVINCES.get(first, first)} {rest}"
    return _NOT_ADDRESS.sub("", text).lower()


@dataclass(frozen=True)
class AddressLabel:
    """One label (or envelope): a household's address and the people it is for."""

    postal_code: str | None
    address: str
    names: tuple[str, ...]
    customer_ids: tuple[int, ...]
    phone: str | None = None


@dataclass(frozen=True)
class LabelPlan:
    """The labels to print, the customers left out (no address, no such number), and the
    warnings: a label printed without a postal code (``no_postal_code``, naming its first
    customer and everyone on it)."""

    labels: tuple[AddressLabel, ...]
    left_out: tuple[Candidate, ...]
    warnings: tuple[Candidate, ...] = ()


def addressee(names: Sequence[str], honorific_text: str) -> str:
    """Whom a label names: ``김민수 고객님``, ``김민수 · 이서연 고객님``,
    ``김민수 고객님 외 2분``."""
    if len(names) == 1:
        return f"{names[0]} {honorific_text}"
    if len(names) == 2:  # two names still fit on a label
        return f"{names[0]} · {names[1]} {honorific_text}"
    return f"{names[0]} {honorific_text} 외 {len(names) - 1}분"


def plan_labels(recipients: Sequence[Recipient], *, split_households: bool = False) -> LabelPlan:
    """One label per household (or per customer when split), in the recipients' order.

    Args:
        recipients: from `shopcrm.letters.recipients` (a batch's printed customers, a
            selection, customer numbers or the agenda's days).
        split_households: one label per customer even when they share an address.
    """
    ids = [r.customer_id for r in recipients if r.customer_id is not None]
    facts = values.customer_facts(ids, details=False)
    households: dict[str, list[values.CustomerFacts]] = {}
    left_out: list[Candidate] = []
    for recipient in recipients:
        customer = facts.get(recipient.customer_id) if recipient.customer_id else None
        if customer is None:
            number = recipient.customer_no
            code = DELETED_CUSTOMER if recipient.deleted else NOT_FOUND
            reason = Reason(code, {"number": number if number is not None else ""})
            left_out.append(Candidate(recipient.customer_id, number, "", None, (reason,)))
            continue
        if not (customer.address or "").strip():
            left_out.append(
                Candidate(
                    customer.customer_id,
                    customer.customer_no,
                    customer.name,
                    None,
                    (Reason(NO_ADDRESS),),
                )
            )
            continue
        key = (
            f"#{customer.customer_id}"
            if split_households
            else normalise_address(customer.address or "")
        )
        members = households.setdefault(key, [])
        if all(member.customer_id != customer.customer_id for member in members):
            members.append(customer)
    labels: list[AddressLabel] = []
    warnings: list[Candidate] = []
    for members in households.values():
        label = _label(members)
        labels.append(label)
        if not label.postal_code:
            first = members[0]
            who = " · ".join(label.names)
            reason = Reason(NO_POSTAL_CODE)
            warnings.append(Candidate(first.customer_id, first.customer_no, who, None, (reason,)))
    return LabelPlan(tuple(labels), tuple(left_out), tuple(warnings))


def _label(members: list[values.CustomerFacts]) -> AddressLabel:
    first = members[0]
    codes = [(m.postal_code or "").strip() for m in members]
    postal = next((code for code in codes if code), None)
    phone = next((m.phone for m in members if m.phone), None)
    return AddressLabel(
        postal_code=postal,
        address=" ".join((first.address or "").split()),
        names=tuple(m.name for m in members),
        customer_ids=tuple(m.customer_id for m in members),
        phone=phone,
    )


def _fitting_size(canvas: Canvas, text: str, width: float) -> float:
    """The largest size from 11 pt down to 7 pt at which the bold text fits the width."""
    size = 11.0
    while size > 7 and canvas.stringWidth(text, BOLD, size) > width:
        size -= 0.5
    return size


def _phone_text(phone: str | None, mask: bool) -> str | None:
    if not phone:
        return None
    try:
        return mask_phone(phone) if mask else format_phone(phone)
    except ShopCRMError:
        return None if mask else phone


def _canvas(path: Path, pagesize: tuple[float, float], title: str, author: str) -> Canvas:
    font = register_fonts()
    canvas = Canvas(str(path), pagesize=pagesize, initialFontName=font)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator(f"ShopCRM {__version__}")
    return canvas


def _fitted(text: str, width: float, height: float, sizes: Sequence[float]) -> Paragraph:
    """The text as a paragraph in the largest size that fits the box (the smallest else)."""
    paragraph = Paragraph("", ParagraphStyle("empty"))
    for size in sizes:
        style = ParagraphStyle(
            "address", fontName=REGULAR, fontSize=size, leading=size * 1.3, textColor=INK
        )
        paragraph = Paragraph(escape(text), style)
        _, needed = paragraph.wrap(width, height)
        if needed <= height:
            break
    return paragraph


def _draw_label(
    canvas: Canvas,
    label: AddressLabel,
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    honorific_text: str,
    mask_phones: bool,
) -> None:
    """One label with its lower left corner at (x, y)."""
    pad = 4 * mm if height > 35 * mm else 3.4 * mm
    inner = width - 2 * pad
    top = y + height - pad
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 8)
    if label.postal_code:
        canvas.drawString(x + pad, top - 8, label.postal_code)
        top -= 11
    name = addressee(label.names, honorific_text)
    bottom = y + pad
    phone = _phone_text(label.phone, mask_phones)
    # the name shares the bottom line with the phone; a name too long for that gets the
    # whole line, and the phone moves up a line
    beside = inner - (canvas.stringWidth(phone, REGULAR, 7) + 8 if phone else 0)
    name_size = _fitting_size(canvas, name, beside)
    phone_line = bottom + 1
    if canvas.stringWidth(name, BOLD, name_size) > beside:
        name_size = _fitting_size(canvas, name, inner)
        phone_line = bottom + name_size + 3
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, name_size)
    canvas.drawRightString(x + width - pad, bottom + 1, name)
    if phone:
        canvas.setFillColor(GREY)
        canvas.setFont(REGULAR, 7)
        canvas.drawString(x + pad, phone_line, phone)
    room = top - (max(bottom + name_size, phone_line + 7) + 4)
    paragraph = _fitted(label.address, inner, room, (10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6))
    _, used = paragraph.wrap(inner, room)
    paragraph.drawOn(canvas, x + pad, top - used)


def render_labels(
    labels: Sequence[AddressLabel],
    out: Path,
    *,
    sheet: str = "3x8",
    letterhead: Letterhead | None = None,
    mask_phones: bool = False,
    outline: bool = False,
    skip: int = 0,
    honorific_text: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> RenderResult:
    """Print address labels on an A4 sheet, or DL envelopes (``sheet="dl"``), into one PDF.

    Args:
        labels: from `plan_labels`.
        out: the PDF (written through a temporary file, replaced at the end).
        sheet: ``2x8``, ``3x7``, ``3x8`` or ``dl``.
        letterhead: the sender on envelopes (the shop).
        mask_phones: print phone numbers as 010-****-5678.
        outline: draw each label's edge (a test print on plain paper).
        skip: labels already used on the first sheet (start further on).
        honorific_text: after the names (default the shop's setting, 고객님).
        progress: called with (labels done, total).
        cancel: polled before each label.

    Raises:
        LettersCancelled: Cancel was pressed.
        PdfNotWritten: the file cannot be written there.
        ValueError: an unknown sheet, or no labels.
    """
    if sheet not in SHEET_CHOICES:
        raise ValueError(f"unknown sheet {sheet!r}; expected one of {SHEET_CHOICES}")
    if not labels:
        raise ValueError("no labels to render")
    honorific_text = honorific_text or values.honorific()
    letterhead = letterhead or Letterhead("")
    title = letterhead.shop_name or "ShopCRM"
    with atomic_pdf(out) as temporary:
        if sheet == ENVELOPE:
            canvas = _canvas(temporary, DL_SIZE, title, letterhead.shop_name)
            pages = _envelopes(canvas, labels, letterhead, honorific_text, progress, cancel)
        else:
            canvas = _canvas(temporary, A4, title, letterhead.shop_name)
            options: dict[str, Any] = {
                "honorific_text": honorific_text,
                "mask_phones": mask_phones,
                "outline": outline,
                "skip": skip,
            }
            pages = _sheets(canvas, labels, SHEETS[sheet], progress, cancel, **options)
        check_cancel(cancel)
        canvas.save()
    if progress is not None:
        progress(len(labels), len(labels))
    return RenderResult(out, len(labels), pages)


def _sheets(
    canvas: Canvas,
    labels: Sequence[AddressLabel],
    sheet: Sheet,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
    *,
    honorific_text: str,
    mask_phones: bool,
    outline: bool,
    skip: int,
) -> int:
    _, page_height = A4
    width, height = sheet.label_width * mm, sheet.label_height * mm
    position = max(0, skip) % sheet.per_page
    pages = 1
    for index, label in enumerate(labels):
        check_cancel(cancel)
        if progress is not None:
            progress(index, len(labels))
        if position == sheet.per_page:
            canvas.showPage()
            pages += 1
            position = 0
        row, column = divmod(position, sheet.columns)
        x = (sheet.left + column * sheet.column_pitch) * mm
        y = page_height - (sheet.top + row * sheet.row_pitch) * mm - height
        if outline:
            canvas.setStrokeColor(colors.HexColor("#c8c8c8"))
            canvas.setLineWidth(0.3)
            canvas.roundRect(x, y, width, height, 2 * mm)
        _draw_label(
            canvas,
            label,
            x,
            y,
            width,
            height,
            honorific_text=honorific_text,
            mask_phones=mask_phones,
        )
        position += 1
    canvas.showPage()
    return pages


def _envelopes(
    canvas: Canvas,
    labels: Sequence[AddressLabel],
    letterhead: Letterhead,
    honorific_text: str,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> int:
    width, height = DL_SIZE
    for index, label in enumerate(labels):
        check_cancel(cancel)
        if progress is not None:
            progress(index, len(labels))
        _sender(canvas, letterhead, 15 * mm, height - 15 * mm)
        left, box_width = 98 * mm, width - 98 * mm - 15 * mm
        top = height - 46 * mm
        paragraph = _fitted(label.address, box_width, 22 * mm, (12, 11, 10, 9, 8))
        _, used = paragraph.wrap(box_width, 22 * mm)
        paragraph.drawOn(canvas, left, top - used)
        name = addressee(label.names, honorific_text)
        canvas.setFillColor(INK)
        size = 16.0
        while size > 9 and canvas.stringWidth(name, BOLD, size) > box_width:
            size -= 0.5
        canvas.setFont(BOLD, size)
        canvas.drawString(left, top - used - 8 * mm - size * 0.3, name)
        _postal_boxes(canvas, label.postal_code or "", width - 15 * mm, 13 * mm)
        canvas.showPage()
    return len(labels)


def _sender(canvas: Canvas, letterhead: Letterhead, x: float, top: float) -> None:
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 10)
    canvas.drawString(x, top - 10, letterhead.shop_name)
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 8)
    line = top - 22
    for text in (letterhead.address, letterhead.phone):
        if text:
            canvas.drawString(x, line, text)
            line -= 11


def _postal_boxes(canvas: Canvas, code: str, right: float, bottom: float) -> None:
    """Five boxes for the postal code, ending at ``right``; the digits in them if known."""
    box_width, box_height, gap = 7 * mm, 8.5 * mm, 1.2 * mm
    code = code.strip()
    digits = list(code) if re.fullmatch(r"\d{5}", code) else []
    start = right - 5 * box_width - 4 * gap
    if code and not digits:  # an old six-digit code: printed as written, beside the boxes
        canvas.setFillColor(INK)
        canvas.setFont(REGULAR, 10)
        canvas.drawRightString(start - 3 * mm, bottom + 2.6 * mm, code)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.6)
    for index in range(5):
        x = start + index * (box_width + gap)
        canvas.rect(x, bottom, box_width, box_height)
        if index < len(digits):
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 13)
            canvas.drawCentredString(x + box_width / 2, bottom + 2.6 * mm, digits[index])
