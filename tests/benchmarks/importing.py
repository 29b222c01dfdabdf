"""The import benchmark: a Korean Excel CSV of N rows, against plain csv + sqlite3.executemany.

The same rows are read by `csv` and written by one `executemany` into a plain table (the
floor: no checks at all), then imported by `shopcrm.importing.import_file` into an empty shop
(every value read and checked, duplicates looked up, derived columns, search tokens,
anniversaries, opening balances). Peak memory is measured in a fresh process, for N rows
and for ten times as many (a million for N = 100,000): bounded memory means the two peaks are
close although the file is ten times larger.
"""

from __future__ import annotations

import csv
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.benchmarks.__main__ import Section

HEADER = (
    "고객번호",
    "이름",
    "휴대폰",
    "생일",
    "음력여부",
    "이메일",
    "주소",
    "메모",
    "태그",
    "등급",
    "누적구매액",
    "최근방문일",
    "포인트",
    "마케팅동의",
)
FAMILY = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = ("민수", "서연", "지훈", "유리", "하나", "도윤", "서준", "하은", "지우", "예린", "현우")
STREETS = ("서울시 강남구 역삼로", "부산시 해운대구 우동", "대구시 중구 동성로", "인천시 남동구")
TAGS = ("단골", "VIP", "케이크", "빵", "커피", "예약")

_CHILD = """
import json, sys, time
from pathlib import Path
from shopcrm.db import open_database
from shopcrm.importing import ImportOptions, import_file

def peak_kb():
    # VmHWM: this process's own peak (ru_maxrss would carry the parent's over exec on Linux)
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

open_database(sys.argv[1])
before = peak_kb()
started = time.perf_counter()
report = import_file(sys.argv[2], ImportOptions())
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "before_kb": before, "peak_kb": peak_kb(),
                  "created": report.created, "rows": report.total_rows}))
"""


