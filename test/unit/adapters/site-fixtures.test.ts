// @vitest-environment jsdom
// Every committed site snapshot, run through its adapter, yields exactly the postings its expected file lists.
import { describe, expect, it } from 'vitest';
import { ADAPTERS, findWithFallback, genericAdapter } from '../../../lib/adapters';
import type { SiteAdapter } from '../../../lib/adapters/types';
import { score } from '../../../lib/engine';
import { DEFAULT_SETTINGS, warnsAt } from '../../../lib/storage/settings';
import { fixtureDocument, loadSiteFixtures, normalise } from './fixtures';

const fixtures = loadSiteFixtures();
const EXACT_FIELDS = ['title', 'company', 'location', 'salary', 'url'] as const;

function adapterFor(site: string): SiteAdapter {
  return site === 'generic' ? genericAdapter : ADAPTERS[site as keyof typeof ADAPTERS];
}

describe.each(fixtures.map((fixture) => [`${fixture.site}/${fixture.view}`, fixture] as const))('%s', (_name, fixture) => {
  it('yields the expected postings, in page order, each container once', () => {
    const doc = fixtureDocument(fixture);
    const adapter = adapterFor(fixture.site);
    const found = findWithFallback(adapter, doc);
    const actual = found.map(({ posting }) => posting);

    expect(actual.map((posting) => posting.title ?? normalise(posting.body).slice(0, 60))).toHaveLength(fixture.expected.postings.length);
    expect(new Set(found.map(({ element }) => element)).size).toBe(found.length);
    fixture.expected.postings.forEach((expected, index) => {
      const posting = actual[index]!;
      for (const field of EXACT_FIELDS) {
        expect(posting[field], `${field} of posting ${index}`).toBe(expected[field]);
      }
      for (const part of expected.bodyIncludes) {
        expect(normalise(posting.body), `body of posting ${index}`).toContain(normalise(part));
      }
      for (const part of expected.bodyExcludes ?? []) {
        expect(normalise(posting.body), `body of posting ${index}`).not.toContain(normalise(part));
      }
      expect(posting.site).toBe(fixture.expected.via === 'generic' ? 'generic' : adapter.id);
    });
  });

  if (fixture.expected.via === 'site' && fixture.site !== 'generic') {
    it('finds them with the site adapter itself, and each posting container matches postingSelector', () => {
      const adapter = adapterFor(fixture.site);
      const found = adapter.find(fixtureDocument(fixture));
      expect(found.length).toBe(fixture.expected.postings.length);
      for (const { element } of found) expect(element.closest(adapter.postingSelector!)).not.toBeNull();
    });
  }

  it('marks as risky exactly the postings the engine warns about at the default sensitivity (what the e2e test expects)', () => {
    const found = findWithFallback(adapterFor(fixture.site), fixtureDocument(fixture));
    fixture.expected.postings.forEach((expected, index) => {
      const verdict = score(found[index]!.posting);
      expect(warnsAt(verdict.level, DEFAULT_SETTINGS.sensitivity), `posting ${index} (${verdict.level})`).toBe(expected.risky);
    });
  });

  it('never lets page text carry markup or script into a posting', () => {
    const found = findWithFallback(adapterFor(fixture.site), fixtureDocument(fixture));
    for (const { posting } of found) {
      expect(posting.body).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(posting.body).not.toContain('__shouldNeverRun');
    }
  });
});
