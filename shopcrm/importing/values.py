"""Reading one cell: dates, amounts, yes/no, genders, e-mails as Korean sheets write them.

Every function takes what a spreadsheet cell holds (text from a CSV file, or a number, a date
or a datetime from an .xlsx sheet) and returns the stored value, ``None`` for an empty cell, or
raises `shopcrm.errors.ValidationError` with a code that `shopcrm.vocabulary` words. Nothing here
touches the database.

Dates: ``1985-03-07``, ``1985.3.7``, ``1985/3/7``, ``19850307``, ``850307``, ``85/03/07`` (year
first, the Korean order; a two-digit year up to this year's two digits is 20xx, else 19xx),
``1979년 8월 15일``, ``79년 8월 15일``, US ``3/7/1985`` (year last, as Outlook writes; ``0/0/00``
is empty), Excel serial numbers of the 1900 system (a number, or five digits as text), and
without a year ``3월 7일``, ``--03-07``, ``--0307``, ``3/7``. A lunar marker can come with the
date: ``(음)1990.3.7``, ``(음,윤)1984.10.5``, ``1990.3.7(음력)``, ``양력 1990-03-07``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from shopcrm.customers import CONSENT_CHANNELS
from shopcrm.errors import ValidationError
from shopcrm.vocabulary import code_of

CellValue = str | int | float | bool | dt.date | dt.datetime | dt.time | None
"""What a reader hands over for one cell."""

_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01 once the fake 1900-02-29 is skipped
_EXCEL_FAKE_LEAP_DAY = 60
_EXCEL_LAST_SERIAL = 2_958_465  # 9999-12-31

_TIME_PART = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[AP]M)?$", re.I)
_MARKER = re.compile(r"음력|양력|윤달|lunar|solar|leap|음|양|윤", re.I)
_MARKER_PUNCTUATION = re.compile(r"[()\[\]{}<>,/·]")
_KOREAN_FULL = re.compile(r"^(\d{2}|\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일?\.?$")
_KOREAN_MONTH_DAY = re.compile(r"^(\d{1,2})\s*월\s*(\d{1,2})\s*일?\.?$")
_GROUPS = re.compile(r"^(\d{1,4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,4})\.?$")
_TWO_GROUPS = re.compile(r"^(\d{1,2})\s*[-./]\s*(\d{1,2})\.?$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_OUTLOOK_EMPTY = re.compile(r"^0{1,2}/0{1,2}/0{2,4}$")
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]+$")
_AMOUNT_UNITS = {"억": 100_000_000, "만": 10_000, "천": 1_000, "백": 100}
_AMOUNT_PIECE = re.compile(r"(\d+(?:\.\d+)?)(억|만|천|백)?")
_AMOUNT_NOISE = re.compile(r"[\s,원₩\\]|krw|won|포인트|점|pts?|p$", re.I)
_HANGUL = re.compile("[\uac00-\ud7a3\u3131-\u318e]")

_YES = frozenset({"y", "yes", "예", "네", "o", "○", "◯", "●", "v", "✓", "✔", "1", "true", "동의"})
_YES |= frozenset({"수신", "수신동의", "동의함", "허용", "t", "ok"})
_NO = frozenset({"n", "no", "아니오", "아니요", "x", "×", "✕", "-", "0", "false", "미동의"})
_NO |= frozenset({"비동의", "거부", "수신거부", "미수신", "동의안함", "f", "거절"})
_LUNAR_WORDS = frozenset({"음", "음력", "l", "lunar", "음력생일"})
_SOLAR_WORDS = frozenset({"양", "양력", "s", "solar", "양력생일"})
_LEAP_WORDS = frozenset({"윤", "윤달", "윤월", "leap", "음력윤달", "음윤", "윤음력", "음력(윤달)"})
_NOT_LEAP_WORDS = frozenset({"평", "평달", "평월"})
_FEMALE = frozenset({"여", "여자", "여성", "f", "female", "w", "woman", "girl", "여(f)", "녀"})
_MALE = frozenset({"남", "남자", "남성", "m", "male", "man", "boy", "남(m)"})
_CELL_CACHE = 4096
"""How many distinct cells each cached reader remembers: the readers are pure and a list
repeats its dates, amounts and Y/N over and over (typed, so that 1, 1.0 and True stay apart)."""
_OTHER_GENDER = frozenset({"기타", "other", "x", "nonbinary", "non-binary"})
CONSENT_CHANNEL_WORDS: dict[str, str] = {
    "서면": "paper",
    "종이": "paper",
    "전화": "phone",
    "문자": "message",
    "메시지": "message",
    "카톡": "message",
    "카카오톡": "message",
    "이메일": "email",
    "메일": "email",
    "방문": "in_person",
    "매장": "in_person",
    "대면": "in_person",
    "가져오기": "import",
}
"""Korean words people write for the consent channels (besides the vocabulary's own words)."""


@dataclass(frozen=True)
class DateValue:
    """A date as a cell gave it: the year may be unknown; lunar and leap as marked.

    Attributes:
        month: 1-12.
        day: 1-31.
        year: the year, or None when the cell had none (``3월 7일``).
        is_lunar: True when marked lunar (``(음)``), False when marked solar or unmarked.
        is_leap_month: marked as a leap month (``윤``).
        calendar_marked: the cell itself said lunar or solar; a 음력여부 column then yields.
    """

    month: int
    day: int
    year: int | None = None
    is_lunar: bool = False
    is_leap_month: bool = False
    calendar_marked: bool = False

    def as_date(self) -> dt.date:
        """The solar date (only for a solar date with a year).

        Raises:
            ValidationError: ``date_without_year`` or ``no_such_date``.
        """
        if self.year is None:
            raise ValidationError("date_without_year", value=f"{self.month}/{self.day}")
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            raise ValidationError(
                "no_such_date", value=f"{self.year}-{self.month:02d}-{self.day:02d}"
            ) from None


def is_blank(value: CellValue) -> bool:
    """True for an empty cell (None, or text of spaces only)."""
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: CellValue) -> str:
    """A cell as text: numbers without a trailing ``.0``, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _normalized(value: CellValue) -> str:
    return unicodedata.normalize("NFKC", cell_text(value)).strip()


def _word(value: CellValue) -> str:
    return "".join(_normalized(value).lower().split())


def two_digit_year(year: int, today: dt.date) -> int:
    """20xx up to this year's two digits, 19xx above (``26`` -> 2026, ``85`` -> 1985 in 2026)."""
    return 2000 + year if year <= today.year % 100 else 1900 + year


