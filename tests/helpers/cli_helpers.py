"""The real `shopcrm` command in a subprocess, for tests of both halves."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `shopcrm ARGS` with extra environment; output decoded as UTF-8."""
    script = Path(sys.executable).with_name("shopcrm")
    found = shutil.which("shopcrm")
    if script.exists():
        command = [str(script)]
    else:
        command = [found] if found else [sys.executable, "-m", "shopcrm.cli"]
    result = subprocess.run(
        [*command, *args],
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )
