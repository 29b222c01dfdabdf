"""Words for the command line: error codes and reports in Korean (default) or English.

The window words its own texts through Qt's translator; for errors it calls
`describe_error` too, so a code reads the same in both places.
"""

from __future__ import annotations

import os

from shopcrm.errors import ShopCRMError

KOREAN, ENGLISH = "ko", "en"

_ERRORS: dict[str, tuple[str, str]] = {
    "not_a_database": (
        "'{path}' 파일은 ShopCRM 데이터베이스가 아닙니다. 파일은 그대로 두었습니다.",
        "'{path}' is not a ShopCRM database. The file was left untouched.",
    ),
    "newer_version": (
        "'{path}' 데이터베이스는 더 새 버전의 ShopCRM에서 만들어졌습니다 (스키마 {version}, "
        "이 프로그램은 {supported}까지). ShopCRM을 업데이트해 주세요. 파일은 그대로 두었습니다.",
        "'{path}' was made by a newer ShopCRM (schema {version}; this program knows up to "
        "{supported}). Please update ShopCRM. The file was left untouched.",
    ),
    "locked": (
        "'{path}' 파일을 다른 프로그램이 사용 중입니다. 그 프로그램을 닫고 다시 시도해 주세요.",
        "'{path}' is in use by another program. Close it and try again.",
    ),
    "read_only": (
        "'{path}' 파일이 읽기 전용입니다. 쓰기 권한을 주거나 다른 위치에 복사해 주세요.",
        "'{path}' is read-only. Allow writing to it or copy it somewhere else.",
    ),
    "folder_not_writable": (
        "'{path}' 폴더에 파일을 만들 수 없습니다.",
        "Cannot create files in the folder '{path}'.",
    ),
    "network_share": (
        "'{path}' 파일이 네트워크 공유 폴더에 있습니다. SQLite 파일을 여러 PC에서 함께 쓰면 "
        "데이터가 손상될 수 있습니다. 여러 PC에서 쓰려면 PostgreSQL 서버 주소를 --db 에 "
        "지정하세요 (예: postgresql://사용자@서버/shopcrm).",
        "'{path}' is on a network share; a SQLite file shared by several PCs can be damaged. "
        "For several PCs give a PostgreSQL server to --db "
        "(e.g. postgresql://user@server/shopcrm).",
    ),
    "unreachable": (
        "데이터베이스 서버 {url} 에 연결할 수 없습니다: {reason}",
        "Cannot reach the database server {url}: {reason}",
    ),
    "database_not_empty": (
        "이 데이터베이스에는 이미 고객 {count}명이 있습니다. 데모 데이터로 바꾸려면 --force 를 "
        "붙이세요 (기존 데이터는 모두 지워집니다).",
        "This database already has {count} customers. Add --force to replace them with the "
        "demo shop (everything in it will be deleted).",
    ),
    "control_characters": (
        "'{field}' 칸에 입력할 수 없는 제어 문자가 있습니다.",
        "The field '{field}' contains control characters that cannot be stored.",
    ),
    "shop_name_required": ("가게 이름을 입력해 주세요.", "Please enter the shop's name."),
    "invalid_business_type": ("알 수 없는 업종입니다: {value}", "Unknown business type: {value}"),
    "name_required": ("이름을 입력해 주세요.", "Please enter a name."),
    "invalid_phone": (
        "'{value}'은(는) 전화번호로 읽을 수 없습니다.",
        "'{value}' cannot be read as a phone number.",
    ),
    "empty_phone": ("전화번호가 비어 있습니다.", "The phone number is empty."),
    "duplicate_phone": (
        "이 전화번호는 이미 고객번호 {customer_no} 고객이 쓰고 있습니다.",
        "This phone number already belongs to customer no. {customer_no}.",
    ),
    "customer_not_found": ("고객을 찾을 수 없습니다.", "Customer not found."),
    "invalid_lunar_date": (
        "음력 {year}년 {month}월 {day}일은 없는 날짜입니다.",
        "The lunar date {year}-{month}-{day} does not exist.",
    ),
    "lunar_out_of_range": (
        "음력 변환표는 2050년까지입니다. 그 이후 날짜는 계산할 수 없습니다.",
        "The lunar tables end in 2050; later dates cannot be converted.",
    ),
    "invalid_date": ("'{value}'은(는) 날짜로 읽을 수 없습니다.", "'{value}' is not a date."),
}

_TEXTS: dict[str, tuple[str, str]] = {
    "demo_done": (
        "데모 가게 '{shop}'을(를) 만들었습니다: 고객 {customers}명, 구매 {purchases}건 "
        "({seconds:.1f}초).",
        "Created the demo shop '{shop}': {customers} customers, {purchases} purchases "
        "({seconds:.1f} s).",
    ),
    "self_test_step_ok": ("확인: {step}", "ok: {step}"),
    "self_test_step_failed": ("실패: {step} — {reason}", "FAILED: {step} — {reason}"),
    "self_test_ok": ("자가 진단을 통과했습니다.", "Self-test passed."),
    "unexpected_error": (
        "예상하지 못한 오류가 발생했습니다: {reason}. 자세한 내용은 {log} 에 기록했습니다.",
        "An unexpected error occurred: {reason}. Details were written to {log}.",
    ),
    "gui_unavailable": (
        "창을 열 수 없습니다: {reason}",
        "Cannot open the window: {reason}",
    ),
}


def current_language() -> str:
    """Korean unless SHOPCRM_LANG or the locale says English (C/POSIX counts as Korean)."""
    chosen = os.environ.get("SHOPCRM_LANG")
    if chosen:
        return ENGLISH if chosen.lower().startswith("en") else KOREAN
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return ENGLISH if value.lower().startswith("en") else KOREAN
    return KOREAN


def _pick(pair: tuple[str, str], lang: str | None) -> str:
    return pair[1] if (lang or current_language()) == ENGLISH else pair[0]


def text(key: str, lang: str | None = None, **fields: object) -> str:
    """A command-line text by key, filled with fields."""
    return _pick(_TEXTS[key], lang).format(**fields)


def describe_error(error: ShopCRMError, lang: str | None = None) -> str:
    """A sentence for a person about an error the core raised."""
    pair = _ERRORS.get(error.code)
    if pair is None:
        return f"{error.code}: {error.fields}" if error.fields else error.code
    try:
        return _pick(pair, lang).format(**error.fields)
    except (KeyError, IndexError):
        return _pick(pair, lang)
