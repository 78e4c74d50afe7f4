// X (Twitter): timeline and search posts.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { xAdapter } from '@/lib/adapters/x';
import { runContentScript } from '@/lib/page/content-main';
import { siteInfo } from '@/lib/common/sites';

const site = siteInfo('x');

export default defineContentScript({
  matches: [...site.matches],
  excludeMatches: site.excludeMatches ? [...site.excludeMatches] : undefined,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, xAdapter),
});
