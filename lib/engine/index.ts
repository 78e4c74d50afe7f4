// Job Lure Alert's scoring engine: pure TypeScript, no DOM, no extension API; runs the same in Node and the browser.
//
//   posting fields ──normalise (fold + offset map)──> Aho-Corasick over all rule phrases (one pass)
//        │                                                   │
//        └── findSalaries (pay.ts) ──────────┐      near-pairs, exclusions, evidence mapped back
//                                            ▼                   ▼
//                                   signals by category ──> combinations (score.ts) ──> Verdict

import { namesRegisteredEmployer, withoutCompanyNames } from './company-line';
import { compileRules, detect, type FieldText, type RuleHits } from './detect';
import { FRAMES_AFTER, FRAMES_BEFORE, FRAME_VOIDS } from './frames';
import { localAdPatternCues } from './local-ad';
import { LANGUAGE_HINTS, languagesFromUnitCounts } from './languages';
import { MITIGATIONS } from './mitigations';
import {
  PAY_AT_HOME_RULE,
  PAY_RULE,
  type FieldSalary,
  collectSalaries,
  findForeignCurrencyPay,
  findOutsizedPay,
  localCurrencies,
  statesModestPay,
  withoutLocalDollarSigns,
} from './pay';
import type { Rule } from './rule';
import { PHRASE_RULES } from './rules';
import { combine, SHORT_MESSAGE_CHARS, signalStrength } from './score';
import { POSTING_TEXT_FIELDS, type Posting, type PostingTextField, type SignalHit, type Verdict } from './types';

export type * from './types';
export type { Rule, RuleRole, PhraseList, NearClause, LangCode } from './rule';
export { COMBINATIONS, LEVEL_THRESHOLDS, PROXIMITY, MITIGATION_REASON, SINGLE_SIGNALS_REASON } from './score';
export { MITIGATIONS } from './mitigations';
export { normalise } from './normalise';

/** Every rule, phrase rules then the computed pay rule, in the order signals are listed. Read-only data. */
export const RULES: readonly Rule[] = Object.freeze([...PHRASE_RULES, PAY_RULE, PAY_AT_HOME_RULE]);

const PAY_RULE_INDEX = RULES.indexOf(PAY_RULE);
const PAY_AT_HOME_RULE_INDEX = RULES.indexOf(PAY_AT_HOME_RULE);
const RULE_STRENGTHS: readonly number[] = RULES.map((rule) => signalStrength(rule.category, rule.role, rule.id));
const TRANSIT_RULE_INDEX = RULES.findIndex((rule) => rule.id === 'destination.transit_route');
/**
 * The currency paid where each transit place is. A transit place paid only in its own currency is a local job there
 * ("Customer Service, Kuala Lumpur, RM2,800"), not a route onward: the routes the warnings describe pay in dollars
 * or in the recruit's own currency.
 */
const TRANSIT_PLACE_CURRENCIES: readonly (readonly [RegExp, string])[] = [
  [/malaysia|kuala lumpur|ma lai|马来西亚|말레이시아|マレーシア|मलेशिया|मलेसिया|মালয়েশিয়া|ماليزيا|மலேசியா/i, 'MYR'],
  [/thai|bangkok|mae sai|sa kaeo|泰国|曼谷|태국|방콕|タイ|バンコク|थाई|থাইল্যান্ড|ব্যাংকক|تايلا?ند|بانكوك|தாய்லாந்|ไทย|แม่สาย|สระแก้ว/i, 'THB'],
  [/hong kong/i, 'HKD'],
  [/viet|việt|da nang|đà nẵng|越南|베트남|ベトナム/i, 'VND'],
];

/**
 * The transit places that are the readers' own country, by the text's main language: "Thailand" in a Thai ad or
 * "Đà Nẵng" in a Vietnamese one is where the readers live, not a route abroad (the lure moves people from elsewhere).
 */
const OWN_COUNTRY_PLACES: Readonly<Partial<Record<string, RegExp>>> = {
  th: /thai|ไทย|bangkok|กรุงเทพ/i,
  vi: /viet|việt|da nang|đà nẵng|ho chi minh|hà nội|ha noi/i,
  ms: /malaysia|kuala lumpur|ma lai/i,
};

function isReadersOwnCountry(hit: RuleHits, mainLanguage: string | undefined): boolean {
  const own = mainLanguage === undefined ? undefined : OWN_COUNTRY_PLACES[mainLanguage];
  return own !== undefined && hit.evidence.every(({ text }) => own.test(text));
}

function isLocalJobInTransitPlace(hit: RuleHits, salaries: readonly FieldSalary[]): boolean {
  if (salaries.length === 0) return false;
  return hit.evidence.every(({ text }) => {
    const place = TRANSIT_PLACE_CURRENCIES.find(([pattern]) => pattern.test(text));
    return place !== undefined && salaries.every(({ mention, glossCurrency }) => mention.currency === place[1] && glossCurrency === undefined);
  });
}
const FOREIGN_CURRENCY_RULE_INDEX = RULES.findIndex((rule) => rule.detector === 'foreign_currency');
// Phrase rules and mitigations share one automaton; mitigations come after the rules.
// Advisory cues (frames.ts) cancel the rules' hits in their clause, never the mitigations'.
const COMPILED = compileRules(
  [...PHRASE_RULES, ...MITIGATIONS],
  LANGUAGE_HINTS,
  { before: FRAMES_BEFORE, after: FRAMES_AFTER, voids: FRAME_VOIDS },
  PHRASE_RULES.length,
);
const FIRST_MITIGATION = PHRASE_RULES.length;
/** Local-ad cue: the posting's pay is an ordinary local wage (pay.ts statesModestPay). */
const LOCAL_PAY_CUE = 'context.local_pay';
const SKILLED_ROLE_CUE = 'context.skilled_role';
const STATUTORY_BENEFITS_CUE = 'context.statutory_benefits';
const WORKING_HOURS_CUE = 'context.working_hours';
/** Rules that say the job needs no training (no experience, no degree, only typing). */
const isNoTrainingRule = (index: number): boolean => RULES[index]!.category === 'low_requirements';

