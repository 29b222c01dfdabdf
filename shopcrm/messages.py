"""Words for the command line: error codes and reports in Korean (default) or English.

The window words its own texts through Qt's translator; for errors it calls
`describe_error` too, so a code reads the same in both places.
"""

from __future__ import annotations

import os
import re

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
    "already_referred": (
        "이 고객은 이미 고객번호 {referrer_no} 고객의 소개로 등록되어 있습니다.",
        "This customer was already referred by customer no. {referrer_no}.",
    ),
    "self_referral": ("자기 자신을 소개할 수는 없습니다.", "A customer cannot refer herself."),
    "birth_after_date": ("생일이 그 날짜보다 뒤입니다.", "The birth date is after that date."),
    "hand_to_self": (
        "떠나는 직원에게 고객을 넘길 수는 없습니다. 다른 직원을 고르세요.",
        "Choose another staff member to hand the customers to.",
    ),
    "invalid_amount": (
        "금액이나 수량이 올바르지 않습니다: {value}",
        "Invalid amount or quantity: {value}",
    ),
    "invalid_gender": ("알 수 없는 성별 값입니다: {value}", "Unknown gender: {value}"),
    "invalid_interaction_kind": ("알 수 없는 기록 종류입니다: {value}", "Unknown kind: {value}"),
    "invalid_payment_method": (
        "알 수 없는 결제 수단입니다: {value}",
        "Unknown payment method: {value}",
    ),
    "invalid_points": ("포인트는 1 이상이어야 합니다.", "Points must be at least 1."),
    "invalid_refund": (
        "환불할 수 있는 금액은 최대 {left:,}원입니다.",
        "At most {left:,} won can be refunded.",
    ),
    "invalid_stage": ("알 수 없는 고객 단계입니다: {value}", "Unknown stage: {value}"),
    "item_description_required": ("품목 이름을 입력해 주세요.", "Please name the item."),
    "not_enough_points": (
        "포인트가 부족합니다. 사용 가능한 포인트는 {balance:,}P입니다.",
        "Not enough points: {balance:,} available.",
    ),
    "opening_balance_exists": (
        "고객번호 {customer_no} 고객에게는 이미 이전 시스템 잔액이 있습니다.",
        "Customer no. {customer_no} already has an opening balance.",
    ),
    "product_name_required": ("상품 이름을 입력해 주세요.", "Please name the product."),
    "purchase_not_found": ("구매 기록을 찾을 수 없습니다.", "Purchase not found."),
    "purchase_voided": ("이미 취소된 구매입니다.", "This purchase was already voided."),
    "purchase_without_items": ("품목을 하나 이상 입력해 주세요.", "Add at least one item."),
    "staff_not_found": ("직원을 찾을 수 없습니다.", "Staff member not found."),
    "void_reason_required": (
        "구매를 취소하는 이유를 적어 주세요.",
        "Please give a reason for voiding the purchase.",
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
    # anniversaries and the agenda
    "unknown_anniversary_kind": (
        "알 수 없는 기념일 종류입니다: {kind} (birthday, wedding, first_purchase, custom 중 하나)",
        "Unknown kind of anniversary: {kind} (one of birthday, wedding, first_purchase, custom)",
    ),
    "first_purchase_is_derived": (
        "첫 구매 기념일은 첫 구매 날짜에서 자동으로 정해집니다. 직접 입력하거나 고칠 수 없습니다.",
        "The first-purchase anniversary follows the first purchase; it cannot be typed or edited.",
    ),
    "label_required": (
        "기타 기념일에는 무슨 날인지 이름을 적어 주세요.",
        "Please name the custom anniversary.",
    ),
    "invalid_year": ("{year}년은 쓸 수 없는 연도입니다.", "{year} is not a usable year."),
    "leap_month_needs_lunar": (
        "윤달은 음력 날짜에만 있습니다.",
        "Only a lunar date can be in a leap month.",
    ),
    "no_such_day": ("{month}월 {day}일은 없는 날짜입니다.", "There is no day {month}/{day}."),
    "not_a_leap_year": (
        "{year}년은 윤년이 아니어서 2월 29일이 없습니다.",
        "{year} is not a leap year: it has no 29 February.",
    ),
    "no_leap_month": (
        "음력 {year}년에는 윤{month}월이 없습니다.",
        "The lunar year {year} has no leap month {month}.",
    ),
    "anniversary_not_found": ("기념일을 찾을 수 없습니다.", "Anniversary not found."),
    "not_an_occurrence": (
        "이 기념일은 {date}에 해당하지 않습니다.",
        "This anniversary does not fall on {date}.",
    ),
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
    # shopcrm agenda
    "agenda_date_required": (
        "{option} 날짜를 YYYY-MM-DD 형식으로 입력해 주세요.",
        "Please give {option} as a date YYYY-MM-DD.",
    ),
    "agenda_bad_date": (
        "{option} 값 '{value}'은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 입력해 주세요 "
        "(예: 2026-11-23).",
        "{option} '{value}' is not a date. Use YYYY-MM-DD (e.g. 2026-11-23).",
    ),
    "agenda_reversed_range": (
        "--from 날짜({start})가 --to 날짜({end})보다 늦습니다.",
        "The --from date ({start}) is after the --to date ({end}).",
    ),
    "agenda_bad_kind": (
        "알 수 없는 종류입니다: '{value}'. {choices} 중에서 고르세요.",
        "Unknown kind '{value}'. Choose from {choices}.",
    ),
    "agenda_bad_format": (
        "알 수 없는 형식입니다: '{value}'. {choices} 중에서 고르세요.",
        "Unknown format '{value}'. Choose from {choices}.",
    ),
    "agenda_out_of_range": (
        "음력 변환표는 {first}부터 {last}까지라서 그 밖의 기념일은 계산할 수 없습니다. "
        "기간을 그 안으로 정해 주세요.",
        "The lunar tables cover {first} to {last}; anniversaries outside cannot be computed. "
        "Choose a range within them.",
    ),
    "agenda_empty": (
        "{start} ~ {end} 기간에는 기념일이 없습니다.",
        "No anniversaries between {start} and {end}.",
    ),
    "agenda_cannot_write": (
        "'{path}' 파일에 쓸 수 없습니다: {reason}",
        "Cannot write to '{path}': {reason}",
    ),
    "agenda_written": (
        "{start} ~ {end} 기념일 {count}건을 '{path}'에 저장했습니다.",
        "Wrote {count} anniversaries ({start} to {end}) to '{path}'.",
    ),
    "kind_birthday": ("생일", "Birthday"),
    "kind_wedding": ("결혼기념일", "Wedding anniversary"),
    "kind_first_purchase": ("첫 구매 기념일", "First-purchase anniversary"),
    "kind_custom": ("기념일", "Anniversary"),
    "age_birthday": ("만 {age}세", "turns {age}"),
    "age_years": ("{age}주년", "{age} yrs"),
    "agenda_columns": (
        "날짜|요일|종류|고객번호|이름|전화|원래 날짜|나이|인사|메모",
        "Date|Day|Kind|No.|Name|Phone|Original date|Age|Greeted|Label",
    ),
    "weekdays": ("월화수목금토일", "Mon Tue Wed Thu Fri Sat Sun"),
    "greeted_mark": ("완료", "yes"),
    "ics_calendar_name": ("{shop} 기념일", "{shop} anniversaries"),
    "ics_summary": ("{name} 고객님 {kind}", "{name}: {kind}"),
    "ics_customer_no": ("고객번호 {number}", "Customer no. {number}"),
    "ics_phone": ("전화 {phone}", "Phone {phone}"),
    "ics_original": ("원래 날짜 {date}", "Original date {date}"),
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
    template = _pick(pair, lang)
    try:
        return template.format(**error.fields)
    except (KeyError, IndexError, ValueError):
        return re.sub(r"\s*\{[^}]*\}", "", template)  # never show braces to a person
