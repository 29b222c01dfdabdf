"""Files as Korean Excel writes them: encodings, delimiters, title rows, refusals, broken rows."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest
from peewee import Database

from shopcrm.importing import ImportRefused, inspect_file
from shopcrm.models import Customer
from tests.helpers.import_helpers import (
    birthdays,
    database_is_empty,
    excel_csv,
    names,
    people,
    run_import,
    write,
    write_xlsx,
)

HEADER = "이름,휴대폰,생일,메모\r\n"
ROWS = "김민수,010-1234-5678,1985-03-07,소금빵\r\n이서연,010-2222-3333,1990.3.7,\r\n"


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("cp949", "cp949"),
        ("euc-kr", "cp949"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-8", "utf-8-sig"),
        ("utf-16", "utf-16"),
    ],
)
def test_every_encoding_excel_writes_is_detected(
    db: Database, tmp_path: Path, encoding: str, expected: str
) -> None:
    path = write(tmp_path / "list.csv", HEADER + ROWS, encoding)
    report = run_import(path)
    assert report.encoding == expected
    assert people() == [
        ("김민수", "01012345678", None, "소금빵"),
        ("이서연", "01022223333", None, None),
    ]


def test_excels_unicode_text_is_utf16_with_tabs(db: Database, tmp_path: Path) -> None:
    text = "이름\t휴대폰\t생일\r\n김민수\t010-1234-5678\t1985-03-07\r\n"
    report = run_import(write(tmp_path / "unicode.txt", text, "utf-16"))
    assert (report.encoding, report.delimiter) == ("utf-16", "\t")
    assert names() == ["김민수"]


def test_utf16_big_endian_is_read_too(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "be.txt"
    path.write_bytes(codecs.BOM_UTF16_BE + (HEADER + ROWS).encode("utf-16-be"))
    run_import(path)
    assert names() == ["김민수", "이서연"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_delimiter_is_detected(db: Database, tmp_path: Path, delimiter: str) -> None:
    text = (HEADER + ROWS).replace(",", delimiter)
    report = run_import(write(tmp_path / "list.csv", text))
    assert report.delimiter == delimiter
    assert names() == ["김민수", "이서연"]


def test_excels_sep_line_decides_the_delimiter(db: Database, tmp_path: Path) -> None:
    text = "sep=;\r\n이름;휴대폰;메모\r\n김민수;010-1234-5678;빵, 커피\r\n"
    report = run_import(write(tmp_path / "sep.csv", text))
    assert report.delimiter == ";"
    assert people() == [("김민수", "01012345678", None, "빵, 커피")]


def test_title_and_blank_rows_above_the_header_are_skipped(db: Database, tmp_path: Path) -> None:
    text = "달빛 베이커리 고객 명단,,,\r\n,,,\r\n작성일: 2024-05-01,,,\r\n" + HEADER + ROWS
    report = run_import(write(tmp_path / "titled.csv", text))
    assert names() == ["김민수", "이서연"]
    assert report.total_rows == 2
    assert inspect_file(tmp_path / "titled.csv").header_row == 4


def test_quoted_fields_keep_newlines_commas_and_quotes(db: Database, tmp_path: Path) -> None:
    text = HEADER + '김민수,010-1234-5678,,"첫 줄\r\n둘째 줄, 쉼표 ""따옴표"""\r\n'
    run_import(write(tmp_path / "quoted.csv", text))
    assert people()[0][3] == '첫 줄\n둘째 줄, 쉼표 "따옴표"'


def test_lone_carriage_returns_become_newlines(db: Database, tmp_path: Path) -> None:
    text = '이름\r메모\r김민수\r"한 줄\r두 줄"\r'.replace("\r", ",", 1)
    text = '이름,메모\r김민수,"한 줄\r두 줄"\r'
    run_import(write(tmp_path / "mac.csv", text))
    assert people() == [("김민수", None, None, "한 줄\n두 줄")]


def test_blank_rows_between_customers_are_skipped_silently(db: Database, tmp_path: Path) -> None:
    text = HEADER + "김민수,010-1234-5678,,\r\n,,,\r\n\r\n이서연,,,\r\n"
    report = run_import(write(tmp_path / "gaps.csv", text))
    assert (report.total_rows, report.created, report.problems) == (2, 2, ())


