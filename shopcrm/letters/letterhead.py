"""The shop as the top of a letter shows it: name, logo, address and phone.

The logo is kept in the database (setting ``letter_logo``, the image as base64), so every
counter of a shop prints the same letterhead.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.utils import ImageReader

from shopcrm import settings
from shopcrm.errors import ValidationError

LOGO_SETTING = "letter_logo"
"""Setting: the letterhead's logo, ``{"name": file name, "data": base64}``, or empty."""
MAX_LOGO_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Letterhead:
    """What the letterhead, the envelope's sender block and the card's foot print.

    Attributes:
        logo: the logo image (PNG or JPEG bytes), or None.
    """

    shop_name: str
    owner_name: str = ""
    address: str = ""
    phone: str = ""
    logo: bytes | None = None


def current_logo() -> bytes | None:
    """The stored logo image, or None."""
    stored = settings.get_setting(LOGO_SETTING)
    if not isinstance(stored, dict) or not stored.get("data"):
        return None
    try:
        return base64.b64decode(str(stored["data"]))
    except ValueError:
        return None


def current_letterhead() -> Letterhead:
    """The letterhead from the shop's settings."""
    profile = settings.shop_profile()
    return Letterhead(
        shop_name=profile.shop_name.strip(),
        owner_name=profile.owner_name.strip(),
        address=profile.shop_address.strip(),
        phone=profile.shop_phone.strip(),
        logo=current_logo(),
    )


def set_logo(path: Path | None) -> None:
    """Use an image file as the letterhead's logo (None: no logo).

    Raises:
        ValidationError: ``logo_too_large`` (fields ``path``, ``limit_mb``) over 2 MB;
            ``logo_unreadable`` (field ``path``) when it is not a PNG or JPEG image.
    """
    if path is None:
        settings.set_setting(LOGO_SETTING, "")
        return
    try:
        data = path.read_bytes()
    except OSError:
        raise ValidationError("logo_unreadable", path=str(path)) from None
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError("logo_too_large", path=str(path), limit_mb=2)
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # PIL raises many kinds for a file that is not an image
        raise ValidationError("logo_unreadable", path=str(path)) from None
    if not width or not height:
        raise ValidationError("logo_unreadable", path=str(path))
    encoded = base64.b64encode(data).decode("ascii")
    settings.set_setting(LOGO_SETTING, {"name": path.name, "data": encoded})
