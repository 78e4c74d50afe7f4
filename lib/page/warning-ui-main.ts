// The warning UI part (entrypoints/warning-ui.content.ts), injected once a warning is due on the page: loads the
// user's chosen language, then hands the renderer to the runtime the site's content script started.
import { browser } from 'wxt/browser';
import { loadLanguageVia, type GetMessages } from '../common/i18n';
import type { RuntimeSlot } from './content-main';
import type { OpenGuide } from './inject';
import { createExtensionPageStore } from './page-store';
import { sendToBackground } from './send-to-background';
import type { WarningRenderer } from './warning-contract';

export type RendererFactory = (options: { guideUrl: string; onOpenGuide: (section: string, event: Event) => void }) => WarningRenderer;

const slot = globalThis as RuntimeSlot;

/** The warning UI part: load the user's language if they chose one, then hand the renderer to the runtime. */
export async function provideRenderer(createRenderer: RendererFactory): Promise<void> {
  const store = createExtensionPageStore();
  const send = (message: GetMessages) => sendToBackground(message);
  let language = (await store.getSettings()).language;
  await loadLanguageVia(language, send);
  store.watchSettings((settings) => {
    if (settings.language === language) return;
    language = settings.language;
    void loadLanguageVia(language, send).then(() => slot.jobLureAlertRuntime?.runtime.redraw());
  });
  const guideUrl = browser.runtime.getURL('/guide.html');
  const renderer = createRenderer({
    guideUrl,
    onOpenGuide: (section, event) => {
      // Web pages may not open extension pages themselves; the background opens the guide in a new tab.
      event.preventDefault();
      const message: OpenGuide = { type: 'open-guide', section };
      sendToBackground(message).catch(() => window.open(`${guideUrl}#${section}`, '_blank', 'noopener'));
    },
  });
  slot.jobLureAlertRuntime?.runtime.setRenderer(renderer);
}
