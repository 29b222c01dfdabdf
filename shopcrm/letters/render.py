"""Typesetting letters (A4, with the letterhead) and greeting cards (A5) with ReportLab.

Every glyph is set in the bundled NanumGothic (the documents start in it, so no page
declares Helvetica), Korean wraps between words (ReportLab's default word wrap; never
``wordWrap="CJK"``, which splits Korean words), and card data is escaped, so a name like
``<b>`` prints as typed. Nothing here reads the database: a worker thread can run it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from shopcrm import __version__
from shopcrm.formatting import format_korean_date
from shopcrm.letters.batch import LetterContent
from shopcrm.letters.fonts import BOLD, REGULAR, register_fonts
from shopcrm.letters.letterhead import Letterhead
from shopcrm.letters.output import CancelCheck, ProgressCallback, atomic_pdf, check_cancel

LETTER, CARD = "letter", "card"
LAYOUTS = (LETTER, CARD)

INK = colors.HexColor("#222222")
GREY = colors.HexColor("#6b6b6b")
ACCENT = colors.HexColor("#1f4e5f")
"""A deep teal for rules and the card's border: calm, and prints well in grey too."""
PALE_ACCENT = colors.HexColor("#9fb8c0")


@dataclass(frozen=True)
class RenderResult:
    """A PDF written: where, how many letters (or cards, labels) and pages."""

    path: Path
    items: int
    pages: int


def markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


def letter_styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of letters and cards (the benchmark sets its bare document in
    the same ones)."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=11,
        leading=19.5,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=9,
    )
    return {
        "body": body,
        "salutation": ParagraphStyle(
            "salutation", parent=body, fontName=BOLD, fontSize=13, leading=20, spaceAfter=14
        ),
        "date": ParagraphStyle(
            "date", parent=body, alignment=TA_RIGHT, fontSize=10.5, spaceAfter=3
        ),
        "closing": ParagraphStyle(
            "closing", parent=body, fontName=BOLD, alignment=TA_RIGHT, fontSize=11.5
        ),
        "card_salutation": ParagraphStyle(
            "card_salutation",
            parent=body,
            fontName=BOLD,
            fontSize=14,
            leading=22,
            alignment=TA_CENTER,
            spaceAfter=12,
        ),
        "card_body": ParagraphStyle(
            "card_body", parent=body, fontSize=10.5, leading=18.5, alignment=TA_CENTER
        ),
        "card_date": ParagraphStyle(
            "card_date", parent=body, fontSize=9.5, alignment=TA_CENTER, textColor=GREY
        ),
        "card_closing": ParagraphStyle(
            "card_closing", parent=body, fontName=BOLD, fontSize=11, alignment=TA_CENTER
        ),
    }


class _Milestone(Flowable):
    """Invisible, at the start of each letter: reports progress, honours Cancel, and notes
    the page the letter starts on (for the continuation pages' numbers)."""

    def __init__(self, index: int, total: int, job: _Job) -> None:
        super().__init__()
        self.index, self.total, self.job = index, total, job

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.job.letter_first_page = self.canv.getPageNumber()
        check_cancel(self.job.cancel)
        if self.job.progress is not None:
            self.job.progress(self.index, self.total)


class _Centred(Flowable):
    """Fills the frame and sets its content in the middle, top to bottom (a card's text)."""

    def __init__(self, content: Flowable) -> None:
        super().__init__()
        self.content = content
        self.offset = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, height = self.content.wrapOn(self.canv, available_width, available_height)
        self.offset = max(0.0, (available_height - height) / 2)
        self.width, self.height = available_width, available_height
        return available_width, available_height - 1  # a hair under the frame: it fits

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, self.offset)


@dataclass
class _Job:
    letterhead: Letterhead
    progress: ProgressCallback | None
    cancel: CancelCheck | None
    letter_first_page: int = 1


