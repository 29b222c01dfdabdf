"""The words for every code the core stores or raises, in Korean (default) and English.

One vocabulary for the command line, exports, letters and the window: a stored code (a stage,
a grade, a kind of anniversary, a left-out reason ...) is worded by `word`, an error by
`describe_error`, a command-line sentence by `text`. The window translates only its own widget
texts through Qt; it asks here for the words of codes, so a code reads the same everywhere.
Exports and letters ask for Korean explicitly (``lang="ko"``), whatever the language.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from shopcrm.errors import ShopCRMError

if TYPE_CHECKING:
    from shopcrm.importing.report import RowProblem

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
    "unsupported_url": (
        "'{url}' 형식의 데이터베이스 주소는 쓸 수 없습니다. 파일 경로나 postgresql:// 주소를 "
        "지정하세요.",
        "'{url}' is not a database ShopCRM can use: give a file path or a postgresql:// URL.",
    ),
    "database_missing": (
        "'{path}' 데이터베이스가 없습니다. 경로를 확인하세요 (새 가게는 shopcrm 을 실행해 "
        "만듭니다).",
        "There is no database at '{path}'. Check the path (run shopcrm to start a new shop).",
    ),
    "output_is_database": (
        "'{path}'은(는) 데이터베이스 파일입니다. 다른 파일 이름을 지정하세요.",
        "'{path}' is the database itself. Choose another file name.",
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
        "'{value}'은(는) 전화번호로 읽을 수 없습니다. 예: 010-1234-5678, 02-123-4567",
        "'{value}' cannot be read as a phone number. For example: 010-1234-5678, 02-123-4567",
    ),
    "placeholder_phone": (
        "'{value}'은(는) 번호가 모두 0이라 전화번호로 받지 않습니다. 모르면 비워 두세요. "
        "예: 010-1234-5678",
        "'{value}' is all zeros, not a phone number; leave it empty when unknown. "
        "For example: 010-1234-5678",
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
    "referral_loop": (
        "이 두 고객은 이미 반대로 소개 관계가 등록되어 있습니다.",
        "These two customers are already recorded the other way round.",
    ),
    "date_in_future": ("미래의 날짜입니다: {value}", "The date is in the future: {value}"),
    "refund_before_sale": (
        "환불일이 구매일({sold_on})보다 앞섭니다.",
        "The refund is dated before the sale ({sold_on}).",
    ),
    "self_referral": ("자기 자신을 소개할 수는 없습니다.", "A customer cannot refer herself."),
    "birth_after_date": ("생일이 그 날짜보다 뒤입니다.", "The birth date is after that date."),
    "hand_to_self": (
        "떠나는 직원에게 고객을 넘길 수는 없습니다. 다른 직원을 고르세요.",
        "Choose another staff member to hand the customers to.",
    ),
    "invalid_amount": (
        "'{value}'은(는) 금액으로 읽을 수 없습니다. 예: 12,000 또는 12000원 또는 1.2만",
        "'{value}' cannot be read as an amount. For example: 12,000 or ₩12,000 or 1.2만",
    ),
    "invalid_quantity": (
        "수량은 1 이상이어야 합니다: {value}",
        "The quantity must be at least 1: {value}",
    ),
    "invalid_gender": ("알 수 없는 성별 값입니다: {value}", "Unknown gender: {value}"),
    "invalid_setting_choice": (
        "알 수 없는 설정 값 '{value}'. {choices} 중에서 고르세요.",
        "Unknown setting '{value}'. Choose from {choices}.",
    ),
    "unknown_greeting_channel": (
        "알 수 없는 축하 방법입니다: {value} (카드, 전화, 메시지, 직접 중에서 고르세요)",
        "Unknown way of greeting: {value} (choose card, call, message or in person)",
    ),
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
    "product_name_taken": (
        "'{value}' 상품이 이미 있습니다. 다른 이름을 쓰세요.",
        "There is already a product called '{value}'. Choose another name.",
    ),
    "product_not_found": ("상품을 찾을 수 없습니다.", "Product not found."),
    "purchase_not_found": ("구매 기록을 찾을 수 없습니다.", "Purchase not found."),
    "purchase_voided": ("이미 취소된 구매입니다.", "This purchase was already voided."),
    "purchase_without_items": ("품목을 하나 이상 입력해 주세요.", "Add at least one item."),
    "staff_not_found": ("직원을 찾을 수 없습니다.", "Staff member not found."),
    # the settings dialog (shopcrm/settings.py)
    "settings_refused": (
        "설정 {count}개를 저장할 수 없어 아무것도 저장하지 않았습니다: {keys}",
        "{count} settings cannot be stored, so nothing was saved: {keys}",
    ),
    "unknown_setting": ("알 수 없는 설정입니다: {key}", "Unknown setting: {key}"),
    "setting_not_a_whole_number": (
        "정수(소수점 없는 숫자)를 입력해 주세요: {value}",
        "Please enter a whole number: {value}",
    ),
    "setting_not_a_number": ("숫자를 입력해 주세요: {value}", "Please enter a number: {value}"),
    "repeat_threshold_out_of_range": (
        "단골이 되는 구매 횟수는 {minimum}회에서 {maximum}회 사이여야 합니다 "
        "(첫 구매는 이미 '최초 구매 고객'입니다): {value}",
        "The purchases that make a regular must be {minimum} to {maximum} "
        "(the first purchase already makes a first-time buyer): {value}",
    ),
    "grade_threshold_negative": (
        "등급 기준은 0 이상이어야 합니다: {value}",
        "A grade threshold cannot be negative: {value}",
    ),
    "gold_not_above_silver": (
        "골드 기준은 실버 기준보다 높아야 합니다 (골드 {value:,} ≤ 실버 {lower:,}).",
        "Gold must ask for more than silver (gold {value:,} ≤ silver {lower:,}).",
    ),
    "vip_not_above_gold": (
        "VIP 기준은 골드 기준보다 높아야 합니다 (VIP {value:,} ≤ 골드 {lower:,}).",
        "VIP must ask for more than gold (VIP {value:,} ≤ gold {lower:,}).",
    ),
    "at_risk_factor_out_of_range": (
        "이탈 위험 배수는 1보다 크고 {maximum} 이하여야 합니다 (평소 방문 간격의 몇 배를 "
        "넘기면 알릴지): {value}",
        "The at-risk factor must be above 1 and at most {maximum} (how many times her usual "
        "gap before she is flagged): {value}",
    ),
    "points_rate_out_of_range": (
        "포인트 적립률은 0%에서 100% 사이여야 합니다: {value}",
        "The points rate must be between 0% and 100%: {value}",
    ),
    "points_expiry_out_of_range": (
        "포인트 유효 기간은 {minimum}개월에서 {maximum}개월 사이여야 합니다: {value}",
        "Points must expire after {minimum} to {maximum} months: {value}",
    ),
    "referral_reward_negative": (
        "소개 보상 포인트는 0 이상이어야 합니다: {value}",
        "The referral reward cannot be negative: {value}",
    ),
    "reminder_days_out_of_range": (
        "미리 알림은 {minimum}일에서 {maximum}일 전 사이여야 합니다: {value}",
        "Reminders must come {minimum} to {maximum} days ahead: {value}",
    ),
    "letter_repeat_days_out_of_range": (
        "같은 편지를 다시 보내지 않는 기간은 {minimum}일에서 {maximum}일 사이여야 합니다: {value}",
        "The days before the same letter is sent again must be {minimum} to {maximum}: {value}",
    ),
    # staff roles (shopcrm/staff.py)
    "invalid_staff_role": (
        "알 수 없는 직책입니다: {value} (사장, 매니저, 직원 중 하나)",
        "Unknown role: {value} (one of owner, manager, staff)",
    ),
    "owner_or_manager_required": (
        "사장이나 매니저만 할 수 있습니다.",
        "Only the owner or a manager may do this.",
    ),
    "last_owner": (
        "{name} 님은 가게의 마지막 사장입니다. 다른 직원을 먼저 사장으로 지정해 주세요.",
        "{name} is the shop's last owner. Make another staff member owner first.",
    ),
    "void_reason_required": (
        "구매를 취소하는 이유를 적어 주세요.",
        "Please give a reason for voiding the purchase.",
    ),
    # amounts and points typed at the counter (shopcrm.amounts, purchases, points)
    "amount_required": ("금액을 입력해 주세요.", "Please enter an amount."),
    "negative_amount": (
        "금액은 0원 이상이어야 합니다: {value} (환불은 구매 기록에서 합니다)",
        "The amount cannot be negative: {value} (refunds are made on the purchase)",
    ),
    "amount_too_large": (
        "금액이 너무 큽니다: {value}. 한 번에 {limit:,}원까지 입력할 수 있습니다.",
        "The amount is too large: {value}. At most ₩{limit:,} can be entered at once.",
    ),
    "points_over_total": (
        "사용할 포인트({requested:,}P)가 결제 금액({total:,}원)보다 많습니다.",
        "The points to use ({requested:,}) are more than the sale's total (₩{total:,}).",
    ),
    "reason_required": ("이유를 적어 주세요.", "Please give a reason."),
    "points_required": ("포인트를 입력해 주세요.", "Please enter the points."),
    "invalid_points_text": (
        "'{value}'은(는) 포인트로 읽을 수 없습니다. 예: 1,500 또는 1500P",
        "'{value}' cannot be read as points. For example: 1,500 or 1500P",
    ),
    "negative_points": (
        "포인트는 0 이상이어야 합니다: {value}",
        "Points cannot be negative: {value}",
    ),
    "points_too_large": (
        "포인트가 너무 큽니다: {value}. 한 번에 {limit:,}P까지 입력할 수 있습니다.",
        "Too many points: {value}. At most {limit:,} can be entered at once.",
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
    # letters, cards and labels (shopcrm.letters)
    "unknown_placeholder": (
        "'{name}'은(는) 쓸 수 없는 항목입니다. 쓸 수 있는 항목: {known}",
        "'{name}' is not a placeholder. Placeholders: {known}",
    ),
    "template_brace": (
        "{line}번째 줄의 중괄호 짝이 맞지 않습니다. 항목은 {{고객명}}처럼 중괄호 한 쌍으로 "
        "감싸 주세요.",
        "Line {line} has a brace without its pair. Write a placeholder as {{name}}.",
    ),
    "empty_fallback": (
        "'{name}' 항목의 '|' 뒤에 값이 없을 때 쓸 말을 적어 주세요 (예: {{포인트|적립 포인트}}).",
        "After the '|' of '{name}', write the text to print when there is no value "
        "(e.g. {{points|your points}}).",
    ),
    "template_title_required": ("템플릿 이름을 입력해 주세요.", "Please give the template a name."),
    "template_body_required": ("편지 본문을 입력해 주세요.", "Please write the letter's body."),
    "template_separator": (
        "'---'만 있는 줄은 쓸 수 없습니다 (본문과 맺음말을 나누는 표시입니다).",
        "A line of only '---' cannot be used (it separates the parts of a template).",
    ),
    "invalid_template_key": (
        "템플릿 번호 '{key}'은(는) 쓸 수 없습니다.",
        "'{key}' cannot be a template id.",
    ),
    "template_not_found": ("'{key}' 템플릿이 없습니다.", "There is no template '{key}'."),
    "built_in_template": (
        "기본 템플릿은 지울 수 없습니다. '기본값으로 되돌리기'를 쓰세요.",
        "A built-in template cannot be deleted; restore its default text instead.",
    ),
    "logo_unreadable": (
        "'{path}' 파일을 로고로 쓸 수 없습니다. PNG나 JPEG 그림 파일을 골라 주세요.",
        "'{path}' cannot be used as the logo. Choose a PNG or JPEG image.",
    ),
    "logo_too_large": (
        "'{path}' 파일이 너무 큽니다 ({limit_mb}MB까지). 더 작은 그림을 골라 주세요.",
        "'{path}' is too large (up to {limit_mb} MB). Choose a smaller image.",
    ),
    "letters_cancelled": (
        "취소했습니다. 파일을 만들지 않았고 아무것도 기록하지 않았습니다.",
        "Cancelled. No file was written and nothing was logged.",
    ),
    "pdf_not_written": (
        "'{path}'에 PDF를 저장할 수 없습니다: {reason}",
        "Cannot write the PDF '{path}': {reason}",
    ),
    # import and export (shopcrm.importing, shopcrm.exporting)
    "empty_file": (
        "'{path}' 파일이 비어 있습니다. 가져올 고객이 없습니다.",
        "'{path}' is empty: there are no customers to import.",
    ),
    "no_rows": (
        "'{path}' 파일에 제목 줄만 있고 고객이 없습니다 (고객 0명).",
        "'{path}' has a header but no rows (0 customers found).",
    ),
    "no_name_column": (
        "'{path}' 파일에서 이름으로 쓸 열을 찾지 못했습니다 (열: {columns}). 제목 줄에 '이름' "
        "열을 두거나, 가져오기 마법사에서 이름 열을 직접 골라 주세요.",
        "No column of '{path}' can be the name (columns: {columns}). Add a '이름' (name) "
        "column or choose the name column in the import wizard.",
    ),
    "binary_file": (
        "'{path}' 파일은 고객 명단이 아닙니다 (그림이나 다른 프로그램의 파일입니다). "
        "엑셀 파일(.xlsx), CSV 또는 연락처 파일(.vcf)을 골라 주세요.",
        "'{path}' is not a customer list (an image or another program's file). Choose an "
        "Excel file (.xlsx), a CSV file or a contacts file (.vcf).",
    ),
    "html_file": (
        "'{path}' 파일은 웹 페이지(HTML) 형식입니다. 엑셀에서 열어 '다른 이름으로 저장'으로 "
        ".xlsx 또는 CSV로 저장한 뒤 가져와 주세요.",
        "'{path}' is a web page (HTML). Open it in Excel, save it as .xlsx or CSV with "
        "'Save As', and import that.",
    ),
    "xls_file": (
        "'{path}'은(는) 예전 엑셀 형식(.xls)입니다. 엑셀에서 열어 '다른 이름으로 저장'으로 "
        "'Excel 통합 문서(.xlsx)' 또는 'CSV'로 저장한 뒤 가져와 주세요.",
        "'{path}' is an old Excel file (.xls). Open it in Excel and use 'Save As' to save it "
        "as 'Excel Workbook (.xlsx)' or 'CSV', then import that.",
    ),
    "xlsx_damaged": (
        "'{path}' 엑셀 파일이 손상되었거나 비어 있어 읽을 수 없습니다. 엑셀에서 열리는지 "
        "확인하고 다시 저장해 주세요.",
        "The Excel file '{path}' is damaged or empty and cannot be read. Check that Excel "
        "opens it and save it again.",
    ),
    "undecodable": (
        "'{path}' 파일의 글자를 읽을 수 없습니다 (UTF-8도 CP949도 아닙니다). 엑셀에서 "
        "'CSV UTF-8'로 다시 저장해 주세요.",
        "The text of '{path}' cannot be read (neither UTF-8 nor CP949). Save it again from "
        "Excel as 'CSV UTF-8'.",
    ),
    "file_unreadable": (
        "'{path}' 파일을 열 수 없습니다: {reason}",
        "Cannot open '{path}': {reason}",
    ),
    "purchases_file": (
        "'{path}'은(는) ShopCRM의 구매 내역 내보내기 파일입니다. 고객 명단 파일을 골라 주세요.",
        "'{path}' is a ShopCRM purchases export, not a customer list.",
    ),
    "mapping_file_invalid": (
        "열 연결 파일 '{path}'을(를) 읽을 수 없습니다: {reason}",
        "Cannot read the mapping file '{path}': {reason}",
    ),
    "unknown_field": (
        "열 '{column}'에 알 수 없는 항목 '{field}'이(가) 지정되었습니다.",
        "Unknown field '{field}' for the column '{column}'.",
    ),
    "unknown_encoding": (
        "알 수 없는 인코딩입니다: {encoding} (예: utf-8, cp949, utf-16)",
        "Unknown encoding: {encoding} (e.g. utf-8, cp949, utf-16)",
    ),
    "invalid_duplicate_mode": (
        "중복 처리 방법은 skip, fill, overwrite 중 하나여야 합니다: {value}",
        "The duplicate mode must be skip, fill or overwrite: {value}",
    ),
    "invalid_memo_mode": (
        "메모 처리 방법은 keep, append, replace 중 하나여야 합니다: {value}",
        "The memo mode must be keep, append or replace: {value}",
    ),
    "export_cancelled": (
        "내보내기를 취소했습니다. 파일을 만들지 않았습니다.",
        "The export was cancelled. No file was written.",
    ),
    "demo_cancelled": (
        "데모 가게 만들기를 취소했습니다. 가게는 그대로입니다.",
        "Creating the demo shop was cancelled. The shop is unchanged.",
    ),
    "cancelled": (
        "취소했습니다. 아무것도 바뀌지 않았습니다.",
        "Cancelled. Nothing was changed.",
    ),
    "import_cancelled": (
        "가져오기를 취소했습니다. 데이터베이스는 그대로입니다.",
        "The import was cancelled. The database is unchanged.",
    ),
    "batch_not_found": (
        "가져오기 {batch_id}번을 찾을 수 없습니다. 'shopcrm import --list'로 번호를 확인하세요.",
        "Import {batch_id} not found. 'shopcrm import --list' shows the numbers.",
    ),
    "batch_already_undone": (
        "가져오기 {batch_id}번은 이미 {at}에 되돌렸습니다.",
        "Import {batch_id} was already undone on {at}.",
    ),
    "undo_has_activity": (
        "가져오기 {batch_id}번은 되돌릴 수 없습니다: 그 뒤에 고객 {count}명에게 구매, 방문, "
        "편지 같은 기록이 생겼습니다 (고객번호 {customers}). 아무것도 바꾸지 않았습니다.",
        "Import {batch_id} cannot be undone: {count} of its customers have activity recorded "
        "since (customer no. {customers}). Nothing was changed.",
    ),
    "export_not_writable": (
        "'{path}' 파일에 쓸 수 없습니다: {reason}",
        "Cannot write '{path}': {reason}",
    ),
    "cp949_unencodable": (
        "{row}행 '{column}' 열의 글자 '{char}'은(는) CP949로 저장할 수 없습니다. "
        "기본값(UTF-8)으로 내보내거나 그 글자를 고쳐 주세요. 파일은 만들지 않았습니다.",
        "Row {row}, column '{column}': the character '{char}' cannot be written in CP949. "
        "Export as UTF-8 (the default) or change that character. No file was written.",
    ),
    "unreadable_date": (
        "'{value}'은(는) 날짜로 읽을 수 없습니다.",
        "'{value}' cannot be read as a date.",
    ),
    "no_such_date": ("'{value}'은(는) 없는 날짜입니다.", "'{value}' is not a real date."),
    "date_without_year": (
        "'{value}'에는 연도가 없습니다.",
        "'{value}' has no year.",
    ),
    "unreadable_amount": (
        "'{value}'은(는) 금액으로 읽을 수 없습니다.",
        "'{value}' cannot be read as an amount.",
    ),
    "unreadable_count": (
        "'{value}'은(는) 횟수로 읽을 수 없습니다.",
        "'{value}' cannot be read as a number of times.",
    ),
    "unreadable_yes_no": (
        "'{value}'은(는) 예/아니오로 읽을 수 없습니다 (Y/N, 동의/미동의, O/X).",
        "'{value}' is not a yes/no value (Y/N, 동의/미동의, O/X).",
    ),
    "unreadable_calendar": (
        "'{value}'은(는) 음력/양력으로 읽을 수 없습니다.",
        "'{value}' cannot be read as lunar/solar.",
    ),
    "invalid_email": (
        "'{value}'은(는) 올바른 이메일 주소가 아닙니다.",
        "'{value}' is not a valid e-mail address.",
    ),
    "unreadable_consent_channel": (
        "'{value}'은(는) 알 수 없는 동의 경로입니다 (서면, 전화, 문자, 이메일, 방문).",
        "Unknown consent channel '{value}' (paper, phone, message, email, in person).",
    ),
    "row_without_name": ("이름이 없어 가져오지 않았습니다.", "No name: the row was not imported."),
    "row_field_count": (
        "칸 수가 제목 줄과 다릅니다 ({expected}칸이어야 하는데 {found}칸). 쉼표나 따옴표가 "
        "빠지거나 더해졌는지 확인해 주세요.",
        "The row has {found} fields where the header has {expected}. Check for a missing or "
        "extra comma or quote.",
    ),
    "row_nul_bytes": (
        "읽을 수 없는 NUL 문자가 들어 있습니다.",
        "The row contains NUL characters.",
    ),
    "row_invalid_bytes": (
        "이 줄에 파일의 인코딩으로 읽을 수 없는 글자가 있습니다 (깨진 글자는 '\ufffd'로 "
        "표시했습니다).",
        "The row has bytes the file's encoding cannot read (shown as '\ufffd').",
    ),
    "row_field_too_large": (
        "칸 하나에 글자가 {size:,}자 있습니다 (엑셀 한 칸은 {limit:,}자까지).",
        "One field holds {size:,} characters (an Excel cell holds at most {limit:,}).",
    ),
    "row_unclosed_quote": (
        '따옴표(")가 닫히지 않았습니다. 이 줄만 빼고 나머지를 가져왔습니다.',
        'A quote (") is never closed. This line was left out, the rest was imported.',
    ),
    "leading_zero_restored": (
        "'{value}'의 맨 앞 0이 빠져 있어 다시 붙였습니다.",
        "'{value}' had lost its leading zero; it was put back.",
    ),
    "foreign_number": (
        "'{value}'은(는) 외국 번호로 저장했습니다.",
        "'{value}' was stored as a foreign number.",
    ),
    "postal_zero_restored": (
        "우편번호 '{value}'의 맨 앞 0을 다시 붙였습니다.",
        "The postal code '{value}' had lost its leading zero; it was put back.",
    ),
    "amount_differs": (
        "누적구매액 {value:,}원이 이미 기록된 {card:,}원과 달라 기록된 금액을 그대로 두었습니다 "
        "(파일의 금액을 쓰려면 덮어쓰기(overwrite)로 다시 가져오세요).",
        "The total spent {value:,} won differs from the {card:,} won already recorded, which "
        "was kept (import again with overwrite to take the file's).",
    ),
    "lunar_day_30_kept": (
        "음력 {year}년 {month}월에는 30일이 없습니다. 적힌 대로 30일로 두었고, 30일이 없는 "
        "해에는 그 달 마지막 날(29일)에 챙깁니다.",
        "The lunar month {month} of {year} has no day 30. It was kept as written; in years "
        "whose month has only 29 days it is celebrated on the 29th.",
    ),
    "referrer_not_found": (
        "추천인 '{value}'을(를) 찾지 못했습니다. 추천 관계는 기록하지 않았습니다.",
        "The referrer '{value}' was not found; no referral was recorded.",
    ),
    "referrer_ambiguous": (
        "추천인 '{value}'과(와) 이름이 같은 고객이 여럿입니다. 전화번호나 고객번호로 적어 주세요.",
        "Several customers are called '{value}'. Give the referrer's phone or number.",
    ),
}

_TEXTS: dict[str, tuple[str, str]] = {
    "demo_done": (
        "데모 가게를 만들었습니다: {shop} — 고객 {customers}명, 구매 {purchases}건 "
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
    "database_damaged": (
        "데이터베이스 파일이 손상되었습니다 ({reason}). 데이터베이스 옆 backups 폴더의 최근 "
        "사본으로 되돌리세요.",
        "The database file is damaged ({reason}). Restore the latest copy from the backups "
        "folder next to it.",
    ),
    "unexpected_error_unlogged": (
        "예상하지 못한 오류가 발생했습니다: {reason}",
        "An unexpected error occurred: {reason}",
    ),
    "no_display": (
        "화면이 없어 창을 열 수 없습니다 (DISPLAY 가 설정되지 않았습니다). 명령어는 "
        "shopcrm --help 를 보세요.",
        "There is no screen to open the window on (DISPLAY is not set). See shopcrm --help "
        "for the commands.",
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
    # shopcrm import / export
    "problem_row": ("{row}행: {message}", "row {row}: {message}"),
    "problem_cell": ("{row}행 '{column}' 열: {message}", "row {row}, column '{column}': {message}"),
    "problem_card": ("연락처 {row}: {message}", "contact {row}: {message}"),
    "problem_card_field": (
        "연락처 {row} {column}: {message}",
        "contact {row}, {column}: {message}",
    ),
    "import_read_as": (
        "형식 {format}, 인코딩 {encoding}, 구분자 {delimiter}",
        "format {format}, encoding {encoding}, delimiter {delimiter}",
    ),
    "import_summary": (
        "'{file}': {rows}행 — 새 고객 {created}명, 갱신 {updated}명, 건너뜀 {skipped}행, "
        "거부 {rejected}행, 경고 {warnings}건",
        "'{file}': {rows} rows — {created} created, {updated} updated, {skipped} skipped, "
        "{rejected} rejected, {warnings} warnings",
    ),
    "import_skipped_rows": (
        "건너뛴 행 (이미 있는 고객, 새 내용 없음): {rows}",
        "skipped (customers already known, nothing new): {rows}",
    ),
    "rows_listed": ("{rows}행", "rows {rows}"),
    "rows_and_more": ("{rows}행 외 {count}행", "rows {rows} and {count} more"),
    "import_batch": (
        "가져오기 번호: {batch} (되돌리기: shopcrm import --undo {batch})",
        "batch: {batch} (undo: shopcrm import --undo {batch})",
    ),
    "import_dry_run": (
        "시험 실행이라 아무것도 저장하지 않았습니다.",
        "Dry run: nothing was stored.",
    ),
    "import_rejected_file": (
        "거부된 행을 '{path}'에 저장했습니다. 고쳐서 다시 가져오세요.",
        "The rejected rows were written to '{path}'; fix them and import that file.",
    ),
    "import_more_problems": ("… 그 밖에 {count}건", "… and {count} more"),
    "import_staff_created": ("새로 등록한 담당자: {names}", "Staff members added: {names}"),
    "import_file_required": (
        "가져올 파일을 지정해 주세요 (또는 --list, --undo 번호).",
        "Give the file to import (or --list, or --undo BATCH).",
    ),
    "import_bad_option": (
        "알 수 없는 {option} 값 '{value}'. {choices} 중에서 고르세요.",
        "Unknown {option} '{value}'. Choose from {choices}.",
    ),
    "batch_list_columns": (
        "번호|가져온 때|파일|행|새 고객|갱신|건너뜀|거부|되돌림",
        "Batch|Imported|File|Rows|Created|Updated|Skipped|Rejected|Undone",
    ),
    "batch_list_empty": ("아직 가져오기 기록이 없습니다.", "No imports yet."),
    "undo_done": (
        "가져오기 {batch}번을 되돌렸습니다: 고객 {removed}명 삭제, {restored}명 원래대로.",
        "Import {batch} undone: {removed} customers removed, {restored} restored.",
    ),
    "export_done": (
        "{what} {count}건을 '{path}'에 저장했습니다.",
        "Wrote {count} {what} to '{path}'.",
    ),
    "export_encoding_of_workbook": (
        "'{path}'은(는) 엑셀 파일(.xlsx)이라 인코딩이 없습니다. --encoding 은 CSV에만 쓰세요.",
        "'{path}' is an Excel workbook (.xlsx), which has no encoding: use --encoding with a "
        "CSV file only.",
    ),
    "export_what_customers": ("고객", "customers"),
    "export_what_purchases": ("구매 기록", "purchases"),
    # shopcrm letters / labels
    "letters_selection_required": (
        "--customers 고객번호 목록이나 --agenda 시작일 종료일 중 하나를 지정해 주세요.",
        "Give either --customers NUMBERS or --agenda FROM TO.",
    ),
    "letters_both_selections": (
        "--customers와 --agenda는 함께 쓸 수 없습니다. 하나만 지정해 주세요.",
        "Give --customers or --agenda, not both.",
    ),
    "letters_bad_numbers": (
        "--customers 값 '{value}'을(를) 읽을 수 없습니다. 고객번호를 쉼표로 구분해 주세요 "
        "(예: 12,15,20).",
        "Cannot read --customers '{value}'. Give customer numbers separated by commas "
        "(e.g. 12,15,20).",
    ),
    "letters_template_required": (
        "--template 으로 템플릿을 지정해 주세요: {choices}",
        "Give the template with --template: {choices}",
    ),
    "letters_bad_template": (
        "알 수 없는 템플릿 '{value}'. {choices} 중에서 고르세요.",
        "Unknown template '{value}'. Choose from {choices}.",
    ),
    "letters_out_required": (
        "--out 으로 저장할 PDF 파일을 지정해 주세요.",
        "Give the PDF file to write with --out.",
    ),
    "letters_bad_choice": (
        "알 수 없는 {option} 값 '{value}'. {choices} 중에서 고르세요.",
        "Unknown {option} '{value}'. Choose from {choices}.",
    ),
    "left_out_line": ("빠짐: {who} — {reasons}", "left out: {who} — {reasons}"),
    "left_out_who": ("고객번호 {number} {name}", "customer no. {number} {name}"),
    "label_without_postal_code": (
        "주의: {who} — 우편번호가 없어 우편번호 없이 인쇄합니다",
        "warning: {who} — no postal code; the label prints without one",
    ),
    "left_out_include_hint": (
        "빠진 고객 가운데 {count}명은 --include-left-out 을 붙이면 포함할 수 있습니다.",
        "{count} of them can be included with --include-left-out.",
    ),
    "letters_nothing_to_print": (
        "인쇄할 것이 없어 파일을 만들지 않았습니다.",
        "Nothing to print; no file was written.",
    ),
    "written_letters": (
        "편지 {count}통({pages}쪽)을 '{path}'에 저장했습니다.",
        "Wrote {count} letters ({pages} pages) to '{path}'.",
    ),
    "written_cards": (
        "카드 {count}장을 '{path}'에 저장했습니다.",
        "Wrote {count} cards to '{path}'.",
    ),
    "written_labels": (
        "주소 라벨 {count}장({pages}쪽)을 '{path}'에 저장했습니다.",
        "Wrote {count} address labels ({pages} sheets) to '{path}'.",
    ),
    "written_envelopes": (
        "봉투 {count}장을 '{path}'에 저장했습니다.",
        "Wrote {count} envelopes to '{path}'.",
    ),
    "letters_logged": (
        "고객 카드에 편지 {count}통을 기록했습니다 (묶음 {batch}).",
        "Logged {count} letters on the customers' cards (batch {batch}).",
    ),
    "letters_not_logged": (
        "--no-log: 고객 카드에 기록하지 않았습니다.",
        "--no-log: nothing was logged on the customers' cards.",
    ),
}


CODE_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "stage": {
        "suspect": ("잠재 고객", "Suspect"),
        "prospect": ("가망 고객", "Prospect"),
        "first_time": ("최초 구매 고객", "First-time buyer"),
        "repeat": ("단골 (반복 구매)", "Regular"),
        "advocate": ("지지 고객", "Advocate"),
    },
    "grade": {
        "normal": ("일반", "Standard"),
        "silver": ("실버", "Silver"),
        "gold": ("골드", "Gold"),
        "vip": ("VIP", "VIP"),
    },
    "gender": {
        "female": ("여성", "Female"),
        "male": ("남성", "Male"),
        "other": ("기타", "Other"),
    },
    "staff_role": {
        "owner": ("사장", "Owner"),
        "manager": ("매니저", "Manager"),
        "staff": ("직원", "Staff"),
    },
    "business_type": {
        "cafe": ("카페", "Café"),
        "salon": ("미용실", "Hair salon"),
        "boutique": ("옷가게", "Boutique"),
        "bakery": ("베이커리", "Bakery"),
        "restaurant": ("식당", "Restaurant"),
        "flower": ("꽃집", "Flower shop"),
        "other": ("기타", "Other"),
    },
    "anniversary_kind": {
        "birthday": ("생일", "Birthday"),
        "wedding": ("결혼기념일", "Wedding anniversary"),
        "first_purchase": ("첫 구매 기념일", "First-purchase anniversary"),
        "custom": ("기념일", "Anniversary"),
    },
    "consent_channel": {
        "paper": ("서면 동의", "Signed form"),
        "phone": ("전화", "Phone"),
        "message": ("문자", "Text message"),
        "email": ("이메일", "E-mail"),
        "in_person": ("매장에서 직접", "In person"),
        "import": ("가져온 명단", "Imported list"),
    },
    "payment_method": {
        "card": ("카드", "Card"),
        "cash": ("현금", "Cash"),
        "transfer": ("계좌이체", "Bank transfer"),
        "easy_pay": ("간편결제", "Mobile payment"),
        "points": ("포인트", "Points"),
        "other": ("기타", "Other"),
    },
    "purchase_kind": {
        "sale": ("판매", "Sale"),
        "refund": ("환불", "Refund"),
        "opening_balance": ("이전 잔액", "Opening balance"),
    },
    "interaction_kind": {
        "visit": ("방문", "Visit"),
        "call": ("전화", "Call"),
        "message": ("문자", "Message"),
        "inquiry": ("문의", "Inquiry"),
        "event": ("행사", "Event"),
        "letter": ("편지", "Letter"),
        "greeting": ("축하 인사", "Greeting"),
    },
    "left_out_reason": {
        "unknown_customer_no": (
            "고객번호 {number}번 고객이 없습니다",
            "there is no customer no. {number}",
        ),
        "missing_value": (
            "'{placeholder}' 값이 없습니다 (템플릿에 대신 쓸 말도 없습니다)",
            "no value for '{placeholder}' (and the template gives no text instead)",
        ),
        "missing_occasion": (
            "고른 날짜에 '{placeholder}'이(가) 없습니다",
            "no '{placeholder}' on the days chosen",
        ),
        "sent_recently": (
            "{date}에 같은 편지를 이미 받았습니다 ({days}일 이내)",
            "got the same letter on {date} (within {days} days)",
        ),
        "no_marketing_consent": (
            "광고성 편지인데 마케팅 수신에 동의하지 않았습니다",
            "a marketing letter, and no marketing consent",
        ),
        "no_address": ("주소가 없습니다", "no address"),
        "no_postal_code": (
            "우편번호가 없어 우편번호 없이 인쇄합니다",
            "no postal code: the label prints without one",
        ),
    },
    # how old or how many years, by the kind of anniversary (birthday, or any other kind)
    "age_label": {
        "birthday": ("만 {age}세", "turns {age}"),
        "years": ("{age}주년", "year {age}"),
    },
}
"""For each list of codes the core stores, the Korean and English word of every code."""

_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def language_of(value: str) -> str:
    """``en`` for a language or locale name starting with "en" (en, en_US.UTF-8), else ``ko``."""
    return ENGLISH if value.strip().lower().startswith("en") else KOREAN


def current_language(chosen: str | None = None) -> str:
    """The language to speak, ``ko`` or ``en``; the one rule for the command line and the window.

    In this order: the SHOPCRM_LANG environment variable; then the language chosen on this PC
    (only the window has one: it passes it as ``chosen``); then the locale (LC_ALL,
    LC_MESSAGES, LANG), where C and POSIX count as Korean; Korean when nothing is set.

    Args:
        chosen: the window's stored choice, ``ko`` or ``en``, or None when there is none.
    """
    for value in (os.environ.get("SHOPCRM_LANG"), chosen):
        if value and value.strip():
            return language_of(value)
    for variable in _LOCALE_VARIABLES:
        value = os.environ.get(variable)
        if value:
            return language_of(value)
    return KOREAN


def _pick(pair: tuple[str, str], lang: str | None) -> str:
    return pair[1] if (lang or current_language()) == ENGLISH else pair[0]


def text(key: str, lang: str | None = None, **fields: object) -> str:
    """A command-line text by key, filled with fields."""
    return _pick(_TEXTS[key], lang).format(**fields)


def word(code_list: str, code: str | None, lang: str | None = None, **fields: object) -> str:
    """The word for a stored code, e.g. ``word("stage", "repeat")`` is ``단골 (반복 구매)``.

    Args:
        code_list: a key of `CODE_WORDS` (``stage``, ``grade``, ``anniversary_kind`` ...).
        code: the stored code; None or empty gives an empty text.
        lang: ``ko`` or ``en`` (default: `current_language`).
        fields: the values a worded reason or age takes (``date``, ``age`` ...).

    Returns:
        The word in that language; a code the list does not know is returned as it is.
    """
    if not code:
        return ""
    pair = CODE_WORDS[code_list].get(code)
    if pair is None:
        return code
    template = _pick(pair, lang)
    try:
        return template.format(**{key: _printable(value) for key, value in fields.items()})
    except (KeyError, IndexError, ValueError):
        return re.sub(r"\s*\{[^}]*\}", "", template)


def code_of(code_list: str, written: str) -> str | None:
    """The code whose word (Korean or English) or code is written, spaces and case ignored.

    How an export's words read back: ``code_of("consent_channel", "서면 동의")`` is ``paper``.
    """
    wanted = "".join(written.lower().split())
    for code, words in CODE_WORDS[code_list].items():
        if wanted in (code, *("".join(w.lower().split()) for w in words)):
            return code
    return None


def _printable(value: object) -> object:
    """Text with undecodable bytes (lone surrogates from a misread file) shown as '?', so a
    message never prints gibberish or fails on a console that cannot encode it."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    return value


