// For the background: what the page runtime asks of it. The generic content script is built with
// `registration: 'runtime'` (not in the manifest, never runs on its own); lib/background/site-access.ts registers it for
// the sites the user granted, and `injectGenericScan` runs it once on the current tab (activeTab).
import { browser } from 'wxt/browser';

/** The generic content script, as the build names it (entrypoints/generic.content.ts). */
export const GENERIC_CONTENT_SCRIPT = 'content-scripts/generic.js';

/** Scan the page in `tabId` once (after the user clicked the toolbar button: activeTab grants the access). */
export async function injectGenericScan(tabId: number): Promise<void> {
  // WXT types `files` as the paths it knows at type-check time; the content script is one of its outputs.
  const files = [GENERIC_CONTENT_SCRIPT] as unknown as ['/background.js'];
  await browser.scripting.executeScript({ target: { tabId }, files });
}

/** Content script -> background: open the guide at a section (web pages cannot open extension pages). */
export interface OpenGuide {
  type: 'open-guide';
  /** A guide section id: "signs", "sign-<category>", "verify", "hotlines", "abroad", "rescuers", "share". */
  section: string;
}

export function isOpenGuide(message: unknown): message is OpenGuide {
  const candidate = message as OpenGuide | null;
  return !!candidate && candidate.type === 'open-guide' && typeof candidate.section === 'string' && /^[a-z_-]{1,40}$/.test(candidate.section);
}

/** The background's answer to OpenGuide: a new tab with the guide at that section. */
export async function openGuideSection(message: OpenGuide): Promise<void> {
  const guide = browser.runtime.getURL('/guide.html');
  await browser.tabs.create({ url: `${guide}#${message.section}` });
}
