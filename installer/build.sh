#!/usr/bin/env bash
# Build ShopCRM for the OS this runs on, in order:
#   1. a build venv (build/venv) with PyInstaller and the project, or the given Python as is;
#   2. PyInstaller with installer/shopcrm.spec -> dist/ShopCRM/, then its --self-test;
#   3. Windows (Git Bash/MSYS2): Inno Setup (iscc), if installed -> dist/ShopCRM-<v>-setup.exe
#      Linux: installer/build_appimage.sh -> build/AppDir (+ dist/ShopCRM-<v>-<arch>.AppImage
#      when appimagetool is on PATH).
# build/ and dist/ are git-ignored: built files are never committed.
#
#   installer/build.sh [--no-venv] [--python PYTHON]
#
#   --python PYTHON   interpreter (3.11+) for the venv, or to use directly (default: python3)
#   --no-venv         use that interpreter as is: install PyInstaller and the project into it
#                     only if they are missing (an existing editable install is left alone)
#   SHOPCRM_BUILD_DIR / SHOPCRM_DIST_DIR   override build/ and dist/ (e.g. a temp folder)
#   ISCC              path of ISCC.exe when it is not on PATH or in the usual places
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build_dir=${SHOPCRM_BUILD_DIR:-$root/build}
dist_dir=${SHOPCRM_DIST_DIR:-$root/dist}
python=${PYTHON:-}
use_venv=1

while [ $# -gt 0 ]; do
  case "$1" in
    --no-venv) use_venv=0; shift ;;
    --python) python=${2:?--python needs a value}; shift 2 ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux*) os=linux ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  Darwin*) os=macos ;;
  *) os=other ;;
esac

if [ -z "$python" ]; then
  if command -v python3 >/dev/null 2>&1; then python=python3; else python=python; fi
fi
step() { printf '\n== %s\n' "$*"; }

# 1. The Python that builds ---------------------------------------------------------------
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "error: $python is not Python 3.11+" >&2; exit 1; }
mkdir -p "$build_dir" "$dist_dir"
if [ "$use_venv" = 1 ]; then
  step "build venv: $build_dir/venv"
  [ -d "$build_dir/venv" ] || "$python" -m venv "$build_dir/venv"
  if [ "$os" = windows ]; then py=$build_dir/venv/Scripts/python.exe; else py=$build_dir/venv/bin/python; fi
  "$py" -m pip install --quiet "pyinstaller>=6.10" "$root"
else
  py=$python
  step "using $("$py" -c 'import sys; print(sys.executable)') as is"
  "$py" -m PyInstaller --version >/dev/null 2>&1 || "$py" -m pip install --quiet "pyinstaller>=6.10"
  "$py" -m pip show --quiet shopcrm >/dev/null 2>&1 || "$py" -m pip install --quiet "$root"
fi
version=$("$py" "$here/project_version.py")
echo "ShopCRM $version, PyInstaller $("$py" -m PyInstaller --version)"

# 2. PyInstaller ---------------------------------------------------------------------------
step "PyInstaller -> $dist_dir/ShopCRM"
rm -rf "$dist_dir/ShopCRM"
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist_dir" --workpath "$build_dir/pyinstaller" "$here/shopcrm.spec"

case "$os" in
  windows) cli=$dist_dir/ShopCRM/shopcrm-cli.exe ;;
  linux) cli=$dist_dir/ShopCRM/shopcrm ;;
  *) cli=$dist_dir/ShopCRM/shopcrm-cli ;;
esac
step "self-test of the frozen program (bundled font, Korean PDF, SQLite, lunar dates)"
selftest_data=$build_dir/selftest-data
rm -rf "$selftest_data"
SHOPCRM_DATA_DIR=$selftest_data "$cli" --self-test
rm -rf "$selftest_data"

# 3. The OS's package ---------------------------------------------------------------------
case "$os" in
  windows)
    iscc=${ISCC:-}
    if [ -z "$iscc" ]; then
      for candidate in "$(command -v iscc 2>/dev/null || true)" \
        "$(command -v ISCC.exe 2>/dev/null || true)" \
        "/c/Program Files (x86)/Inno Setup 6/ISCC.exe" \
        "/c/Program Files/Inno Setup 6/ISCC.exe" \
        "${LOCALAPPDATA:-}/Programs/Inno Setup 6/ISCC.exe"; do
        if [ -n "$candidate" ] && [ -f "$candidate" ]; then iscc=$candidate; break; fi
      done
    fi
    if [ -z "$iscc" ]; then
      echo "Inno Setup (ISCC.exe) not found: stopped after $dist_dir/ShopCRM."
      echo "Install Inno Setup 6.5+ (https://jrsoftware.org/isdl.php) or set ISCC=..., then rerun."
      exit 0
    fi
    winpath() { cygpath -w "$1" 2>/dev/null || printf '%s' "$1"; }
    step "Inno Setup -> $dist_dir/ShopCRM-$version-setup.exe"
    # Keep MSYS from rewriting the /D... switches into paths.
    MSYS2_ARG_CONV_EXCL='*' MSYS_NO_PATHCONV=1 "$iscc" \
      "/DAppVersion=$version" \
      "/DAppVersionNumeric=$("$py" "$here/project_version.py" --numeric)" \
      "/DDistDir=$(winpath "$dist_dir/ShopCRM")" \
      "/DOutputDir=$(winpath "$dist_dir")" \
      "$(winpath "$here/shopcrm.iss")"
    ;;
  linux)
    step "AppImage"
    PYTHON=$py SHOPCRM_BUILD_DIR=$build_dir "$here/build_appimage.sh" "$dist_dir/ShopCRM" "$dist_dir"
    ;;
  *)
    echo "No package recipe for $(uname -s): the program is in $dist_dir/ShopCRM."
    ;;
esac

step "done"
du -sh "$dist_dir"/ShopCRM* 2>/dev/null || true
