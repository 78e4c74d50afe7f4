// Indeed (every country site): search results and job views.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { indeedAdapter } from '@/lib/adapters/indeed';
import { runContentScript } from '@/lib/page/content-main';
import { siteInfo } from '@/lib/common/sites';

const site = siteInfo('indeed');

export default defineContentScript({
  matches: [...site.matches],
  excludeMatches: site.excludeMatches ? [...site.excludeMatches] : undefined,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, indeedAdapter),
});
