#!/usr/bin/env bash
# Builds the Firefox MV2 and MV3 packages and runs Mozilla's linter (web-ext lint, the same addons-linter the
# store runs) on both. Fails on any error or warning: a warning that truly cannot go must be listed, with its
# reason, in ALLOWED below (code and file), never silenced.
#   bash scripts/lint-firefox.sh            build, then lint
#   bash scripts/lint-firefox.sh --no-build lint what is in .output
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

# "CODE file" pairs with their reason. Empty: both builds lint clean.
ALLOWED=()

if [ "${1:-}" != "--no-build" ]; then
  log="$(mktemp)"
  trap 'rm -f "$log"' EXIT
  wxt build -b firefox >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
  wxt build -b firefox --mv3 >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
fi

status=0
for target in firefox-mv2 firefox-mv3; do
  dir=".output/$target"
  [ -f "$dir/manifest.json" ] || { echo "lint-firefox: $dir/manifest.json is missing; build first" >&2; exit 1; }
  report="$(web-ext lint --source-dir "$dir" --output json --no-config-discovery 2>/dev/null || true)"
  ALLOWED_LIST="$(printf '%s\n' "${ALLOWED[@]+"${ALLOWED[@]}"}")" TARGET="$target" REPORT="$report" node -e '
    const report = JSON.parse(process.env.REPORT);
    const allowed = new Set(process.env.ALLOWED_LIST.split("\n").filter(Boolean));
    const line = (m) => `  ${m.code} ${m.file ?? ""}${m.line ? ":" + m.line : ""} ${m.message}`;
    const blocking = [...report.errors, ...report.warnings].filter((m) => !allowed.has(`${m.code} ${m.file ?? ""}`));
    const { errors, warnings, notices } = report.summary;
    console.log(`${process.env.TARGET}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
    for (const m of [...report.errors, ...report.warnings, ...report.notices]) console.log(line(m));
    process.exit(blocking.length > 0 ? 1 : 0);
  ' || status=1
done
exit $status