def excel_serial_date(serial: float) -> dt.date:
    """The date of an Excel serial number (1900 date system, as Windows Excel writes).

    Raises:
        ValidationError: ``unreadable_date`` outside 1 to 2958465 or for serial 60 (the
            29 February 1900 that Excel invents).
    """
    whole = int(serial)
    if not 1 <= whole <= _EXCEL_LAST_SERIAL or whole == _EXCEL_FAKE_LEAP_DAY:
        raise ValidationError("unreadable_date", value=cell_text(serial))
    if whole < _EXCEL_FAKE_LEAP_DAY:
        whole += 1  # before the invented leap day the count is one day behind
    return _EXCEL_EPOCH + dt.timedelta(days=whole)


def _calendar_markers(text: str) -> tuple[str, bool | None, bool]:
    """The text without its lunar/solar/leap markers, whether it said lunar, and leap."""
    found = [match.group(0).lower() for match in _MARKER.finditer(text)]
    if not found:
        return text, None, False
    rest = _MARKER_PUNCTUATION.sub(" ", _MARKER.sub(" ", text))
    # a marker word must not eat the 년/월/일 of a Korean date: those letters are not markers
    leap = any(word in ("윤", "윤달", "leap") for word in found)
    if any(word in ("음", "음력", "lunar") for word in found) or leap:
        lunar: bool | None = True
    else:
        lunar = False
    return " ".join(rest.split()), lunar, leap


@lru_cache(maxsize=_CELL_CACHE, typed=True)
def parse_date(value: CellValue, *, today: dt.date) -> DateValue | None:
    """Read a date cell.

    Args:
        value: the cell.
        today: for two-digit years.

    Returns:
        The date (with or without a year, lunar if marked), or None for an empty cell or
        Outlook's ``0/0/00``.

    Raises:
        ValidationError: ``unreadable_date`` (field ``value``) when the text is no date,
            ``no_such_date`` for a month or day out of range.
    """
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return DateValue(value.month, value.day, value.year)
    if isinstance(value, dt.date):
        return DateValue(value.month, value.day, value.year)
    if isinstance(value, int | float) and not isinstance(value, bool):
        serial = excel_serial_date(value)
        return DateValue(serial.month, serial.day, serial.year)
    original = cell_text(value)
    text = _TIME_PART.sub("", _normalized(value)).strip()
    text, lunar, leap = _calendar_markers(text)
    if not text:
        raise ValidationError("unreadable_date", value=original)
    if _OUTLOOK_EMPTY.match(text):
        return None
    found = _date_parts(text, today)
    if found is None:
        raise ValidationError("unreadable_date", value=original)
    year, month, day = found
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValidationError("no_such_date", value=original)
    return DateValue(
        month,
        day,
        year,
        is_lunar=bool(lunar),
        is_leap_month=leap,
        calendar_marked=lunar is not None,
    )


