// OnlineJobs.ph: job search and job views.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onlinejobsAdapter } from '@/lib/adapters/onlinejobs';
import { runContentScript } from '@/lib/page/content-main';
import { siteInfo } from '@/lib/common/sites';

const site = siteInfo('onlinejobs');

export default defineContentScript({
  matches: [...site.matches],
  excludeMatches: site.excludeMatches ? [...site.excludeMatches] : undefined,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, onlinejobsAdapter),
});
