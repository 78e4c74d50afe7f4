// Which supported site a tab's address belongs to, from the match patterns in lib/common/sites.ts
// (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns), so the popup can offer
// the on/off switch for that site.
import { SITES, type SiteId } from '@/lib/common/sites';

function patternMatches(pattern: string, url: URL): boolean {
  const parsed = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parsed) return false;
  const [, scheme, host, path] = parsed as unknown as [string, string, string, string];
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : url.protocol !== `${scheme}:`) return false;
  const hostname = url.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const domain = host.slice(2);
      if (hostname !== domain && !hostname.endsWith(`.${domain}`)) return false;
    } else if (hostname !== host) {
      return false;
    }
  }
  const pathPattern = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return pathPattern.test(url.pathname + url.search);
}

/** The site whose content script runs on `address`, or null (unsupported page, or not a web address). */
export function siteOfUrl(address: string): { id: SiteId; name: string } | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  for (const site of SITES) {
    const excluded = 'excludeMatches' in site && site.excludeMatches.some((pattern) => patternMatches(pattern, url));
    if (!excluded && site.matches.some((pattern) => patternMatches(pattern, url))) return { id: site.id, name: site.name };
  }
  return null;
}
