#!/usr/bin/env bash
# Installs the pinned client tools (npm graphql, @graphql-codegen/cli, jsonld; see tests/clients/package.json)
# so that the tests that run them against the live API, the committed schema and the catalogue run instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/../tests/clients"
npm ci --no-audit --no-fund
