// Combination logic: which signals together make a posting risky, and how much.
//
// Single signals are common in ordinary ads (a Phnom Penh accountant job, a Manila BPO, free lodging in a
// factory ad). What the official warnings describe is a combination: a scam-compound destination together with
// free travel, outsized pay or back-office bait, or an irregular route. Each combination below has a stable id
// that becomes one of the verdict's reasons; the level is the highest combination that fired.

import { collectFacets, compileCombinations, fireAll, maskOf, presentIn, rank, SHORT_SUFFIX, type Combination, type Facet } from './combination';
import type { RuleHits } from './detect';
import type { Rule, RuleRole } from './rule';
import { combineJobScam } from './score-job-scam';
import type { Level, SignalCategory, VerdictKind } from './types';

export type { Combination, Facet } from './combination';
export { PROXIMITY } from './combination';

const WORK_IN_HOTSPOT_RULE = 'destination.work_in_hotspot';
/** Casino, online-gaming and "game promotion" jobs: a minor role that is also its own facet (see CASINO combination). */
const CASINO_ROLE_RULE = 'role.casino_gaming';
const OUTSIZED_PAY_RULE = 'pay.outsized_salary';
/** Pay stated as a multiple of a wage ("three times the salary") counts as an outsized figure. */
const MULTIPLIED_PAY_RULE = 'pay.multiplied_pay';
/** An outsized figure in the readers' own currency, no job abroad named (pay.ts PAY_AT_HOME_RULE). */
const PAY_AT_HOME_RULE = 'pay.outsized_salary_at_home';
/** A lure described as a promise in a report ("lured with jobs as..."): a soft pay claim that is also its own facet. */
const PROMISED_JOB_RULE = 'pay.promised_job';
const COMMISSION_RULE = 'pay.commission_on_top';
const DEBT_RULE = 'pay.debt_way_out';

/** The easy-money rules that are not a pay claim ('quick_pay'). */
const EASY_MONEY_FACETS: Readonly<Record<string, Facet>> = {
  'easy_money.work_from_home': 'from_home',
  // Little effort is the frame of the offer, as working from home is: both count only next to pay.
  'easy_money.little_effort': 'from_home',
  'easy_money.home_task_job': 'home_task',
  'easy_money.money_moving_job': 'home_task',
  'easy_money.income_pitch': 'income_pitch',
};

/** The facet a rule's hit stands for. */
export function facetOf(category: SignalCategory, role: RuleRole, id: string): Facet {
  switch (category) {
    case 'destination':
      if (id === WORK_IN_HOTSPOT_RULE) return 'hotspot_offer';
      return role === 'hotspot' ? 'hotspot' : 'transit';
    case 'role':
      if (role === 'decisive') return 'gambling_role';
      if (id === CASINO_ROLE_RULE) return 'casino';
      return role === 'core' ? 'role' : 'role_minor';
    case 'pay':
      if (role === 'decisive') return 'easy_high_pay';
      if (id === OUTSIZED_PAY_RULE || id === MULTIPLIED_PAY_RULE) return 'pay';
      if (id === PAY_AT_HOME_RULE) return 'pay_home';
      if (id === PROMISED_JOB_RULE) return 'promised_job';
      if (id === COMMISSION_RULE) return 'commission';
      if (id === DEBT_RULE) return 'debt_bait';
      return role === 'core' ? 'pay_claim' : 'pay_claim_minor';
    case 'employer_pays':
      return role === 'core' ? 'travel_paid' : 'board_paid';
    case 'low_requirements':
      return role === 'core' ? 'low_req' : 'low_req_minor';
    case 'irregular_travel':
      return 'irregular';
    case 'off_platform':
      return role === 'core' ? 'telegram' : 'messaging';
    case 'urgency_secrecy':
      return role === 'core' ? 'secrecy' : 'rushed';
    case 'document_request':
      return role === 'core' || id === 'document_request.body_photo' ? 'body_photo' : 'passport';
    case 'scam_work':
      return 'scam_work';
    // Job-scam signs: scored by score-job-scam.ts, never part of a trafficking combination.
    case 'upfront_fee':
      return 'fee';
    case 'task_scheme':
      return role === 'decisive' ? 'task_deposit' : 'paid_clicks';
    case 'easy_money':
      return EASY_MONEY_FACETS[id] ?? 'quick_pay';
    case 'unverifiable_employer':
      return id === 'unverifiable_employer.free_email' ? 'free_email' : 'chat_interview';
    case 'payment_details':
      return id === 'payment_details.bank_or_wallet' ? 'bank_details' : 'forward_funds';
    case 'unlicensed_recruitment':
      return id === 'unlicensed_recruitment.cruise_ship_job' ? 'cruise_job' : 'direct_hire';
  }
}

