// JobsDB (HK, TH): search results and job views.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { jobsdbAdapter } from '@/lib/adapters/seek';
import { runContentScript } from '@/lib/page/content-main';
import { siteInfo } from '@/lib/common/sites';

const site = siteInfo('jobsdb');

export default defineContentScript({
  matches: [...site.matches],
  excludeMatches: site.excludeMatches ? [...site.excludeMatches] : undefined,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, jobsdbAdapter),
});
