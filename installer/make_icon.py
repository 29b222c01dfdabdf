"""Draw ShopCRM's icon: a warm rounded square with a white Hangul 단 (for 단골, regulars).

Writes ``resources/icons/shopcrm.png`` (256x256) and ``resources/icons/shopcrm.ico``
(16-256 px) with Qt's QPainter on the offscreen platform, using the bundled NanumGothic
Bold, so no image library is needed. Run it again only to change the design:

    python installer/make_icon.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402, TID251
from PySide6.QtGui import (  # noqa: E402, TID251
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
)

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FONT_FILE = ROOT / "resources" / "fonts" / "NanumGothicBold.ttf"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
TOP_COLOUR = "#F59A3C"  # warm orange
BOTTOM_COLOUR = "#DB5F2A"  # terracotta
GLYPH = "단"


def draw(size: int, family: str) -> QImage:
    """The icon at ``size`` x ``size`` pixels, transparent around the rounded square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    margin = size * 0.04
    square = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    gradient = QLinearGradient(square.topLeft(), square.bottomLeft())
    gradient.setColorAt(0.0, QColor(TOP_COLOUR))
    gradient.setColorAt(1.0, QColor(BOTTOM_COLOUR))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    radius = square.width() * 0.22
    painter.drawRoundedRect(square, radius, radius)
    font = QFont(family)
    font.setWeight(QFont.Weight.Bold)
    font.setPixelSize(max(8, round(size * 0.62)))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    # The glyph box sits a little high in NanumGothic; nudge it down to look centred.
    painter.drawText(square.translated(0, size * 0.015), Qt.AlignmentFlag.AlignCenter, GLYPH)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BMP body for an ICO entry: header, BGRA rows bottom-up, empty AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    rows = []
    for y in range(size - 1, -1, -1):
        rows.append(b"".join(struct.pack("<I", argb.pixel(x, y)) for x in range(size)))
    mask_row = b"\x00" * (((size + 31) // 32) * 4)
    return header + b"".join(rows) + mask_row * size


def ico_bytes(images: list[QImage]) -> bytes:
    """An ICO file: BMP entries for the small sizes, a PNG entry for 256 (as Windows does)."""
    bodies = [png_bytes(image) if image.width() >= 256 else dib_bytes(image) for image in images]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for image, body in zip(images, bodies, strict=True):
        side = image.width() % 256  # 0 means 256
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(body), offset)
        offset += len(body)
    return out + b"".join(bodies)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise SystemExit(f"could not load {FONT_FILE}")
    images = [draw(size, families[0]) for size in ICO_SIZES]
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "shopcrm.png").write_bytes(png_bytes(images[-1]))
    (ICONS / "shopcrm.ico").write_bytes(ico_bytes(images))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
