import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  answerGetMessages,
  currentLanguage,
  isGetMessages,
  loadLanguageVia,
  formatMessage,
  htmlLang,
  isLanguageCode,
  loadLanguage,
  matchLanguage,
  parseMessageTable,
  t,
  translatorFor,
  useMessages,
} from '../../lib/common/i18n';

beforeEach(() => {
  fakeBrowser.reset();
  useMessages(null);
});

describe('formatMessage', () => {
  it('substitutes $1…$9 and turns $$ into a dollar sign', () => {
    expect(formatMessage('Check postings on $1', ['LinkedIn'])).toBe('Check postings on LinkedIn');
    expect(formatMessage('$2 before $1', ['a', 'b'])).toBe('b before a');
    expect(formatMessage('US$$1,500 a month')).toBe('US$1,500 a month');
    expect(formatMessage('Only $1 characters', [20000])).toBe('Only 20000 characters');
  });

  it('leaves a substitution nobody supplied as written', () => {
    expect(formatMessage('Help: $1')).toBe('Help: $1');
  });
});

describe('matchLanguage', () => {
  it.each([
    ['en-US', 'en'],
    ['fil', 'fil'],
    ['tl-PH', 'fil'],
    ['in', 'id'],
    ['id-ID', 'id'],
    ['ms-MY', 'ms'],
    ['vi', 'vi'],
    ['th-TH', 'th'],
    ['zh', 'zh_CN'],
    ['zh-CN', 'zh_CN'],
    ['zh-Hans-SG', 'zh_CN'],
    ['zh-TW', 'zh_TW'],
    ['zh-Hant', 'zh_TW'],
    ['zh_HK', 'zh_TW'],
    ['ko-KR', 'ko'],
    ['ja', 'ja'],
  ])('%s -> %s', (tag, expected) => {
    expect(matchLanguage(tag)).toBe(expected);
  });

  it('returns null for a language not shipped', () => {
    expect(matchLanguage('de-DE')).toBeNull();
    expect(matchLanguage('')).toBeNull();
  });

  it('knows the locale folder names and their lang attributes', () => {
    expect(isLanguageCode('zh_TW')).toBe(true);
    expect(isLanguageCode('zh-TW')).toBe(false);
    expect(htmlLang('zh_TW')).toBe('zh-TW');
  });
});

describe('override table', () => {
  it('t reads the loaded table and substitutes', () => {
    useMessages({ popup_site_toggle: { message: 'Suriin ang mga post sa $1' } }, 'fil');
    expect(t('popup_site_toggle', ['Facebook'])).toBe('Suriin ang mga post sa Facebook');
    expect(currentLanguage()).toBe('fil');
  });

  it('translatorFor uses its own table, independent of the page language', () => {
    useMessages({ share_text: { message: 'page language: $1' } }, 'en');
    const japanese = translatorFor({ share_text: { message: '相談先：$1' } });
    expect(japanese('share_text', ['1343'])).toBe('相談先：1343');
    expect(t('share_text', ['1343'])).toBe('page language: 1343');
  });

  it('parseMessageTable rejects malformed locale files with a clear message', () => {
    expect(() => parseMessageTable([], 'x.json')).toThrow(/expected an object/);
    expect(() => parseMessageTable({ a: { text: 'no message' } }, 'x.json')).toThrow(/"a" has no text/);
    expect(parseMessageTable({ a: { message: 'ok', description: 'dropped' } }, 'x.json')).toEqual({ a: { message: 'ok' } });
  });
});

describe('loadLanguage', () => {
  it('fetches the chosen locale from the extension package and uses it', async () => {
    const fetchMock = vi.fn(async (url: string) => {
      expect(url).toMatch(/\/_locales\/vi\/messages\.json$/);
      return new Response(JSON.stringify({ check_button: { message: 'Kiểm tra' } }));
    });
    vi.stubGlobal('fetch', fetchMock);
    await expect(loadLanguage('vi')).resolves.toBe('vi');
    expect(t('check_button')).toBe('Kiểm tra');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('accepts a BCP 47 tag such as a ?lang= parameter', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ check_button: { message: '檢查' } }))));
    await expect(loadLanguage('zh-Hant-TW')).resolves.toBe('zh_TW');
    expect(t('check_button')).toBe('檢查');
    vi.unstubAllGlobals();
  });

  it('keeps the browser language when the locale cannot be loaded, and says so', async () => {
    useMessages({ check_button: { message: 'stale' } }, 'ko');
    vi.stubGlobal('fetch', vi.fn(async () => new Response('not json', { status: 404 })));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await loadLanguage('ko');
    expect(logged).toHaveBeenCalled();
    expect(currentLanguage()).not.toBe('ko');
    vi.unstubAllGlobals();
  });

  it("'' clears the override", async () => {
    useMessages({ check_button: { message: 'x' } }, 'ja');
    await loadLanguage('');
    expect(currentLanguage()).not.toBe('ja');
  });
});

describe('language override in content scripts', () => {
  it('asks the background for the table and uses it', async () => {
    const send = vi.fn(async (message: unknown) => {
      expect(message).toEqual({ type: 'get-messages', language: 'th' });
      return { warning_why: { message: 'ทำไม?' } };
    });
    await expect(loadLanguageVia('th', send)).resolves.toBe('th');
    expect(t('warning_why')).toBe('ทำไม?');
  });

  it('keeps the browser language when the answer is missing or malformed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await loadLanguageVia('ko', async () => null);
    expect(currentLanguage()).not.toBe('ko');
    await loadLanguageVia('ko', async () => ({ warning_why: 42 }));
    expect(currentLanguage()).not.toBe('ko');
  });

  it('the background answers only well-formed requests, from the package', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ warning_why: { message: 'なぜ？' } }))));
    await expect(answerGetMessages({ type: 'get-messages', language: 'ja' })).resolves.toEqual({ warning_why: { message: 'なぜ？' } });
    await expect(answerGetMessages({ type: 'get-messages', language: '../../secrets' })).resolves.toBeNull();
    await expect(answerGetMessages({ type: 'page-report' })).resolves.toBeNull();
    expect(isGetMessages({ type: 'get-messages', language: 'zh_TW' })).toBe(true);
    vi.unstubAllGlobals();
  });
});
