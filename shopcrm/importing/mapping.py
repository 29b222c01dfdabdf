"""Which column holds what: guessed from Korean and English header names, or given.

A mapping is a tuple with one field name per column (``""`` for a column left out). The guess
knows Korean sheets (이름/성명/고객명, 휴대폰/연락처, 생일/생년월일, 음력여부 ...), Google
Contacts (old and new headers), Outlook and HubSpot exports, and ShopCRM's own export, which
it recognises by its header and reads with a fixed mapping. A mapping the owner chose is
kept in the settings under its header and is the guess the next time the same header comes.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from shopcrm import settings
from shopcrm.importing.errors import ImportRefused

IGNORED = ""
"""The field name of a column that is left out."""

FIELDS: tuple[str, ...] = (
    "name",
    "family_name",
    "given_name",
    "middle_name",
    "phone",
    "email",
    "postal_code",
    "address",
    "address_part",
    "gender",
    "birthday",
    "birthday_calendar",
    "birthday_solar",
    "birthday_leap",
    "wedding",
    "anniversary",
    "interests",
    "notes",
    "tags",
    "grade",
    "total_spent",
    "last_visit",
    "points",
    "purchase_count",
    "visit_count",
    "first_purchase",
    "joined",
    "referrer",
    "staff",
    "consent",
    "consent_date",
    "consent_channel",
    "customer_no",
    "former_no",
)
"""Every field a column can be mapped to, in the order the wizard lists them."""

MULTI_FIELDS = frozenset({"phone", "email", "address_part", "notes", "tags", "anniversary"})
"""Fields that several columns may feed (their values are collected in column order)."""

NAME_FIELDS = frozenset({"name", "family_name", "given_name"})

SHOPCRM_HEADER: tuple[str, ...] = (
    "고객번호",
    "이름",
    "휴대폰",
    "이메일",
    "우편번호",
    "주소",
    "성별",
    "생일",
    "결혼기념일",
    "기타기념일",
    "관심사",
    "메모",
    "태그",
    "마케팅동의",
    "동의일자",
    "동의경로",
    "담당자",
    "추천인",
    "이전등급",
    "이전고객번호",
    "누적구매액",
    "포인트",
    "최근방문일",
    "단계",
    "등급",
    "구매횟수",
    "첫구매일",
    "등록일",
)
"""The header of ShopCRM's customer export (always Korean); the first two never change."""

SHOPCRM_MAPPING: dict[str, str] = dict(
    zip(
        SHOPCRM_HEADER,
        (
            "customer_no",
            "name",
            "phone",
            "email",
            "postal_code",
            "address",
            "gender",
            "birthday",
            "wedding",
            "anniversary",
            "interests",
            "notes",
            "tags",
            "consent",
            "consent_date",
            "consent_channel",
            "staff",
            "referrer",
            "grade",
            "former_no",
            "total_spent",
            "points",
            "last_visit",
            IGNORED,
            IGNORED,
            IGNORED,
            IGNORED,
            IGNORED,
        ),
        strict=True,
    )
)
"""How ShopCRM reads its own export: derived columns (단계, 등급 ...) are ignored."""

SHOPCRM_PURCHASES_HEADER: tuple[str, ...] = (
    "고객번호",
    "이름",
    "구매일",
    "종류",
    "금액",
    "품목",
    "결제수단",
    "포인트적립",
    "담당자",
    "메모",
    "취소일",
)
"""The header of ShopCRM's purchases export (not a customer list: refused by the importer)."""

SHOPCRM_COMPLAINTS_HEADER: tuple[str, ...] = (
    "번호",
    "고객번호",
    "이름",
    "접수일",
    "채널",
    "분류",
    "심각도",
    "상태",
    "사과한 사람",
    "해결",
    "보상액",
    "후속 조치일",
    "만족도",
    "30일 내 재방문",
)
"""The header of the complaints export: one row per complaint, words in Korean; 보상액 is the
won given (points given are in 해결); not a customer list: refused by the importer."""

REJECTED_COLUMN = "가져오기 오류"
"""The column the rejected-rows file adds: why each row was not imported."""

