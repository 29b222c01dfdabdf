"""`shopcrm import` and `shopcrm export` through the real command: output and exit statuses."""

from __future__ import annotations

import codecs
import json
import sqlite3
from pathlib import Path

from tests.core.test_cli import run
from tests.helpers.import_helpers import write

GOOD = (
    "이름,휴대폰,생일\r\n김민수,010-1234-5678,1985-03-07\r\n이서연,010-2222-3333,(음)1990.3.7\r\n"
)
PARTLY = GOOD + ",010-9999-8888,\r\n박지훈,,1985-02-30\r\n"


def count(db: Path, table: str = "customer") -> int:
    with sqlite3.connect(db) as connection:
        found = connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    connection.close()
    return int(found)


def test_a_clean_file_imports_with_exit_0_and_a_batch_id(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    result = run("import", str(write(tmp_path / "list.csv", GOOD, "cp949")), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "새 고객 2명" in result.stdout
    assert "shopcrm import --undo 1" in result.stdout
    assert count(db) == 2


def test_rejected_rows_give_exit_1_with_row_column_and_reason(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    result = run("import", str(write(tmp_path / "list.csv", PARTLY)), "--db", str(db))
    assert result.returncode == 1
    assert "4행: 이름이 없어 가져오지 않았습니다." in result.stderr
    assert "5행 '생일' 열: 2월 30일은 없는 날짜입니다." in result.stderr
    assert "거부 1행" in result.stdout and "list.rejected.csv" in result.stdout
    assert count(db) == 3
    assert (tmp_path / "list.rejected.csv").exists()


def test_a_refused_file_exits_3_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    run("import", str(write(tmp_path / "list.csv", GOOD)), "--db", str(db))
    before = db.read_bytes()
    (tmp_path / "photo.csv").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    for path in (write(tmp_path / "empty.csv", ""), tmp_path / "photo.csv"):
        result = run("import", str(path), "--db", str(db))
        assert result.returncode == 3
        assert result.stdout == ""
    assert count(db) == 2 and count(db, "import_batch") == 1
    assert db.read_bytes() == before


def test_dry_run_stores_nothing(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    result = run("import", str(write(tmp_path / "l.csv", PARTLY)), "--dry-run", "--db", str(db))
    assert result.returncode == 1
    assert "시험 실행" in result.stdout
    assert not db.exists()  # a dry run into a new shop leaves no file behind
    assert not (tmp_path / "l.rejected.csv").exists()


def test_list_and_undo(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    run("import", str(write(tmp_path / "list.csv", GOOD)), "--db", str(db))
    listed = run("import", "--list", "--db", str(db))
    assert listed.returncode == 0
    assert "list.csv" in listed.stdout.splitlines()[1]
    undone = run("import", "--undo", "1", "--db", str(db))
    assert undone.returncode == 0, undone.stderr
    assert "고객 2명 삭제" in undone.stdout
    assert count(db) == 0
    again = run("import", "--undo", "1", "--db", str(db))
    assert again.returncode == 3
    missing = run("import", "--undo", "9", "--db", str(db))
    assert missing.returncode == 3 and "9번을 찾을 수 없습니다" in missing.stderr


def test_undo_after_a_purchase_exits_3_and_names_the_customer(tmp_path: Path) -> None:
    from shopcrm.db import close_database, open_database
    from shopcrm.models import Customer
    from shopcrm.purchases import PurchaseLine, record_purchase

    db = tmp_path / "shop.db"
    run("import", str(write(tmp_path / "list.csv", GOOD)), "--db", str(db))
    open_database(str(db))
    record_purchase(Customer.get(Customer.name == "이서연").id, [PurchaseLine("빵", 3000)])
    close_database()
    result = run("import", "--undo", "1", "--db", str(db))
    assert result.returncode == 3
    assert "고객번호 2" in result.stderr
    assert count(db) == 2


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    db = str(tmp_path / "shop.db")
    path = str(write(tmp_path / "list.csv", GOOD))
    assert run("import", "--db", db).returncode == 2
    assert run("import", path, "--format", "pdf", "--db", db).returncode == 2
    assert run("import", path, "--on-duplicate", "merge", "--db", db).returncode == 2
    assert run("import", path, "--encoding", "klingon", "--db", db).returncode == 2
    assert run("export", str(tmp_path / "x.csv"), "--what", "letters", "--db", db).returncode == 2


def test_a_mapping_file_and_a_forced_encoding(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    path = write(tmp_path / "odd.csv", "손님;폰\r\n김민수;010-1234-5678\r\n", "cp949")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"손님": "name", "폰": "phone"}), "utf-8")
    result = run(
        "import", str(path), "--mapping", str(mapping), "--encoding", "euc-kr", "--db", str(db)
    )
    assert result.returncode == 0, result.stderr
    assert "인코딩 cp949, 구분자 ;" in result.stdout


def test_english_messages_with_shopcrm_lang(tmp_path: Path) -> None:
    result = run(
        "import",
        str(write(tmp_path / "list.csv", PARTLY)),
        "--db",
        str(tmp_path / "shop.db"),
        env={"SHOPCRM_LANG": "en"},
    )
    assert "row 4: No name: the row was not imported." in result.stderr
    assert "3 created" in result.stdout


def test_export_writes_a_bom_csv_and_an_empty_shop_a_header(tmp_path: Path) -> None:
    from shopcrm.db import close_database, open_database

    db = tmp_path / "shop.db"
    missing = run("export", str(tmp_path / "empty.csv"), "--db", str(db))
    assert missing.returncode == 3 and not db.exists()
    over = run("export", str(db), "--db", str(db))
    assert over.returncode == 3
    open_database(str(db))
    close_database()
    empty = run("export", str(tmp_path / "empty.csv"), "--db", str(db))
    assert empty.returncode == 0, empty.stderr
    assert (
        (tmp_path / "empty.csv").read_bytes().startswith(codecs.BOM_UTF8 + "고객번호,이름".encode())
    )
    run("import", str(write(tmp_path / "list.csv", GOOD)), "--db", str(db))
    result = run("export", str(tmp_path / "out.csv"), "--mask-phones", "--db", str(db))
    assert result.returncode == 0
    assert "010-****-5678" in (tmp_path / "out.csv").read_text("utf-8-sig")


def test_export_refusals_exit_3_and_leave_no_file(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    run("import", str(write(tmp_path / "l.csv", "이름,메모\r\n김민수,🎂\r\n")), "--db", str(db))
    out = tmp_path / "out"
    out.mkdir()
    result = run("export", str(out / "old.csv"), "--encoding", "cp949", "--db", str(db))
    assert result.returncode == 3
    assert "2행 '메모' 열" in result.stderr
    assert list(out.iterdir()) == []
    unwritable = run("export", str(tmp_path / "no" / "such" / "x.csv"), "--db", str(db))
    assert unwritable.returncode == 3


def test_the_report_names_the_rows_it_skipped(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    assert (
        run("import", str(write(tmp_path / "a.csv", GOOD, "cp949")), "--db", str(db)).returncode
        == 0
    )
    again = write(tmp_path / "b.csv", GOOD + "박지훈,010-3333-4444,\r\n", "cp949")
    result = run("import", str(again), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "건너뜀 2행" in result.stdout
    assert "건너뛴 행 (이미 있는 고객, 새 내용 없음): 2, 3행" in result.stdout


def memo_of(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        found = connection.execute("SELECT notes FROM customer").fetchone()[0]
    connection.close()
    return str(found)


def test_memo_keep_and_the_default_append_on_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    first = write(tmp_path / "a.csv", "이름,휴대폰,메모\r\n김민수,010-1234-5678,단골\r\n", "cp949")
    second = write(
        tmp_path / "b.csv", "이름,휴대폰,메모\r\n김민수,010-1234-5678,커피 원두 선호\r\n", "cp949"
    )
    assert run("import", str(first), "--db", str(db)).returncode == 0
    assert run("import", str(second), "--memo", "keep", "--db", str(db)).returncode == 0
    assert memo_of(db) == "단골"
    assert run("import", str(second), "--db", str(db)).returncode == 0
    assert memo_of(db) == "단골\n커피 원두 선호"


def test_an_unknown_memo_choice_is_a_usage_error(tmp_path: Path) -> None:
    path = str(write(tmp_path / "list.csv", GOOD))
    result = run("import", path, "--memo", "merge", "--db", str(tmp_path / "shop.db"))
    assert result.returncode == 2
    assert "keep, append, replace" in result.stderr
