// The generic adapter on any other site, only where the user asked: not in the manifest (registration
// 'runtime'). The background registers it for granted sites (lib/site-access.ts) or runs it once on the active
// tab (lib/page/inject.ts, `injectGenericScan`); it builds to content-scripts/generic.js.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createWarningRenderer } from '@/components/warning/renderer';
import { genericAdapter } from '@/lib/adapters/generic';
import { runContentScript } from '@/lib/page/content-main';

export default defineContentScript({
  // Build-time only: with runtime registration these patterns go to host_permissions, so keep them to what
  // the manifest already allows optionally. The real matches come from the registration.
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, { adapter: genericAdapter, createRenderer: createWarningRenderer }),
});
