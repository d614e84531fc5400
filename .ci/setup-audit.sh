#!/usr/bin/env bash
# Installs the pinned GraphQL-over-HTTP audit suite (npm graphql-http, see tests/audit/package.json)
# so that the audit test in tests/OpenData.GraphQL.Http.Tests runs instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/../tests/audit"
npm ci --no-audit --no-fund
