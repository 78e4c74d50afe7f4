// LinkedIn: job search, job view and feed posts.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { linkedinAdapter } from '@/lib/adapters/linkedin';
import { runContentScript } from '@/lib/page/content-main';
import { siteInfo } from '@/lib/common/sites';

const site = siteInfo('linkedin');

export default defineContentScript({
  matches: [...site.matches],
  excludeMatches: site.excludeMatches ? [...site.excludeMatches] : undefined,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, linkedinAdapter),
});
