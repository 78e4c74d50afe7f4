// Telegram Web (K and A versions): the open conversation's messages.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { telegramAdapter } from '@/lib/adapters/telegram';
import { runContentScript } from '@/lib/page/content-main';
import { siteInfo } from '@/lib/common/sites';

const site = siteInfo('telegram');

export default defineContentScript({
  matches: [...site.matches],
  excludeMatches: site.excludeMatches ? [...site.excludeMatches] : undefined,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, telegramAdapter),
});
