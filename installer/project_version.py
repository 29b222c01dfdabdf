"""The project's version, read from ``shopcrm/__init__.py`` without importing anything.

Used by ``shopcrm.spec`` (PyInstaller) and ``build.sh`` (Inno Setup's /DAppVersion and the
AppImage name), so the version lives in one place, as ``pyproject.toml`` reads it too:

    python installer/project_version.py            # prints e.g. 0.1.0
    python installer/project_version.py --numeric  # prints e.g. 0.1.0.0 (Windows file version)
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INIT_FILE = ROOT / "shopcrm" / "__init__.py"


def read_version(init_file: Path = INIT_FILE) -> str:
    """The string assigned to ``__version__`` in ``init_file`` (parsed, not imported)."""
    tree = ast.parse(init_file.read_text(encoding="utf-8"), str(init_file))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise ValueError(f"no __version__ = '...' in {init_file}")


def windows_version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` -> ``(0, 1, 0, 0)``, ``1.2rc1`` -> ``(1, 2, 0, 0)``: Windows wants four numbers."""
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if match is None:
        raise ValueError(f"version {version!r} does not start with a number")
    a, b, c, d = (int(group or 0) for group in match.groups())
    return a, b, c, d


def windows_version_file(version: str) -> str:
    """The text of a PyInstaller version file (the Windows "Details" tab of ShopCRM.exe)."""
    numbers = windows_version_tuple(version)
    strings = {
        "CompanyName": "ShopCRM",
        "FileDescription": "ShopCRM",
        "FileVersion": version,
        "InternalName": "ShopCRM",
        "OriginalFilename": "ShopCRM.exe",
        "ProductName": "ShopCRM",
        "ProductVersion": version,
    }
    string_structs = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3F, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('041204B0', [
{string_structs}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0412, 1200])])
  ]
)
"""


def main(argv: list[str]) -> int:
    version = read_version()
    if argv[1:] == ["--numeric"]:
        version = ".".join(str(number) for number in windows_version_tuple(version))
    elif argv[1:]:
        sys.stderr.write("usage: project_version.py [--numeric]\n")
        return 2
    sys.stdout.write(version + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