def describe_error(error: ShopCRMError, lang: str | None = None) -> str:
    """A sentence for a person about an error the core raised."""
    pair = _ERRORS.get(error.code)
    if pair is None:
        return f"{error.code}: {error.fields}" if error.fields else error.code
    template = _pick(pair, lang)
    fields = {key: _printable(value) for key, value in error.fields.items()}
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):
        return re.sub(r"\s*\{[^}]*\}", "", template)  # never show braces to a person


def describe_problem(problem: RowProblem, lang: str | None = None, *, card: bool = False) -> str:
    """One line about a problem with an imported row: its row, its column and what is wrong.

    Args:
        problem: the problem (row, column, code, fields).
        lang: ``ko`` or ``en`` (default: the command line's language).
        card: the row is a vCard contact, not a spreadsheet row.
    """
    message = describe_error(ShopCRMError(problem.code, **problem.fields), lang)
    if card:
        key = "problem_card_field" if problem.column else "problem_card"
    else:
        key = "problem_cell" if problem.column else "problem_row"
    return text(key, lang, row=problem.row, column=problem.column, message=message)


def describe_rows(rows: Sequence[int], count: int, lang: str | None = None) -> str:
    """Row numbers as a report names them: ``3, 5행 외 2행`` (`rows`: the first; `count`: all)."""
    shown = ", ".join(str(row) for row in rows)
    if count > len(rows):
        return text("rows_and_more", lang, rows=shown, count=count - len(rows))
    return text("rows_listed", lang, rows=shown)


