import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  disableSite,
  enabledSitePatterns,
  enableSite,
  GENERIC_SCRIPT_FILE,
  patternOrigin,
  reconcileSiteAccess,
  sitePattern,
} from '../../lib/background/site-access';

type Script = { id: string; matches?: string[]; js?: string[] };

/** fakeBrowser has no permissions or scripting: a small in-memory stand-in for both. */
function fakeSiteApis(grant: boolean) {
  let scripts: Script[] = [];
  const granted = new Set<string>();
  const api = {
    request: vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => {
      if (grant) origins.forEach((origin) => granted.add(origin));
      return grant;
    }),
    remove: vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
      origins.forEach((origin) => granted.delete(origin));
      return true;
    }),
    contains: vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => origins.every((o) => granted.has(o))),
    register: vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (added) => {
      scripts = [...scripts, ...(added as Script[])];
    }),
    unregister: vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
      scripts = scripts.filter((script) => !filter?.ids?.includes(script.id));
    }),
    executeScript: vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]),
    granted,
  };
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
    async (filter) => scripts.filter((script) => !filter?.ids || filter.ids.includes(script.id)) as never,
  );
  return api;
}

beforeEach(() => fakeBrowser.reset());

describe('site patterns', () => {
  it.each([
    ['https://careers.example.org/jobs?id=1', 'https://careers.example.org/*'],
    ['careers.example.org', 'https://careers.example.org/*'],
    ['http://localhost:8080/x', 'http://localhost/*'],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['https://user:pw@example.org/', null],
    ['not a url at all', null],
  ])('%s -> %s', (input, pattern) => {
    expect(sitePattern(input)).toBe(pattern);
  });

  it('shows a pattern as its origin', () => {
    expect(patternOrigin('https://careers.example.org/*')).toBe('https://careers.example.org');
  });
});

describe('turning a site on and off', () => {
  it('registers the generic script once the user grants access, and scans the open tabs', async () => {
    const apis = fakeSiteApis(true);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5 } as never]);
    expect(await enableSite('https://careers.example.org/*')).toBe(true);
    expect(query).toHaveBeenCalledWith({ url: 'https://careers.example.org/*' });
    expect(apis.executeScript).toHaveBeenCalledWith({ target: { tabId: 5 }, files: [GENERIC_SCRIPT_FILE] });
    expect(apis.register).toHaveBeenCalledWith([
      expect.objectContaining({ matches: ['https://careers.example.org/*'], js: [GENERIC_SCRIPT_FILE], persistAcrossSessions: true }),
    ]);
    expect(apis.executeScript).toHaveBeenCalledTimes(1);
    expect(await enabledSitePatterns()).toEqual(['https://careers.example.org/*']);
    // Turning it on twice registers nothing more.
    await enableSite('https://careers.example.org/*');
    expect(apis.register).toHaveBeenCalledTimes(1);
  });

  it('registers nothing when the user declines', async () => {
    const apis = fakeSiteApis(false);
    expect(await enableSite('https://careers.example.org/*')).toBe(false);
    expect(apis.register).not.toHaveBeenCalled();
  });

  it('turning off unregisters the script and gives the permission back', async () => {
    const apis = fakeSiteApis(true);
    await enableSite('https://careers.example.org/*');
    await disableSite('https://careers.example.org/*');
    expect(await enabledSitePatterns()).toEqual([]);
    expect(apis.granted.size).toBe(0);
  });

  it('drops the scripts of sites whose permission the user removed in the browser', async () => {
    const apis = fakeSiteApis(true);
    await enableSite('https://a.example/*');
    await enableSite('https://b.example/*');
    apis.granted.delete('https://a.example/*');
    await reconcileSiteAccess();
    expect(await enabledSitePatterns()).toEqual(['https://b.example/*']);
  });
});
