// Runs the site adapters on pages saved from the real sites and checks they find what the pages hold.
//
//   npm run check:pages                  pages from ../shared/realpages (next to the repo)
//   npm run check:pages -- --pages DIR   another folder holding manifest.json and pages/
//
// Each page is loaded in jsdom under its address and read by the content-script path itself: the page runtime
// (lib/page/runner.ts) with the site's adapter and the generic adapter as its fallback. What the runtime hands to
// the engine is what is counted. Per page it prints postings expected and found, and per posting which fields
// were read; the last line is one JSON object of totals.
//
// Exit status: 0 every page met its count with nothing extra, 1 a page did not, 2 no pages or bad usage.
// The pages are third-party data: they are read where they are, and no page text is printed.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { ADAPTERS, genericAdapter } from '../lib/adapters/index';
import type { FoundPosting, SiteAdapter } from '../lib/adapters/types';
import type { Posting } from '../lib/engine/types';
import { startPageRuntime } from '../lib/page/runner';
import type { PageStore } from '../lib/page/page-store';
import { DEFAULT_SETTINGS } from '../lib/storage/settings';
import type { SiteId } from '../lib/common/sites';

const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEFAULT_PAGES = resolve(REPO_ROOT, '..', 'shared', 'realpages');
const FIELDS = ['title', 'company', 'location', 'salary', 'body'] as const;

interface ManifestEntry {
  file: string;
  site: string;
  url: string;
  expected: number;
}

interface PageResult {
  file: string;
  site: string;
  expected: number;
  found: { posting: Posting; by: string }[];
}

/** Every posting the page runtime judges on `html` loaded at `url`, with the adapter that found it. */
async function readPage(html: string, url: string, adapter: SiteAdapter): Promise<PageResult['found']> {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const { window } = dom;
  // The runtime observes the page; it takes the observer from the global scope, as in a content script.
  const globals = globalThis as unknown as Record<string, unknown>;
  const saved = globals.MutationObserver;
  globals.MutationObserver = window.MutationObserver;
  const judged = new Map<Element, { posting: Posting; by: string }>();
  const recording = (inner: SiteAdapter): SiteAdapter => ({
    ...inner,
    find(root) {
      const found: FoundPosting[] = inner.find(root);
      for (const item of found) judged.set(item.element, { posting: item.posting, by: inner.id });
      return found;
    },
  });
  const waiting: (() => void)[] = [];
  const runtime = startPageRuntime({
    adapter: recording(adapter),
    fallback: recording(genericAdapter),
    document: window.document,
    store: quietStore(),
    initial: { settings: DEFAULT_SETTINGS, dismissedKeys: new Set() },
    scoreBatch: async (postings) => postings.map(() => null),
    sendReport: () => undefined,
    schedule: (run) => void waiting.push(run),
    log: () => undefined,
  });
  try {
    await runtime.ready;
    for (let guard = 0; waiting.length > 0 && guard < 100_000; guard++) waiting.shift()?.();
  } finally {
    runtime.stop();
    globals.MutationObserver = saved;
    window.close();
  }
  return [...judged.values()];
}

function quietStore(): PageStore {
  return {
    getSettings: async () => DEFAULT_SETTINGS,
    watchSettings: () => () => undefined,
    getDismissedKeys: async () => new Set(),
    watchDismissedKeys: () => () => undefined,
    dismiss: async () => undefined,
    undoDismiss: async () => undefined,
  };
}

function fieldMarks(posting: Posting): string {
  return FIELDS.map((field) => (posting[field] ? field : '-'.repeat(field.length))).join(' ');
}

async function main(): Promise<number> {
  let dir: string;
  try {
    const { values } = parseArgs({ options: { pages: { type: 'string' } } });
    dir = resolve(values.pages ?? DEFAULT_PAGES);
  } catch (error) {
    console.error(`check:pages: ${(error as Error).message}. Usage: npm run check:pages [-- --pages DIR]`);
    return 2;
  }
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(`check:pages: no saved pages at ${dir} (no manifest.json); pass --pages DIR`);
    return 2;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestEntry[];
  const totals = { pages: 0, pagesMet: 0, expected: 0, found: 0, missing: 0, extra: 0, generic: 0, ...Object.fromEntries(FIELDS.map((field) => [field, 0])) };
  for (const entry of manifest) {
    const adapter = ADAPTERS[entry.site as SiteId];
    const path = join(dir, 'pages', entry.file);
    if (!adapter || !existsSync(path)) {
      console.error(`check:pages: ${entry.file}: ${adapter ? 'file missing' : `unknown site "${entry.site}"`}`);
      return 2;
    }
    const found = await readPage(readFileSync(path, 'utf8'), entry.url, adapter);
    const met = found.length === entry.expected;
    totals.pages++;
    totals.pagesMet += met ? 1 : 0;
    totals.expected += entry.expected;
    totals.found += found.length;
    totals.missing += Math.max(0, entry.expected - found.length);
    totals.extra += Math.max(0, found.length - entry.expected);
    console.log(`${met ? 'ok  ' : 'FAIL'} ${entry.file} (${entry.site}): expected ${entry.expected}, found ${found.length}`);
    for (const [index, { posting, by }] of found.entries()) {
      if (by !== adapter.id) totals.generic++;
      for (const field of FIELDS) if (posting[field]) (totals as Record<string, number>)[field]!++;
      console.log(`       ${String(index + 1).padStart(2)}. ${fieldMarks(posting)}${by !== adapter.id ? ` (via ${by})` : ''} ${posting.body.length} chars`);
    }
  }
  console.log(JSON.stringify(totals));
  return totals.pagesMet === totals.pages ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('check:pages failed:', error);
    process.exit(2);
  },
);