_SHOPCRM_MARKERS = frozenset({"이전고객번호", "이전등급", "단계", "기타기념일"})
_PUNCTUATION = re.compile(r"[\s_\-./()\[\]{}*:#'\"`~!?,;<>|+&%$@^=]")

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "이름",
        "성명",
        "고객명",
        "고객이름",
        "고객성명",
        "회원명",
        "회원이름",
        "성함",
        "name",
        "fullname",
        "displayname",
        "contactname",
        "customername",
    ),
    "family_name": ("성", "familyname", "lastname", "surname"),
    "given_name": ("givenname", "firstname"),
    "middle_name": ("middlename", "additionalname"),
    "phone": (
        "휴대폰",
        "핸드폰",
        "휴대전화",
        "휴대폰번호",
        "핸드폰번호",
        "휴대전화번호",
        "연락처",
        "전화번호",
        "전화",
        "연락처1",
        "연락처2",
        "전화번호1",
        "전화번호2",
        "휴대폰1",
        "집전화",
        "자택전화",
        "회사전화",
        "직장전화",
        "hp",
        "mobile",
        "mobilephone",
        "mobilephonenumber",
        "mobilenumber",
        "phone",
        "phonenumber",
        "tel",
        "telephone",
        "cell",
        "cellphone",
        "homephone",
        "homephone2",
        "businessphone",
        "businessphone2",
        "otherphone",
        "primaryphone",
        "carphone",
        "companymainphone",
    ),
    "email": (
        "이메일",
        "이메일주소",
        "메일",
        "전자우편",
        "전자메일",
        "email",
        "emailaddress",
        "email2address",
        "email3address",
        "mail",
    ),
    "postal_code": (
        "우편번호",
        "우편",
        "zip",
        "zipcode",
        "postalcode",
        "postcode",
        "homepostalcode",
    ),
    "address": (
        "주소",
        "집주소",
        "자택주소",
        "도로명주소",
        "지번주소",
        "주소1",
        "address",
        "homeaddress",
        "fulladdress",
    ),
    "address_part": (
        "상세주소",
        "주소2",
        "시도",
        "시군구",
        "읍면동",
        "homestreet",
        "homestreet2",
        "homestreet3",
        "homecity",
        "homestate",
        "homecountryregion",
        "homecountry",
        "streetaddress",
        "street",
        "city",
        "state",
        "stateregion",
        "countryregion",
        "country",
    ),
    "gender": ("성별", "남녀", "gender", "sex"),
    "birthday": (
        "생일",
        "생년월일",
        "출생일",
        "생일날짜",
        "birthday",
        "birthdate",
        "dateofbirth",
        "dob",
    ),
    "birthday_calendar": (
        "음력여부",
        "음양",
        "음양력",
        "음력",
        "음력양력",
        "양음",
        "양음력",
        "생일구분",
        "음력생일",
        "lunar",
        "calendar",
    ),
    "birthday_solar": ("양력", "양력여부"),
    "birthday_leap": ("윤달", "윤달여부", "윤월", "leapmonth"),
    "wedding": (
        "결혼기념일",
        "기념일",
        "결혼일",
        "anniversary",
        "weddinganniversary",
        "weddingdate",
    ),
    "anniversary": ("기타기념일",),
    "interests": (
        "관심사",
        "관심분야",
        "관심상품",
        "취향",
        "취미",
        "interests",
        "hobby",
        "hobbies",
    ),
    "notes": (
        "메모",
        "비고",
        "특이사항",
        "참고",
        "참고사항",
        "notes",
        "note",
        "memo",
        "comment",
        "comments",
        "description",
    ),
    "tags": (
        "태그",
        "그룹",
        "분류",
        "라벨",
        "고객분류",
        "고객그룹",
        "tags",
        "tag",
        "labels",
        "categories",
        "groupmembership",
        "group",
    ),
    "grade": (
        "등급",
        "회원등급",
        "고객등급",
        "이전등급",
        "가져온등급",
        "grade",
        "level",
        "tier",
        "membershiplevel",
    ),
    "total_spent": (
        "누적구매액",
        "누적구매금액",
        "누적금액",
        "총구매액",
        "총구매금액",
        "구매총액",
        "누적매출",
        "누적결제액",
        "totalspent",
    ),
    "last_visit": (
        "최근방문일",
        "최종방문일",
        "마지막방문일",
        "최근방문",
        "최근구매일",
        "최종구매일",
        "lastvisit",
    ),
    "points": ("포인트", "적립금", "잔여포인트", "보유포인트", "마일리지", "적립포인트", "points"),
    "purchase_count": (
        "구매횟수",
        "구매수",
        "총구매횟수",
        "누적구매횟수",
        "구매건수",
        "purchasecount",
        "purchases",
    ),
    "visit_count": ("방문횟수", "방문수", "총방문횟수", "누적방문횟수", "visitcount", "visits"),
    "first_purchase": ("첫구매일", "최초구매일", "첫구매", "firstpurchase", "firstpurchasedate"),
    "joined": ("가입일", "회원가입일", "가입일자", "등록일", "joined", "membersince", "joindate"),
    "referrer": ("추천인", "소개자", "소개인", "소개한사람", "referrer", "referredby"),
    "staff": ("담당자", "담당직원", "담당", "담당디자이너", "담당매니저", "staff", "contactowner"),
    "consent": (
        "마케팅동의",
        "마케팅수신동의",
        "마케팅정보수신동의",
        "수신동의",
        "광고수신동의",
        "sms수신동의",
        "문자수신동의",
        "정보수신동의",
        "마케팅활용동의",
        "marketingconsent",
    ),
    "consent_date": ("동의일자", "동의일", "마케팅동의일", "수신동의일"),
    "consent_channel": ("동의경로", "동의방법"),
    "customer_no": (
        "고객번호",
        "회원번호",
        "고객코드",
        "회원코드",
        "고객id",
        "회원id",
        "customerno",
        "customernumber",
        "customerid",
        "recordid",
        "contactid",
    ),
    "former_no": ("이전고객번호",),
}
_ALIAS_TO_FIELD = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
_DERIVED = frozenset({"단계", "고객단계", "현재등급"})
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^phone\d+value$"), "phone"),
    (re.compile(r"^email\d+value$"), "email"),
    (re.compile(r"^address1formatted$"), "address"),
    (re.compile(r"^address1postalcode$"), "postal_code"),
    (re.compile(r"^address1(street|extendedaddress|city|region|country|pobox)$"), "address_part"),
)
_SAVED_KEY = "import_mappings"
_SAVED_LIMIT = 30


