// The generic adapter, only where asked: not in the manifest (registration 'runtime'); it builds to
// content-scripts/generic.js. The background runs it on sites the user granted (lib/background/site-access.ts) or once on
// the active tab (lib/page/inject.ts). On a supported site it only asks the running site script to rescan.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { genericAdapter } from '@/lib/adapters/generic';
import { runGenericContentScript } from '@/lib/page/content-main';

export default defineContentScript({
  // With runtime registration the patterns come from the registration (the user's grants), not from here.
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => runGenericContentScript(ctx, genericAdapter),
});
