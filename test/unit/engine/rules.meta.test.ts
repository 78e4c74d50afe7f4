// Holds every rule to the project's rule contract: a unique stable id in its category, an official source with an
// address and a date, examples of both kinds that behave as stated, and phrases that compile.
import { describe, expect, it } from 'vitest';
import { MITIGATIONS, RULES, score } from '../../../lib/engine';
import { compilePhrase } from '../../../lib/engine/detect';
import type { PhraseList } from '../../../lib/engine/rule';
import type { SignalCategory } from '../../../lib/engine/types';

const CATEGORIES: readonly SignalCategory[] = [
  'destination', 'role', 'pay', 'employer_pays', 'low_requirements', 'irregular_travel', 'off_platform',
  'urgency_secrecy', 'document_request', 'scam_work',
  'upfront_fee', 'task_scheme', 'easy_money', 'unverifiable_employer', 'payment_details', 'unlicensed_recruitment',
];

function allPhrases(list: PhraseList | undefined): string[] {
  return list ? Object.values(list).flatMap((phrases) => [...(phrases ?? [])]) : [];
}

describe('rules meta-test', () => {
  it('has unique ids of the form <category>.<name>', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(CATEGORIES).toContain(rule.category);
      expect(rule.id).toMatch(new RegExp(`^${rule.category}\\.[a-z_]+$`));
    }
  });

  it('covers every signal category', () => {
    for (const category of CATEGORIES) expect(RULES.some((r) => r.category === category), category).toBe(true);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s cites a dated official source and says why', (_id, rule) => {
    expect(rule.source.org.length).toBeGreaterThan(1);
    expect(rule.source.title.length).toBeGreaterThan(5);
    expect(rule.source.url).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+$/);
    expect(rule.source.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(rule.rationale.length).toBeGreaterThan(20);
    expect(rule.rationale).not.toMatch(/\n/);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s matches something and its phrases compile', (_id, rule) => {
    const phrases = [...allPhrases(rule.phrases), ...(rule.near ?? []).flatMap((c) => [...allPhrases(c.a), ...allPhrases(c.b)])];
    if (rule.detector === undefined) expect(phrases.length).toBeGreaterThan(0);
    else expect(phrases).toEqual([]);
    for (const phrase of phrases) {
      const term = compilePhrase(phrase);
      expect(term.text.length, phrase).toBeGreaterThan(0);
      // Phrases are literal text, never patterns: the matcher cannot backtrack. A '+' standing as a word
      // ("$800 + commission") is text; one after a letter reads as a quantifier.
      expect(phrase, phrase).not.toMatch(/[\\[\](){}?^]|[^\s]\+/);
    }
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s fires on its own match examples', (_id, rule) => {
    expect(rule.examples.match.length).toBeGreaterThan(0);
    for (const text of rule.examples.match) {
      const ids = score(text).signals.map((s) => s.id);
      expect(ids, text).toContain(rule.id);
    }
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s stays silent on its own no-match examples', (_id, rule) => {
    expect(rule.examples.noMatch.length).toBeGreaterThan(0);
    for (const text of rule.examples.noMatch) {
      const ids = score(text).signals.map((s) => s.id);
      expect(ids, text).not.toContain(rule.id);
    }
  });

  it('gives every mitigation a source, examples and a visible effect', () => {
    for (const mitigation of MITIGATIONS) {
      expect(mitigation.source.url).toMatch(/^https?:\/\//);
      expect(mitigation.examples.match.length).toBeGreaterThan(0);
      expect(mitigation.examples.noMatch.length).toBeGreaterThan(0);
    }
  });

  it('exposes the rules as read-only data', () => {
    expect(Object.isFrozen(RULES)).toBe(true);
  });
});