def describe_skipped_rows(rows: Sequence[int], count: int, lang: str | None = None) -> str:
    """The line naming the rows an import skipped (`rows`: the first of them; `count`: all)."""
    return text("import_skipped_rows", lang, rows=describe_rows(rows, count, lang))


# --- the customer card (issue 11): saves that must not undo another's, the stage's reason ----

_ERRORS["customer_changed"] = (
    "이 고객 카드는 연 뒤에 다른 곳에서 먼저 바뀌었습니다 (열 때 {expected}판, 지금 {current}판). "
    "아무것도 저장하지 않았습니다. 바뀐 카드를 보고 다시 저장할지 정해 주세요.",
    "This customer's card was changed elsewhere after it was opened (opened at version "
    "{expected}, now version {current}). Nothing was saved. Look at the changed card and "
    "decide whether to save again.",
)

CODE_WORDS["stage_reason"] = {
    "first_purchase": ("첫 구매", "first purchase"),
    "repeat_purchase": ("{ordinal} 구매", "{ordinal} purchase"),
    "purchase": ("구매", "a purchase"),
    "partial_refund": ("부분 환불", "partial refund"),
    "purchase_refunded": ("환불", "refund"),
    "purchase_voided": ("구매 취소", "purchase voided"),
    "opening_balance": ("이전 시스템의 기록", "the old system's records"),
    "override": ("직접 지정", "set by hand"),
    "override_removed": ("직접 지정 해제", "set by hand no more"),
    "recomputed": ("다시 계산", "counted again"),
    "referral_bought": ("소개한 고객의 첫 구매", "a friend she referred bought"),
    "referral_rewarded": ("추천 보상", "referral reward"),
    "import_undone": ("가져오기 취소", "import undone"),
    "interaction": ("첫 연락", "first contact"),
    "visit_logged": ("방문", "visit"),
    "call_logged": ("전화", "call"),
    "message_logged": ("문자", "message"),
    "inquiry_logged": ("문의", "inquiry"),
    "event_logged": ("행사", "event"),
    "letter_logged": ("편지", "letter"),
    "greeting_logged": ("축하 인사", "greeting"),
}

