"""The installer files: PyInstaller spec, Inno Setup script, .desktop file, build scripts, icon.

Fast checks only: the spec is run against stand-ins for PyInstaller's classes (no build; that is
`installer/build.sh`), the other files are parsed. Nothing here imports Qt.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import shopcrm
from shopcrm import migrations

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
RESOURCES = ROOT / "resources"


def _project_version() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "shopcrm_project_version_under_test", INSTALLER / "project_version.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Recorded:
    """Stands in for Analysis/PYZ/EXE/COLLECT and keeps what the spec passed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.pure: list[Any] = []
        self.scripts = args[0] if args else []
        self.binaries: list[Any] = []
        self.datas = kwargs.get("datas", [])


def _run_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str) -> dict[str, Any]:
    built: dict[str, list[_Recorded]] = {"Analysis": [], "PYZ": [], "EXE": [], "COLLECT": []}

    def recorder(kind: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> _Recorded:
            item = _Recorded(*args, **kwargs)
            built[kind].append(item)
            return item

        return make

    namespace: dict[str, Any] = {kind: recorder(kind) for kind in built}
    namespace.update(SPECPATH=str(INSTALLER), workpath=str(tmp_path), DISTPATH=str(tmp_path))
    source = (INSTALLER / "shopcrm.spec").read_text(encoding="utf-8")
    monkeypatch.setattr(sys, "platform", platform)
    exec(compile(source, "shopcrm.spec", "exec"), namespace)
    monkeypatch.undo()
    namespace["_built"] = built
    return namespace


@pytest.fixture
def linux_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    return _run_spec(tmp_path, monkeypatch, "linux")


def test_the_version_is_parsed_from_the_package_not_hard_coded(tmp_path: Path) -> None:
    project_version = _project_version()
    assert project_version.read_version() == shopcrm.__version__
    other = tmp_path / "__init__.py"
    other.write_text('"""x"""\n\n__version__ = "9.8.7"\n', encoding="utf-8")
    assert project_version.read_version(other) == "9.8.7"
    other.write_text("VERSION = '1.0'\n", encoding="utf-8")
    with pytest.raises(ValueError):
        project_version.read_version(other)


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2rc1", (1, 2, 0, 0)), ("1.2.3.4.5", (1, 2, 3, 4))],
)
def test_windows_file_versions_have_four_numbers(
    version: str, numbers: tuple[int, int, int, int]
) -> None:
    assert _project_version().windows_version_tuple(version) == numbers


def test_the_spec_uses_the_project_version(linux_spec: dict[str, Any]) -> None:
    assert linux_spec["VERSION"] == shopcrm.__version__


def test_the_spec_bundles_every_resource_under_resources(linux_spec: dict[str, Any]) -> None:
    analyses = linux_spec["_built"]["Analysis"]
    assert len(analyses) == 2  # the window and the command line
    expected = {
        (str(path), str(Path("resources", path.parent.relative_to(RESOURCES)).as_posix()))
        for path in RESOURCES.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }
    assert (str(RESOURCES / "fonts" / "NanumGothic.ttf"), "resources/fonts") in expected
    assert (str(RESOURCES / "translations" / "shopcrm_ko.qm"), "resources/translations") in expected
    for analysis in analyses:
        assert set(analysis.kwargs["datas"]) == expected
        assert analysis.kwargs["pathex"] == [str(ROOT)]
        assert set(migrations.STEPS.values()) <= set(analysis.kwargs["hiddenimports"])


def test_the_spec_makes_one_windowed_folder_with_the_cli_beside_it(
    linux_spec: dict[str, Any],
) -> None:
    built = linux_spec["_built"]
    scripts = [Path(analysis.args[0][0]).name for analysis in built["Analysis"]]
    assert scripts == ["launch_shopcrm.py", "launch_shopcrm_cli.py"]
    executables = {exe.kwargs["name"]: exe.kwargs for exe in built["EXE"]}
    assert executables["ShopCRM"]["console"] is False
    assert executables["shopcrm"]["console"] is True
    assert all(exe["exclude_binaries"] for exe in executables.values())  # one folder
    (collect,) = built["COLLECT"]
    assert collect.kwargs["name"] == "ShopCRM"
    assert sum(isinstance(arg, _Recorded) and arg in built["EXE"] for arg in collect.args) == 2


