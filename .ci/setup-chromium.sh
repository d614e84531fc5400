#!/usr/bin/env bash
# Installs headless Chromium and its WebDriver from Debian's packages (/usr/bin/chromium, /usr/bin/chromedriver)
# so that the explorer's real-browser test in tests/OpenData.Api.Tests/Browser runs instead of skipping.
# Idempotent: does nothing when both are already installed.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "chromium and chromium-driver already installed: $(/usr/bin/chromium --version 2>/dev/null || true)"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y chromium chromium-driver
/usr/bin/chromium --version
/usr/bin/chromedriver --version