function fieldsOf(posting: Posting): FieldText[] {
  const fields: FieldText[] = [];
  for (const field of POSTING_TEXT_FIELDS) {
    const value = posting[field];
    if (typeof value === 'string' && value.length > 0) fields.push({ field, text: value });
  }
  return fields;
}

/** Scores a posting, or a message (a string is read as `{ body }`). Deterministic: same input, same verdict. */
export function score(input: Posting | string): Verdict {
  const posting: Posting = typeof input === 'string' ? { body: input } : input;
  const fields = fieldsOf(posting);
  const detection = detect(COMPILED, fields);
  // Built on the first role hit only: most postings have none.
  let fieldTexts: Map<PostingTextField, string> | undefined;

  const ruleHits = new Map<number, RuleHits>();
  let mitigated = false;
  let payExpected = false;
  let namedWorkplace = false;
  const localCues = new Set<string>();
  for (const [index, hit] of detection.hits) {
    if (index < FIRST_MITIGATION) {
      let kept: RuleHits | undefined = hit;
      if (RULES[index]!.category === 'role') {
        fieldTexts ??= new Map(fields.map(({ field, text }) => [field, text]));
        kept = withoutCompanyNames(hit, fieldTexts);
      }
      if (kept) ruleHits.set(index, kept);
    } else {
      const mitigation = MITIGATIONS[index - FIRST_MITIGATION]!;
      const effect = mitigation.effect;
      if (effect === 'lower_level') mitigated = true;
      else if (effect === 'local_ad') localCues.add(mitigation.id);
      else if (effect === 'pay_expected') {
        payExpected = true;
        localCues.add('requirements');
      }
      else namedWorkplace = true;
    }
  }
  // A trained role earns its pay (a developer's USD salary, a nurse's), unless the ad asks for no training at all.
  if (localCues.has(SKILLED_ROLE_CUE) && ![...ruleHits.keys()].some(isNoTrainingRule)) payExpected = true;
  const languages = languagesFromUnitCounts(detection.unitCounts, detection.langCounts, detection.hintCounts);
  const salaries = withoutLocalDollarSigns(collectSalaries(fields), languages[0]);
  const transit = ruleHits.get(TRANSIT_RULE_INDEX);
  // The readers are the speakers of the text's two main languages: a Thai board's ad mixes Thai and English.
  const readers = languages.slice(0, 2);
  if (transit && (isLocalJobInTransitPlace(transit, salaries) || readers.some((language) => isReadersOwnCountry(transit, language)))) {
    ruleHits.delete(TRANSIT_RULE_INDEX);
  }
  // The readers' own currency is measured against its home market unless the posting points abroad.
  let namesDestination = false;
  for (const index of ruleHits.keys()) if (RULES[index]!.category === 'destination') namesDestination = true;
  const local = [...new Set(readers.flatMap((language) => localCurrencies(language, namesDestination)))];
  if (!payExpected) {
    const pay = findOutsizedPay(salaries, local);
    if (pay.abroad) ruleHits.set(PAY_RULE_INDEX, { ...pay.abroad, rule: PAY_RULE_INDEX });
    if (pay.atHome) ruleHits.set(PAY_AT_HOME_RULE_INDEX, { ...pay.atHome, rule: PAY_AT_HOME_RULE_INDEX });
  }
  const foreign = findForeignCurrencyPay(salaries, languages[0]);
  if (foreign) ruleHits.set(FOREIGN_CURRENCY_RULE_INDEX, { ...foreign, rule: FOREIGN_CURRENCY_RULE_INDEX });

  const modestPay = statesModestPay(salaries, local);
  if (modestPay) localCues.add(LOCAL_PAY_CUE);

  let textLength = 0;
  for (const length of detection.lengths.values()) textLength += length;
  const namesEmployer = textLength <= SHORT_MESSAGE_CHARS && namesRegisteredEmployer(fields);
  let structuralCuesAdded = false;
  const result = combine(RULES, ruleHits, {
    mitigated,
    textLength,
    statesRequirements: payExpected || namedWorkplace || namesEmployer,
    statesModestPay: modestPay,
    countLocalAdCues: () => {
      if (!structuralCuesAdded) for (const cue of localAdPatternCues(fields)) localCues.add(cue);
      structuralCuesAdded = true;
      return localCues.size;
    },
    statesEmployerTerms: localCues.has(STATUTORY_BENEFITS_CUE) || localCues.has(WORKING_HOURS_CUE),
  });
  const signals: SignalHit[] = [];
  for (const index of [...ruleHits.keys()].sort((a, b) => a - b)) {
    const rule = RULES[index]!;
    signals.push({ id: rule.id, category: rule.category, evidence: ruleHits.get(index)!.evidence, source: rule.source.url, authority: rule.source.org, strength: RULE_STRENGTHS[index]! });
  }
  // Strongest evidence first; rule order among equals (the sort is stable).
  signals.sort((a, b) => b.strength - a.strength);
  return {
    score: result.score,
    level: result.level,
    signals,
    reasons: result.reasons,
    languages,
    kind: result.kind,
  };
}
