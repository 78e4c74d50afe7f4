// Each signal's short label must say what its evidence shows: free food is not "Travel paid for you". Checked on the
// rules' own English examples, where the words that fired can be read against the label.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, score } from '../../../lib/engine';
import { RULE_LABEL_KEYS, labelKeyOf } from '../../../lib/engine/reasons';
import { signalStrength } from '../../../lib/engine/score';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

/** What the evidence behind each English label must contain (matched against the words that fired). */
const EVIDENCE_OF_LABEL: Readonly<Record<string, RegExp>> = {
  category_destination: /\p{Lu}\p{Ll}+/u, // a place name
  category_role: /customer|chat|support|encoder|typist|call|cent(er|re)|agent|representative|csr|admin|operator|sales|marketing/i,
  category_pay: /\d/, // a figure
  category_employer_pays: /flight|ticket|air ?fare|visa|travel|trip|fare|expenses|cent|fee/i,
  category_low_requirements: /\bno\b|without|not (required|necessary|needed)|only|typing|basic/i,
  category_irregular_travel: /tourist|visa|border|night|boat|sneak|cross|route/i,
  category_off_platform: /telegram|whatsapp|wechat|line|zalo|messenger|viber|signal|t\.me/i,
  category_urgency_secrecy: /urgent|fly|immediate|asap|limited|slots|tell|secret|delete|today|now|leave/i,
  category_document_request: /passport|\bid\b|document|certificate/i,
  category_scam_work: /invest|scam|crypto|love|romance|client|fraud/i,
  // The job-scam categories (issue 10); their rules come with the job-scam engine.
  category_upfront_fee: /fee|pay|deposit|charge|cost|reservation|processing|training|medical|uniform|visa/i,
  category_task_scheme: /task|like|follow|review|rat(e|ing)|boost|order|deposit|top.?up|recharge|commission|unlock|mission/i,
  category_easy_money: /home|easy|simple|earn|daily|a day|per|income|money|part.?time|online|phone/i,
  category_unverifiable_employer: /gmail|yahoo|hotmail|outlook|e-?mail|interview|chat|company|start/i,
  category_payment_details: /bank|account|gcash|maya|ovo|dana|momo|promptpay|wallet|card|details/i,
  category_unlicensed_recruitment: /licen[cs]e|direct hire|agency|abroad|overseas|canada|japan|korea|europe|australia|visa/i,
  signal_foreign_recruits: /foreign|countr|nationalit/i,
  signal_job_abroad: /abroad|overseas/i,
  signal_foreign_currency_pay: /usd|us\$|\$|dollar|eur|€|rmb|yuan|baht|ringgit|dirham/i,
  signal_casino_gaming: /casino|gaming|game|bet|gambl/i,
  signal_gambling_support: /casino|gambl|bet|slot/i,
  signal_online_platform: /platform/i,
  signal_it_crypto: /\bit\b|crypto|program|developer|software|blockchain/i,
  signal_model_translator: /model|translat|interpret|receptionist|hostess|pr girl|escort/i,
  signal_pay_claim: /salary|pay|income|earn|lucrative|high|big/i,
  signal_promised_job: /lur|promis|entic|dupe|trick|fake|false|offer/i,
  signal_debt_bait: /debt|빚|채무|负债|負債|债|債|借金|utang|hutang|หนี้|no|deuda|divida|loan|신용/i,
  signal_home_task: /typ|data|entry|envelope|ship|forward|packag|assembl|shopper|survey|copy|form|rebate|encod/i,
  signal_little_effort: /time|minute|hour|hrs|effort|selling/i,
  signal_moves_money: /check|cheque|fund|money|payment|transfer|wire|balance|portion|gift card|western union|moneygram/i,
  signal_income_pitch: /boss|income|earn|freedom|guarant|sleep|figure|opportunit/i,
  signal_cruise_job: /cruise/i,
  signal_multiplied_pay: /twice|double|triple|times|fold/i,
  signal_commission: /commission/i,
  signal_easy_high_pay: /(easy|light).*(pay|salary|income|money)/i,
  signal_board: /food|meal|accommodation|lodging|board|housing/i,
  signal_narrow_profile: /\d|female|women|ladies|girls|male|looking|personality|cheerful/i,
  signal_body_photo: /body/i,
  signal_passport_held: /passport/i,
  signal_denies_abuse: /detention|detained|confine|beat|abuse|locked|passport|compound|held/i,
};

