#!/usr/bin/env bash
# Makes sure the console's browser tests have their browser: Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH)
# and a CJK font for it to draw Chinese with (the fonts of deploy/local/fonts.sh). Installs them with apt-get when
# running as root or with password-less sudo; otherwise says how to. Never downloads a browser of its own.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
"$HERE/fonts.sh"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  apt_get=(apt-get)
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  apt_get=(sudo -n apt-get)
else
  echo "[browser] $CHROMIUM is missing: install Debian's chromium package (the console's browser tests need it)" >&2
  exit 1
fi
echo "[browser] installing Debian's chromium (the console's browser tests)"
"${apt_get[@]}" install -y -q chromium >/dev/null 2>&1 || {
  "${apt_get[@]}" update -q >/dev/null 2>&1 && "${apt_get[@]}" install -y -q chromium >/dev/null 2>&1
}
[ -x "$CHROMIUM" ] || { echo "[browser] could not install chromium" >&2; exit 1; }