// --- Thresholds and constants, in one place. ---

/** The same, for pairs that are common in ordinary ads unless written as one phrase ("customer service in Thailand"). */
export const TIGHT_PROXIMITY = 60;
/** Close enough to be one sentence of an offer ("RM5,000 to work as customer service officers"). */
const SENTENCE_PROXIMITY = 150;
/** A text this short (normalised characters, all fields) is a message or a one-line post, not a full job ad. */
export const SHORT_MESSAGE_CHARS = 300;
/** Score range of each level; the score grows within it with the number of distinct signals. */
export const LEVEL_BASE: Readonly<Record<Level, number>> = { none: 0, low: 15, medium: 45, high: 75 };
/** The lowest score of each level: the score always lies in its level's band. */
export const LEVEL_THRESHOLDS: Readonly<Record<Exclude<Level, 'none'>, number>> = { low: LEVEL_BASE.low, medium: LEVEL_BASE.medium, high: LEVEL_BASE.high };
const LEVEL_CEILING: Readonly<Record<Level, number>> = { none: 0, low: 39, medium: 69, high: 100 };
const POINTS_PER_EXTRA_FACET = 5;

const ANY_OFFER_FACET: readonly Facet[] = [
  'hotspot', 'transit', 'role', 'pay', 'pay_claim', 'pay_claim_minor', 'travel_paid', 'board_paid', 'low_req', 'low_req_minor', 'irregular',
  'telegram', 'messaging', 'rushed', 'role_minor', 'passport',
];

const GAMBLING_OFFER_FACETS: readonly Facet[] = ['hotspot', 'transit', 'pay', 'pay_claim', 'travel_paid', 'low_req', 'irregular', 'telegram'];

/**
 * Facets that count wherever another does: a casino job wherever a minor role, a promised job wherever a soft pay
 * claim, an outsized figure at home wherever one abroad (except in PAY_ABROAD_ONLY).
 */
const COUNTS_AS: readonly (readonly [also: Facet, wherever: Facet])[] = [
  ['casino', 'role_minor'],
  ['promised_job', 'pay_claim_minor'],
  ['pay_home', 'pay'],
];
/**
 * Combinations where a figure at home does not stand for outsized pay: a back-office role paid well at home is a local
 * job, and LINE, Zalo or WeChat next to a home wage is how ordinary employers there take applications.
 */
const PAY_ABROAD_ONLY: ReadonlySet<string> = new Set(['combo.role+pay', 'combo.pay+off_platform']);

function withFacetsThatCountAs(combos: readonly Combination[]): Combination[] {
  return combos.map((combo) => ({
    ...combo,
    all: combo.all.map((group) => {
      let out = group;
      for (const [also, wherever] of COUNTS_AS) {
        if (also === 'pay_home' && PAY_ABROAD_ONLY.has(combo.id)) continue;
        if (out.includes(wherever) && !out.includes(also)) out = [...out, also];
      }
      return out;
    }),
  }));
}

