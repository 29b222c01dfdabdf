"""A plain (non-editable) install finds its resources from outside the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_built_package_runs_its_self_test_outside_the_source_tree(tmp_path: Path) -> None:
    target = tmp_path / "site"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(SOURCE),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    assert (target / "shopcrm" / "resources" / "fonts" / "NanumGothic.ttf").is_file()
    assert (target / "shopcrm" / "resources" / "translations" / "shopcrm_ko.qm").is_file()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    code = (
        "import sys, shopcrm, shopcrm.paths as p; "
        f"assert shopcrm.__file__.startswith({str(target)!r}), shopcrm.__file__; "
        f"assert str(p.resources_dir()).startswith({str(target)!r}), p.resources_dir(); "
        "from shopcrm.cli import main; sys.exit(main(['--self-test']))"
    )
    environment = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=outside,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "자가 진단을 통과했습니다" in result.stderr
