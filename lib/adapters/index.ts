// Every site adapter by id (the ids of lib/common/sites.ts), the generic adapter, and the fallback runner.
// Content scripts import their adapter by id: `ADAPTERS.linkedin`, then run it through `findWithFallback`.
import type { SiteId } from '../common/sites';
import type { SiteAdapter } from './types';
import { facebookAdapter } from './facebook';
import { genericAdapter } from './generic';
import { indeedAdapter } from './indeed';
import { kalibrrAdapter } from './kalibrr';
import { linkedinAdapter } from './linkedin';
import { messengerAdapter } from './messenger';
import { onlinejobsAdapter } from './onlinejobs';
import { redditAdapter } from './reddit';
import { jobsdbAdapter, jobstreetAdapter } from './seek';
import { telegramAdapter } from './telegram';
import { whatsappAdapter } from './whatsapp';
import { xAdapter } from './x';

export const ADAPTERS: Record<SiteId, SiteAdapter> = {
  linkedin: linkedinAdapter,
  facebook: facebookAdapter,
  indeed: indeedAdapter,
  jobstreet: jobstreetAdapter,
  jobsdb: jobsdbAdapter,
  kalibrr: kalibrrAdapter,
  onlinejobs: onlinejobsAdapter,
  x: xAdapter,
  reddit: redditAdapter,
  telegram: telegramAdapter,
  whatsapp: whatsappAdapter,
  messenger: messengerAdapter,
};

export { genericAdapter };
export { findWithFallback, findSafely } from './fallback';
export type { FoundPosting, SiteAdapter } from './types';
