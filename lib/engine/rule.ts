// The shape of a rule: data, not code. Each rule says what it matches, how it counts in the combination, why,
// on which official source it rests, and examples that must and must not match (checked by the rules meta-test).

import type { SignalCategory, Source } from './types';

/** ISO 639-1 codes of the languages the rules carry phrases for. */
export type LangCode =
  | 'en' | 'tl' | 'ms' | 'id' | 'vi' | 'th' | 'zh' | 'ko' | 'ja' | 'es' | 'pt' | 'fr' | 'ru' | 'sw' | 'hi' | 'bn'
  | 'ar' | 'am' | 'ne' | 'ta' | 'lo' | 'km' | 'my' | 'pl' | 'ur' | 'si';

/**
 * Phrases by language. A phrase is matched after normalisation (case, diacritics, width, Traditional/Simplified).
 * In space-delimited scripts a phrase must stand as whole words; a trailing `*` lets the last word go on
 * ("encoder*" matches "encoders"), a leading `*` lets the first word start earlier.
 */
export type PhraseList = Readonly<Partial<Record<LangCode, readonly string[]>>>;

/** Two phrase lists whose hits must occur within `within` characters of each other, in either order. */
export interface NearClause {
  readonly a: PhraseList;
  readonly b: PhraseList;
  readonly within: number;
  /** The pair must lie in one clause: no comma, full stop or semicolon between them ("tourist visa, free food"). */
  readonly sameClause?: boolean;
}

/**
 * How a rule's hits count in the combination (see score.ts):
 * - `hotspot`: a scam-compound destination (country, city, compound);
 * - `transit`: a place on the routes to them, or a vague "abroad" that alone says little;
 * - `core`: a full signal of its category;
 * - `minor`: counts only next to other signals (common in ordinary ads: free lodging, age limits);
 * - `decisive`: a phrase that is itself a lure (an ad openly offering scam work, "easy job, high pay").
 */
export type RuleRole = 'hotspot' | 'transit' | 'core' | 'minor' | 'decisive';

export interface Rule {
  /** Stable id, `<category>.<name>`: used as the i18n key of the explanation and in tests. */
  readonly id: string;
  readonly category: SignalCategory;
  readonly role: RuleRole;
  /** One line: why this is a warning sign. */
  readonly rationale: string;
  readonly source: Source;
  /** Any of these phrases. */
  readonly phrases?: PhraseList;
  /** Or any of these pairs of phrases close together. */
  readonly near?: readonly NearClause[];
  /** Hits closer than `within` characters to one of these phrases are ignored ("no free visa", "not required"). */
  readonly unless?: { readonly phrases: PhraseList; readonly within: number };
  /**
   * A computed detector instead of phrases (pay.ts): `salary` = amounts above what back-office work pays,
   * `foreign_currency` = pay in a currency foreign to the text's language.
   */
  readonly detector?: 'salary' | 'foreign_currency';
  /** Texts this rule must match, and texts it must not match (run by the rules meta-test). */
  readonly examples: { readonly match: readonly string[]; readonly noMatch: readonly string[] };
}
