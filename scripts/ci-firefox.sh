#!/usr/bin/env bash
# Firefox and packaging checks for CI (called from .ci/run after `npm test`):
#  1. web-ext lint on the Firefox MV2 and MV3 builds: 0 errors, 0 warnings;
#  2. npm run zip: Chrome and Firefox packages plus the sources zip for addons.mozilla.org;
#  3. the packages are store-ready and the Firefox ones rebuild identically from the sources zip.
# The Firefox end-to-end smoke test (test/e2e/firefox.spec.ts) runs with the other e2e tests in `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

echo "== firefox: web-ext lint (MV2, MV3)"
bash scripts/lint-firefox.sh

echo "== packages: npm run zip"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
npm run --silent zip >"$log" 2>&1 || { cat "$log" >&2; exit 1; }

echo "== packages: store-ready, sources rebuild"
tsx scripts/check-packages.ts
