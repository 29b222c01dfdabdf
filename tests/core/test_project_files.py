"""The README's two commands are the ones CI runs and a new user types."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", readme)


def test_the_readme_opens_with_the_start_and_test_commands() -> None:
    start, test = readme_commands()[:2]
    assert start.endswith("shopcrm")
    assert "pytest" in test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    test_command = readme_commands()[1]
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines


def test_every_python_package_is_listed_for_installation() -> None:
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("shopcrm", "ui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert on_disk | {"shopcrm.resources"} == listed