/** The combinations, strongest first. Sources: see each rule; the pairings follow DMW, BI, DFA, PDRM and IOM. */
export const COMBINATIONS: readonly Combination[] = withFacetsThatCountAs([
  // A scam-compound destination with the bait the warnings describe.
  { id: 'combo.destination+employer_pays', level: 'high', all: [['hotspot'], ['travel_paid']], near: false },
  { id: 'combo.destination+pay', level: 'high', all: [['hotspot'], ['pay', 'pay_claim', 'pay_claim_minor', 'easy_high_pay']], near: false },
  { id: 'combo.destination+role', level: 'high', all: [['hotspot'], ['role']], near: true },
  { id: 'combo.destination+low_requirements', level: 'high', all: [['hotspot'], ['low_req']], near: true },
  { id: 'combo.destination+irregular_travel', level: 'high', all: [['hotspot', 'transit'], ['irregular']], near: false },
  { id: 'combo.destination+secrecy', level: 'high', all: [['hotspot', 'transit'], ['secrecy', 'body_photo']], near: false },
  // Ads that are lures in themselves.
  { id: 'combo.scam_work+offer', level: 'high', all: [['scam_work'], ANY_OFFER_FACET], near: true },
  // A way out of debt offered with a job, a place or pay: the debt-targeting recruitment of Korea, Taiwan, Hong Kong.
  { id: 'combo.debt_bait+offer', level: 'high', all: [['debt_bait'], ANY_OFFER_FACET], near: true },
  { id: 'combo.easy_high_pay+offer', level: 'high', all: [['easy_high_pay'], ANY_OFFER_FACET], near: true },
  // Told to pass immigration as a tourist, and to keep it secret or leave the passport with the recruiter (BI; IOM).
  { id: 'combo.irregular_travel+secrecy', level: 'high', all: [['irregular'], ['secrecy', 'body_photo']], near: true },
  { id: 'combo.irregular_travel+offer', level: 'high', all: [['irregular'], ['role', 'pay', 'pay_claim', 'travel_paid', 'low_req', 'telegram']], near: true },
  // A route abroad with bait, no named compound.
  { id: 'combo.transit+role+pay', level: 'high', all: [['transit'], ['role', 'role_minor'], ['pay', 'pay_claim']], near: true },
  { id: 'combo.transit+employer_pays+pay', level: 'high', all: [['transit'], ['travel_paid', 'board_paid'], ['pay', 'pay_claim']], near: true },
  { id: 'combo.transit+role+employer_pays', level: 'high', all: [['transit'], ['role', 'role_minor'], ['travel_paid', 'board_paid']], near: true },
  { id: 'combo.transit+employer_pays_travel', level: 'high', all: [['transit'], ['travel_paid'], ['role', 'role_minor', 'low_req', 'low_req_minor', 'board_paid', 'telegram', 'rushed']], near: true },
  // Bait without a place: outsized pay for back-office work, with everything paid.
  { id: 'combo.role+pay+employer_pays', level: 'high', all: [['role'], ['pay'], ['travel_paid', 'board_paid']], near: true },
  { id: 'combo.role+pay_claim+travel_paid', level: 'high', all: [['role', 'role_minor'], ['pay_claim', 'pay'], ['travel_paid']], near: true },
  { id: 'combo.pay+travel_paid+low_requirements', level: 'high', all: [['pay', 'pay_claim'], ['travel_paid'], ['low_req', 'low_req_minor', 'rushed', 'passport']], near: true },
  { id: 'combo.pay_claim+travel_paid', level: 'high', all: [['pay_claim'], ['travel_paid']], near: true },
  { id: 'combo.employer_pays+low_requirements', level: 'high', all: [['travel_paid'], ['board_paid', 'pay', 'pay_claim'], ['low_req']], near: true },
  // IOM's first signs together: someone covers the travel and the board, and the pay is said to be very good.
  { id: 'combo.pay_claim+employer_pays_all', level: 'high', all: [['pay', 'pay_claim', 'pay_claim_minor'], ['travel_paid'], ['board_paid']], near: true },
  // "Only typing speed and a passport" (Kemlu, via Tempo): work that needs no skill but a passport is work abroad.
  { id: 'combo.low_requirements+passport', level: 'high', all: [['low_req'], ['passport']], near: SENTENCE_PROXIMITY },
  { id: 'combo.role+pay', level: 'high', all: [['role'], ['pay', 'pay_claim']], near: SENTENCE_PROXIMITY },
  // A report of the lure itself: victims "lured with" or "promised" back-office jobs, or jobs in a hotspot or abroad.
  { id: 'combo.promised_job+role_or_place', level: 'high', all: [['promised_job'], ['role', 'role_minor', 'casino', 'hotspot', 'transit']], near: SENTENCE_PROXIMITY },
  // Casino or "game promotion" work with the board paid and big commission: the compounds' gaming fronts (UNODC).
  { id: 'combo.casino+pay_claim+board', level: 'high', all: [['casino'], ['pay', 'pay_claim', 'pay_claim_minor', 'commission'], ['board_paid', 'travel_paid']], near: true },
  // Gambling support or promotion work is illegal at home for most readers: it is done abroad, where compounds run it.
  { id: 'combo.gambling_role+offer', level: 'high', all: [['gambling_role'], GAMBLING_OFFER_FACETS], near: true },
  // A short message that is all pay: a figure out of proportion with a claim of high pay, or with commission on top.
  { id: 'combo.pay+pay_claim', level: 'high', all: [['pay'], ['pay_claim', 'easy_high_pay']], near: SENTENCE_PROXIMITY, shortOnly: true, unlessModestPay: true },
  { id: 'combo.pay+commission', level: 'high', all: [['pay', 'pay_claim'], ['commission']], near: SENTENCE_PROXIMITY, shortOnly: true, unlessModestPay: true },

  // Medium: two signs together, worth a look.
  { id: 'combo.destination+context', level: 'medium', all: [['hotspot'], ['role_minor', 'board_paid', 'telegram', 'messaging', 'rushed', 'passport', 'low_req_minor']], near: true, shortLevel: 'high' },
  { id: 'combo.transit+role', level: 'medium', all: [['transit'], ['role']], near: TIGHT_PROXIMITY, shortLevel: 'high' },
  { id: 'combo.transit+pay', level: 'medium', all: [['transit'], ['pay', 'pay_claim', 'pay_claim_minor']], near: SENTENCE_PROXIMITY, shortLevel: 'high' },
  { id: 'combo.destination+bare_offer', level: 'medium', all: [['hotspot_offer']], near: false, shortOnly: true, shortLevel: 'high' },
  { id: 'combo.transit+role+profile', level: 'medium', all: [['transit'], ['role', 'role_minor'], ['low_req', 'low_req_minor']], near: true, shortLevel: 'high' },
  { id: 'combo.role+pay_claim+board', level: 'medium', all: [['role', 'role_minor', 'gambling_role'], ['pay_claim', 'pay_claim_minor'], ['board_paid']], near: SENTENCE_PROXIMITY, shortOnly: true },
  // "Easy work, high pay" written out: an outsized figure for work that needs only typing or a phone.
  { id: 'combo.pay+low_requirements', level: 'medium', all: [['pay'], ['low_req']], near: SENTENCE_PROXIMITY, shortLevel: 'high' },
  // A back-office role paid above the home market with no job abroad named: worth a look, not a lure by itself.
  // A casino or gaming job sold on its pay: worth a look (the board or a destination makes it high).
  { id: 'combo.casino+pay_claim', level: 'medium', all: [['casino'], ['pay_claim', 'pay_claim_minor', 'commission']], near: SENTENCE_PROXIMITY, shortLevel: 'high' },
  { id: 'combo.role+pay_at_home', level: 'medium', all: [['role'], ['pay_home']], near: SENTENCE_PROXIMITY, shortLevel: 'high' },
  // "High pay, light work" written apart: a claim of high pay for work said to need nothing.
  { id: 'combo.pay_claim+low_requirements', level: 'medium', all: [['pay_claim', 'pay_claim_minor'], ['low_req']], near: SENTENCE_PROXIMITY, shortLevel: 'high' },
  { id: 'combo.role+pay_claim', level: 'medium', all: [['role_minor'], ['pay_claim']], near: SENTENCE_PROXIMITY, shortLevel: 'high' },
  { id: 'combo.role+pay_claim_minor', level: 'medium', all: [['role'], ['pay_claim_minor']], near: SENTENCE_PROXIMITY },
  { id: 'combo.pay+board_paid', level: 'medium', all: [['pay'], ['board_paid']], near: SENTENCE_PROXIMITY, shortLevel: 'high' },
  { id: 'combo.pay_claim+board_paid', level: 'medium', all: [['pay_claim'], ['board_paid']], near: SENTENCE_PROXIMITY, shortLevel: 'high' },
  { id: 'combo.pay+off_platform', level: 'medium', all: [['pay'], ['telegram', 'messaging']], near: true, shortLevel: 'high' },
  { id: 'combo.pay_at_home+telegram', level: 'medium', all: [['pay_home'], ['telegram']], near: true, shortLevel: 'high' },
  { id: 'combo.transit+travel_paid', level: 'medium', all: [['transit'], ['travel_paid']], near: true },
  { id: 'combo.role+travel_paid', level: 'medium', all: [['role'], ['travel_paid']], near: TIGHT_PROXIMITY, shortLevel: 'high' },
  { id: 'combo.telegram+offer', level: 'medium', all: [['telegram'], ['role', 'pay', 'pay_claim', 'travel_paid', 'low_req']], near: true },
  { id: 'combo.secrecy+offer', level: 'medium', all: [['secrecy', 'body_photo'], ANY_OFFER_FACET], near: true },
  { id: 'combo.scam_work', level: 'medium', all: [['scam_work']], near: false, shortLevel: 'high' },
  { id: 'combo.gambling_role', level: 'medium', all: [['gambling_role']], near: false, shortLevel: 'high' },
  { id: 'combo.debt_bait', level: 'medium', all: [['debt_bait']], near: false },
  { id: 'combo.easy_high_pay', level: 'medium', all: [['easy_high_pay']], near: false },
  { id: 'combo.irregular_travel', level: 'medium', all: [['irregular']], near: false },
]);