def _logo(canvas: Canvas, letterhead: Letterhead, x: float, top: float, height: float) -> float:
    """Draw the logo with its top at ``top``; returns its width (0 without one)."""
    if not letterhead.logo:
        return 0.0
    try:
        image = ImageReader(io.BytesIO(letterhead.logo))
        width, tall = image.getSize()
    except Exception:  # an image PIL cannot read: the letter goes out without the logo
        return 0.0
    drawn = height * width / tall if tall else 0.0
    canvas.drawImage(image, x, top - height, drawn, height, mask="auto")
    return float(drawn)


def _letterhead(canvas: Canvas, letterhead: Letterhead) -> None:
    width, height = A4
    left, right = 25 * mm, width - 25 * mm
    canvas.saveState()
    x = left
    logo_width = _logo(canvas, letterhead, left, height - 15 * mm, 15 * mm)
    if logo_width:
        x += logo_width + 5 * mm
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 17)
    canvas.drawString(x, height - 23 * mm, letterhead.shop_name)
    details = "  ·  ".join(part for part in (letterhead.address, letterhead.phone) if part)
    if details:
        canvas.setFillColor(GREY)
        canvas.setFont(REGULAR, 8.5)
        canvas.drawString(x, height - 29 * mm, details)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(left, height - 34 * mm, right, height - 34 * mm)
    canvas.setStrokeColor(PALE_ACCENT)
    canvas.setLineWidth(0.3)
    canvas.line(left, height - 35 * mm, right, height - 35 * mm)
    canvas.restoreState()


def _continuation(canvas: Canvas, job: _Job) -> None:
    """A letter's second and later pages: the page number within the letter, at the foot."""
    width, _ = A4
    number = canvas.getPageNumber() - job.letter_first_page + 1
    canvas.saveState()
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 9)
    canvas.drawCentredString(width / 2, 14 * mm, f"– {number} –")
    canvas.restoreState()


def _card_page(canvas: Canvas, letterhead: Letterhead) -> None:
    width, height = A5
    canvas.saveState()
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.9)
    canvas.rect(8 * mm, 8 * mm, width - 16 * mm, height - 16 * mm)
    canvas.setStrokeColor(PALE_ACCENT)
    canvas.setLineWidth(0.4)
    canvas.rect(9.6 * mm, 9.6 * mm, width - 19.2 * mm, height - 19.2 * mm)
    _ornament(canvas, width / 2, height - 22 * mm)
    _ornament(canvas, width / 2, 30 * mm)
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 9)
    canvas.drawCentredString(width / 2, 21 * mm, letterhead.shop_name)
    details = "  ·  ".join(part for part in (letterhead.address, letterhead.phone) if part)
    if details:
        canvas.setFillColor(GREY)
        canvas.setFont(REGULAR, 6.8)
        canvas.drawCentredString(width / 2, 16.5 * mm, details)
    canvas.restoreState()


