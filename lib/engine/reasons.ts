// How a verdict's signals are shown as reasons: one per category, each with a short label that fits its evidence.
// Most rules show what their category says ("Tourist visa or odd route"); a rule whose evidence the category's label
// does not describe (free food is not "Travel paid for you") has its own. No rule table here: the inline warning
// imports this, and the content script stays small.
import type { SignalCategory } from './types';

/** Rule id -> the i18n key of its own label (public/_locales/<locale>/messages.json, prefix `signal_`). */
export const RULE_LABEL_KEYS: Readonly<Record<string, string>> = {
  'destination.foreign_recruits': 'signal_foreign_recruits',
  'destination.abroad': 'signal_job_abroad',
  'destination.foreign_currency_pay': 'signal_foreign_currency_pay',
  'role.casino_gaming': 'signal_casino_gaming',
  'role.gambling_support': 'signal_gambling_support',
  'role.online_platform': 'signal_online_platform',
  'role.it_crypto': 'signal_it_crypto',
  'role.model_translator': 'signal_model_translator',
  'pay.high_pay_claim': 'signal_pay_claim',
  'pay.attractive_pay': 'signal_pay_claim',
  'pay.promised_job': 'signal_promised_job',
  'pay.multiplied_pay': 'signal_multiplied_pay',
  'pay.debt_way_out': 'signal_debt_bait',
  'easy_money.home_task_job': 'signal_home_task',
  'easy_money.little_effort': 'signal_little_effort',
  'payment_details.forward_funds': 'signal_moves_money',
  'payment_details.cash_pickup_job': 'signal_moves_money',
  'payment_details.dark_part_time_job': 'signal_moves_money',
  'payment_details.lend_bank_account': 'signal_moves_money',
  'payment_details.rent_out_account': 'signal_moves_money',
  'easy_money.money_moving_job': 'signal_moves_money',
  'easy_money.income_pitch': 'signal_income_pitch',
  'unlicensed_recruitment.cruise_ship_job': 'signal_cruise_job',
  'pay.commission_on_top': 'signal_commission',
  'pay.easy_work_high_pay': 'signal_easy_high_pay',
  'employer_pays.board': 'signal_board',
  'low_requirements.narrow_profile': 'signal_narrow_profile',
  'document_request.body_photo': 'signal_body_photo',
  'document_request.passport_held': 'signal_passport_held',
  'scam_work.denies_abuse': 'signal_denies_abuse',
};

/** The i18n key of a signal's short label: its rule's own, else its category's. */
export function labelKeyOf(signal: { readonly id: string; readonly category: SignalCategory }): string {
  return Object.hasOwn(RULE_LABEL_KEYS, signal.id) ? RULE_LABEL_KEYS[signal.id]! : `category_${signal.category}`;
}

/** The first signal of each category, in the order given (verdicts list signals strongest first). */
export function firstOfEachCategory<T extends { readonly category: SignalCategory }>(signals: readonly T[]): T[] {
  const seen = new Set<SignalCategory>();
  return signals.filter((signal) => {
    if (seen.has(signal.category)) return false;
    seen.add(signal.category);
    return true;
  });
}