/** The trafficking combinations with their bit masks. */
const TRAFFICKING = compileCombinations(COMBINATIONS);

export interface CombinationResult {
  level: Level;
  score: number;
  reasons: string[];
  kind: VerdictKind;
}

/** What the posting says beside its signals, as index.ts reads it. */
export interface PostingContext {
  /** An official or licensed channel is named (mitigations.ts, lower_level). */
  mitigated: boolean;
  /** Normalised characters in all fields. */
  textLength: number;
  /** Requirements, a workplace or a registered employer are stated: a short text is a terse ad, not a bare offer. */
  statesRequirements: boolean;
  /** The pay stated is an ordinary wage (pay.ts statesModestPay). */
  statesModestPay: boolean;
  /** Kinds of local-ad cue; asked only when a level might be capped (the structural ones cost a pattern scan). */
  countLocalAdCues: () => number;
  /** Statutory benefits or set working hours: what a registered employer owes. */
  statesEmployerTerms: boolean;
}

export function combine(
  rules: readonly Rule[],
  hits: ReadonlyMap<number, RuleHits>,
  { mitigated, textLength, statesRequirements, statesModestPay, countLocalAdCues, statesEmployerTerms }: PostingContext,
): CombinationResult {
  // A short text that states real requirements (a degree, years of experience) is a terse ad, not a bare offer.
  const short = textLength <= SHORT_MESSAGE_CHARS && !statesRequirements;
  const facets = collectFacets(rules, hits, (rule) => facetOf(rule.category, rule.role, rule.id));
  if (facets.size === 0) return { level: 'none', score: 0, reasons: [], kind: 'trafficking' };
  const present = presentIn(TRAFFICKING, facets);
  const fired = fireAll(TRAFFICKING, facets, present, { short, modestPay: statesModestPay, from: 'low', stopAtMediumOnceHigh: true });
  const reasons = fired.reasons;
  let level = fired.level;
  // An ad written for people who live where the job is, with nothing that moves a recruit there, is a local job.
  // A wage in the local market's range is one cue that says it alone: the lures bait with pay, not with $200 a month.
  if (level !== 'low' && (present & ABROAD_MASK) === 0 && ((statesModestPay && (present & PAY_CLAIM_MASK) === 0) || countLocalAdCues() >= LOCAL_AD_CUES)) {
    level = 'low';
    reasons.push(LOCAL_AD_REASON);
  }
  // Work done from home moves nobody: with no destination and nothing that moves a recruit, it is not a lure.
  if (level !== 'low' && facets.has('from_home') && (present & (ABROAD_MASK | DESTINATION_MASK)) === 0) {
    level = 'low';
    reasons.push(REMOTE_WORK_REASON);
  }
  if (mitigated) {
    if (level !== 'low' && !reasons.some((r) => UNMITIGATED_REASONS.has(r.replace(SHORT_SUFFIX, '')))) level = 'low';
    reasons.push(MITIGATION_REASON);
  }
  // The job-scam signs make a verdict of their own kind; the trafficking signs keep priority when both fire.
  const scam = combineJobScam(facets, short, mitigated, statesEmployerTerms);
  const kind: VerdictKind = rank(scam.level) > rank(level) ? 'job_scam' : 'trafficking';
  const finalLevel = kind === 'job_scam' ? scam.level : level;
  const finalReasons = kind === 'job_scam' ? scam.reasons : reasons;
  if (finalReasons.length === 0) finalReasons.push(SINGLE_SIGNALS_REASON);
  const score = Math.min(LEVEL_CEILING[finalLevel], LEVEL_BASE[finalLevel] + POINTS_PER_EXTRA_FACET * (facets.size - 1));
  return { level: finalLevel, score, reasons: finalReasons, kind };
}

