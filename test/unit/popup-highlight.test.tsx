// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HighlightedText } from '../../components/common/HighlightedText';
import { normaliseRanges, segmentText } from '../../components/common/highlight';
import { siteOfUrl } from '../../components/popup/site-of-url';

afterEach(() => cleanup());

describe('segmentText', () => {
  it('marks the evidence and keeps the rest as plain text', () => {
    expect(segmentText('Work in Cambodia via Telegram', [{ start: 8, end: 16 }, { start: 21, end: 29 }])).toEqual([
      { text: 'Work in ', marked: false },
      { text: 'Cambodia', marked: true },
      { text: ' via ', marked: false },
      { text: 'Telegram', marked: true },
    ]);
  });

  it('merges overlapping ranges and drops empty, reversed or out-of-range ones', () => {
    expect(normaliseRanges([{ start: 5, end: 9 }, { start: 2, end: 6 }, { start: 7, end: 7 }, { start: 9, end: 3 }, { start: 40, end: 50 }, { start: -3, end: 1 }], 20)).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 9 },
    ]);
  });

  it('marks the words inside a combination span rather than the whole span', () => {
    // "Customer Service Representative in Cambodia": role at 0-16, destination at 35-43, their combination 0-43.
    expect(normaliseRanges([{ start: 0, end: 43 }, { start: 0, end: 16 }, { start: 35, end: 43 }], 43)).toEqual([
      { start: 0, end: 16 },
      { start: 35, end: 43 },
    ]);
  });

  it('always gives back exactly the original text, whatever the ranges', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) })), (text, ranges) => {
        expect(segmentText(text, ranges).map((segment) => segment.text).join('')).toBe(text);
      }),
    );
  });
});

describe('HighlightedText', () => {
  it('renders marks as <mark> and page text as text nodes', () => {
    const { container } = render(<HighlightedText text="<b>free flight</b> to Laos" ranges={[{ start: 22, end: 26 }]} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('Laos');
    expect(container.textContent).toBe('<b>free flight</b> to Laos');
  });
});

describe('siteOfUrl', () => {
  it.each([
    ['https://www.linkedin.com/jobs/view/1', 'linkedin'],
    ['https://ph.jobstreet.com/job/123', 'jobstreet'],
    ['https://web.telegram.org/k/#@someone', 'telegram'],
    ['https://www.facebook.com/groups/123', 'facebook'],
    ['https://www.facebook.com/messages/t/123', 'messenger'],
    ['https://x.com/search?q=jobs', 'x'],
  ])('%s belongs to %s', (url, id) => {
    expect(siteOfUrl(url)?.id).toBe(id);
  });

  it.each(['https://example.org/', 'https://notlinkedin.com/', 'chrome://extensions', 'not a url', ''])('%s is no supported site', (url) => {
    expect(siteOfUrl(url)).toBeNull();
  });
});
