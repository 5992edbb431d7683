#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed: the build renders Mermaid diagrams to SVG with it and the
# browser tests drive it. Test tools' own browser downloads do not work on these machines, so the
# system package is the one supported browser.
set -euo pipefail

# The build reads PORTAL_CHROMIUM_PATH from .env too (scripts/portal-env.ts), so this check does the same
if [ -z "${PORTAL_CHROMIUM_PATH:-}" ] && [ -f .env ]; then
  PORTAL_CHROMIUM_PATH=$(sed -n 's/^PORTAL_CHROMIUM_PATH=//p' .env | tail -n 1 | tr -d "\"'")
fi
browser="${PORTAL_CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $browser not found, installing Debian's chromium package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi

echo "ensure-chromium: $browser not found and cannot install it without root." >&2
echo "Install it with 'sudo apt-get install chromium', or set PORTAL_CHROMIUM_PATH to a Chromium binary." >&2
exit 2
