"""Writing a PDF safely: into a temporary file beside the target, renamed at the end.

Cancel, an error or a crash leave no half-written file, and an existing file of the same
name stays as it was until the new one is complete.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from shopcrm.letters.errors import LettersCancelled, PdfNotWritten

ProgressCallback = Callable[[int, int], None]
"""Called with (done, total) as the work goes on."""
CancelCheck = Callable[[], bool]
"""Polled as the work goes on; returning True stops it (`LettersCancelled`)."""


def check_cancel(cancel: CancelCheck | None) -> None:
    """Stop here if the owner pressed Cancel.

    Raises:
        LettersCancelled: she did.
    """
    if cancel is not None and cancel():
        raise LettersCancelled()


@contextmanager
def atomic_pdf(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``, otherwise it goes.

    Raises:
        PdfNotWritten: ``pdf_not_written`` (fields ``path``, ``reason``) when the folder is
            missing or not writable, or the target cannot be replaced (open elsewhere).
    """
    folder = target.parent
    if not folder.is_dir():
        raise PdfNotWritten(path=str(target), reason="folder does not exist")
    temporary = folder / f".{target.name}.{secrets.token_hex(4)}.part"
    try:
        yield temporary
        if not temporary.exists():
            raise PdfNotWritten(path=str(target), reason="nothing was written")
        os.replace(temporary, target)
    except OSError as error:
        raise PdfNotWritten(path=str(target), reason=error.strerror or str(error)) from error
    finally:
        temporary.unlink(missing_ok=True)


def copy_pdf(source: Path, target: Path) -> Path:
    """Save a copy of a finished PDF (the preview) where the owner chose, safely.

    Raises:
        PdfNotWritten: the copy cannot be written there (nothing is left behind).
    """
    with atomic_pdf(target) as temporary:
        try:
            shutil.copyfile(source, temporary)
        except OSError as error:
            raise PdfNotWritten(path=str(target), reason=error.strerror or str(error)) from error
    return target


LETTER_FILE_NAMES = {
    "thank_you": "감사편지",
    "birthday": "생일편지",
    "anniversary": "기념일편지",
    "apology": "사과편지",
    "referral_introducer": "소개감사편지",
    "referral_friend": "환영편지",
    "vip_invite": "VIP초대장",
    "we_miss_you": "안부편지",
}
"""The file name (without ``.pdf``) the window suggests for each built-in template's letters."""
_NOT_IN_FILE_NAMES = re.compile(r'\([^)]*\)|[\\/:*?"<>|\s]')


def suggested_pdf_name(template_key: str, title: str, layout: str = "letter") -> str:
    """The Korean file name the window suggests for a batch: ``감사편지.pdf``, and for greeting
    cards ``생일카드.pdf``; an owner's own template is named after its title."""
    stem = LETTER_FILE_NAMES.get(template_key) or _NOT_IN_FILE_NAMES.sub("", title) or "편지"
    if layout == "card":
        stem = stem.removesuffix("편지") + "카드" if stem.endswith("편지") else stem
    return f"{stem}.pdf"


def suggested_labels_name(sheet: str) -> str:
    """The file name the window suggests for labels (``주소라벨.pdf``) or DL envelopes."""
    return "봉투.pdf" if sheet == "dl" else "주소라벨.pdf"
