#!/usr/bin/env bash
# Makes sure the fonts the PDF reports embed are installed: Debian's fonts-droid-fallback (CJK,
# /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf) and fonts-dejavu-core (Latin with its extensions,
# Greek, Cyrillic, symbols: /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf). Installs them with apt-get when
# running as root or with password-less sudo; otherwise says how to.
set -euo pipefail
FONT=/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
LATIN=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
if [ -f "$FONT" ] && [ -f "$LATIN" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  apt_get=(apt-get)
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  apt_get=(sudo -n apt-get)
else
  echo "[fonts] $FONT or $LATIN is missing: install Debian's fonts-droid-fallback and fonts-dejavu-core (PDF reports need them)" >&2
  exit 1
fi
echo "[fonts] installing fonts-droid-fallback and fonts-dejavu-core (fonts of PDF reports)"
"${apt_get[@]}" install -y -q fonts-droid-fallback fonts-dejavu-core >/dev/null 2>&1 || {
  "${apt_get[@]}" update -q >/dev/null 2>&1 && "${apt_get[@]}" install -y -q fonts-droid-fallback fonts-dejavu-core >/dev/null 2>&1
}
[ -f "$FONT" ] && [ -f "$LATIN" ] || { echo "[fonts] could not install fonts-droid-fallback and fonts-dejavu-core" >&2; exit 1; }