/** The evidence of `ruleId` in each of its match examples that the engine reads as English. */
function englishEvidence(ruleId: string, examples: readonly string[]): string[] {
  const found: string[] = [];
  for (const example of examples) {
    const verdict = score(example);
    if (verdict.languages[0] !== 'en') continue;
    const signal = verdict.signals.find((s) => s.id === ruleId);
    // Obfuscated spellings ("T e l e g r a m", "whats@pp") are read as the word they spell.
    if (signal) found.push(signal.evidence.map((e) => e.text.replace(/@/g, 'a').replace(/(?<=\p{L}) (?=\p{L}( |$))/gu, '')).join(' | '));
  }
  return found;
}

describe('signal labels', () => {
  it('name only rules that exist, with keys every locale carries (English checked here, the rest by locales.test)', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    expect(Object.keys(RULE_LABEL_KEYS).filter((id) => !ids.has(id))).toEqual([]);
    expect(RULES.map(labelKeyOf).filter((key) => !(key in en))).toEqual([]);
  });

  it('say for every label what evidence it stands for', () => {
    const used = [...new Set(RULES.map(labelKeyOf))].sort();
    expect(used.filter((key) => !(key in EVIDENCE_OF_LABEL))).toEqual([]);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s: the label fits the words that fired', (_id, rule) => {
    const key = labelKeyOf(rule);
    const expected = EVIDENCE_OF_LABEL[key]!;
    for (const evidence of englishEvidence(rule.id, rule.examples.match)) {
      expect(evidence, `"${en[key]?.message}" shown for "${evidence}"`).toMatch(expected);
    }
  });

  it('checks most rules: their examples include English that fires them', () => {
    const checked = RULES.filter((rule) => englishEvidence(rule.id, rule.examples.match).length > 0);
    expect(checked.length / RULES.length).toBeGreaterThanOrEqual(0.8);
  });

  it('falls back to the category label for rules without their own', () => {
    expect(labelKeyOf({ id: 'irregular_travel.tourist_visa', category: 'irregular_travel' })).toBe('category_irregular_travel');
    expect(labelKeyOf({ id: 'employer_pays.board', category: 'employer_pays' })).toBe('signal_board');
    expect(labelKeyOf({ id: 'toString', category: 'pay' })).toBe('category_pay');
  });
});

describe('signal strength (the order reasons are shown in)', () => {
  const strengthOf = (id: string) => {
    const rule = RULES.find((r) => r.id === id)!;
    return signalStrength(rule.category, rule.role, rule.id);
  };

  it('ranks by role: decisive above core and hotspot, above transit, above minor', () => {
    expect(strengthOf('scam_work.open_offer')).toBeGreaterThan(strengthOf('irregular_travel.tourist_visa'));
    expect(strengthOf('destination.hotspot_country')).toBeGreaterThan(strengthOf('destination.transit_route'));
    expect(strengthOf('destination.transit_route')).toBeGreaterThan(strengthOf('employer_pays.board'));
  });

  it('puts what moves a recruit abroad above what local ads also say, within a role', () => {
    expect(strengthOf('document_request.passport')).toBeGreaterThan(strengthOf('low_requirements.no_experience'));
    expect(strengthOf('irregular_travel.tourist_visa')).toBeGreaterThan(strengthOf('role.back_office'));
    expect(strengthOf('pay.outsized_salary')).toBeGreaterThan(strengthOf('pay.commission_on_top'));
  });
});
