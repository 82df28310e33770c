#!/usr/bin/env bash
# Make this machine ready to run and test Posture: Debian libraries for Qt WebEngine, Xvfb and the
# test tools (when root and missing), then a .venv with the pinned Python stack. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Qt WebEngine, offscreen (shared/stack.md, found by trying in a minimal chroot)
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3
  libnspr4 libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libasound2 libxkbfile1
  # a real X screen or xvfb-run
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
  # fonts readable on maps and prints
  fonts-dejavu-core
  # tests: PDFs read back, HTML export opened in a real browser
  poppler-utils chromium
  # tests: the KML export opened with GDAL (ogrinfo)
  gdal-bin
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || true
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: please install these Debian packages (needs root): ${missing[*]}" >&2
  fi
fi

PY=${PYTHON:-}
if [ -z "$PY" ]; then
  for c in python3.11 python3; do command -v "$c" >/dev/null 2>&1 && { PY=$c; break; }; done
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.lock 2>&1 | grep -v "is ignored: it is neither" || true
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e . 2>&1 | grep -v "is ignored: it is neither" || true
# the window's translations (.qm) from the catalogue in the repo
.venv/bin/python scripts/translations.py release || echo "setup: translations not built (built at start instead)" >&2
# The project's modules byte-compiled, as installed software ships them: without it a start
# compiles every module from source (~150 ms on the critical path when PYTHONDONTWRITEBYTECODE is
# set, as here). That variable only stops writing; Python still reads these, and checks each
# against its source's mtime and size, so an edited module is compiled afresh, never stale.
.venv/bin/python -m compileall -q desktop db bench main.py >/dev/null || echo "setup: modules not byte-compiled" >&2
.venv/bin/python -c "import PySide6.QtWebEngineWidgets, xstatic.pkg.leaflet, resvg_py, sqlite_utils, shapely" \
  || { echo "setup: the Python stack did not install" >&2; exit 1; }
# The symbol engine, milsymbol.js, from the npm registry at the version package-lock.json pins
# (node_modules/ is git-ignored; the pages load it through app://, Node runs it for icons).
if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian packages: nodejs npm"
    apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  else
    echo "setup: please install Node.js and npm (Debian: nodejs npm)" >&2; exit 1
  fi
fi
if [ ! -f node_modules/milsymbol/package.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node -e "require('./node_modules/milsymbol')" || { echo "setup: milsymbol.js did not install" >&2; exit 1; }
