import { browser } from 'wxt/browser';
import { startBackground } from '../lib/background/background-service';
import { loadLanguage, t } from '../lib/common/i18n';
import { handlePageServiceMessage } from '../lib/page/page-service';

// Tab state, toolbar badge, history, context menu and site access: see lib/background/background-service.ts.
export default defineBackground(() => {
  startBackground({ browser, translate: t, applyLanguage: loadLanguage });
  // The page runtime's requests: scoring (the engine lives here, not in each content script), parts loaded on
  // demand, the warning UI's messages and guide links.
  browser.runtime.onMessage.addListener(((message: unknown, sender: { id?: string }) =>
    handlePageServiceMessage(message, sender, browser.runtime.id)) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
});