_KOREAN_ORDINALS = ("첫", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열")
_ENGLISH_ORDINALS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
)


def ordinal_word(number: int, lang: str | None = None) -> str:
    """``두 번째`` / ``second`` for 2; ``11번째`` / ``11th`` past ten."""
    english = (lang or current_language()) == ENGLISH
    if 1 <= number <= len(_KOREAN_ORDINALS):
        return _ENGLISH_ORDINALS[number - 1] if english else f"{_KOREAN_ORDINALS[number - 1]} 번째"
    if not english:
        return f"{number}번째"
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


# --- the customer card's timeline (shopcrm/timeline.py) --------------------------------------

CODE_WORDS["timeline_kind"] = {
    "purchase": ("구매", "Purchase"),
    "refund": ("환불", "Refund"),
    "opening": ("이전 잔액", "Opening balance"),
    "visit": ("방문", "Visit"),
    "call": ("전화", "Call"),
    "message": ("문자", "Message"),
    "inquiry": ("문의", "Inquiry"),
    "event": ("행사", "Event"),
    "letter": ("편지", "Letter"),
    "greeting": ("축하 인사", "Greeting"),
    "stage": ("단계 변경", "Stage change"),
    "referral": ("소개", "Referral"),
    "import": ("가져오기", "Import"),
    "points": ("포인트", "Points"),
}

