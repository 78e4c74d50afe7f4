// JobStreet (PH, MY, SG, ID): search results and job views.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { jobstreetAdapter } from '@/lib/adapters/seek';
import { runContentScript } from '@/lib/page/content-main';
import { siteInfo } from '@/lib/common/sites';

const site = siteInfo('jobstreet');

export default defineContentScript({
  matches: [...site.matches],
  excludeMatches: site.excludeMatches ? [...site.excludeMatches] : undefined,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, jobstreetAdapter),
});
