#!/usr/bin/env bash
# Linux package of fieldops (docs/installer.md):
#   dist/fieldops/                                   the folder build (PyInstaller, installer/fieldops.spec)
#   dist/fieldops-VERSION-linux-x86_64.tar.gz        that folder + fieldops.desktop + icon + install.sh
#
#   bash installer/linux/build.sh            # or `make dist`
#
# Environment: PYTHON (default .venv/bin/python, created with `.[ui,dist]` if missing), SKIP_SELFTEST=1 to
# skip running the frozen `--self-test` after the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PY=${PYTHON:-.venv/bin/python}
started=$(date +%s)

if [[ ! -x $PY ]]; then
  echo "build: creating .venv"
  python3 -m venv .venv
  PY=.venv/bin/python
  "$PY" -m pip install -q --upgrade pip
  "$PY" -m pip install -q -e '.[ui,dist]'
fi
"$PY" -c 'import PyInstaller' 2>/dev/null || "$PY" -m pip install -q -e '.[ui,dist]'
BIN=$(dirname "$PY")

# Translations (.qm) from the .ts sources, as `make venv` does
for ts in resources/i18n/*.ts; do
  qm=${ts%.ts}.qm
  [[ -f $qm && $qm -nt $ts ]] || "$BIN/pyside6-lrelease" -silent "$ts" -qm "$qm"
done

VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)
NAME=fieldops-$VERSION-linux-$ARCH

echo "build: PyInstaller folder build (dist/fieldops)"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/fieldops.spec

if [[ ${SKIP_SELFTEST:-} != 1 ]]; then
  echo "build: frozen self-test"
  dist/fieldops/fieldops --self-test 2>build/selftest.log || { cat build/selftest.log >&2; exit 1; }
fi

echo "build: $NAME.tar.gz"
stage=build/linux-package
rm -rf "$stage"
mkdir -p "$stage"
cp installer/linux/fieldops.desktop installer/linux/install.sh "$stage/"
cp build/icons/fieldops.png "$stage/fieldops.png"
chmod +x "$stage/install.sh"
sed -i "s/@VERSION@/$VERSION/" "$stage/fieldops.desktop"
tar -czf "dist/$NAME.tar.gz" --owner=0 --group=0 \
  --transform "s,^,$NAME/," -C dist fieldops -C "$ROOT/$stage" fieldops.desktop fieldops.png install.sh

size=$(du -sm dist/fieldops | cut -f1)
echo "build: dist/fieldops ($size MB), dist/$NAME.tar.gz ($(du -m "dist/$NAME.tar.gz" | cut -f1) MB)" \
     "in $(($(date +%s) - started)) s"
