"""The core never loads Qt: every module of shopcrm/ imports in a fresh interpreter without it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import shopcrm


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [info.name for info in pkgutil.walk_packages(shopcrm.__path__, prefix="shopcrm.")]
    assert "shopcrm.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