def test_lunar_and_leap_markers_in_columns_and_cells(db: Database, tmp_path: Path) -> None:
    rows = [
        ["이름", "생일", "음력여부", "윤달"],
        ["양력님", "1985-03-07", "양력", ""],
        ["음력님", "1990.3.7", "음력", ""],
        ["윤달님", "2023.2.29", "음", "윤달"],
        ["표시님", "(음,윤)1984.10.5", "", ""],
        ["와이님", "1990-03-07", "Y", "N"],
    ]
    run_import(excel_csv(tmp_path / "lunar.csv", rows))
    assert birthdays() == {
        "양력님": (1985, 3, 7, False, False),
        "음력님": (1990, 3, 7, True, False),
        "윤달님": (2023, 2, 29, True, True),
        "표시님": (1984, 10, 5, True, True),
        "와이님": (1990, 3, 7, True, False),
    }


def test_a_date_is_checked_against_its_own_calendar(db: Database, tmp_path: Path) -> None:
    rows = [
        ["이름", "생일", "음양"],
        ["음력윤달", "2023-02-29", "윤달"],
        ["양력", "2023-02-29", "양"],
        ["없는윤달", "2024-02-15", "윤달"],
    ]
    report = run_import(excel_csv(tmp_path / "check.csv", rows))
    assert report.created == 3 and report.rejected == 0
    assert list(birthdays()) == ["음력윤달"]
    assert [(p.row, p.column, p.code) for p in report.problems] == [
        (3, "생일", "not_a_leap_year"),
        (4, "생일", "no_leap_month"),
    ]


def test_excel_serial_numbers_and_dates_without_year(db: Database, tmp_path: Path) -> None:
    rows = [
        ["이름", "생일", "결혼기념일"],
        ["김민수", "31113", "3월 7일"],
        ["이서연", "--05-01", ""],
    ]
    run_import(excel_csv(tmp_path / "serial.csv", rows))
    assert birthdays() == {
        "김민수": (1985, 3, 7, False, False),
        "이서연": (None, 5, 1, False, False),
    }


def test_an_xlsx_sheet_with_title_dates_and_numbers(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        [
            ["고객 명단"],
            [],
            ["고객명", "핸드폰", "생년월일", "누적구매액", "우편번호"],
            ["김민수", 1012345678, dt.datetime(1985, 3, 7), 120000, 6236],
            ["이서연", "010-2222-3333", 32939, "12만원", "06236"],
        ],
    )
    report = run_import(path)
    assert report.file_format == "xlsx"
    assert people()[0][:2] == ("김민수", "01012345678")
    assert birthdays()["이서연"] == (1990, 3, 7, False, False)
    assert [c.total_spent for c in Customer.select().order_by(Customer.customer_no)] == [
        120_000,
        120_000,
    ]
    assert {c.postal_code for c in Customer.select()} == {"06236"}
    assert {p.code for p in report.problems} == {"leading_zero_restored", "postal_zero_restored"}


# --- refusals: exit 3, nothing stored ---------------------------------------------------------


def refused(path: Path, **options: object) -> str:
    with pytest.raises(ImportRefused) as caught:
        run_import(path, **options)
    assert database_is_empty()
    return caught.value.code


def test_an_empty_file_is_refused(db: Database, tmp_path: Path) -> None:
    assert refused(write(tmp_path / "empty.csv", "")) == "empty_file"


def test_a_byte_order_mark_alone_is_refused(db: Database, tmp_path: Path) -> None:
    assert refused(write(tmp_path / "bom.csv", "", "utf-8-sig")) == "empty_file"
    (tmp_path / "bom16.csv").write_bytes(codecs.BOM_UTF16_LE)
    assert refused(tmp_path / "bom16.csv") == "empty_file"


def test_a_header_without_rows_finds_no_customers(db: Database, tmp_path: Path) -> None:
    assert refused(write(tmp_path / "header.csv", HEADER + ",,,\r\n")) == "no_rows"


def test_a_file_without_a_name_column_is_refused(db: Database, tmp_path: Path) -> None:
    text = "번호,금액,날짜\r\n1,1000,2024-01-01\r\n"
    assert refused(write(tmp_path / "numbers.csv", text)) == "no_name_column"


