"""The command-line contract, driven through the real `shopcrm` command."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from shopcrm import __version__


def _command() -> list[str]:
    script = Path(sys.executable).with_name("shopcrm")
    if script.exists():
        return [str(script)]
    found = shutil.which("shopcrm")
    return [found] if found else [sys.executable, "-m", "shopcrm.cli"]


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [*_command(), *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def customer_count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        count = connection.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
    connection.close()
    return int(count)


def test_db_is_accepted_before_the_subcommand(tmp_path: Path) -> None:
    path = tmp_path / "before.db"
    result = run("--db", str(path), "demo", "--customers", "20")
    assert result.returncode == 0, result.stderr
    assert customer_count(path) == 20


def test_db_is_accepted_after_the_subcommand(tmp_path: Path) -> None:
    path = tmp_path / "after.db"
    result = run("demo", "--customers", "15", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert customer_count(path) == 15


def test_db_flag_wins_over_the_environment(tmp_path: Path) -> None:
    flag, env = tmp_path / "flag.db", tmp_path / "env.db"
    result = run("demo", "--customers", "5", "--db", str(flag), env={"SHOPCRM_DB": str(env)})
    assert result.returncode == 0, result.stderr
    assert flag.exists()
    assert not env.exists()


def test_shopcrm_db_is_used_without_the_flag(tmp_path: Path) -> None:
    env = tmp_path / "env.db"
    result = run("demo", "--customers", "5", env={"SHOPCRM_DB": str(env)})
    assert result.returncode == 0, result.stderr
    assert customer_count(env) == 5


def test_the_default_database_lives_in_shopcrm_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run("demo", "--customers", "5", env={"SHOPCRM_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert customer_count(data / "shopcrm.db") == 5


def test_demo_refuses_a_database_with_customers_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    assert run("demo", "--customers", "10", "--db", str(path)).returncode == 0
    result = run("demo", "--customers", "30", "--db", str(path))
    assert result.returncode == 3
    assert "--force" in result.stderr
    assert "고객 10명" in result.stderr
    assert customer_count(path) == 10


def test_demo_with_force_replaces_the_customers(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    assert run("demo", "--customers", "10", "--db", str(path)).returncode == 0
    assert run("demo", "--customers", "30", "--force", "--db", str(path)).returncode == 0
    assert customer_count(path) == 30


def test_messages_are_english_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    run("demo", "--customers", "3", "--db", str(path))
    result = run("demo", "--db", str(path), env={"SHOPCRM_LANG": "en"})
    assert result.returncode == 3
    assert "already has 3 customers" in result.stderr


@pytest.mark.parametrize("locale", ["C", "POSIX", "ko_KR.UTF-8"])
def test_messages_are_korean_for_c_posix_and_korean_locales(tmp_path: Path, locale: str) -> None:
    path = tmp_path / "shop.db"
    run("demo", "--customers", "3", "--db", str(path))
    environment = {"SHOPCRM_LANG": "", "LC_ALL": locale, "LANG": locale}
    result = run("demo", "--db", str(path), env=environment)
    assert result.returncode == 3
    assert "이미 고객 3명" in result.stderr


def test_an_english_locale_gives_english_messages(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    run("demo", "--customers", "3", "--db", str(path))
    result = run("demo", "--db", str(path), env={"SHOPCRM_LANG": "", "LC_ALL": "en_US.UTF-8"})
    assert "already has 3 customers" in result.stderr


def test_a_non_database_file_is_refused_with_exit_3_and_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("이름,전화\n김민수,010-1234-5678\n", encoding="utf-8")
    before = path.read_bytes()
    result = run("demo", "--db", str(path))
    assert result.returncode == 3
    assert "ShopCRM 데이터베이스가 아닙니다" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("demo", "--customers", "many").returncode == 2
    assert run("no-such-command").returncode == 2
    assert run("demo", "--today", "2026-13-45", "--db", str(tmp_path / "x.db")).returncode == 2


def test_version_and_help() -> None:
    version = run("--version")
    assert version.returncode == 0
    assert __version__ in version.stdout
    helped = run("demo", "--help")
    assert helped.returncode == 0
    assert "--customers" in helped.stdout


def test_korean_help_has_no_english_option_text() -> None:
    helped = run("--help", env={"SHOPCRM_LANG": "ko"})
    assert helped.returncode == 0
    assert "show program's version" not in helped.stdout
    assert "프로그램 버전을 보여 주고 끝냅니다" in helped.stdout


def test_self_test_passes() -> None:
    result = run("--self-test")
    assert result.returncode == 0, result.stderr
    assert "자가 진단을 통과했습니다" in result.stderr


def test_headless_commands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from shopcrm.cli import main; "
        f"status = main(['demo', '--customers', '5', '--db', {str(tmp_path / 'q.db')!r}]); "
        "assert status == 0, status; "
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]; "
        "assert not loaded, loaded"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_an_unreachable_postgresql_server_exits_3_with_a_message() -> None:
    result = run("demo", "--db", "postgresql://nobody:secret@127.0.0.1:1/shopcrm")
    assert result.returncode == 3
    assert "연결할 수 없습니다" in result.stderr
    assert "secret" not in result.stderr
    assert "Traceback" not in result.stderr


def test_agenda_never_writes_over_the_database(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    assert run("demo", "--customers", "20", "--db", str(path)).returncode == 0
    before = path.read_bytes()
    result = run(
        "agenda",
        "--db",
        str(path),
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--format",
        "csv",
        "--out",
        str(path),
    )
    assert result.returncode == 3
    assert "데이터베이스 파일입니다" in result.stderr
    assert path.read_bytes() == before


def test_a_reading_command_refuses_a_database_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "shop.db"
    result = run("agenda", "--db", str(missing), "--from", "2026-01-01", "--to", "2026-01-31")
    assert result.returncode == 3
    assert "데이터베이스가 없습니다" in result.stderr
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("url", ["mysql://shop@server/crm", "sqlite:///tmp/shop.db"])
def test_an_unknown_kind_of_database_url_is_refused(tmp_path: Path, url: str) -> None:
    result = run("demo", "--db", url, cwd=tmp_path)
    assert result.returncode == 3
    assert list(tmp_path.iterdir()) == []


def test_a_data_folder_that_cannot_be_made_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run("demo", env={"SHOPCRM_DATA_DIR": str(blocker)})
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert "폴더에 파일을 만들 수 없습니다" in result.stderr


def test_without_a_screen_the_window_explains_instead_of_crashing(tmp_path: Path) -> None:
    environment = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    result = run("--db", str(tmp_path / "shop.db"), env=environment)
    assert result.returncode == 1
    assert "화면이 없어" in result.stderr


def test_demo_force_keeps_a_copy_of_the_shop_it_replaces(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    assert run("demo", "--customers", "10", "--db", str(path)).returncode == 0
    assert run("demo", "--customers", "30", "--force", "--db", str(path)).returncode == 0
    copies = list((tmp_path / "backups").glob("shop-before-demo-*.db"))
    assert len(copies) == 1
    assert customer_count(copies[0]) == 10


def test_a_damaged_database_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    assert run("demo", "--customers", "200", "--db", str(path)).returncode == 0
    data = bytearray(path.read_bytes())
    data[8192 : 8192 + 4096] = bytes(range(256)) * 16  # scribble over a few pages
    path.write_bytes(bytes(data))
    result = run("demo", "--force", "--customers", "5", "--db", str(path))
    assert result.returncode == 3
    assert "손상" in result.stderr
    assert "Traceback" not in result.stderr


def test_letters_and_labels_never_write_over_the_database(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    assert run("demo", "--customers", "20", "--db", str(path)).returncode == 0
    before = path.read_bytes()
    for command in (["letters", "--template", "thank_you"], ["labels"]):
        result = run(*command, "--customers", "1,2", "--out", str(path), "--db", str(path))
        assert result.returncode == 3, result.stderr
        assert path.read_bytes() == before


def test_a_dry_run_import_into_a_new_path_leaves_no_database(tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_text("이름,휴대폰\n김민수,010-1234-5678\n", encoding="utf-8-sig")
    result = run("import", str(source), "--dry-run", "--db", str(tmp_path / "new.db"))
    assert result.returncode == 0, result.stderr
    assert "새 고객 1명" in result.stdout
    assert not (tmp_path / "new.db").exists()


def test_a_misread_file_never_prints_gibberish(tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_bytes("이름,휴대폰\n김민수,010-1234-5678\n".encode("cp949"))
    result = run("import", str(source), "--encoding", "utf-8", "--db", str(tmp_path / "x.db"))
    assert result.returncode == 3
    assert "\\udc" not in result.stderr.encode("utf-8", "backslashreplace").decode(
        "ascii", "replace"
    )
