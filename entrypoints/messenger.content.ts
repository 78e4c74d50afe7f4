// Messenger (messenger.com and facebook.com/messages): the open conversation's messages.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { messengerAdapter } from '@/lib/adapters/messenger';
import { runContentScript } from '@/lib/page/content-main';
import { siteInfo } from '@/lib/common/sites';

const site = siteInfo('messenger');

export default defineContentScript({
  matches: [...site.matches],
  excludeMatches: site.excludeMatches ? [...site.excludeMatches] : undefined,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, messengerAdapter),
});
