#!/usr/bin/env bash
# Installs headless Chromium for tests/html_browser.rs (the HTML report checked in a real
# browser), only when it is missing. Debian/Ubuntu; needs root (CI containers run as root).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium
