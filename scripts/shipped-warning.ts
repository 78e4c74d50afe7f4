// What a shipped build must hold about the inline warning: its shadow root is attached closed, and no script
// of the build opens one or carries a way back into it (page script must not reach the warning). Used by
// scripts/check-packages.ts on the store zips and by test/e2e/page-attacks.spec.ts on .output/chrome-mv3.

/** Problems with the warning's shadow root in a build: `files` maps each path to its text. */
export function shippedWarningProblems(files: Map<string, string>, label: string): string[] {
  const problems: string[] = [];
  const scripts = [...files].filter(([name]) => name.endsWith('.js'));
  const warningUi = scripts.find(([name]) => name === 'content-scripts/warning-ui.js');
  if (!warningUi) return [`${label}: no content-scripts/warning-ui.js`];
  if (!/attachShadow\(\{\s*mode:\s*["']closed["']\s*\}\)/.test(warningUi[1])) problems.push(`${label}: the warning does not attach a closed shadow root`);
  for (const [name, text] of scripts) {
    if (/mode:\s*["']open["']/.test(text)) problems.push(`${label}: ${name} attaches an open shadow root`);
    if (/openOrClosedShadowRoot/.test(text)) problems.push(`${label}: ${name} reaches into closed shadow roots`);
  }
  return problems;
}
