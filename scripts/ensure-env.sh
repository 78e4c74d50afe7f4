#!/usr/bin/env bash
# Makes a fresh machine ready to build and test: npm packages (which bring Node 22 as the
# `node` package), and Debian's Chromium and Firefox ESR for the end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/wxt ] || [ ! -x node_modules/.bin/node ]; then
  echo "ensure-env: installing npm packages (npm ci, the versions in package-lock.json)…" >&2
  # npm itself runs on the machine's Node; a few packages (vitest, listr2) declare Node 22 and npm warns about it.
  if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 22 ? 0 : 1)'; then
    echo "ensure-env: npm runs on Node $(node --version) here, so expect 'npm warn EBADENGINE' lines: harmless," \
      "this install brings Node 22 (the \`node\` package) and every npm script runs on it." >&2
  fi
  # The lock file lists every platform's optional binaries (rollup, esbuild), so `npm ci` accepts it and
  # leaves it untouched.
  npm ci --no-audit --no-fund
fi

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-env: the tests need ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "ensure-env: installing ${missing[*]} from Debian…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
