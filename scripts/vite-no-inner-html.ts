// Build-time hardening: Preact's only HTML sink is `dangerouslySetInnerHTML`, which this extension never uses
// (page text is rendered as text only). This Vite plugin replaces that one assignment in Preact's bundle with a
// throw, so a future `dangerouslySetInnerHTML` cannot inject markup, and `web-ext lint` has no
// UNSAFE_VAR_ASSIGNMENT warning to report for the popup, options, guide or content scripts.
import type { Plugin } from 'vite';

/** `(dom.innerHTML = newHtml.__html)` as it appears, minified, in preact/dist/preact.mjs (Preact 10 and 11). */
const PREACT_INNER_HTML_SINK = /\b([A-Za-z_$][\w$]*)\.innerHTML\s*=\s*([A-Za-z_$][\w$]*)\.__html\b/g;
const PREACT_BUNDLE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/;

export const DISABLED_SINK_MESSAGE = 'Job Lure Alert: dangerouslySetInnerHTML is disabled; render text instead.';

/** Replace Preact's innerHTML sink; fail the build when the sink is no longer where we expect it. */
export function stripPreactInnerHtml(code: string): string {
  let replaced = 0;
  const out = code.replace(PREACT_INNER_HTML_SINK, () => {
    replaced++;
    return `(()=>{throw new Error(${JSON.stringify(DISABLED_SINK_MESSAGE)})})()`;
  });
  if (replaced === 0) {
    throw new Error(
      'vite-no-inner-html: Preact\'s `dom.innerHTML = html.__html` was not found; Preact changed, update ' +
        'scripts/vite-no-inner-html.ts so the built extension keeps no innerHTML sink.',
    );
  }
  return out;
}

export function noInnerHtml(): Plugin {
  return {
    name: 'job-lure-alert:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_BUNDLE.test(id.split('?')[0] ?? id)) return null;
      return { code: stripPreactInnerHtml(code), map: null };
    },
  };
}
