// The build plugin that removes Preact's only HTML sink (scripts/vite-no-inner-html.ts), on the Preact this
// project actually bundles.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DISABLED_SINK_MESSAGE, stripPreactInnerHtml } from '../../scripts/vite-no-inner-html';

const preactBundle = readFileSync(createRequire(import.meta.url).resolve('preact'), 'utf8');
const INNER_HTML_ASSIGNMENT = /\.innerHTML\s*=[^=]/;

describe('stripPreactInnerHtml', () => {
  it("leaves no innerHTML assignment in Preact's bundle, and throws where the assignment was", () => {
    expect(preactBundle).toMatch(INNER_HTML_ASSIGNMENT);
    const stripped = stripPreactInnerHtml(preactBundle);
    expect(stripped).not.toMatch(INNER_HTML_ASSIGNMENT);
    expect(stripped).toContain(DISABLED_SINK_MESSAGE);
    // Only the sink changed: the rest of the bundle is untouched.
    expect(stripped.length - preactBundle.length).toBeLessThan(200);
  });

  it('fails the build when Preact no longer has the assignment it expects', () => {
    expect(() => stripPreactInnerHtml('export const nothing = 1;')).toThrow(/update scripts\/vite-no-inner-html\.ts/);
  });
});