def _date_parts(text: str, today: dt.date) -> tuple[int | None, int, int] | None:
    compact = text.replace(" ", "")
    if compact.isdigit():
        if len(compact) == 8:
            return int(compact[:4]), int(compact[4:6]), int(compact[6:])
        if len(compact) == 6:
            return two_digit_year(int(compact[:2]), today), int(compact[2:4]), int(compact[4:])
        if len(compact) == 5:
            serial = excel_serial_date(int(compact))
            return serial.year, serial.month, serial.day
        return None
    if re.fullmatch(r"\d{5}\.0+", compact):
        serial = excel_serial_date(float(compact))
        return serial.year, serial.month, serial.day
    if match := _NO_YEAR.match(compact):
        return None, int(match.group(1)), int(match.group(2))
    if match := _KOREAN_FULL.match(text):
        year = int(match.group(1))
        if len(match.group(1)) == 2:
            year = two_digit_year(year, today)
        return year, int(match.group(2)), int(match.group(3))
    if match := _KOREAN_MONTH_DAY.match(text):
        return None, int(match.group(1)), int(match.group(2))
    if match := _GROUPS.match(text):
        first, second, third = match.groups()
        if len(first) == 4 or len(first) == 3:
            return int(first), int(second), int(third)
        if len(third) == 4:  # US order, as Outlook writes: month/day/year
            month, day = int(first), int(second)
            if month > 12 >= day:
                month, day = day, month
            return int(third), month, day
        if len(third) <= 2 and len(first) <= 2:  # Korean order: YY/MM/DD
            return two_digit_year(int(first), today), int(second), int(third)
        return None
    if match := _TWO_GROUPS.match(text):
        return None, int(match.group(1)), int(match.group(2))
    return None


@lru_cache(maxsize=_CELL_CACHE, typed=True)
def parse_amount(value: CellValue) -> int | None:
    """Read an amount of won: ``12,000원``, ``￦12,000``, ``12만원``, ``1만 2천``, ``1.5만``.

    Returns:
        Whole won (never negative), or None for an empty cell.

    Raises:
        ValidationError: ``unreadable_amount`` (field ``value``) for anything else, including a
            negative amount.
    """
    if is_blank(value):
        return None
    original = cell_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value < 0:
            raise ValidationError("unreadable_amount", value=original)
        return round(value)
    text = _AMOUNT_NOISE.sub("", _normalized(value).lower())
    if not text:
        raise ValidationError("unreadable_amount", value=original)
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return round(float(text))
    total, position = 0.0, 0
    for match in _AMOUNT_PIECE.finditer(text):
        if match.start() != position or match.group(2) is None and match.end() != len(text):
            raise ValidationError("unreadable_amount", value=original)
        total += float(match.group(1)) * _AMOUNT_UNITS.get(match.group(2) or "", 1)
        position = match.end()
    if position != len(text) or position == 0:
        raise ValidationError("unreadable_amount", value=original)
    return round(total)


@lru_cache(maxsize=_CELL_CACHE, typed=True)
def parse_yes_no(value: CellValue) -> bool | None:
    """Read a yes/no cell: Y/N, 예/아니오, 동의/미동의, O/X, 1/0, TRUE/FALSE ...

    Raises:
        ValidationError: ``unreadable_yes_no`` (field ``value``).
    """
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    word = _word(value)
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValidationError("unreadable_yes_no", value=cell_text(value))


@lru_cache(maxsize=_CELL_CACHE, typed=True)
def parse_calendar(value: CellValue) -> tuple[bool, bool] | None:
    """Read a 음력여부 / 음양 cell: (is_lunar, is_leap_month), or None when empty.

    음력/음/L/lunar and Y/예/O/1 mean lunar; 양력/양/S/solar and N/아니오/X/0 mean solar;
    윤달/윤 means a lunar leap month.

    Raises:
        ValidationError: ``unreadable_calendar`` (field ``value``).
    """
    if is_blank(value):
        return None
    word = _word(value)
    if word in _LEAP_WORDS:
        return True, True
    if word in _LUNAR_WORDS:
        return True, False
    if word in _SOLAR_WORDS:
        return False, False
    try:
        lunar = parse_yes_no(value)
    except ValidationError:
        raise ValidationError("unreadable_calendar", value=cell_text(value)) from None
    return bool(lunar), False


