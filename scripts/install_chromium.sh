#!/usr/bin/env bash
# Make Debian's headless Chromium available for the browser tests (tests/test_web_browser.py).
# Idempotent: does nothing when /usr/bin/chromium is there; installs Debian's `chromium`
# package when running as root; otherwise says how to install it (the browser tests then skip).
# Playwright drives this system browser; it never downloads a browser of its own.
set -euo pipefail
CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium: installing Debian's chromium package for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo "installed at $CHROMIUM")"
else
  echo "chromium: $CHROMIUM not found and not root (or no apt-get): the browser tests will skip." \
       "Install it with: sudo apt-get install --no-install-recommends chromium" >&2
fi