/** Combinations an official channel does not excuse: recruiters misuse licensed agencies' names. */
const UNMITIGATED_REASONS: ReadonlySet<string> = new Set([
  'combo.destination+employer_pays', 'combo.destination+role', 'combo.destination+pay', 'combo.destination+irregular_travel',
  'combo.destination+secrecy', 'combo.scam_work+offer', 'combo.scam_work', 'combo.irregular_travel+offer', 'combo.irregular_travel+secrecy',
]);

/** Kinds of local-ad cue (mitigations.ts, effect local_ad, and stated requirements) that make a posting a local ad. */
export const LOCAL_AD_CUES = 2;
/**
 * Facets that move a recruit to the job or bait them beyond a local wage: with any of them a posting is never taken
 * for a local ad (the lures the warnings quote pay the flight, handle the visa, ask for no skills, move to Telegram).
 */
const ABROAD_FACETS: readonly Facet[] = ['travel_paid', 'irregular', 'telegram', 'secrecy', 'body_photo', 'passport', 'scam_work', 'easy_high_pay', 'low_req', 'gambling_role'];
const ABROAD_MASK = maskOf(TRAFFICKING, ABROAD_FACETS);
/** Claims of high pay: a posting that makes one is not read as local from its wage alone. */
const PAY_CLAIM_MASK = maskOf(TRAFFICKING, ['pay', 'pay_home', 'pay_claim', 'pay_claim_minor', 'commission']);