def normalized_header(text: str) -> str:
    """A header cell reduced for comparison: NFKC, lower case, no spaces or punctuation."""
    return _PUNCTUATION.sub("", unicodedata.normalize("NFKC", text).lower())


def field_for_header(text: str) -> str:
    """The field a header name means, or ``""``."""
    key = normalized_header(text)
    if not key or key in _DERIVED:
        return IGNORED
    if key in _ALIAS_TO_FIELD:
        return _ALIAS_TO_FIELD[key]
    for pattern, name in _PATTERNS:
        if pattern.match(key):
            return name
    return IGNORED


def is_shopcrm_export(header: Sequence[str]) -> bool:
    """Whether a header is ShopCRM's own customer export (its numbers are ShopCRM's)."""
    names = [cell.strip() for cell in header]
    return names[:2] == list(SHOPCRM_HEADER[:2]) and set(names) >= _SHOPCRM_MARKERS


def other_shopcrm_export(header: Sequence[str]) -> str | None:
    """The refusal code when a header is one of ShopCRM's exports that are not a customer
    list (``purchases_file``, ``complaints_file``), else None."""
    names = [cell.strip() for cell in header]
    for code, known in (
        ("purchases_file", SHOPCRM_PURCHASES_HEADER),
        ("complaints_file", SHOPCRM_COMPLAINTS_HEADER),
    ):
        if names[: len(known)] == list(known):
            return code
    return None


def layout_kind(header: Sequence[str]) -> str:
    """Where a file seems to come from: ``shopcrm``, ``google``, ``outlook``, ``hubspot`` or
    ``sheet`` (any other table)."""
    keys = {normalized_header(cell) for cell in header}
    if is_shopcrm_export(header):
        return "shopcrm"
    if "recordid" in keys and ("firstname" in keys or "email" in keys):
        return "hubspot"
    if (
        "phone1value" in keys
        or "groupmembership" in keys
        or "labels" in keys
        and "firstname" in keys
    ):
        return "google"
    if "emailaddress" in keys and ("businessphone" in keys or "mobilephone" in keys):
        return "outlook"
    return "sheet"


def signature(header: Sequence[str]) -> str:
    """The key a saved mapping is kept under: the header, normalised."""
    return "|".join(normalized_header(cell) for cell in header)


