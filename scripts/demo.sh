#!/usr/bin/env bash
# The main job, shown: build the extension and open Chromium with it on the bundled demo pages.
# With a display the browser stays open until you close it; without one it runs headless, saves screenshots to
# demo-output/ and prints what it flagged and why.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-env.sh
# npx puts node_modules/.bin first on PATH, so tsx runs on the project's Node 22.
npx wxt build
echo
echo "== The engine on the bundled sample ads (the same rules the extension runs) =="
npx tsx scripts/score.ts --pretty test/fixtures/sample-ads.jsonl
echo
echo "== The extension in Chromium on the demo pages =="
npx tsx scripts/demo.ts "$@"