CODE_WORDS["point_entry_kind"] = {
    "earn": ("구매 적립", "earned on a purchase"),
    "opening": ("이전 시스템의 포인트", "points from the old system"),
    "referral_reward": ("소개 보상", "referral reward"),
    "restore": ("포인트 되돌림", "points given back"),
    "adjust": ("포인트 조정", "points adjusted"),
    "redeem": ("포인트 사용", "points used"),
    "expire": ("포인트 소멸", "points expired"),
    "refund_reversal": ("환불로 회수", "taken back by a refund"),
    "void_reversal": ("구매 취소로 회수", "taken back by a void"),
}

CODE_WORDS["greeting_channel"] = {
    "card": ("카드", "greeting card"),
    "call": ("전화", "phone call"),
    "message": ("문자", "text message"),
    "in_person": ("직접", "in person"),
}

_TEXTS.update(
    {
        "timeline_earned": ("적립 {points}", "earned {points}"),
        "timeline_used": ("사용 {points}", "used {points}"),
        "timeline_refunded": ("환불 {amount}", "refunded {amount}"),
        "timeline_voided": ("취소됨: {reason}", "voided: {reason}"),
        "timeline_more_items": ("외 {count}개", "and {count} more"),
        "timeline_refund": (
            "{date} 구매 환불 {amount}",
            "refund of the purchase of {date}: {amount}",
        ),
        "timeline_points_back": ("포인트 회수 {points}", "{points} taken back"),
        "timeline_opening": (
            "이전 시스템의 누적 구매 {amount}",
            "spent in the old system {amount}",
        ),
        "timeline_letter": ("'{title}' 편지 인쇄", "printed the letter '{title}'"),
        "timeline_occasion": ("{date} 기념일", "for {date}"),
        "timeline_greeting": ("{occasion} 축하 인사", "{occasion} greeting"),
        "timeline_referral_made": (
            "{name} 님(고객번호 {number})을 소개함",
            "introduced {name} (no. {number})",
        ),
        "timeline_referral_received": (
            "{name} 님(고객번호 {number})의 소개로 옴",
            "introduced by {name} (no. {number})",
        ),
        "timeline_referral_rewarded": ("보상 지급됨", "rewarded"),
        "timeline_import_create": ("'{file}' 가져오기로 등록", "added by importing '{file}'"),
        "timeline_import_update": ("'{file}' 가져오기로 바뀜", "changed by importing '{file}'"),
        "timeline_import_undone": ("가져오기 취소됨", "import undone"),
        "timeline_stage": ("{before} → {after}", "{before} → {after}"),
    }
)


