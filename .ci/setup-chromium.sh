#!/usr/bin/env bash
# Installs headless Chromium and its WebDriver from Debian's packages (chromium, chromium-driver) so that the explorer's
# real-browser test in tests/OpenData.Api.Tests/Browser runs instead of skipping. The test finds them on PATH (or in
# OPENDATA_CHROMIUM / OPENDATA_CHROMEDRIVER). Idempotent: does nothing when both are already installed.
set -euo pipefail
. "$(dirname "$0")/lib/packages.sh"

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "chromium and chromedriver already installed: $(chromium --version 2>/dev/null || true)"
  exit 0
fi

apt_install chromium chromium-driver
chromium --version
chromedriver --version
