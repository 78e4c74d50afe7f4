// Every address the user can follow names a real host: no bare IP address, no blog mirror or content-farm copy.
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../lib/engine/sources';
import { GUIDE_SOURCES } from '../../lib/guide/guide-data';

/** Hosts known to copy other outlets' articles (found in the research notes) and blog platforms anyone can post on. */
const MIRROR_HOSTS = [
  'blogspot.com', 'dubaiofw.com', 'scamsnow.com', 'yaliqi.com', 'tajuknasional.com', 'gr888.co', 'sunwebhk.com', 'wordpress.com', 'medium.com',
  // Reprints of Tempo, Bernama, the Bangkok Post and an embassy notice, cited once instead of the original.
  'seputarasia.com', 'mcigroup.my', 'gentrybusinessleader.com', 'asiacity.news',
];
/** Small sites that carried an authority's words a major outlet or the authority itself also published. */
const SMALL_OUTLET_HOSTS = ['hkong.hk', 'logisticsnews.ph', 'pattayaone.news', 'mediabanten.com'];

function addressProblem(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'not an address';
  }
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[')) return 'bare IP address';
  const isOn = (hosts: readonly string[]) => hosts.some((listed) => host === listed || host.endsWith(`.${listed}`));
  if (isOn(MIRROR_HOSTS)) return 'mirror or content farm';
  if (isOn(SMALL_OUTLET_HOSTS)) return 'small outlet where a better source exists';
  if (!url.startsWith('https://')) return 'not https';
  return null;
}

describe('addressProblem', () => {
  it.each([
    ['http://8.210.172.137/news/sea/story', 'bare IP address'],
    ['https://[2001:db8::1]/a', 'bare IP address'],
    ['https://pia-ncr.blogspot.com/2026/06/x.html', 'mirror or content farm'],
    ['https://dubaiofw.com/dmw-flags', 'mirror or content farm'],
    ['https://www.mcigroup.my/2023/02/16/401-malaysian', 'mirror or content farm'],
    ['https://hkong.hk/2025/0212/32035.shtml', 'small outlet where a better source exists'],
    ['http://www.interpol.int/', 'not https'],
    ['https://www.interpol.int/en/News', null],
  ])('%s -> %s', (url, problem) => {
    expect(addressProblem(url)).toBe(problem);
  });
});

describe.each([
  ['engine sources', SOURCES as Record<string, { org: string; url: string }>],
  ['guide sources', GUIDE_SOURCES as Record<string, { org: string; url: string }>],
])('%s', (_name, sources) => {
  it.each(Object.entries(sources))('%s links to a real outlet and names who said it', (_id, source) => {
    expect(addressProblem(source.url)).toBeNull();
    expect(source.org.trim().length).toBeGreaterThan(1);
  });
});

it('the guide cites INTERPOL on interpol.int', () => {
  for (const source of Object.values(GUIDE_SOURCES)) if (source.org === 'INTERPOL') expect(new URL(source.url).hostname).toBe('www.interpol.int');
});
