#!/usr/bin/env bash
# Makes sure the CJK font the PDF reports embed is installed: Debian's fonts-droid-fallback
# (/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf). Installs it with apt-get when running as root or
# with password-less sudo; otherwise says how to.
set -euo pipefail
FONT=/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
if [ -f "$FONT" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  apt_get=(apt-get)
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  apt_get=(sudo -n apt-get)
else
  echo "[fonts] $FONT is missing: install Debian's fonts-droid-fallback (PDF reports need a CJK font)" >&2
  exit 1
fi
echo "[fonts] installing fonts-droid-fallback (CJK font for PDF reports)"
"${apt_get[@]}" install -y -q fonts-droid-fallback >/dev/null 2>&1 || {
  "${apt_get[@]}" update -q >/dev/null 2>&1 && "${apt_get[@]}" install -y -q fonts-droid-fallback >/dev/null 2>&1
}
[ -f "$FONT" ] || { echo "[fonts] could not install fonts-droid-fallback" >&2; exit 1; }
