// @vitest-environment jsdom
// Adapter behaviour beyond the snapshots: added subtrees, fallback, hostile input, coverage and match patterns.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { ADAPTERS, findWithFallback, genericAdapter } from '../../../lib/adapters';
import { collectJobPostings, findJsonLdPostings } from '../../../lib/adapters/structured';
import { resetFallbackLog } from '../../../lib/adapters/fallback';
import { MAX_BLOCK_CHARS, MAX_GATE_CHARS, findTextBlockPostings, mayHoldJobAd, readsLikeJobAd, vocabularyFamilies } from '../../../lib/adapters/generic';
import { splitSelectorList } from '../../../lib/adapters/dom';
import type { SiteAdapter } from '../../../lib/adapters/types';
import { SITES, SITE_IDS } from '../../../lib/common/sites';
import { SITE_FIXTURES_DIR, fixtureDocument, loadSiteFixtures } from './fixtures';

const fixtures = loadSiteFixtures();
const fixture = (site: string, view: string) => fixtures.find((entry) => entry.site === site && entry.view === view)!;

afterEach(() => resetFallbackLog());

describe('added subtrees', () => {
  it('finds a posting when the added node is the posting itself', () => {
    const doc = fixtureDocument(fixture('linkedin', 'job-search'));
    const card = doc.querySelector('li[data-occludable-job-id="4100000003"]')!;
    const found = ADAPTERS.linkedin.find(card);
    expect(found.map(({ element }) => element)).toEqual([card]);
    expect(found[0]!.posting.title).toBe('Data Encoder - Urgent, Free Flight & Visa');
  });

  it('finds every posting inside an added container, and nothing outside it', () => {
    const doc = fixtureDocument(fixture('jobstreet', 'search'));
    const list = doc.querySelector('[data-automation="searchResults"]')!;
    expect(ADAPTERS.jobstreet.find(list).map(({ posting }) => posting.title)).toEqual([
      'Customer Care Associate (Thai speaker)',
      'Product Manager',
    ]);
    const secondCard = doc.querySelectorAll('article[data-card-type="JobCard"]')[1]!;
    expect(ADAPTERS.jobstreet.find(secondCard).map(({ posting }) => posting.title)).toEqual(['Product Manager']);
  });

  it('finds a post appended to a live feed, and maps a node inside it to its container through postingSelector', () => {
    const doc = fixtureDocument(fixture('facebook', 'feed'));
    const feed = doc.querySelector('[aria-posinset]')!.parentElement!;
    const added = doc.createElement('div');
    added.setAttribute('aria-posinset', '5');
    const message = doc.createElement('div');
    message.setAttribute('data-ad-preview', 'message');
    message.textContent = 'Hiring drivers for deliveries in Cavite, daily pay, apply at our depot.';
    added.append(message);
    feed.append(added);
    expect(ADAPTERS.facebook.find(added).map(({ posting }) => posting.body)).toEqual([message.textContent]);
    expect(message.closest(ADAPTERS.facebook.postingSelector!)).toBe(added);
  });

  it('re-reads a chat conversation when a message arrives, with the newest incoming text', () => {
    const doc = fixtureDocument(fixture('telegram', 'k-conversation'));
    const list = doc.querySelector('.bubbles')!;
    const before = ADAPTERS.telegram.find(list)[0]!.posting.body;
    const bubble = doc.createElement('div');
    bubble.className = 'bubble is-in';
    bubble.innerHTML = '<div class="bubble-content"><div class="message">Reply fast, only 2 slots left.</div></div>';
    list.querySelector('section')!.append(bubble);
    expect(bubble.closest(ADAPTERS.telegram.postingSelector!)).toBe(list);
    const after = ADAPTERS.telegram.find(list)[0]!.posting.body;
    expect(after).not.toBe(before);
    expect(after.endsWith('Reply fast, only 2 slots left.')).toBe(true);
  });

  it('returns nothing for an added subtree without postings (no generic fallback there)', () => {
    const doc = fixtureDocument(fixture('linkedin', 'job-search'));
    const footer = doc.querySelector('footer')!;
    expect(findWithFallback(ADAPTERS.linkedin, footer)).toEqual([]);
  });
});

