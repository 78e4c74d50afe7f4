// Kalibrr: job board and job views.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { kalibrrAdapter } from '@/lib/adapters/kalibrr';
import { runContentScript } from '@/lib/page/content-main';
import { siteInfo } from '@/lib/common/sites';

const site = siteInfo('kalibrr');

export default defineContentScript({
  matches: [...site.matches],
  excludeMatches: site.excludeMatches ? [...site.excludeMatches] : undefined,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, kalibrrAdapter),
});