def parse_leap(value: CellValue) -> bool | None:
    """Read a 윤달 cell: 윤달/윤/Y/O/1 mean a leap month, 평달/N/X/0 an ordinary one.

    Raises:
        ValidationError: ``unreadable_yes_no`` (field ``value``).
    """
    if is_blank(value):
        return None
    word = _word(value)
    if word in _LEAP_WORDS:
        return True
    if word in _NOT_LEAP_WORDS:
        return False
    return parse_yes_no(value)


def parse_gender(value: CellValue) -> str | None:
    """Read a 성별 cell: ``female``, ``male`` or ``other``.

    Raises:
        ValidationError: ``invalid_gender`` (field ``value``).
    """
    if is_blank(value):
        return None
    word = _word(value)
    if word in _FEMALE:
        return "female"
    if word in _MALE:
        return "male"
    if word in _OTHER_GENDER:
        return "other"
    raise ValidationError("invalid_gender", value=cell_text(value))


def parse_email(value: CellValue) -> str | None:
    """Check an e-mail address (one ``@``, a dot in the domain, no spaces).

    Raises:
        ValidationError: ``invalid_email`` (field ``value``).
    """
    if is_blank(value):
        return None
    text = cell_text(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    if not _EMAIL.match(text):
        raise ValidationError("invalid_email", value=cell_text(value))
    return text


def parse_consent_channel(value: CellValue) -> str | None:
    """Read a 동의경로 cell into a consent channel code (서면 -> paper, 문자 -> message ...).

    Raises:
        ValidationError: ``unreadable_consent_channel`` (field ``value``).
    """
    if is_blank(value):
        return None
    word = _word(value)
    if word in CONSENT_CHANNELS:
        return word
    if word in CONSENT_CHANNEL_WORDS:
        return CONSENT_CHANNEL_WORDS[word]
    worded = code_of("consent_channel", word)  # the words an export writes
    if worded is not None:
        return worded
    raise ValidationError("unreadable_consent_channel", value=cell_text(value))


def postal_code_text(value: CellValue) -> tuple[str | None, bool]:
    """A 우편번호 cell as text, with a leading zero Excel dropped put back (``6236`` -> ``06236``).

    Returns:
        The text (None when empty) and whether a zero was put back.
    """
    if is_blank(value):
        return None, False
    text = _normalized(value)
    if text.isdigit() and len(text) == 4:
        return "0" + text, True
    return text, False


def phone_text(value: CellValue) -> str:
    """A phone cell as text (an .xlsx number loses nothing but its leading zero)."""
    return cell_text(value).strip()


def has_hangul(text: str) -> bool:
    """Whether a text holds Korean letters."""
    return bool(_HANGUL.search(text))


def join_name(family: str | None, given: str | None, middle: str | None = None) -> str:
    """A whole name from its parts: Korean family first without a space (김민수), Latin
    given-then-family with spaces (Minsu Kim)."""
    parts = [part.strip() for part in (family, middle, given) if part and part.strip()]
    if not parts:
        return ""
    if any(has_hangul(part) for part in parts):
        return "".join(parts)
    latin = [part.strip() for part in (given, middle, family) if part and part.strip()]
    return " ".join(latin)


def split_values(text: str, separators: str = r"\s+:::\s+|\n") -> list[str]:
    """Pieces of a cell holding several values (Google's `` ::: ``, lines)."""
    return [piece.strip() for piece in re.split(separators, text) if piece.strip()]


def split_tags(value: CellValue) -> list[str]:
    """Tag names from a 태그 cell: separated by commas, semicolons, `` ::: `` or lines.

    Google's system groups (``* myContacts``, ``* starred``) are left out.
    """
    if is_blank(value):
        return []
    pieces = split_values(cell_text(value), r"\s*:::\s*|[,;\n]")
    return [piece for piece in pieces if not piece.startswith("* ")]


def as_plain(value: Any) -> CellValue:
    """Any reader value as a cell value (unknown objects become text)."""
    if value is None or isinstance(value, str | int | float | bool | dt.date | dt.time):
        return value
    return str(value)
