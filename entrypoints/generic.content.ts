// The generic adapter, only where asked: not in the manifest (registration 'runtime'); it builds to
// content-scripts/generic.js. The background runs it on sites the user granted (lib/site-access.ts), once on
// the active tab (lib/page/inject.ts), or as the fallback of a site script whose selectors broke
// (lib/page/page-service.ts, 'load-part').
import { defineContentScript } from 'wxt/utils/define-content-script';
import { genericAdapter } from '@/lib/adapters/generic';
import { runGenericContentScript } from '@/lib/page/content-main';
import { SITES } from '@/lib/sites';

export default defineContentScript({
  // Runtime registration: WXT adds these to host_permissions, which lets the background inject the script as a
  // fallback on the supported sites (the same sites the content scripts already run on: no new permission asks).
  // Other sites' patterns come from the user's grants.
  matches: SITES.flatMap((site) => [...site.matches]),
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => runGenericContentScript(ctx, genericAdapter),
});
