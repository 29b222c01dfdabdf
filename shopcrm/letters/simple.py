"""A plain one-page A4 document in the Korean font (the self-test's proof of typesetting)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from shopcrm.letters.fonts import BOLD, register_fonts


def render_simple_document(path: Path, title: str, paragraphs: list[str]) -> Path:
    """Write a one-page A4 PDF with a title and paragraphs, every glyph in NanumGothic.

    Text is escaped, so ``<b>`` prints as typed.
    """
    font = register_fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=18)
    heading = ParagraphStyle("heading", fontName=BOLD, fontSize=16, leading=24)
    story = [Paragraph(escape(title), heading), Spacer(1, 6 * mm)]
    story += [Paragraph(escape(text), body) for text in paragraphs]
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        title=title,
        initialFontName=font,  # otherwise every page declares Helvetica, which is not embedded
        leftMargin=25 * mm,
        rightMargin=25 * mm,
    )
    document.build(story)
    return path