def write_sheet(path: Path, rows: int, seed: int = 1) -> None:
    """A customer list as Korean Excel saves it: CP949, CRLF, a title row, messy values."""
    rng = random.Random(seed)
    with path.open("w", encoding="cp949", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(["달빛 베이커리 고객 명단"] + [""] * (len(HEADER) - 1))
        writer.writerow(HEADER)
        for number in range(1, rows + 1):
            phone = f"{(number * 7919 + 12_345_678) % 90_000_000 + 10_000_000:08d}"
            year, month, day = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
            lunar = rng.random() < 0.2
            birthday = rng.choice(
                [
                    f"{year}-{month:02d}-{day:02d}",
                    f"{year}.{month}.{day}",
                    f"{year % 100:02d}/{month:02d}/{day:02d}",
                    f"{month}월 {day}일",
                ]
            )
            writer.writerow(
                [
                    f"C{number:07d}",
                    rng.choice(FAMILY) + rng.choice(GIVEN),
                    rng.choice([f"010-{phone[:4]}-{phone[4:]}", f"010{phone}", f"10{phone}"]),
                    birthday if rng.random() < 0.8 else "",
                    ("음력" if lunar else "양력") if rng.random() < 0.9 else "",
                    f"guest{number}@example.com" if rng.random() < 0.3 else "",
                    f"{rng.choice(STREETS)} {rng.randint(1, 200)}" if rng.random() < 0.7 else "",
                    "케이크 예약, 견과류 알레르기\n매주 토요일" if rng.random() < 0.2 else "",
                    ", ".join(rng.sample(TAGS, rng.randint(1, 2))) if rng.random() < 0.3 else "",
                    rng.choice(["", "골드", "실버", "VIP"]),
                    rng.choice(["", "12만원", "35,000원", "1,234,000"]),
                    f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
                    if rng.random() < 0.6
                    else "",
                    str(rng.randint(0, 5000)) if rng.random() < 0.5 else "",
                    rng.choice(["Y", "N", "동의", ""]),
                ]
            )


FULL_HEADER = (
    "고객번호",
    "이름",
    "휴대폰",
    "생일",
    "음력여부",
    "결혼기념일",
    "이메일",
    "주소",
    "메모",
    "등급",
    "누적구매액",
    "최근방문일",
    "추천인",
    "마케팅동의",
)
"""A real shop's 14-column list: its own customer numbers, referrers naming earlier numbers,
wedding anniversaries, lunar birthdays and opening balances."""


def write_full_sheet(path: Path, rows: int, seed: int = 1) -> None:
    """The 14-column list (`FULL_HEADER`) as Korean Excel saves it (CP949, CRLF): about 5% of
    rows name an earlier customer's number as 추천인, 25% have a wedding anniversary, 20% of
    birthdays are lunar, most rows carry an opening balance (누적구매액, 최근방문일)."""
    rng = random.Random(seed)
    with path.open("w", encoding="cp949", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(FULL_HEADER)
        for number in range(1, rows + 1):
            phone = f"{(number * 7919 + 12_345_678) % 90_000_000 + 10_000_000:08d}"
            year, month, day = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
            lunar = rng.random() < 0.2
            married = rng.random() < 0.25
            wedding_year = min(2025, year + rng.randint(22, 35))
            writer.writerow(
                [
                    f"{number:06d}",
                    rng.choice(FAMILY) + rng.choice(GIVEN),
                    rng.choice([f"010-{phone[:4]}-{phone[4:]}", f"010{phone}"]),
                    rng.choice([f"{year}-{month:02d}-{day:02d}", f"{year}.{month}.{day}"])
                    if rng.random() < 0.85
                    else "",
                    "음력" if lunar else "양력",
                    f"{wedding_year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                    if married
                    else "",
                    f"guest{number}@example.com" if rng.random() < 0.3 else "",
                    f"{rng.choice(STREETS)} {rng.randint(1, 200)}" if rng.random() < 0.7 else "",
                    "케이크 예약, 견과류 알레르기" if rng.random() < 0.2 else "",
                    rng.choice(["일반", "실버", "골드", "VIP"]),
                    f"{rng.randint(1, 300) * 10_000:,}" if rng.random() < 0.8 else "",
                    f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
                    if rng.random() < 0.8
                    else "",
                    f"{rng.randint(1, number - 1):06d}"
                    if number > 1 and rng.random() < 0.05
                    else "",
                    rng.choice(["Y", "N"]),
                ]
            )


def plain_import(path: Path, database: Path, skip: int = 2) -> float:
    """Seconds for csv + one sqlite3.executemany of the same rows, in one transaction
    (`skip`: the rows above the data, a title and the header by default)."""
    started = time.perf_counter()
    connection = sqlite3.connect(database)
    columns = ", ".join(f"c{index} TEXT" for index in range(len(HEADER)))
    connection.execute(f"CREATE TABLE plain ({columns})")
    placeholders = ", ".join("?" for _ in HEADER)
    with path.open(encoding="cp949", newline="") as handle:
        reader = csv.reader(handle)
        for _ in range(skip):
            next(reader)
        with connection:
            connection.executemany(f"INSERT INTO plain VALUES ({placeholders})", reader)
    connection.close()
    return time.perf_counter() - started


def import_in_child(path: Path, database: Path) -> dict[str, float]:
    """Import in a fresh process; its time and peak resident memory."""
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(database), str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        timeout=3600,
    )
    data: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def import_section(target: str, customers: int) -> Section:
    from shopcrm.db import close_database, open_database
    from shopcrm.importing import ImportOptions, import_file
    from tests.benchmarks.__main__ import Section, figure

    del target  # an empty shop of its own: the demo's customers would all be duplicates
    rows = customers
    large = 1_000_000 if customers >= 100_000 else customers * 10
    with tempfile.TemporaryDirectory(prefix="shopcrm-import-bench-") as folder:
        work = Path(folder)
        sheet = work / "customers.csv"
        write_sheet(sheet, rows)
        plain_seconds = plain_import(sheet, work / "plain.db")
        open_database(str(work / "shop.db"))
        started = time.perf_counter()
        report = import_file(sheet, ImportOptions())
        seconds = time.perf_counter() - started
        close_database()
        small = import_in_child(sheet, work / "small.db")
        (work / "small.db").unlink()
        write_sheet(sheet, large, seed=2)
        size_mb = sheet.stat().st_size / 1_000_000
        big = import_in_child(sheet, work / "big.db")
    ratio = seconds / plain_seconds
    return Section(
        f"Importing a customer list ({rows:,} rows of Korean Excel CSV)",
        [
            figure(
                f"plain csv + sqlite3.executemany ({rows:,} rows)",
                [plain_seconds * 1000],
                max(1.0, rows * 0.02),
            ),
            figure(
                f"shopcrm import ({rows:,} rows, {report.created:,} created)",
                [seconds * 1000],
                max(1.0, rows * 0.6),
            ),
            figure(
                f"shopcrm import in a fresh process ({int(big['rows']):,} rows, {size_mb:.0f} MB)",
                [big["seconds"] * 1000],
                max(1.0, large * 0.6),
            ),
        ],
        (
            f"ratio to plain csv + sqlite3.executemany of the same rows, same run: "
            f"{ratio:.1f}× ({seconds:.2f} s against {plain_seconds:.2f} s)",
            f"peak memory (resident, fresh process): {small['peak_kb'] / 1024:.0f} MB importing "
            f"{rows:,} rows, {big['peak_kb'] / 1024:.0f} MB importing {int(big['rows']):,} rows "
            f"(the interpreter with ShopCRM loaded: {big['before_kb'] / 1024:.0f} MB)",
            "the import checks every value, looks up duplicates, writes search tokens, "
            "anniversaries and opening balances; the plain baseline only stores the text",
        ),
    )


_CLI = "import sys; from shopcrm.cli import main; sys.exit(main(sys.argv[1:]))"
_PEAK = (
    "import resource, subprocess, sys, time; started = time.perf_counter(); "
    "code = subprocess.run(sys.argv[1:]).returncode; seconds = time.perf_counter() - started; "
    "print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)"
)


def cli_import(path: Path, database: Path) -> tuple[float, float]:
    """Run ``shopcrm import FILE --db DB`` as its own process: its seconds (interpreter start
    included) and its peak resident memory in MB."""
    root = Path(__file__).resolve().parents[2]
    command = [sys.executable, "-c", _CLI, "import", str(path), "--db", str(database)]
    result = subprocess.run(
        [sys.executable, "-c", _PEAK, *command],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        timeout=3600,
    )
    seconds, peak_kb, code = result.stdout.strip().splitlines()[-1].split()
    if code != "0":
        raise RuntimeError(f"shopcrm import exited with {code}: {result.stderr[-2000:]}")
    return float(seconds), int(peak_kb) / 1024


def full_list_section(target: str, customers: int) -> Section:
    """The 14-column list (`write_full_sheet`) through the ``shopcrm import`` process, against
    plain csv + sqlite3.executemany of the same rows in the same run; then ten times as many
    rows (a million for N = 100,000) for time and peak memory."""
    from tests.benchmarks.__main__ import Section, figure

    del target
    rows = customers
    large = 1_000_000 if customers >= 100_000 else customers * 10
    with tempfile.TemporaryDirectory(prefix="shopcrm-import-full-") as folder:
        work = Path(folder)
        sheet = work / "customers.csv"
        write_full_sheet(sheet, rows)
        plain_seconds = plain_import(sheet, work / "plain.db", skip=1)
        seconds, peak_mb = cli_import(sheet, work / "shop.db")
        write_full_sheet(sheet, large, seed=2)
        size_mb = sheet.stat().st_size / 1_000_000
        big_plain = plain_import(sheet, work / "plain-big.db", skip=1)
        big_seconds, big_peak_mb = cli_import(sheet, work / "big.db")
    return Section(
        f"Importing a real 14-column customer list ({rows:,} rows, 추천인 naming earlier "
        "customers' numbers)",
        [
            figure(
                f"plain csv + sqlite3.executemany ({rows:,} rows)",
                [plain_seconds * 1000],
                max(1.0, rows * 0.02),
            ),
            figure(
                f"`shopcrm import` process ({rows:,} rows)",
                [seconds * 1000],
                max(1.0, plain_seconds * 8 * 1000),
            ),
            figure(
                f"plain csv + sqlite3.executemany ({large:,} rows, {size_mb:.0f} MB)",
                [big_plain * 1000],
                max(1.0, large * 0.02),
            ),
            figure(
                f"`shopcrm import` process ({large:,} rows)",
                [big_seconds * 1000],
                180_000 if large >= 1_000_000 else max(1.0, large * 0.18),
            ),
        ],
        (
            f"ratio to plain csv + sqlite3.executemany of the same rows, same run: "
            f"{seconds / plain_seconds:.1f}× ({seconds:.2f} s against {plain_seconds:.2f} s; "
            "target ≤ 8×, moonshot ≤ 4×)",
            f"{large:,} rows: {big_seconds / big_plain:.1f}× ({big_seconds:.1f} s against "
            f"{big_plain:.1f} s)",
            f"peak memory (resident, the import process): {peak_mb:.0f} MB importing "
            f"{rows:,} rows, {big_peak_mb:.0f} MB importing {large:,} rows",
            "columns: 고객번호, 이름, 휴대폰, 생일, 음력여부 (20% lunar), 결혼기념일 (25%), "
            "이메일, 주소, 메모, 등급, 누적구매액, 최근방문일, "
            "추천인 (5%, an earlier customer's number), 마케팅동의",
        ),
    )
