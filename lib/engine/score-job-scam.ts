// The job-scam verdict: the signs of rules-job-scam.ts combined with what the trafficking rules also see (pay claims,
// a job abroad, a messaging app). A job scam takes the applicant's money, so what decides it is a payment the
// applicant is asked to make, paid clicking, or easy money from an employer nobody can check.

import { compileCombinations, fireAll, presentIn, type Combination, type Facet, type FacetHit } from './combination';
import type { Level } from './types';

/** Close enough to be one sentence of an offer. */
const SENTENCE = 150;

const PAY_SIGNS: readonly Facet[] = ['pay', 'pay_home', 'pay_claim', 'pay_claim_minor', 'easy_high_pay', 'commission'];
const EASY_MONEY: readonly Facet[] = ['from_home', 'quick_pay', 'income_pitch', ...PAY_SIGNS];
const ABROAD: readonly Facet[] = ['hotspot', 'transit', 'hotspot_offer'];

/** Strongest first. Sources: see each rule (DMW, Singapore Police, PNP-ACG, FTC, FBI, US Postal Inspectors, POEA). */
export const JOB_SCAM_COMBINATIONS: readonly Combination[] = [
  // A check to deposit and money to send on, offered as a job (the FTC's fake-check warning; the FBI's money-mule
  // warning: funds received in your account and transferred on, for a cut).
  { id: 'scam.forward_funds+offer', level: 'high', all: [['forward_funds'], ['home_task', 'free_email', 'chat_interview', 'low_req', 'low_req_minor', ...EASY_MONEY]], near: true },
  // The applicant pays to earn: a deposit, top-up or recharge before commission can be withdrawn.
  { id: 'scam.deposit_to_earn+task', level: 'high', all: [['task_deposit'], ['paid_clicks', 'chat_interview', 'telegram', 'messaging', ...EASY_MONEY]], near: true },
  // Paid clicking that also takes money or bank details.
  { id: 'scam.paid_clicks+payment', level: 'high', all: [['paid_clicks'], ['fee', 'bank_details']], near: true },
  // A fee for a job abroad, or for a "direct hire" with no agency: illegal recruitment.
  // POEA's cruise-ship warning: a job on board in exchange for a fee paid upfront.
  { id: 'scam.fee+job_abroad', level: 'high', all: [['fee'], ['direct_hire', 'cruise_job', ...ABROAD]], near: true },
  // A fee or bank details next to easy money from home.
  { id: 'scam.fee+easy_money', level: 'high', all: [['fee', 'bank_details'], ['from_home', 'quick_pay', 'paid_clicks']], near: true },

  { id: 'scam.deposit_to_earn', level: 'medium', all: [['task_deposit']], near: false },
  { id: 'scam.forward_funds', level: 'medium', all: [['forward_funds']], near: false },
  { id: 'scam.paid_clicks+pay', level: 'medium', all: [['paid_clicks'], EASY_MONEY], near: SENTENCE, shortLevel: 'high' },
  // A fee asked of an applicant to a job that needs nothing, pays easily or hides its employer.
  { id: 'scam.fee+offer', level: 'medium', all: [['fee'], ['low_req', 'low_req_minor', 'telegram', 'messaging', 'chat_interview', 'free_email', 'rushed', ...EASY_MONEY]], near: true, shortLevel: 'high' },
  // A wage for remote work is ordinary; pay by the day or claims of easy money from home are the bait.
  { id: 'scam.easy_money', level: 'medium', all: [['from_home'], ['quick_pay', 'pay_claim', 'easy_high_pay']], near: SENTENCE },
  // Office work from home that asks for nothing or pays by the day: the data-entry offers of the job-scam warnings
  // (remote customer-service and assistant jobs alone are an ordinary market).
  { id: 'scam.home_office_job', level: 'medium', all: [['from_home'], ['role'], ['low_req', 'low_req_minor', 'quick_pay', 'chat_interview', 'free_email']], near: true },
  // The simple home tasks of the work-at-home warnings (typing, data entry, envelopes, reshipping), done from home.
  { id: 'scam.home_task_job', level: 'medium', all: [['from_home'], ['home_task']], near: SENTENCE },
  { id: 'scam.quick_pay+figure', level: 'medium', all: [['quick_pay'], ['pay', 'pay_home']], near: SENTENCE },
  // The US Postal Inspectors' warning: "be your own boss", "guaranteed jobs", with no experience needed or from home.
  { id: 'scam.income_pitch+offer', level: 'medium', all: [['income_pitch'], ['low_req', 'low_req_minor', 'from_home', 'quick_pay', 'home_task', 'pay_claim', 'easy_high_pay', 'pay', 'pay_home', 'chat_interview', 'free_email']], near: SENTENCE },
  // POEA: cruise-ship jobs offered by e-mail (free addresses, with a "guaranteed" job), with no real interview.
  { id: 'scam.cruise_job+unchecked', level: 'medium', all: [['cruise_job'], ['free_email', 'chat_interview', 'income_pitch']], near: true },
  { id: 'scam.unchecked_employer+offer', level: 'medium', all: [['chat_interview', 'free_email'], ['low_req', 'telegram', 'messaging', 'chat_interview', ...EASY_MONEY]], near: true },
  { id: 'scam.bank_details+offer', level: 'medium', all: [['bank_details'], ['chat_interview', 'free_email', 'low_req', ...EASY_MONEY]], near: true },
  { id: 'scam.direct_hire_abroad', level: 'medium', all: [['direct_hire'], ABROAD], near: true },
];

const JOB_SCAM = compileCombinations(JOB_SCAM_COMBINATIONS);

export interface JobScamResult {
  level: Level;
  reasons: string[];
}

/**
 * Combinations an ordinary employer's ad can also make ("customer service, hybrid, work from home"): they do not fire
 * on an ad that states what a registered employer owes (statutory benefits, set working hours).
 */
const SOFT_COMBINATIONS: ReadonlySet<string> = new Set(['scam.easy_money', 'scam.home_office_job', 'scam.home_task_job', 'scam.quick_pay+figure', 'scam.income_pitch+offer']);

/** The job-scam level of a posting's facets, lowered one step when an official or licensed channel is named. */
export function combineJobScam(
  facets: ReadonlyMap<Facet, FacetHit[]>,
  short: boolean,
  mitigated: boolean,
  statesEmployerTerms = false,
): JobScamResult {
  const skip = statesEmployerTerms ? (combo: Combination) => SOFT_COMBINATIONS.has(combo.id) : undefined;
  const { level, reasons } = fireAll(JOB_SCAM, facets, presentIn(JOB_SCAM, facets), { short, from: 'none', skip });
  // A licensed agency's ad may state its lawful fees; naming the channel lowers the level a step.
  if (mitigated && level !== 'none') return { level: level === 'high' ? 'medium' : 'low', reasons };
  return { level, reasons };
}
