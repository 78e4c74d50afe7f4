// The README's main image is taken on scripts/screenshot-pages/job-search.html (scripts/screenshots.ts): the page must
// keep reading as the site's job search, with warnings on its lures and none on its ordinary ads.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../../lib/adapters/linkedin';
import { score } from '../../../lib/engine';

const PAGE_URL = 'https://www.linkedin.com/jobs/search/?keywords=customer%20service';

describe('the screenshot page', () => {
  it('is read by the site adapter: three cards and the detail pane, two of them lures', () => {
    const html = readFileSync('scripts/screenshot-pages/job-search.html', 'utf8');
    expect(readFileSync('scripts/screenshots.ts', 'utf8')).toContain(PAGE_URL);
    const found = linkedinAdapter.find(new JSDOM(html, { url: PAGE_URL }).window.document);
    const levels = found.map(({ posting }) => [posting.title, score(posting).level]);
    expect(levels).toEqual([
      ['Customer Care Associate', expect.stringMatching(/^(none|low)$/)],
      ['Customer Service Representative (English)', 'high'],
      ['Technical Support Specialist (Tier 2)', expect.stringMatching(/^(none|low)$/)],
      ['Customer Service Representative (English)', 'high'],
    ]);
  });
});
