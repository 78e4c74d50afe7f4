// Reddit: feeds, subreddits and post views.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { redditAdapter } from '@/lib/adapters/reddit';
import { runContentScript } from '@/lib/page/content-main';
import { siteInfo } from '@/lib/common/sites';

const site = siteInfo('reddit');

export default defineContentScript({
  matches: [...site.matches],
  excludeMatches: site.excludeMatches ? [...site.excludeMatches] : undefined,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, redditAdapter),
});
