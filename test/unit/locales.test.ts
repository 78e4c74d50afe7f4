// Every locale carries every English key, with the same substitutions, and nothing the browsers would
// misread. A key added to en without translations fails here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ABROAD_FACTS,
  CATEGORY_FACTS,
  HOTLINES,
  JOB_SCAM_FACTS,
  JOB_SCAM_HOTLINES,
  LICENCE_CHECKS,
  PH_GUIDANCE_FACTS,
  RESCUER_FACTS,
  SIGN_FACTS,
  SIGNAL_CATEGORIES,
  VERIFY_STEPS,
} from '../../lib/guide/guide-data';
import { LANGUAGE_CODES, htmlLang } from '../../lib/common/i18n';

const LOCALES_DIR = path.resolve('public/_locales');
type Table = Record<string, { message: string; description?: string; placeholders?: unknown }>;
const read = (locale: string): Table => JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));

const folders = readdirSync(LOCALES_DIR).sort();
const en = read('en');
const enKeys = Object.keys(en).sort();

/** The positional substitutions a message uses ($1…$9), sorted; `$$` is a literal dollar sign. */
export function substitutionsOf(message: string): string[] {
  return [...new Set([...message.replace(/\$\$/g, '').matchAll(/\$([1-9])/g)].map((match) => match[1]!))].sort();
}

describe('locale folders', () => {
  it('ship exactly the languages the UI offers', () => {
    expect(folders).toEqual([...LANGUAGE_CODES].sort());
  });

  it('include at least the languages the project promises', () => {
    for (const required of ['en', 'fil', 'id', 'ms', 'vi', 'th', 'zh_CN', 'zh_TW', 'ko', 'ja']) expect(folders).toContain(required);
  });
});

describe.each(folders)('locale %s', (locale) => {
  const table = read(locale);

  it('has every English key and no key English lacks', () => {
    const keys = Object.keys(table).sort();
    expect(enKeys.filter((key) => !(key in table)), 'missing keys').toEqual([]);
    expect(keys.filter((key) => !(key in en)), 'keys English lacks').toEqual([]);
  });

  it('uses the same substitutions as English in every message', () => {
    const differing = enKeys
      .filter((key) => table[key])
      .filter((key) => substitutionsOf(table[key]!.message).join() !== substitutionsOf(en[key]!.message).join());
    expect(differing).toEqual([]);
  });

  it('has only well-formed messages: non-empty, valid key names, no named placeholders, no stray $', () => {
    for (const [key, entry] of Object.entries(table)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(typeof entry.message, key).toBe('string');
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.placeholders, `${key}: use $1…$9 instead of named placeholders`).toBeUndefined();
      expect(entry.message.replace(/\$\$|\$[1-9]/g, ''), `${key}: a lone $ must be written $$`).not.toContain('$');
    }
  });

  it('names its own language tag in html_lang', () => {
    expect(table.html_lang?.message).toBe(htmlLang(locale as never));
  });
});

describe('keys the code reads', () => {
  it('exist in English: levels, categories, reasons and every guide sentence', () => {
    const needed = [
      ...['high', 'medium', 'low', 'none'].map((level) => `level_${level}`),
      ...['high', 'medium', 'low', 'none'].map((level) => `check_summary_${level}`),
      ...SIGNAL_CATEGORIES.flatMap((category) => [`category_${category}`, `reason_${category}`]),
      ...[...SIGN_FACTS, ...PH_GUIDANCE_FACTS, ...VERIFY_STEPS, ...HOTLINES, ...ABROAD_FACTS, ...RESCUER_FACTS].map((fact) => fact.key),
      ...[...JOB_SCAM_FACTS, ...LICENCE_CHECKS, ...JOB_SCAM_HOTLINES].map((fact) => fact.key),
      'job_scam_headline',
      'job_scam_guidance',
      'warning_advice_job_scam',
      'warning_guide_job_scams',
      'guide_job_scams_title',
      'guide_job_scams_licence_heading',
      'guide_job_scams_report_heading',
      ...Object.values(CATEGORY_FACTS).map((fact) => fact.key),
      'share_text',
      'share_help_fallback',
    ];
    expect(needed.filter((key) => !(key in en))).toEqual([]);
  });

  it('cover every signal category of the engine contract', () => {
    // SIGNAL_CATEGORIES comes from a Record<SignalCategory, ...>, so the compiler holds it to the full union.
    // Ten signs of a trafficking lure and six of other job scams (issue 10).
    expect(SIGNAL_CATEGORIES).toHaveLength(16);
  });

  it('never call a job scam trafficking, in any language', () => {
    // The job-scam headline, guidance and advice stand for a verdict that is not about trafficking.
    const TRAFFICKING_WORDS = /traffick|(?:per|pemer)dagangan orang|mua bán người|buôn bán người|ค้ามนุษย์|人口贩运|人口贩卖|人口販運|인신매매|人身取引/i;
    for (const locale of folders) {
      const table = read(locale);
      // The words are the ones each locale uses for trafficking: its lure headline holds them.
      expect(table.warning_title_high?.message, locale).toMatch(TRAFFICKING_WORDS);
      for (const key of ['job_scam_headline', 'job_scam_guidance', 'warning_advice_job_scam']) {
        expect(table[key]?.message, `${locale} ${key}`).not.toMatch(TRAFFICKING_WORDS);
      }
    }
  });
});
