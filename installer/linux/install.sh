#!/usr/bin/env bash
# Per-user install of the fieldops folder build (no root needed), from the unpacked .tar.gz:
#
#   ./install.sh               install or update into ~/.local (PREFIX=... to choose another place)
#   ./install.sh --uninstall   remove the program; your workspace data stays
#
# Program: $PREFIX/lib/fieldops/   command: $PREFIX/bin/fieldops   menu entry: ~/.local/share/applications
# Data is NOT here: it lives in the workspace folder (~/.local/share/fieldops unless --home / FIELDOPS_HOME)
# and is never touched by this script.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=$PREFIX/lib/fieldops
BIN_LINK=$PREFIX/bin/fieldops
DESKTOP=$DATA_HOME/applications/fieldops.desktop
ICON=$DATA_HOME/icons/hicolor/256x256/apps/fieldops.png

refresh_menu() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA_HOME/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" || true
}

if [[ ${1:-} == --uninstall ]]; then
  rm -rf "$APP_DIR"
  rm -f "$BIN_LINK" "$DESKTOP" "$ICON"
  refresh_menu
  echo "fieldops removed. Your data was kept (${FIELDOPS_HOME:-$DATA_HOME/fieldops})."
  exit 0
fi

[[ -x $HERE/fieldops/fieldops ]] || { echo "install.sh: run it from the unpacked package" >&2; exit 1; }
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$(dirname "$DESKTOP")" "$(dirname "$ICON")"
rm -rf "$APP_DIR.new"
cp -a "$HERE/fieldops" "$APP_DIR.new"
rm -rf "$APP_DIR"  # an update replaces the whole folder: no library of the old version lingers
mv "$APP_DIR.new" "$APP_DIR"
ln -sfn "$APP_DIR/fieldops" "$BIN_LINK"
cp "$HERE/fieldops.png" "$ICON"
sed "s|@EXEC@|\"$APP_DIR/fieldops\"|" "$HERE/fieldops.desktop" > "$DESKTOP"
chmod 644 "$DESKTOP"
refresh_menu
echo "fieldops installed in $APP_DIR (menu entry and $BIN_LINK)."
echo "Check it with: $BIN_LINK --self-test"
