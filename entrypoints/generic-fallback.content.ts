// The generic adapter alone, for a site script whose own adapter found nothing on the page (its selectors broke):
// the background injects it on request (lib/page/page-service.ts, part 'generic-fallback') and it hands the adapter to
// the runtime already running in the frame, which keeps its one observer and queue. Not the whole generic
// script (generic.js also carries the page runtime, which this frame already has): half the code to compile on
// every page where a site's script found nothing. Builds to content-scripts/generic-fallback.js.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { genericAdapter } from '@/lib/adapters/generic';
import { handOverGenericAdapter } from '@/lib/page/content-main';
import { SITES } from '@/lib/common/sites';

export default defineContentScript({
  // Runtime registration, the same hosts as warning-ui.content.ts: no new permission.
  matches: SITES.flatMap((site) => [...site.matches]),
  registration: 'runtime',
  runAt: 'document_idle',
  main: () => handOverGenericAdapter(genericAdapter),
});