describe('field readers on markup variants', () => {
  it('LinkedIn guest card: a company without a page of its own is the subtitle under the title', () => {
    const doc = new JSDOM(
      `<ul><li><div class="base-card base-search-card" data-entity-urn="urn:li:jobPosting:1">
        <a class="base-card__full-link" href="https://www.linkedin.com/jobs/view/cook-1?trk=x"><span class="sr-only">Cook</span></a>
        <div class="base-search-card__info"><h3 class="base-search-card__title">Cook</h3><h4 class="base-search-card__subtitle">Example Diner</h4>
        <div class="base-search-card__metadata"><span class="job-search-card__location">Cebu City</span><time>2 days ago</time></div></div>
      </div></li></ul>`,
      { url: 'https://www.linkedin.com/jobs/search' },
    ).window.document;
    expect(ADAPTERS.linkedin.find(doc).map(({ posting }) => posting)).toEqual([
      { title: 'Cook', company: 'Example Diner', location: 'Cebu City', body: 'Cook\nExample Diner\nCebu City', url: 'https://www.linkedin.com/jobs/view/cook-1', site: 'linkedin' },
    ]);
  });
});

describe('fallback to the generic adapter', () => {
  it('the site adapter finds nothing on the broken-selectors snapshot, the fallback finds the ads', () => {
    const doc = fixtureDocument(fixture('linkedin', 'broken-selectors'));
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect(ADAPTERS.linkedin.find(doc)).toEqual([]);
    expect(findWithFallback(ADAPTERS.linkedin, doc).map(({ posting }) => posting.site)).toEqual(['generic', 'generic']);
    findWithFallback(ADAPTERS.linkedin, doc);
    expect(debug).toHaveBeenCalledTimes(1);
  });

  it('an adapter that throws degrades to the generic adapter and never throws itself', () => {
    const doc = fixtureDocument(fixture('generic', 'microdata'));
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const throwing: SiteAdapter = { id: 'throwing', name: 'Throwing', matches: [], find: () => { throw new Error('markup changed'); } };
    const found = findWithFallback(throwing, doc);
    expect(found.map(({ posting }) => posting.title)).toEqual(['Casino Host (Cambodia)', 'Library Assistant']);
  });
});

describe('hostile and malformed JSON-LD', () => {
  const page = (scripts: string[]) =>
    new JSDOM(`<!DOCTYPE html><html><head>${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('')}</head><body><main><h1>Job</h1></main></body></html>`, {
      url: 'https://example.test/job',
    }).window.document;

  it('skips malformed JSON, wrong shapes and non-string fields without throwing', () => {
    const doc = page([
      '{"@type":"JobPosting","title":',
      'null',
      '42',
      '"JobPosting"',
      '[null, 1, "x", {"@type": 5}]',
      '{"@type":"JobPosting","title":{"nested":true},"description":["not","a","string"],"hiringOrganization":7}',
      '{"@type":"JobPosting","title":"Real job","description":"<img src=x onerror=alert(1)>Read <b>this</b> &amp; apply","baseSalary":{"value":{"minValue":"\\u003cscript\\u003e\\u003c/script\\u003e"}}}',
    ]);
    const found = genericAdapter.find(doc);
    expect(found).toHaveLength(1);
    expect(found[0]!.posting.title).toBe('Real job');
    expect(found[0]!.posting.body).toBe('Read this & apply');
    expect(found[0]!.posting.salary).toBeUndefined();
    expect(found[0]!.element.tagName).toBe('MAIN');
  });

  it('bounds its walk over deeply nested or huge graphs', () => {
    let deep: unknown = { '@type': 'JobPosting', title: 'too deep to matter' };
    for (let i = 0; i < 10_000; i++) deep = { '@graph': [deep] };
    expect(() => collectJobPostings(deep)).not.toThrow();
    const wide = { '@graph': Array.from({ length: 50_000 }, () => ({ '@type': 'Thing' })) };
    expect(collectJobPostings(wide)).toEqual([]);
  });

  it('reads JobPosting in arrays and @graph, with full-URL and prefixed types', () => {
    const doc = page([
      '[{"@type":"http://schema.org/JobPosting","title":"A","description":"a"},{"@graph":[{"@type":"schema:JobPosting","title":"B","description":"b"}]}]',
    ]);
    expect(findJsonLdPostings(doc).map(({ posting }) => posting.title)).toEqual(['A', 'B']);
  });
});