def guess_mapping(header: Sequence[str]) -> tuple[str, ...]:
    """The mapping for a header: ShopCRM's own, a saved one for the same header, or a guess.

    Call it with the database open (saved mappings live in the settings).
    """
    if is_shopcrm_export(header):
        return tuple(SHOPCRM_MAPPING.get(cell.strip(), IGNORED) for cell in header)
    saved = saved_mappings().get(signature(header))
    if saved is not None and len(saved) == len(header):
        return tuple(name if name in FIELDS else IGNORED for name in saved)
    return tidy_mapping(header, [field_for_header(cell) for cell in header])


def tidy_mapping(header: Sequence[str], fields: Sequence[str]) -> tuple[str, ...]:
    """Settle conflicts in a guessed mapping.

    * 성 + 이름 columns: 이름 is then the given name;
    * a whole address wins over address parts;
    * a single-valued field keeps its first column, later ones are left out.
    """
    result = list(fields)
    if "family_name" in result:
        for index, name in enumerate(result):
            if name == "name" and normalized_header(header[index]) == "이름":
                result[index] = "given_name"
    if "address" in result:
        result = [IGNORED if name == "address_part" else name for name in result]
    seen: set[str] = set()
    for index, name in enumerate(result):
        if not name or name in MULTI_FIELDS:
            continue
        if name in seen:
            result[index] = IGNORED
        seen.add(name)
    return tuple(result)


def has_name(mapping: Iterable[str]) -> bool:
    """Whether some column gives a name (whole, or family/given parts)."""
    return bool(NAME_FIELDS & set(mapping))


def saved_mappings() -> dict[str, list[str]]:
    """The mappings kept for earlier headers."""
    stored = settings.get_setting(_SAVED_KEY)
    return dict(stored) if isinstance(stored, dict) else {}


def save_mapping(header: Sequence[str], mapping: Sequence[str]) -> None:
    """Keep a mapping for its header (the most recent few are kept). Call in a transaction."""
    stored = saved_mappings()
    key = signature(header)
    stored.pop(key, None)
    stored[key] = list(mapping)
    while len(stored) > _SAVED_LIMIT:
        stored.pop(next(iter(stored)))
    settings.set_setting(_SAVED_KEY, stored)


def mapping_from_names(
    header: Sequence[str], by_header: Mapping[str, str | None]
) -> tuple[str, ...]:
    """A mapping from ``{header name: field}`` (as a mapping file gives it); columns not named
    keep their guess.

    Raises:
        ImportRefused: ``unknown_field`` (fields ``field``, ``column``).
    """
    wanted = {normalized_header(name): field for name, field in by_header.items()}
    guessed = guess_mapping(header)
    result = []
    for index, cell in enumerate(header):
        key = normalized_header(cell)
        if key not in wanted:
            result.append(guessed[index])
            continue
        name = wanted[key] or IGNORED
        if name == "ignore":
            name = IGNORED
        if name and name not in FIELDS:
            raise ImportRefused("unknown_field", field=name, column=cell)
        result.append(name)
    return tuple(result)


def load_mapping_file(path: Path) -> dict[str, str | None]:
    """Read a mapping file: JSON ``{"헤더 이름": "field", ...}`` (or under ``"columns"``).

    Raises:
        ImportRefused: ``mapping_file_invalid`` (fields ``path``, ``reason``),
            ``unknown_field``.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as error:
        raise ImportRefused("mapping_file_invalid", path=str(path), reason=str(error)) from None
    if isinstance(data, dict) and isinstance(data.get("columns"), dict):
        data = data["columns"]
    if not isinstance(data, dict) or not all(
        isinstance(key, str) and (value is None or isinstance(value, str))
        for key, value in data.items()
    ):
        raise ImportRefused(
            "mapping_file_invalid", path=str(path), reason="{header: field, ...} expected"
        )
    for column, name in data.items():
        if name and name != "ignore" and name not in FIELDS:
            raise ImportRefused("unknown_field", field=name, column=column)
    return dict(data)


def find_header(rows: Sequence[Sequence[str]]) -> int:
    """The index of the header among the first rows of a table.

    The header is the first row naming the most known fields; a title row or blank rows
    above it are passed over. Without any known name, the first row with two or more filled
    cells (else the first filled row).
    """
    best, best_score = -1, 0
    for index, row in enumerate(rows):
        score = sum(1 for cell in row if field_for_header(cell))
        if score > best_score:
            best, best_score = index, score
    if best >= 0:
        return best
    for index, row in enumerate(rows):
        if sum(1 for cell in row if cell.strip()) >= 2:
            return index
    for index, row in enumerate(rows):
        if any(cell.strip() for cell in row):
            return index
    return 0
