// Scanning on sites beyond the built-in list. The user grants the site's optional host permission
// (from the options page or the popup, in a click handler: browsers only ask during a user gesture),
// then the generic content script is registered for that origin. The registered scripts are the
// record of which sites are on; the background drops any whose permission was taken back.
import { browser } from 'wxt/browser';
import { GENERIC_CONTENT_SCRIPT } from '../page/inject';

/** Built by the page runtime from entrypoints/generic.content.ts (registration: 'runtime'). */
export const GENERIC_SCRIPT_FILE = GENERIC_CONTENT_SCRIPT;
const SCRIPT_ID_PREFIX = 'generic@';

/** The match pattern covering a site's pages ('https://jobs.example/*'), or null for anything else. */
export function sitePattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.includes('://') ? url : `https://${url}`);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!parsed.hostname || parsed.username || parsed.password) return null;
  // Match patterns take no port: the pattern covers every port of the host.
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** The origin shown to the user for a pattern: 'https://jobs.example/*' -> 'https://jobs.example'. */
export const patternOrigin = (pattern: string): string => pattern.replace(/\/\*$/, '');

const scriptId = (pattern: string) => SCRIPT_ID_PREFIX + patternOrigin(pattern);

/**
 * Ask for the site's permission and start scanning it. Call straight from a click handler.
 * Resolves to false when the user declines.
 */
export async function enableSite(pattern: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  await registerGenericScript(pattern);
  await scanOpenTabs(pattern);
  return true;
}

/** Registered scripts run on the next page load; the site's tabs already open get a scan now. */
async function scanOpenTabs(pattern: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: pattern });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [GENERIC_SCRIPT_FILE] as unknown as ['/background.js'] });
      } catch (error) {
        // A tab showing an error page or still loading: its next load runs the registered script.
        console.debug('[job-lure-alert] could not scan an open tab', tab.id, error);
      }
    }),
  );
}

export async function registerGenericScript(pattern: string): Promise<void> {
  const id = scriptId(pattern);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [pattern], js: [GENERIC_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Stop scanning a site and give its permission back. */
export async function disableSite(pattern: string): Promise<void> {
  await unregisterGenericScripts([pattern]);
  await browser.permissions.remove({ origins: [pattern] });
}

export async function unregisterGenericScripts(patterns: string[]): Promise<void> {
  const ids = new Set(patterns.map(scriptId));
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((script) => ids.has(script.id));
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: registered.map((script) => script.id) });
}

/** The sites the user turned on, as match patterns. */
export async function enabledSitePatterns(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts
    .filter((script) => script.id.startsWith(SCRIPT_ID_PREFIX))
    .flatMap((script) => script.matches ?? [])
    .sort();
}

/** Drop registered scripts whose permission the user removed in the browser's own settings. */
export async function reconcileSiteAccess(): Promise<void> {
  const patterns = await enabledSitePatterns();
  const revoked: string[] = [];
  for (const pattern of patterns) {
    if (!(await browser.permissions.contains({ origins: [pattern] }))) revoked.push(pattern);
  }
  if (revoked.length > 0) await unregisterGenericScripts(revoked);
}