describe('generic text blocks', () => {
  it('picks the innermost block that reads like an ad, not the page', () => {
    const doc = new JSDOM(
      '<body><div id="outer"><div id="ad"><p>We are hiring welders. Salary 30,000 per month, apply with your CV.</p></div><div>Weather today: sunny and warm across the islands, with light winds.</div></div></body>',
    ).window.document;
    expect(genericAdapter.find(doc).map(({ element }) => element.id)).toEqual(['ad']);
  });

  it('reads a CV-advice article as no posting (the page benchmark\'s page without postings)', () => {
    const html = readFileSync(join(import.meta.dirname, '../../fixtures/feed/empty-page.html'), 'utf8');
    const doc = new JSDOM(html, { url: 'https://ph.indeed.com/career-advice/how-to-write-a-cv' }).window.document;
    expect(mayHoldJobAd(doc)).toBe(false);
    expect(findTextBlockPostings(doc)).toEqual([]);
    expect(findWithFallback(ADAPTERS.indeed, doc)).toEqual([]);
  });

  it('needs a job and an offer in one block: role words, pay and requirements spread over two posts are not an ad', () => {
    const doc = new JSDOM(
      '<body><div id="a">Our new customer service agents started this week. Welcome to the team, everyone!</div>' +
        '<div id="b">The salary survey is out: experience still matters most for pay in this industry.</div></body>',
    ).window.document;
    expect(mayHoldJobAd(doc)).toBe(true);
    expect(genericAdapter.find(doc)).toEqual([]);
  });

  it('reads news and career advice as commentary, even when they quote a whole lure', () => {
    const lure = 'Hiring customer service agents, salary USD 1,500 a month, free flight and visa, apply on Telegram.';
    const families = vocabularyFamilies(lure);
    expect(readsLikeJobAd(lure.length, families)).toBe(true);
    const news = `Police said the victims answered this post: "${lure}"`;
    expect(readsLikeJobAd(news.length, vocabularyFamilies(news))).toBe(false);
    const advice = `Ten tips for your job search. Beware of posts like this one: "${lure}"`;
    expect(readsLikeJobAd(advice.length, vocabularyFamilies(advice))).toBe(false);
    expect(readsLikeJobAd(MAX_BLOCK_CHARS + 1, families)).toBe(false);
  });

  it('the gate: leaves out scripts and styles, and looks only at the first MAX_GATE_CHARS characters of text', () => {
    const hidden = new JSDOM(
      '<body><p>Weather today: sunny and warm.</p><script>var ad = "hiring agents salary apply";</script><style>/* hiring agents salary */</style></body>',
    ).window.document;
    expect(mayHoldJobAd(hidden)).toBe(false);

    const ad = '<div>We are hiring welders. Salary 30,000 per month, apply with your CV.</div>';
    const filler = `<p>${'Weather today: sunny and warm. '.repeat(Math.ceil(MAX_GATE_CHARS / 31) + 10)}</p>`;
    const early = new JSDOM(`<body>${ad}${filler}</body>`).window.document;
    const late = new JSDOM(`<body>${filler}${ad}</body>`).window.document;
    expect(mayHoldJobAd(early)).toBe(true);
    expect(genericAdapter.find(early)).toHaveLength(1);
    expect(mayHoldJobAd(late)).toBe(false);
    expect(genericAdapter.find(late)).toEqual([]);
  });

  it('ignores text with only one family of job words, and scripts and styles', () => {
    const doc = new JSDOM(
      '<body><div>Salary negotiations can be tricky; here is a long essay about them, with many paragraphs of advice.</div><script>var hiring="apply salary requirements benefits hiring apply";</script></body>',
    ).window.document;
    expect(genericAdapter.find(doc)).toEqual([]);
  });
});