def test_the_spec_leaves_out_unused_qt_but_keeps_what_shopcrm_uses(
    linux_spec: dict[str, Any],
) -> None:
    excludes = set(linux_spec["EXCLUDES"])
    for unused in ("QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia"):
        assert f"PySide6.{unused}" in excludes
    for used in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets"):
        assert f"PySide6.{used}" not in excludes
    kept = linux_spec["only_our_qt_languages"](
        [
            ("PySide6/Qt/translations/qtbase_ko.qm", "x", "DATA"),
            ("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
            ("PySide6/Qt/translations/qt_en.qm", "x", "DATA"),
            ("resources/translations/shopcrm_ko.qm", "x", "DATA"),
        ]
    )
    assert [entry[0] for entry in kept] == [
        "PySide6/Qt/translations/qtbase_ko.qm",
        "PySide6/Qt/translations/qt_en.qm",
        "resources/translations/shopcrm_ko.qm",
    ]


def test_on_windows_the_spec_adds_icon_version_and_a_cli_name_that_does_not_clash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = _run_spec(tmp_path, monkeypatch, "win32")
    executables = {exe.kwargs["name"]: exe.kwargs for exe in spec["_built"]["EXE"]}
    assert set(executables) == {"ShopCRM", "shopcrm-cli"}  # not ShopCRM.exe + shopcrm.exe
    gui = executables["ShopCRM"]
    assert gui["icon"] == str(RESOURCES / "icons" / "shopcrm.ico")
    version_text = Path(gui["version"]).read_text(encoding="utf-8")
    ast.parse(version_text, mode="eval")  # PyInstaller evaluates this text
    assert f"'ProductVersion', '{shopcrm.__version__}'" in version_text


def test_the_launchers_call_the_two_entry_points() -> None:
    for script, module in (
        ("launch_shopcrm.py", "ui.app"),
        ("launch_shopcrm_cli.py", "shopcrm.cli"),
    ):
        tree = ast.parse((INSTALLER / script).read_text(encoding="utf-8"))
        imports = {
            (node.module, alias.name)
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        assert (module, "main") in imports


def test_the_desktop_entry_has_the_required_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(INSTALLER / "shopcrm.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "ShopCRM"
    assert entry["Name[ko]"] == "ShopCRM 단골 관리"
    assert entry["Comment"] and entry["Comment[ko]"]
    assert entry["Exec"].split()[0] == "shopcrm-gui"
    assert "Office" in entry["Categories"].split(";")
    assert entry["Categories"].endswith(";")
    assert (RESOURCES / "icons" / f"{entry['Icon']}.png").is_file()


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in (INSTALLER / "shopcrm.iss").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1).lower()
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_the_inno_setup_script_installs_per_user_and_keeps_the_data() -> None:
    sections = _iss_sections()
    setup = dict(line.split("=", 1) for line in sections["setup"] if "=" in line)
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\{#AppName}"
    assert setup["AppVersion"] == "{#AppVersion}"
    languages = " ".join(sections["languages"])
    assert 'Name: "korean"' in languages and 'Name: "english"' in languages
    assert any("{autodesktop}" in line and "desktopicon" in line for line in sections["icons"])
    assert any("{autoprograms}" in line for line in sections["icons"])
    # Uninstall removes only what [Files] put in {app}: nothing deletes the data folder.
    assert "uninstalldelete" not in sections
    assert "code" not in sections
    code = "\n".join(line for lines in sections.values() for line in lines).lower()
    for deleting in ("deltree", "removedir", "deletefile", "{localappdata}\\shopcrm"):
        assert deleting not in code
    assert all('DestDir: "{app}' in line for line in sections["files"])


@pytest.mark.parametrize("script", ["build.sh", "build_appimage.sh"])
def test_the_build_scripts_are_executable_and_parse(script: str) -> None:
    path = INSTALLER / script
    if os.name != "nt":
        assert os.access(path, os.X_OK), f"chmod +x installer/{script}"
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash here")
    result = subprocess.run([bash, "-n", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_build_sh_runs_the_steps_in_order() -> None:
    lines = (INSTALLER / "build.sh").read_text(encoding="utf-8").splitlines()
    code = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
    steps = ["-m venv", "-m PyInstaller --noconfirm", "--self-test", "shopcrm.iss"]
    positions = [code.index(step) for step in steps]
    assert positions == sorted(positions)
    assert code.index("--self-test") < code.index("build_appimage.sh")


def test_the_icon_files_are_a_256_png_and_a_multi_size_ico() -> None:
    png = (RESOURCES / "icons" / "shopcrm.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (RESOURCES / "icons" / "shopcrm.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sides
