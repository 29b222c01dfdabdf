"""The bundled Korean TrueType font (NanumGothic, OFL), registered once for ReportLab."""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from shopcrm import paths

REGULAR = "NanumGothic"
BOLD = "NanumGothicBold"


def register_fonts() -> str:
    """Register the Korean font family with ReportLab (once) and return the regular name."""
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, str(paths.resource("fonts", "NanumGothic.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(paths.resource("fonts", "NanumGothicBold.ttf"))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
