"""`shopcrm letters` and `shopcrm labels`, driven through the real command: exit statuses,
the left-out customers on stderr, nothing written when there is nothing to print."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.db import close_database, open_database
from shopcrm.models import Customer, Interaction, Letter
from tests.helpers.letters_helpers import customer, open_shop


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("shopcrm")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "shopcrm.cli"]
    result = subprocess.run(
        [*command, *args],
        capture_output=True,
        env={**os.environ, "SHOPCRM_LANG": "ko", **(env or {})},
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """김민수 (1, consent), 이서연 (2, no consent), 박지훈 (3, consent, no address)."""
    path = tmp_path_factory.mktemp("letters") / "shop.db"
    open_database(str(path))
    open_shop()
    minsu = customer("김민수")
    seoyeon = customer("이서연", consent=False, address="서울특별시 마포구 연남로 12")
    customer("박지훈", address=None, postal_code=None)
    add_anniversary(minsu, AnniversaryInput("birthday", 12, 1, 1985))
    add_anniversary(seoyeon, AnniversaryInput("birthday", 12, 2, 1990))
    close_database()
    return path


@pytest.fixture
def shop(seeded: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "shop.db"
    shutil.copy(seeded, copy)
    return copy


def logged(shop: Path) -> list[tuple[str, int]]:
    open_database(str(shop))
    try:
        rows = (
            Letter.select(Letter.template_key, Customer.customer_no)
            .join(Customer)
            .order_by(Customer.customer_no)
            .tuples()
        )
        letters = [(key, number) for key, number in rows]
        assert Interaction.select().where(Interaction.kind == "letter").count() == len(letters)
        return letters
    finally:
        close_database()


def pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def test_all_printed_exits_0_and_logs_each_letter(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "thanks.pdf"
    result = run(
        "letters",
        "--db",
        str(shop),
        "--template",
        "thank_you",
        "--customers",
        "1, 2,3",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert pages(out) == 3
    assert "편지 3통" in result.stderr
    assert logged(shop) == [("thank_you", 1), ("thank_you", 2), ("thank_you", 3)]


def test_left_out_customers_go_to_stderr_in_korean_and_exit_1(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "vip.pdf"
    result = run(
        "letters",
        "--template",
        "vip_invite",
        "--customers",
        "1,2,99",
        "--out",
        str(out),
        "--db",
        str(shop),
    )
    assert result.returncode == 1
    assert pages(out) == 1
    lines = result.stderr.splitlines()
    assert "빠짐: 고객번호 2 이서연 — 광고성 편지인데 마케팅 수신에 동의하지 않았습니다" in lines
    assert "빠짐: 고객번호 99 — 고객번호 99번 고객이 없습니다" in lines
    assert any("--include-left-out" in line for line in lines)
    assert logged(shop) == [("vip_invite", 1)]


def test_include_left_out_overrides_the_care_rules_only(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "vip.pdf"
    result = run(
        "letters",
        "--db",
        str(shop),
        "--template",
        "vip_invite",
        "--customers",
        "1,2,99",
        "--out",
        str(out),
        "--include-left-out",
    )
    assert result.returncode == 1  # number 99 still does not exist
    assert pages(out) == 2
    assert "이서연" not in result.stderr


def test_the_same_letter_again_too_soon_is_left_out(shop: Path, tmp_path: Path) -> None:
    first = run(
        "letters",
        "--db",
        str(shop),
        "--template",
        "thank_you",
        "--customers",
        "1",
        "--out",
        str(tmp_path / "a.pdf"),
    )
    assert first.returncode == 0
    again = run(
        "letters",
        "--db",
        str(shop),
        "--template",
        "thank_you",
        "--customers",
        "1",
        "--out",
        str(tmp_path / "b.pdf"),
    )
    assert again.returncode == 3
    assert "같은 편지를 이미 받았습니다 (30일 이내)" in again.stderr
    assert not (tmp_path / "b.pdf").exists()
    forced = run(
        "letters",
        "--db",
        str(shop),
        "--template",
        "thank_you",
        "--customers",
        "1",
        "--out",
        str(tmp_path / "b.pdf"),
        "--include-left-out",
    )
    assert forced.returncode == 0


def test_nothing_to_print_exits_3_and_writes_nothing(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    result = run(
        "letters",
        "--db",
        str(shop),
        "--template",
        "birthday",
        "--customers",
        "2",
        "--out",
        str(out),
    )
    assert result.returncode == 3
    assert "인쇄할 것이 없어 파일을 만들지 않았습니다." in result.stderr
    assert list(tmp_path.glob("*.pdf")) == []
    assert list(tmp_path.glob(".*")) == []
    assert logged(shop) == []


def test_no_log_prints_without_logging(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    result = run(
        "letters",
        "--db",
        str(shop),
        "--template",
        "apology",
        "--customers",
        "1",
        "--out",
        str(out),
        "--no-log",
        "--layout",
        "card",
    )
    assert result.returncode == 0, result.stderr
    assert "카드 1장" in result.stderr
    assert logged(shop) == []


def test_agenda_takes_the_customers_of_the_range(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "birthdays.pdf"
    result = run(
        "letters",
        "--db",
        str(shop),
        "--template",
        "birthday",
        "--agenda",
        "2026-12-01",
        "2026-12-02",
        "--out",
        str(out),
    )
    assert result.returncode == 1  # 이서연 did not consent to marketing
    assert pages(out) == 1
    assert "12월 1일, 고객님의 생일을" in PdfReader(out).pages[0].extract_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--template", "thank_you", "--out", "x.pdf"], "--customers"),
        (["--template", "nope", "--customers", "1", "--out", "x.pdf"], "알 수 없는 템플릿"),
        (["--template", "thank_you", "--customers", "1,a", "--out", "x.pdf"], "1,a"),
        (["--template", "thank_you", "--customers", "1"], "--out"),
        (
            [
                "--template",
                "thank_you",
                "--customers",
                "1",
                "--agenda",
                "2026-01-01",
                "2026-01-02",
                "--out",
                "x.pdf",
            ],
            "함께 쓸 수 없습니다",
        ),
        (
            ["--template", "thank_you", "--agenda", "2026-02-01", "2026-01-01", "--out", "x.pdf"],
            "늦습니다",
        ),
        (
            ["--template", "thank_you", "--customers", "1", "--layout", "poster", "--out", "x.pdf"],
            "poster",
        ),
    ],
)
def test_usage_errors_exit_2(shop: Path, tmp_path: Path, args: list[str], message: str) -> None:
    result = run("letters", "--db", str(shop), *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_labels_exit_statuses(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    everyone = run("labels", "--db", str(shop), "--customers", "1,2", "--out", str(out))
    assert everyone.returncode == 0, everyone.stderr
    assert PdfReader(out).pages[0].extract_text().count("고객님") == 1  # one household
    some = run(
        "labels",
        "--db",
        str(shop),
        "--customers",
        "1,3",
        "--sheet",
        "2x8",
        "--mask-phones",
        "--out",
        str(out),
    )
    assert some.returncode == 1
    assert "빠짐: 고객번호 3 박지훈 — 주소가 없습니다" in some.stderr.splitlines()
    nothing = run(
        "labels", "--db", str(shop), "--customers", "3", "--out", str(tmp_path / "none.pdf")
    )
    assert nothing.returncode == 3
    assert not (tmp_path / "none.pdf").exists()
    envelopes = run(
        "labels",
        "--db",
        str(shop),
        "--agenda",
        "2026-12-01",
        "2026-12-02",
        "--sheet",
        "dl",
        "--split-households",
        "--out",
        str(out),
    )
    assert envelopes.returncode == 0, envelopes.stderr
    assert len(PdfReader(out).pages) == 2


def test_messages_are_english_when_asked(shop: Path, tmp_path: Path) -> None:
    result = run(
        "labels",
        "--db",
        str(shop),
        "--customers",
        "3",
        "--out",
        str(tmp_path / "x.pdf"),
        env={"SHOPCRM_LANG": "en"},
    )
    assert result.returncode == 3
    assert "left out: customer no. 3 박지훈 — no address" in result.stderr


def test_a_label_without_a_postal_code_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    open_database(str(path))
    open_shop()
    customer("정하늘", address="부산광역시 해운대구 우동 1", postal_code=None)
    close_database()
    out = tmp_path / "labels.pdf"
    result = run("labels", "--db", str(path), "--customers", "1", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "주의: 고객번호 1 정하늘 — 우편번호가 없어 우편번호 없이 인쇄합니다" in result.stderr
    assert "정하늘" in PdfReader(out).pages[0].extract_text()
