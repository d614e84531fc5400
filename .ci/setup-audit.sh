#!/usr/bin/env bash
# Installs the pinned GraphQL-over-HTTP audit suite (npm graphql-http, see tests/audit/package.json) so that the audit
# tests in tests/OpenData.GraphQL.Http.Tests and tests/OpenData.Api.Tests run instead of skipping. Installs Node.js and
# npm from the distribution's packages when either is missing, and stops with a reason when it cannot. Idempotent:
# npm ci reinstalls exactly what tests/audit/package-lock.json pins.
set -euo pipefail
. "$(dirname "$0")/lib/packages.sh"

if ! command -v node >/dev/null 2>&1; then
  apt_install nodejs npm
elif ! command -v npm >/dev/null 2>&1; then
  apt_install npm
fi

# The audit is an ES module with top-level await that uses the global fetch: Node.js 18 or later.
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 18 ]; then
  echo "$(basename "$0"): Node.js $(node --version) is too old for the audit (it needs 18 or later); install a newer Node.js" >&2
  exit 1
fi

cd "$(dirname "$0")/../tests/audit"
npm ci --no-audit --no-fund
echo "audit suite installed: node $(node --version), npm $(npm --version)"
