#!/usr/bin/env bash
# Makes a fresh machine ready to build and test: npm packages (which bring Node 22 as the
# `node` package), and Debian's Chromium and Firefox ESR for the end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/wxt ] || [ ! -x node_modules/.bin/node ]; then
  echo "ensure-env: installing npm packages…" >&2
  # Not `npm ci`: the registry here lacks rollup's binaries for other platforms, so the lock file cannot
  # list them and `npm ci` refuses it as out of sync; `npm install` installs the locked versions all the same.
  npm install --no-audit --no-fund
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
