"""Benchmark: 1,000 personalised letters into one PDF, against a bare platypus document that
holds the same text in the same font (no letterhead, no progress, no temporary file)."""

from __future__ import annotations

import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from shopcrm.db import close_database, open_database
from tests.benchmarks.__main__ import TODAY, Section, figure, measure

if TYPE_CHECKING:
    from shopcrm.letters.batch import LetterContent
    from shopcrm.letters.letterhead import Letterhead

LETTERS = 1_000
ROOT = Path(__file__).resolve().parents[2]


def render(kind: str, letters: Sequence[LetterContent], head: Letterhead, out: Path) -> None:
    """``ours``: `render_letters`; ``bare``: a SimpleDocTemplate of the same paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from shopcrm.formatting import format_korean_date
    from shopcrm.letters.fonts import register_fonts
    from shopcrm.letters.render import letter_styles, markup, render_letters

    if kind == "ours":
        render_letters(letters, out, letterhead=head, letter_date=TODAY)
        return
    styles = letter_styles()
    date = format_korean_date(TODAY)
    story: list[object] = []
    for letter in letters:  # every text of the letter, letterhead included, as plain paragraphs
        story += [
            Paragraph(markup(head.shop_name), styles["salutation"]),
            Paragraph(markup(f"{head.address}  ·  {head.phone}"), styles["body"]),
            Paragraph(markup(letter.salutation), styles["salutation"]),
        ]
        story += [Paragraph(markup(text), styles["body"]) for text in letter.paragraphs]
        story += [
            Paragraph(markup(date), styles["date"]),
            Paragraph(markup(letter.closing), styles["closing"]),
            PageBreak(),
        ]
    SimpleDocTemplate(str(out), pagesize=A4, initialFontName=register_fonts()).build(story)


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise LookupError(field)


def child_main() -> None:
    """In a fresh process: render once and print how far memory rose above what it held
    before (bytes): the peak resident size on Linux (its high-water mark reset first),
    Python's own allocations (tracemalloc) elsewhere."""
    import gc

    from shopcrm.letters.fonts import register_fonts
    from shopcrm.letters.render import letter_styles

    kind, data, out = sys.argv[1:4]
    letters, head = pickle.loads(Path(data).read_bytes())
    register_fonts()
    letter_styles()
    gc.collect()
    try:
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current VmRSS
        before = _status_kib("VmRSS")
    except OSError:
        import tracemalloc

        tracemalloc.start()
        render(kind, letters, head, Path(out))
        print(tracemalloc.get_traced_memory()[1])
        return
    render(kind, letters, head, Path(out))
    print((_status_kib("VmHWM") - before) * 1024)


def peak_memory(kind: str, data: Path, out: Path) -> int:
    """Bytes the peak resident memory rose while rendering once, in a fresh process."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from tests.benchmarks.letters import child_main; child_main()",
            kind,
            str(data),
            str(out),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return int(result.stdout.strip())


def letters_section(target: str, customers: int) -> Section:
    from shopcrm.letters.batch import log_letters, plan_letters
    from shopcrm.letters.recipients import recipients_from_ids
    from shopcrm.models import Customer

    open_database(target)
    query = Customer.select(Customer.id).order_by(Customer.id).limit(LETTERS)
    recipients = recipients_from_ids([row[0] for row in query.tuples()])
    planned = plan_letters("thank_you", recipients, letter_date=TODAY)
    letters = planned.letters(True)
    head = planned.letterhead
    runs = 3 if customers > LETTERS else 1  # the harness's quick run (1,000 customers): once
    with tempfile.TemporaryDirectory(prefix="shopcrm-bench-letters-") as folder:
        ours, bare, data = (Path(folder) / name for name in ("ours.pdf", "bare.pdf", "data"))
        ours_ms = measure(lambda: render("ours", letters, head, ours), runs)
        bare_ms = measure(lambda: render("bare", letters, head, bare), runs)
        ours_size, bare_size = ours.stat().st_size, bare.stat().st_size
        data.write_bytes(pickle.dumps((letters, head)))
        ours_peak = peak_memory("ours", data, ours)
        bare_peak = peak_memory("bare", data, bare)
    plan_ms = measure(lambda: plan_letters("thank_you", recipients, letter_date=TODAY), runs)
    log_ms = measure(lambda: log_letters(planned.template, letters, file_path=None), 1)
    close_database()
    count = len(letters)
    ours_median, bare_median = statistics.median(ours_ms), statistics.median(bare_ms)
    notes = (
        f"{count:,} letters, one A4 page each: the built-in thank-you template filled from the "
        "demo shop's cards; bare = SimpleDocTemplate with the same texts (letterhead and date "
        "included) as plain paragraphs in the same styles and font",
        f"time: {ours_median / 1000:.2f} s vs bare {bare_median / 1000:.2f} s "
        f"(ratio {ours_median / bare_median:.2f})",
        f"peak memory while rendering (fresh process, peak RSS above the RSS before): "
        f"{ours_peak / 2**20:.1f} MB vs bare "
        f"{bare_peak / 2**20:.1f} MB (ratio {ours_peak / bare_peak:.2f})",
        f"PDF size: {ours_size / 2**20:.2f} MB vs bare {bare_size / 2**20:.2f} MB "
        f"(ratio {ours_size / bare_size:.2f})",
    )
    return Section(
        f"Letters ({count:,} personalised letters into one PDF)",
        [
            figure(f"fill the template, apply the care rules ({count:,})", plan_ms, 2_000),
            figure(f"render_letters: {count:,} letters into one PDF", ours_ms, 10_000),
            figure("bare platypus document, same text and font", bare_ms, 10_000),
            figure(f"log {count:,} printed letters on the cards", log_ms, 3_000),
        ],
        notes,
    )