def _ornament(canvas: Canvas, x: float, y: float) -> None:
    """A small rule with a diamond in the middle."""
    canvas.setStrokeColor(PALE_ACCENT)
    canvas.setLineWidth(0.5)
    canvas.line(x - 22 * mm, y, x - 3 * mm, y)
    canvas.line(x + 3 * mm, y, x + 22 * mm, y)
    canvas.setFillColor(ACCENT)
    size = 1.6 * mm
    path = canvas.beginPath()
    path.moveTo(x, y + size)
    path.lineTo(x + size, y)
    path.lineTo(x, y - size)
    path.lineTo(x - size, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _letter_story(letter: LetterContent, date_text: str, styles: dict[str, Any]) -> list[Any]:
    story: list[Any] = []
    if letter.salutation:
        story.append(Paragraph(markup(letter.salutation), styles["salutation"]))
    story += [Paragraph(markup(text), styles["body"]) for text in letter.paragraphs]
    ending: list[Any] = [Spacer(1, 10 * mm), Paragraph(markup(date_text), styles["date"])]
    if letter.closing:
        ending.append(Paragraph(markup(letter.closing), styles["closing"]))
    story.append(KeepTogether(ending))
    return story


def _card_story(letter: LetterContent, date_text: str, styles: dict[str, Any]) -> list[Any]:
    story: list[Any] = []
    if letter.salutation:
        story.append(Paragraph(markup(letter.salutation), styles["card_salutation"]))
    story += [Paragraph(markup(text), styles["card_body"]) for text in letter.paragraphs]
    story += [Spacer(1, 6 * mm), Paragraph(markup(date_text), styles["card_date"])]
    if letter.closing:
        story.append(Paragraph(markup(letter.closing), styles["card_closing"]))
    return story


_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
"""Text lines up with the letterhead's rule."""


def _document(path: Path, layout: str, job: _Job, title: str) -> BaseDocTemplate:
    font = register_fonts()
    common: dict[str, Any] = {
        "title": title,
        "author": job.letterhead.shop_name,
        "creator": f"ShopCRM {__version__}",
        "initialFontName": font,  # otherwise every page declares Helvetica, never embedded
    }
    if layout == CARD:
        width, height = A5
        frame = Frame(
            20 * mm, 36 * mm, width - 40 * mm, height - 36 * mm - 30 * mm, id="card", **_NO_PADDING
        )
        document = BaseDocTemplate(str(path), pagesize=A5, **common)
        document.addPageTemplates(
            [
                PageTemplate(
                    "card",
                    [frame],
                    onPage=lambda canvas, _doc: _card_page(canvas, job.letterhead),
                )
            ]
        )
        return document
    width, height = A4
    left, usable = 25 * mm, width - 50 * mm
    first = Frame(left, 25 * mm, usable, height - 25 * mm - 46 * mm, id="first", **_NO_PADDING)
    later = Frame(left, 25 * mm, usable, height - 50 * mm, id="later", **_NO_PADDING)
    document = BaseDocTemplate(str(path), pagesize=A4, **common)
    document.addPageTemplates(
        [
            PageTemplate(
                "first",
                [first],
                onPage=lambda canvas, _doc: _letterhead(canvas, job.letterhead),
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [later], onPage=lambda canvas, _doc: _continuation(canvas, job)),
        ]
    )
    return document


def render_letters(
    letters: Sequence[LetterContent],
    out: Path,
    *,
    letterhead: Letterhead,
    letter_date: dt.date,
    layout: str = LETTER,
    title: str = "",
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> RenderResult:
    """Set letters (A4 with the letterhead) or greeting cards (A5, one page each) into one PDF.

    Written to a temporary file renamed at the end: Cancel or an error leave nothing behind.

    Args:
        letters: the filled letters, in print order (`LetterPlan.letters`).
        out: the PDF to write (replaced if it exists).
        letterhead: the shop as the letterhead shows it.
        letter_date: the date written on each letter (2026년 11월 23일).
        layout: ``letter`` or ``card``.
        title: the PDF's title (the template's).
        progress: called with (letters started, total).
        cancel: polled before each letter.

    Returns:
        The path, the number of letters and of pages.

    Raises:
        LettersCancelled: Cancel was pressed.
        PdfNotWritten: the file cannot be written there.
        ValueError: an unknown layout, or no letters.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {LAYOUTS}")
    if not letters:
        raise ValueError("no letters to render")
    styles = letter_styles()
    date_text = format_korean_date(letter_date)
    job = _Job(letterhead, progress, cancel)
    total = len(letters)
    story: list[Any] = []
    for index, letter in enumerate(letters):
        if index:
            story += [NextPageTemplate("card" if layout == CARD else "first"), PageBreak()]
        story.append(_Milestone(index, total, job))
        if layout == CARD:
            content = _card_story(letter, date_text, styles)
            story.append(_Centred(KeepInFrame(0, 0, content, mode="shrink", hAlign="CENTER")))
        else:
            story += _letter_story(letter, date_text, styles)
    with atomic_pdf(out) as temporary:
        document = _document(temporary, layout, job, title)
        document.build(story)
        check_cancel(cancel)
        pages = document.page
    if progress is not None:
        progress(total, total)
    return RenderResult(out, total, pages)
