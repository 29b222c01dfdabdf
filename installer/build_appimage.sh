#!/usr/bin/env bash
# Lay out a Linux AppDir from the PyInstaller folder and, if appimagetool is on PATH, pack it
# into an AppImage. No AppImageBuilder/linuxdeploy: the PyInstaller folder already holds Python
# and Qt, so the AppDir is just that folder plus AppRun, the .desktop file and the icon.
#
#   installer/build_appimage.sh [DIST_FOLDER] [OUT_DIR]
#
#   DIST_FOLDER  the PyInstaller output (default: dist/ShopCRM)
#   OUT_DIR      where the .AppImage goes (default: dist)
#   SHOPCRM_BUILD_DIR  work folder; the AppDir is $SHOPCRM_BUILD_DIR/AppDir (default: build)
#   APPIMAGETOOL       appimagetool to use (default: the one on PATH)
#   PYTHON             Python used to read the version (default: python3)
#
# AppDir layout:
#   AppRun                      the window; "--cli ARGS" runs the command line instead
#   shopcrm.desktop, shopcrm.png, .DirIcon
#   usr/lib/shopcrm/            the PyInstaller folder (ShopCRM, shopcrm, _internal/)
#   usr/bin/shopcrm-gui, usr/bin/shopcrm   links into it (the .desktop file runs shopcrm-gui)
#   usr/share/applications/, usr/share/icons/hicolor/256x256/apps/
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
dist_app=${1:-$root/dist/ShopCRM}
out_dir=${2:-$root/dist}
build_dir=${SHOPCRM_BUILD_DIR:-$root/build}
appdir=$build_dir/AppDir
python=${PYTHON:-python3}
icon=$root/resources/icons/shopcrm.png

if [ ! -x "$dist_app/ShopCRM" ]; then
  echo "error: $dist_app/ShopCRM not found; run PyInstaller first (installer/build.sh)" >&2
  exit 1
fi
version=$("$python" "$here/project_version.py")
arch=$(uname -m)

echo "== AppDir: $appdir"
rm -rf "$appdir"
mkdir -p "$appdir/usr/bin" "$appdir/usr/lib" "$appdir/usr/share/applications" \
  "$appdir/usr/share/icons/hicolor/256x256/apps"
cp -a "$dist_app" "$appdir/usr/lib/shopcrm"
ln -s ../lib/shopcrm/ShopCRM "$appdir/usr/bin/shopcrm-gui"
ln -s ../lib/shopcrm/shopcrm "$appdir/usr/bin/shopcrm"
cp "$here/shopcrm.desktop" "$appdir/shopcrm.desktop"
cp "$here/shopcrm.desktop" "$appdir/usr/share/applications/shopcrm.desktop"
if [ -f "$icon" ]; then
  cp "$icon" "$appdir/shopcrm.png"
  cp "$icon" "$appdir/usr/share/icons/hicolor/256x256/apps/shopcrm.png"
  ln -s shopcrm.png "$appdir/.DirIcon"
else
  echo "warning: $icon is missing; appimagetool needs an icon named shopcrm.png" >&2
fi
cat > "$appdir/AppRun" <<'APPRUN'
#!/bin/sh
# ShopCRM AppImage entry point: opens the window (any arguments, e.g. --db PATH, go to it);
# "--cli ARGS" runs the command line instead, e.g. ./ShopCRM.AppImage --cli --self-test
here=${APPDIR:-$(dirname "$(readlink -f "$0")")}
if [ "${1:-}" = "--cli" ]; then
  shift
  exec "$here/usr/lib/shopcrm/shopcrm" "$@"
fi
exec "$here/usr/lib/shopcrm/ShopCRM" "$@"
APPRUN
chmod 755 "$appdir/AppRun"

tool=${APPIMAGETOOL:-$(command -v appimagetool || true)}
if [ -z "$tool" ]; then
  echo "appimagetool is not on PATH: stopped after the AppDir ($appdir)."
  echo "To finish on a machine with appimagetool:"
  echo "  ARCH=$arch appimagetool '$appdir' '$out_dir/ShopCRM-$version-$arch.AppImage'"
  exit 0
fi
mkdir -p "$out_dir"
ARCH=$arch "$tool" "$appdir" "$out_dir/ShopCRM-$version-$arch.AppImage"
echo "== AppImage: $out_dir/ShopCRM-$version-$arch.AppImage"
