// WhatsApp Web: the open conversation's messages.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { whatsappAdapter } from '@/lib/adapters/whatsapp';
import { runContentScript } from '@/lib/page/content-main';
import { siteInfo } from '@/lib/common/sites';

const site = siteInfo('whatsapp');

export default defineContentScript({
  matches: [...site.matches],
  excludeMatches: site.excludeMatches ? [...site.excludeMatches] : undefined,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, whatsappAdapter),
});
