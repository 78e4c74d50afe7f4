// Facebook: feed, groups and Marketplace job posts.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebookAdapter } from '@/lib/adapters/facebook';
import { runContentScript } from '@/lib/page/content-main';
import { siteInfo } from '@/lib/common/sites';

const site = siteInfo('facebook');

export default defineContentScript({
  matches: [...site.matches],
  excludeMatches: site.excludeMatches ? [...site.excludeMatches] : undefined,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, facebookAdapter),
});