# --- duplicates, trash and merge (issue 12) ---------------------------------------------------
CODE_WORDS["duplicate_reason"] = {
    "same_phone": ("같은 전화번호 (다르게 입력됨)", "the same phone number, typed differently"),
    "same_name_birthday": (
        "이름과 생일이 같고 전화번호가 없음",
        "the same name and birthday, no phone",
    ),
    "same_name_no_details": (
        "이름이 같고 전화번호와 생일이 없음",
        "the same name, no phone or birthday",
    ),
    "same_name_address": ("이름과 주소가 같음", "the same name and address"),
}
CODE_WORDS["left_out_reason"]["deleted_customer"] = (
    "삭제된 고객 (고객번호 {number}번, 휴지통에 있음)",
    "a deleted customer (no. {number}, in the trash)",
)
_ERRORS.update(
    {
        "delete_reason_required": (
            "삭제하는 이유를 적어 주세요.",
            "Please give a reason for deleting the customer.",
        ),
        "customer_in_trash": (
            "고객번호 {customer_no}번 고객은 이미 휴지통에 있습니다.",
            "Customer no. {customer_no} is already in the trash.",
        ),
        "customer_not_in_trash": (
            "고객번호 {customer_no}번 고객은 휴지통에 있지 않습니다.",
            "Customer no. {customer_no} is not in the trash.",
        ),
        "customer_merged_away": (
            "고객번호 {customer_no}번 카드는 {kept_no}번 고객과 합쳐졌습니다. 되살리려면 "
            "합치기를 취소해 주세요.",
            "Card no. {customer_no} was merged into customer no. {kept_no}. Undo the merge to "
            "bring it back.",
        ),
        "phone_in_trash": (
            "이 전화번호는 휴지통에 있는 고객번호 {customer_no}번 고객의 번호입니다. 휴지통에서 "
            "그 고객을 되살려 주세요.",
            "This phone number belongs to customer no. {customer_no}, who is in the trash. "
            "Restore that customer from the trash instead.",
        ),
        "trash_erase_not_available": (
            "휴지통 비우기(영구 삭제)는 아직 할 수 없습니다. 개인정보 파기 기능에서 제공될 "
            "예정입니다. 휴지통의 고객은 목록, 검색, 달력, 편지와 내보내기에 나오지 않습니다.",
            "Emptying the trash for good is not available yet (it comes with the privacy "
            "erasure). Customers in the trash are left out of the list, search, calendar, "
            "letters and exports.",
        ),
    }
)
_TEXTS["import_restored"] = (
    "휴지통에서 되살림: {count}명 (고객번호 {numbers})",
    "restored from the trash: {count} (customer no. {numbers})",
)
CODE_WORDS["stage_reason"]["merged"] = ("고객 카드 합치기", "cards merged")
_ERRORS.update(
    {
        "merge_same_customer": (
            "같은 고객 카드끼리는 합칠 수 없습니다.",
            "A card cannot be merged with itself.",
        ),
        "merge_not_found": (
            "합치기 기록 {merge_id}번을 찾을 수 없습니다.",
            "Merge {merge_id} was not found.",
        ),
        "merge_already_undone": (
            "합치기 {merge_id}번은 이미 취소되었습니다.",
            "Merge {merge_id} was already undone.",
        ),
        "merge_changed_since": (
            "합친 뒤에 고객번호 {customers}번 카드에 새 기록이나 변경이 있어 합치기를 취소할 수 "
            "없습니다.",
            "The merge cannot be undone: customer no. {customers} changed since (a sale, a visit "
            "or an edit).",
        ),
        "import_customer_merged": (
            "이 가져오기의 고객 중 {customers}번 고객이 그 뒤에 다른 카드와 합쳐져 가져오기를 "
            "취소할 수 없습니다. 먼저 합치기를 취소해 주세요.",
            "This import cannot be undone: customer no. {customers} was merged with another card "
            "since. Undo the merge first.",
        ),
    }
)
