// Content scripts call the browser's own API (not webextension-polyfill; see wxt.config.ts), whose sendMessage
// throws at once where the polyfill would reject, e.g. once the extension was reloaded or updated under the page.
import { browser } from 'wxt/browser';

/** A message to the background; a rejected promise, never a throw, when the extension cannot be reached. */
export function sendToBackground(message: { type: string }): Promise<unknown> {
  try {
    return Promise.resolve(browser.runtime.sendMessage(message));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
