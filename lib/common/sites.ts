// The supported sites: id, name and where each site's content script runs. Data only, so the options page and
// the content-script entrypoints can read it without pulling in any adapter code.
//
// Match patterns follow https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns:
// `https://*.example.com/*` matches example.com itself and every subdomain.

export interface SiteInfo {
  /** Stable id: settings (`disabledSites`), `Posting.site`, `ADAPTERS[id]`, `entrypoints/<id>.content.ts`. */
  id: string;
  /** Human name for the options page. */
  name: string;
  /** Where the site's content script runs. */
  matches: readonly string[];
  /** Pages inside `matches` that another site's script handles (content script `exclude_matches`). */
  excludeMatches?: readonly string[];
  /** What the adapter reads there, for the options page. */
  views: readonly string[];
}

/**
 * Indeed's country sites. Most are subdomains of indeed.com (ph., sg., malaysia., id., th., hk., in., au., uk., ...);
 * a few countries keep their own domain.
 */
const INDEED_DOMAINS = [
  'indeed.com',
  'indeed.co.uk',
  'indeed.de',
  'indeed.fr',
  'indeed.nl',
  'indeed.es',
  'indeed.it',
  'indeed.ch',
  'indeed.jp',
  'indeed.com.mx',
];

/** JobStreet's markets (PH, MY, SG, ID): country subdomains of jobstreet.com, and the older country domains. */
const JOBSTREET_DOMAINS = ['jobstreet.com', 'jobstreet.com.ph', 'jobstreet.com.my', 'jobstreet.com.sg', 'jobstreet.co.id'];

/** JobsDB's markets (HK, TH): hk.jobsdb.com and th.jobsdb.com, and the older Hong Kong domain. */
const JOBSDB_DOMAINS = ['jobsdb.com', 'jobsdb.com.hk'];

const everyPathOf = (domains: string[]): string[] => domains.map((domain) => `https://*.${domain}/*`);

export const SITES = [
  {
    id: 'linkedin',
    name: 'LinkedIn',
    matches: ['https://*.linkedin.com/*'],
    views: ['job search list', 'job view', 'feed posts'],
  },
  {
    id: 'facebook',
    name: 'Facebook',
    matches: ['https://*.facebook.com/*'],
    // Messenger inside facebook.com is the messenger adapter's.
    excludeMatches: ['https://*.facebook.com/messages/*'],
    views: ['feed', 'groups', 'Marketplace jobs'],
  },
  {
    id: 'indeed',
    name: 'Indeed',
    matches: everyPathOf(INDEED_DOMAINS),
    views: ['search results', 'job view'],
  },
  {
    id: 'jobstreet',
    name: 'JobStreet',
    matches: everyPathOf(JOBSTREET_DOMAINS),
    views: ['search results', 'job view'],
  },
  {
    id: 'jobsdb',
    name: 'JobsDB',
    matches: everyPathOf(JOBSDB_DOMAINS),
    views: ['search results', 'job view'],
  },
  {
    id: 'kalibrr',
    name: 'Kalibrr',
    matches: ['https://*.kalibrr.com/*', 'https://*.kalibrr.id/*'],
    views: ['job board', 'job view'],
  },
  {
    id: 'onlinejobs',
    name: 'OnlineJobs.ph',
    matches: ['https://*.onlinejobs.ph/*'],
    views: ['job search', 'job view'],
  },
  {
    id: 'x',
    name: 'X (Twitter)',
    matches: ['https://x.com/*', 'https://mobile.x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
    views: ['timeline and search posts'],
  },
  {
    id: 'reddit',
    name: 'Reddit',
    matches: ['https://*.reddit.com/*'],
    views: ['feed and subreddit posts', 'post view', 'old.reddit.com'],
  },
  {
    id: 'telegram',
    name: 'Telegram Web',
    matches: ['https://web.telegram.org/k/*', 'https://web.telegram.org/a/*'],
    views: ['open conversation (K and A versions)'],
  },
  {
    id: 'whatsapp',
    name: 'WhatsApp Web',
    matches: ['https://web.whatsapp.com/*'],
    views: ['open conversation'],
  },
  {
    id: 'messenger',
    name: 'Messenger',
    matches: ['https://www.messenger.com/*', 'https://*.facebook.com/messages/*'],
    views: ['open conversation'],
  },
] as const satisfies readonly SiteInfo[];

export type SiteId = (typeof SITES)[number]['id'];

export const SITE_IDS: readonly SiteId[] = SITES.map((site) => site.id);

/** The site entry for `id`; throws on an unknown id (a programming error, not page input). */
export function siteInfo(id: SiteId): SiteInfo {
  const site = SITES.find((entry) => entry.id === id);
  if (!site) throw new Error(`Unknown site id: ${id}`);
  return site;
}