describe('coverage and match patterns', () => {
  it('every adapter has at least one fixture, and every fixture folder has an adapter', () => {
    const folders = readdirSync(SITE_FIXTURES_DIR);
    for (const id of Object.keys(ADAPTERS)) expect(folders, `fixture folder for ${id}`).toContain(id);
    for (const folder of folders) expect([...Object.keys(ADAPTERS), 'generic'], `adapter for ${folder}`).toContain(folder);
    for (const id of [...Object.keys(ADAPTERS), 'generic']) {
      expect(fixtures.filter((entry) => entry.site === id).length, `fixtures of ${id}`).toBeGreaterThan(0);
    }
    for (const entry of fixtures) expect(() => new URL(entry.expected.url)).not.toThrow();
    expect(readdirSync(join(SITE_FIXTURES_DIR, 'linkedin'))).toContain('broken-selectors.html');
  });

  it('ADAPTERS holds exactly the sites of lib/common/sites.ts, each with its id, name and matches', () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual([...SITE_IDS].sort());
    for (const site of SITES) {
      const adapter = ADAPTERS[site.id];
      expect(adapter.id).toBe(site.id);
      expect(adapter.name).toBe(site.name);
      expect(adapter.matches).toEqual([...site.matches]);
      expect(adapter.postingSelector, `${site.id} postingSelector`).toBeTruthy();
      expect(() => new JSDOM('').window.document.querySelector(adapter.postingSelector!)).not.toThrow();
    }
  });

  const MATCH_PATTERN = /^https:\/\/(\*|\*\.[a-z0-9.-]+|[a-z0-9.-]+)\/.*$/;
  const allPatterns = SITES.flatMap((site) => [...site.matches, ...('excludeMatches' in site ? site.excludeMatches : [])]);

  it.each(allPatterns)('%s is a valid https match pattern', (pattern) => {
    expect(pattern).toMatch(MATCH_PATTERN);
  });

  /** Does a Chrome match pattern match `url`? (scheme https, host with optional leading *., path glob) */
  function patternMatches(pattern: string, url: string): boolean {
    const [, host, path] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern)!;
    const target = new URL(url);
    const hostOk = host!.startsWith('*.') ? target.hostname === host!.slice(2) || target.hostname.endsWith(host!.slice(1)) : target.hostname === host;
    const pathRegex = new RegExp(`^${path!.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return target.protocol === 'https:' && hostOk && pathRegex.test(target.pathname + target.search);
  }
  const runsOn = (id: (typeof SITE_IDS)[number], url: string) => {
    const site = SITES.find((entry) => entry.id === id)!;
    const excluded = 'excludeMatches' in site ? site.excludeMatches : [];
    return site.matches.some((pattern) => patternMatches(pattern, url)) && !excluded.some((pattern) => patternMatches(pattern, url));
  };

  it.each([
    ['linkedin', 'https://www.linkedin.com/jobs/search/?keywords=x'],
    ['linkedin', 'https://ph.linkedin.com/jobs/view/123'],
    ['facebook', 'https://www.facebook.com/groups/123/'],
    ['facebook', 'https://m.facebook.com/marketplace/'],
    ['indeed', 'https://ph.indeed.com/jobs?q=x'],
    ['indeed', 'https://malaysia.indeed.com/viewjob?jk=1'],
    ['indeed', 'https://www.indeed.com/'],
    ['indeed', 'https://uk.indeed.com/'],
    ['indeed', 'https://www.indeed.co.uk/'],
    ['indeed', 'https://jp.indeed.com/'],
    ['jobstreet', 'https://ph.jobstreet.com/customer-service-jobs'],
    ['jobstreet', 'https://my.jobstreet.com/job/1'],
    ['jobstreet', 'https://sg.jobstreet.com/'],
    ['jobstreet', 'https://id.jobstreet.com/'],
    ['jobstreet', 'https://www.jobstreet.com.ph/'],
    ['jobsdb', 'https://hk.jobsdb.com/job/1'],
    ['jobsdb', 'https://th.jobsdb.com/'],
    ['kalibrr', 'https://www.kalibrr.com/job-board'],
    ['kalibrr', 'https://www.kalibrr.id/job-board'],
    ['onlinejobs', 'https://www.onlinejobs.ph/jobseekers/jobsearch'],
    ['x', 'https://x.com/home'],
    ['x', 'https://twitter.com/search?q=x'],
    ['reddit', 'https://www.reddit.com/r/x/'],
    ['reddit', 'https://old.reddit.com/r/x/'],
    ['telegram', 'https://web.telegram.org/k/#@x'],
    ['telegram', 'https://web.telegram.org/a/#123'],
    ['whatsapp', 'https://web.whatsapp.com/'],
    ['messenger', 'https://www.messenger.com/t/123'],
    ['messenger', 'https://www.facebook.com/messages/t/123'],
  ] as const)('%s runs on %s', (id, url) => {
    expect(runsOn(id, url)).toBe(true);
  });

  it.each([
    ['facebook', 'https://www.facebook.com/messages/t/123'],
    ['telegram', 'https://web.telegram.org/z/'],
    ['linkedin', 'https://linkedin.com.evil.test/jobs/'],
    ['indeed', 'https://indeed.com.evil.test/'],
    ['x', 'https://x.com.evil.test/'],
  ] as const)('%s does not run on %s', (id, url) => {
    expect(runsOn(id, url)).toBe(false);
  });

  it('splits selector lists only at top-level commas', () => {
    expect(splitSelectorList('a[aria-label="x, y"], b:not(.c, .d) , e')).toEqual(['a[aria-label="x, y"]', 'b:not(.c, .d)', 'e']);
  });
});
