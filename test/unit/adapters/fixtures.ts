// Loads the committed site snapshots (test/fixtures/sites/<site>/<view>.html) and their expected postings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const SITE_FIXTURES_DIR = join(import.meta.dirname, '../../fixtures/sites');

export interface ExpectedPosting {
  title?: string;
  company?: string;
  location?: string;
  salary?: string;
  url?: string;
  /** Substrings the body must contain (whitespace-normalised). */
  bodyIncludes: string[];
  /** Substrings the body must not contain (the user's own chat messages, times, comments). */
  bodyExcludes?: string[];
  /** For the runtime's e2e tests: should this posting be warned about? */
  risky: boolean;
}

export interface SiteFixture {
  /** Folder name: the adapter id. */
  site: string;
  view: string;
  htmlPath: string;
  html: string;
  expected: {
    /** The page's real address, so e2e tests can serve the snapshot under it. */
    url: string;
    /** Which adapter yields the postings: the site's own, or the generic fallback (broken selectors). */
    via: 'site' | 'generic';
    description: string;
    postings: ExpectedPosting[];
  };
}

export function loadSiteFixtures(): SiteFixture[] {
  const fixtures: SiteFixture[] = [];
  for (const site of readdirSync(SITE_FIXTURES_DIR).sort()) {
    for (const file of readdirSync(join(SITE_FIXTURES_DIR, site)).sort()) {
      if (!file.endsWith('.html')) continue;
      const view = file.replace(/\.html$/, '');
      const htmlPath = join(SITE_FIXTURES_DIR, site, file);
      fixtures.push({
        site,
        view,
        htmlPath,
        html: readFileSync(htmlPath, 'utf8'),
        expected: JSON.parse(readFileSync(join(SITE_FIXTURES_DIR, site, `${view}.expected.json`), 'utf8')),
      });
    }
  }
  return fixtures;
}

/** The snapshot as a document at its real address (scripts are never run: jsdom's default). */
export function fixtureDocument(fixture: Pick<SiteFixture, 'html' | 'expected'>): Document {
  return new JSDOM(fixture.html, { url: fixture.expected.url }).window.document;
}

export const normalise = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
