// `npm run check:pages`, run as CI runs it: a child process on a folder of pages with a manifest. The pages here
// are the committed fixtures (written for the tests), so the check needs no third-party data.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SITES = join(ROOT, 'test', 'fixtures', 'sites');
const workDir = mkdtempSync(join(tmpdir(), 'jla-check-pages-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface Entry {
  site: string;
  view: string;
  expected?: number;
}

/** A pages folder holding the given fixtures, each expecting its fixture's count unless `expected` says otherwise. */
function pagesDir(name: string, entries: Entry[]): string {
  const dir = join(workDir, name);
  mkdirSync(join(dir, 'pages'), { recursive: true });
  const manifest = entries.map(({ site, view, expected }) => {
    const fixture = JSON.parse(readFileSync(join(SITES, site, `${view}.expected.json`), 'utf8')) as { url: string; postings: unknown[] };
    const file = `${site}-${view}.html`;
    copyFileSync(join(SITES, site, `${view}.html`), join(dir, 'pages', file));
    return { file, site, url: fixture.url, expected: expected ?? fixture.postings.length };
  });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

function checkPages(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-pages.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const lines = result.stdout.trim().split('\n');
  return { status: result.status, lines, stderr: result.stderr, totals: JSON.parse(lines.at(-1) || '{}') as Record<string, number> };
}

// Each case starts the script in a new Node process (tsx, jsdom): seconds on a cold or busy machine.
describe('check:pages', { timeout: 120_000 }, () => {
  it('runs each page through the page runtime, prints postings and fields, and ends with a totals line', () => {
    const dir = pagesDir('met', [
      { site: 'linkedin', view: 'guest-job-view' },
      { site: 'facebook', view: 'page' },
    ]);
    const { status, lines, totals } = checkPages(['--pages', dir]);
    expect(status).toBe(0);
    expect(lines[0]).toBe('ok   linkedin-guest-job-view.html (linkedin): expected 3, found 3');
    expect(lines.filter((line) => /^\s+\d+\. title company location/.test(line))).toHaveLength(3);
    expect(lines.some((line) => line.startsWith('ok   facebook-page.html (facebook): expected 3, found 3'))).toBe(true);
    expect(totals).toMatchObject({ pages: 2, pagesMet: 2, expected: 6, found: 6, missing: 0, extra: 0, title: 3, body: 6 });
  });

  it('fails when a page holds more postings than expected, or fewer', () => {
    const dir = pagesDir('unmet', [
      { site: 'jobsdb', view: 'search', expected: 2 },
      { site: 'kalibrr', view: 'job-board', expected: 3 },
    ]);
    const { status, lines, totals } = checkPages(['--pages', dir]);
    expect(status).toBe(1);
    expect(lines[0]).toBe('FAIL jobsdb-search.html (jobsdb): expected 2, found 3');
    expect(totals).toMatchObject({ pages: 2, pagesMet: 0, extra: 1, missing: 1 });
  });

  it('says in one line that there are no pages, with exit status 2', () => {
    const { status, stderr } = checkPages(['--pages', join(workDir, 'nowhere')]);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('no saved pages at');
  });
});
