"""The benchmark harness runs end to end on a small shop and reports every figure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_harness_writes_a_figure_for_every_section(tmp_path: Path) -> None:
    out = tmp_path / "bench.md"
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks", "--customers", "1000", "--out", str(out)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    report = out.read_text(encoding="utf-8")
    sections = report.split("\n## ")[1:]
    assert len(sections) >= 3
    for section in sections:
        rows = [line for line in section.splitlines() if line.startswith("| ") and " ms |" in line]
        assert rows, f"no figure in section {section.splitlines()[0]}"
    assert "1,000 customers" in report