/** How strongly each role speaks for a lure, for ordering the evidence shown (not for the level). */
const ROLE_STRENGTH: Readonly<Record<RuleRole, number>> = { decisive: 4, hotspot: 3, core: 3, transit: 2, minor: 1 };

/**
 * A signal's rank among the evidence: its rule's role first, then whether its facet moves a recruit abroad (a
 * tourist visa or a passport request says more than "no experience", which local ads also write). Higher is stronger.
 */
export function signalStrength(category: SignalCategory, role: RuleRole, id: string): number {
  const abroad = ABROAD_FACETS.includes(facetOf(category, role, id)) ? 1 : 0;
  return ROLE_STRENGTH[role] * 2 + abroad;
}
/** Any destination or route: a remote job that names one may still move its recruit. */
const DESTINATION_MASK = maskOf(TRAFFICKING, ['hotspot', 'transit', 'hotspot_offer']);
/** Reason given when the job is done from home and names no destination, which caps the level at low. */
export const REMOTE_WORK_REASON = 'context.remote_work';
/** Reason given when a posting reads as a local ad, which caps the level at low. */
export const LOCAL_AD_REASON = 'context.local_ad';


/** Reason given when signals were found but no combination of them fired. */
export const SINGLE_SIGNALS_REASON = 'single_signals';
/** Reason given when an official or licensed recruitment channel is named, which lowers the level one step. */
export const MITIGATION_REASON = 'mitigation.official_channel';


