// The machinery both kinds of verdict share: facets (a rule's category seen through its role), combinations of
// facets, and the test that a combination fires on a posting's hits. score.ts holds the trafficking combinations,
// score-job-scam.ts the job-scam ones; each list is compiled into its own bit masks.

import type { RuleHits } from './detect';
import type { Rule } from './rule';
import type { Level, PostingTextField } from './types';

/** A facet is a category seen through the role of the rule that hit: "destination:hotspot", "pay:core"... */
export type Facet =
  | 'hotspot'
  | 'transit'
  | 'role'
  | 'role_minor'
  | 'casino'
  | 'pay'
  | 'pay_home'
  | 'pay_claim'
  | 'pay_claim_minor'
  | 'promised_job'
  | 'hotspot_offer'
  | 'easy_high_pay'
  | 'travel_paid'
  | 'board_paid'
  | 'low_req'
  | 'low_req_minor'
  | 'irregular'
  | 'telegram'
  | 'messaging'
  | 'secrecy'
  | 'rushed'
  | 'body_photo'
  | 'passport'
  | 'scam_work'
  | 'gambling_role'
  | 'commission'
  | 'debt_bait'
  // Job-scam facets (rules-job-scam.ts).
  | 'fee'
  | 'task_deposit'
  | 'paid_clicks'
  | 'from_home'
  | 'quick_pay'
  | 'home_task'
  | 'free_email'
  | 'chat_interview'
  | 'bank_details'
  | 'forward_funds'
  | 'income_pitch'
  | 'cruise_job'
  | 'direct_hire';

export interface Combination {
  readonly id: string;
  readonly level: Exclude<Level, 'none'>;
  /** Every group must be present; a group is satisfied by any of its facets. */
  readonly all: readonly (readonly Facet[])[];
  /** Whether the groups' evidence must lie within PROXIMITY characters of each other (or this many). */
  readonly near: boolean | number;
  /** Fires only on short texts (a chat message or a one-line post), where a bare offer is all there is. */
  readonly shortOnly?: boolean;
  /**
   * The level on a short text: an offer reduced to two signs ("customer service in Thailand, P40,000") with no
   * employer, contract or licence is the shape of the recruiter messages the warnings quote.
   */
  readonly shortLevel?: 'high';
  /**
   * Does not fire when the text also states an ordinary wage: "high-paying job, base 5,000 plus commission" is a
   * sales ad's wording, while a lure's only figure is the big one.
   */
  readonly unlessModestPay?: boolean;
}

/** Characters (normalised) within which signals count as one offer when a combination needs `near`. */
export const PROXIMITY = 420;
/** Fields that describe the whole posting: a destination in the location or title applies to all the body. */
const WHOLE_POSTING_FIELDS: ReadonlySet<PostingTextField> = new Set(['title', 'location', 'company', 'salary']);
/** Appended to a combination's id when it fired at a higher level because the text is a short message. */
export const SHORT_SUFFIX = '+short_message';

export interface FacetHit {
  field: PostingTextField;
  position: number;
}

/** Where each facet hit, from the rules' hits. */
export function collectFacets(
  rules: readonly Rule[],
  hits: ReadonlyMap<number, RuleHits>,
  facetOf: (rule: Rule) => Facet,
): Map<Facet, FacetHit[]> {
  const facets = new Map<Facet, FacetHit[]>();
  for (const hit of hits.values()) {
    const facet = facetOf(rules[hit.rule]!);
    let list = facets.get(facet);
    if (!list) facets.set(facet, (list = []));
    for (let i = 0; i < hit.positions.length; i++) list.push({ field: hit.fields[i]!, position: hit.positions[i]! });
  }
  return facets;
}

function within(a: FacetHit, b: FacetHit, distance: number): boolean {
  if (WHOLE_POSTING_FIELDS.has(a.field) || WHOLE_POSTING_FIELDS.has(b.field)) return true;
  return a.field === b.field && Math.abs(a.position - b.position) <= distance;
}