def test_an_image_renamed_csv_is_refused(db: Database, tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    (tmp_path / "photo.csv").write_bytes(png)
    assert refused(tmp_path / "photo.csv") == "binary_file"


def test_random_binary_data_is_refused(db: Database, tmp_path: Path) -> None:
    import random

    rng = random.Random(4)
    data = bytes(rng.randrange(256) for _ in range(20_000))
    (tmp_path / "blob.csv").write_bytes(data)
    assert refused(tmp_path / "blob.csv") == "binary_file"


def test_an_old_xls_is_refused_with_advice(db: Database, tmp_path: Path) -> None:
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    assert refused(tmp_path / "old.xls") == "xls_file"


def test_an_html_page_saved_as_xls_is_refused(db: Database, tmp_path: Path) -> None:
    page = "<html><body><table><tr><td>이름</td></tr></table></body></html>"
    assert refused(write(tmp_path / "web.xls", page)) == "html_file"


def test_a_damaged_xlsx_is_refused(db: Database, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["이름"], ["김민수"]]).read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(good[: len(good) // 2])
    assert refused(tmp_path / "cut.xlsx") == "xlsx_damaged"


def test_an_empty_xlsx_is_refused(db: Database, tmp_path: Path) -> None:
    assert refused(write_xlsx(tmp_path / "empty.xlsx", [])) == "empty_file"


def test_text_no_encoding_reads_is_refused(db: Database, tmp_path: Path) -> None:
    lines = [bytes([0x80 + (i * 7 + j) % 0x7F for j in range(40)]) for i in range(30)]
    (tmp_path / "garbled.csv").write_bytes(b"\n".join(lines))
    assert refused(tmp_path / "garbled.csv") == "undecodable"


def test_a_purchases_export_is_not_a_customer_list(db: Database, tmp_path: Path) -> None:
    from shopcrm.importing.mapping import SHOPCRM_PURCHASES_HEADER

    text = ",".join(SHOPCRM_PURCHASES_HEADER) + "\r\n1,김민수,2024-01-01,판매,5000,,,,,,\r\n"
    assert refused(write(tmp_path / "purchases.csv", text)) == "purchases_file"


# --- row-level problems: reported per row, the rest imported ---------------------------------


def test_rows_with_too_many_or_too_few_fields_are_rejected(db: Database, tmp_path: Path) -> None:
    text = HEADER + "김민수,010-1234-5678,,\r\n서울,강남구,이서연,010,x\r\n박지훈\r\n최유리,,,\r\n"
    report = run_import(write(tmp_path / "shape.csv", text))
    assert names() == ["김민수", "최유리"]
    assert [(p.row, p.code, p.fields) for p in report.problems] == [
        (3, "row_field_count", {"expected": 4, "found": 5}),
        (4, "row_field_count", {"expected": 4, "found": 1}),
    ]


def test_trailing_empty_fields_are_not_a_problem(db: Database, tmp_path: Path) -> None:
    report = run_import(write(tmp_path / "trailing.csv", HEADER + "김민수,,,,,\r\n"))
    assert (report.created, report.problems) == (1, ())


def test_a_row_with_nul_bytes_is_rejected(db: Database, tmp_path: Path) -> None:
    text = HEADER + "김민\x00수,010-1234-5678,,\r\n이서연,,,\r\n"
    report = run_import(write(tmp_path / "nul.csv", text, "utf-8"))
    assert names() == ["이서연"]
    assert [(p.row, p.code) for p in report.problems] == [(2, "row_nul_bytes")]


def test_invalid_bytes_on_one_line_reject_that_row(db: Database, tmp_path: Path) -> None:
    good = (HEADER + ROWS).encode("cp949")
    broken = "박지훈,010-5555-6666,,".encode("cp949") + b"\xff\xfe\r\n"
    (tmp_path / "broken.csv").write_bytes(good + broken)
    report = run_import(tmp_path / "broken.csv")
    assert names() == ["김민수", "이서연"]
    assert [(p.row, p.code) for p in report.problems] == [(4, "row_invalid_bytes")]


def test_a_one_megabyte_field_rejects_its_row(db: Database, tmp_path: Path) -> None:
    text = HEADER + f"김민수,,,{'가' * 1_048_576}\r\n이서연,,,\r\n"
    report = run_import(write(tmp_path / "huge.csv", text))
    assert names() == ["이서연"]
    problem = report.problems[0]
    assert (problem.row, problem.column, problem.code) == (2, "메모", "row_field_too_large")


def test_a_quote_that_never_closes_loses_only_its_line(db: Database, tmp_path: Path) -> None:
    text = HEADER + '김민수,010-1234-5678,,"열린 따옴표\r\n이서연,,,\r\n박지훈,,,\r\n'
    report = run_import(write(tmp_path / "open.csv", text))
    assert names() == ["이서연", "박지훈"]
    assert [(p.row, p.code) for p in report.problems] == [(2, "row_unclosed_quote")]


def test_impossible_values_are_left_out_and_the_row_imported(db: Database, tmp_path: Path) -> None:
    rows = [
        ["이름", "휴대폰", "생일", "이메일", "누적구매액"],
        ["김민수", "010-12", "1985-02-30", "minsu@", "많이"],
    ]
    report = run_import(excel_csv(tmp_path / "bad.csv", rows))
    assert people() == [("김민수", None, None, None)]
    assert [(p.row, p.column, p.code, p.rejected) for p in report.problems] == [
        (2, "휴대폰", "invalid_phone", False),
        (2, "생일", "no_such_day", False),
        (2, "이메일", "invalid_email", False),
        (2, "누적구매액", "unreadable_amount", False),
    ]
    assert report.rejected == 0 and report.warnings == 4


def test_a_row_without_a_name_is_rejected_and_written_for_fixing(
    db: Database, tmp_path: Path
) -> None:
    text = HEADER + ",010-1234-5678,1985-03-07,이름 없음\r\n이서연,,,\r\n"
    report = run_import(write(tmp_path / "noname.csv", text))
    assert names() == ["이서연"]
    assert report.rejected_path is not None
    rejected = Path(report.rejected_path).read_text(encoding="utf-8-sig").splitlines()
    assert rejected[0] == "이름,휴대폰,생일,메모,가져오기 오류"
    assert rejected[1].startswith(",010-1234-5678,1985-03-07,이름 없음,2행")


def test_the_rejected_rows_file_imports_once_fixed(db: Database, tmp_path: Path) -> None:
    text = HEADER + ",010-1234-5678,1985-03-07,이름 없음\r\n"
    report = run_import(write(tmp_path / "fixme.csv", text + "이서연,,,\r\n"))
    assert report.rejected_path is not None
    fixed = Path(report.rejected_path)
    fixed.write_text(
        fixed.read_text(encoding="utf-8-sig").replace("\n,010", "\n김민수,010"), "utf-8-sig"
    )
    again = run_import(fixed)
    assert (again.created, again.rejected) == (1, 0)
    assert sorted(names()) == ["김민수", "이서연"]


def test_an_all_zero_phone_is_dropped_with_a_warning_and_the_row_imported(
    db: Database, tmp_path: Path
) -> None:
    rows = [["이름", "휴대폰", "메모"], ["김민수", "010-0000-0000", "번호 모름"]]
    report = run_import(excel_csv(tmp_path / "zeros.csv", rows))
    assert people() == [("김민수", None, None, "번호 모름")]
    assert [(p.row, p.column, p.code, p.rejected) for p in report.problems] == [
        (2, "휴대폰", "placeholder_phone", False)
    ]


def test_one_customer_whose_memo_holds_tabs_and_line_breaks_is_read_with_commas(
    db: Database, tmp_path: Path
) -> None:
    text = HEADER + '김민수,010-1234-5678,,"가\t나\n다\t라\n마\t바"\r\n'
    report = run_import(write(tmp_path / "one.csv", text))
    assert report.delimiter == ","
    assert people() == [("김민수", "01012345678", None, "가\t나\n다\t라\n마\t바")]


def test_a_complaints_export_is_not_a_customer_list(db: Database, tmp_path: Path) -> None:
    from shopcrm.importing.mapping import SHOPCRM_COMPLAINTS_HEADER

    row = "1,7,김민수,2026-11-03,카운터,대기 시간,보통,해결,박서연,사과,0,,,\r\n"
    text = ",".join(SHOPCRM_COMPLAINTS_HEADER) + "\r\n" + row
    assert refused(write(tmp_path / "complaints.csv", text)) == "complaints_file"
    assert database_is_empty()
