// The inline warning's UI (Preact), injected by the background into a page only once a warning is due there
// (lib/page/page-service.ts, 'load-part'); builds to content-scripts/warning-ui.js. Not in the manifest.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createWarningRenderer } from '@/components/warning/renderer';
import { provideRenderer } from '@/lib/page/warning-ui-main';
import { SITES } from '@/lib/common/sites';

export default defineContentScript({
  // Runtime registration: WXT adds these to host_permissions, which lets the background inject the UI on the
  // supported sites (the same sites the content scripts already run on: no new permission asks).
  matches: SITES.flatMap((site) => [...site.matches]),
  registration: 'runtime',
  runAt: 'document_idle',
  main: () => provideRenderer(createWarningRenderer),
});