function groupHits(facets: ReadonlyMap<Facet, FacetHit[]>, group: readonly Facet[]): FacetHit[] {
  const out: FacetHit[] = [];
  for (const facet of group) {
    const hits = facets.get(facet);
    if (hits) out.push(...hits);
  }
  return out;
}

/** A list of combinations with one bit per facet it names and, per combination and group, the group's bits. */
export interface CompiledCombinations {
  readonly combos: readonly Combination[];
  readonly bits: ReadonlyMap<Facet, number>;
  readonly groupMasks: readonly (readonly number[])[];
}

export function compileCombinations(combos: readonly Combination[]): CompiledCombinations {
  const bits = new Map<Facet, number>();
  for (const combo of combos) {
    for (const group of combo.all) for (const facet of group) if (!bits.has(facet)) bits.set(facet, 1 << bits.size);
  }
  if (bits.size > 31) throw new Error('More facets than bits in a combination mask');
  const groupMasks = combos.map((combo) => combo.all.map((group) => group.reduce((mask, facet) => mask | bits.get(facet)!, 0)));
  return { combos, bits, groupMasks };
}

/** The mask of some facets (a facet the list never names adds nothing). */
export function maskOf(compiled: CompiledCombinations, facets: Iterable<Facet>): number {
  let mask = 0;
  for (const facet of facets) mask |= compiled.bits.get(facet) ?? 0;
  return mask;
}

/** The mask of the facets that hit. */
export function presentIn(compiled: CompiledCombinations, facets: ReadonlyMap<Facet, FacetHit[]>): number {
  let mask = 0;
  for (const [facet, hits] of facets) if (hits.length > 0) mask |= compiled.bits.get(facet) ?? 0;
  return mask;
}

export function fires(
  compiled: CompiledCombinations,
  index: number,
  present: number,
  facets: ReadonlyMap<Facet, FacetHit[]>,
  short: boolean,
  modestPay: boolean,
): boolean {
  const combo = compiled.combos[index]!;
  if (combo.shortOnly && !short) return false;
  if (combo.unlessModestPay && modestPay) return false;
  for (const mask of compiled.groupMasks[index]!) if ((mask & present) === 0) return false;
  const groups = combo.all.map((group) => groupHits(facets, group));
  if (groups.some((g) => g.length === 0)) return false;
  if (!combo.near || groups.length === 1) return true;
  const distance = combo.near === true ? PROXIMITY : combo.near;
  const [anchors, ...others] = groups;
  return anchors!.some((anchor) => others.every((group) => group.some((hit) => within(anchor, hit, distance))));
}

export interface Fired {
  level: Level;
  /** The ids of the combinations that fired, suffixed when a short text raised one. */
  reasons: string[];
}

/**
 * Every combination of the list that fires (`present`: presentIn(compiled, facets)), and the highest level among them (`from` when none does). With
 * `stopAtMediumOnceHigh`, a long text stops looking once a high one fired (the mediums after it change nothing).
 */
export function fireAll(
  compiled: CompiledCombinations,
  facets: ReadonlyMap<Facet, FacetHit[]>,
  present: number,
  { short, modestPay = false, from, skip, stopAtMediumOnceHigh = false }: { short: boolean; modestPay?: boolean; from: Level; skip?: (combo: Combination) => boolean; stopAtMediumOnceHigh?: boolean },
): Fired {
  const reasons: string[] = [];
  let level = from;
  for (let c = 0; c < compiled.combos.length; c++) {
    const combo = compiled.combos[c]!;
    if (stopAtMediumOnceHigh && combo.level === 'medium' && level === 'high' && !short) break;
    if (skip?.(combo)) continue;
    if (fires(compiled, c, present, facets, short, modestPay)) {
      const fired = short && combo.shortLevel ? combo.shortLevel : combo.level;
      reasons.push(fired === combo.level ? combo.id : `${combo.id}${SHORT_SUFFIX}`);
      if (rank(fired) > rank(level)) level = fired;
    }
  }
  return { level, reasons };
}

export function rank(level: Level): number {
  return level === 'high' ? 3 : level === 'medium' ? 2 : level === 'low' ? 1 : 0;
}
