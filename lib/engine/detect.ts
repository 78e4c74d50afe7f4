// Finds every rule's hits in a posting: normalise each field, run the phrase automaton once, then check the
// near-pairs and exclusions of the rules that were hit, and map the hits back to the original text.

import { FRAME_REACH, isClauseBreak } from './frames';
import { UNIT_CLASS_COUNT } from './languages';
import { PhraseMatcher, isBoundaryWordChar, type MatcherTerm } from './matcher';
import { foldIntoScratch, normalisePhrase } from './normalise';
import type { LangCode, PhraseList, Rule } from './rule';
import type { Evidence, PostingTextField } from './types';

/** What a phrase does for its rule. */
const enum Slot {
  Any = 0,
  NearA = 1,
  NearB = 2,
  Unless = 3,
  /** A function word that only tells the language (languages.ts). */
  Hint = 4,
  /** An advisory or report cue that frames the signals after it in its clause (frames.ts). */
  FrameBefore = 5,
  /** The same, for the signals before it (verb-final negative imperatives). */
  FrameAfter = 6,
  /** A lure idiom that cancels a cue it overlaps ("don't miss"). */
  FrameVoid = 7,
}

interface TermUse {
  rule: number;
  slot: Slot;
  /** Index of the near clause (for NearA / NearB). */
  clause: number;
}

/** What the matcher needs from a rule (mitigations share it without being signal rules). */
export type Matchable = Pick<Rule, 'phrases' | 'near' | 'unless'>;

export interface CompiledRules {
  readonly rules: readonly Matchable[];
  readonly matcher: PhraseMatcher;
  readonly termUses: readonly (readonly TermUse[])[];
  readonly termLangs: readonly (readonly LangCode[])[];
  readonly terms: readonly MatcherTerm[];
  /** Rules below this index are signals that an advisory frame cancels; the others (mitigations) never are. */
  readonly framedRules: number;
  /** Terms that are only language hints (1): counted per term while scanning, per language once per posting. */
  readonly hintOnly: Uint8Array;
  /** Scratch: hits of each hint-only term in the posting being scored (detect() leaves it zeroed). */
  readonly hintHits: Uint32Array;
}

/** Advisory and report cues (frames.ts). */
export interface FramePhrases {
  readonly before: PhraseList;
  readonly after: PhraseList;
  readonly voids: PhraseList;
}

/** Turns a phrase as written in a rule into a matcher term (see PhraseList for the `*` convention). */
export function compilePhrase(raw: string): MatcherTerm {
  const startWild = raw.startsWith('*');
  const endWild = raw.endsWith('*');
  const text = normalisePhrase(raw.slice(startWild ? 1 : 0, endWild ? -1 : undefined));
  if (text.length === 0) throw new Error(`Empty phrase "${raw}"`);
  return {
    text,
    boundaryStart: !startWild && isBoundaryWordChar(text.charCodeAt(0)),
    boundaryEnd: !endWild && isBoundaryWordChar(text.charCodeAt(text.length - 1)),
  };
}

export function compileRules(
  rules: readonly Matchable[],
  languageHints: PhraseList = {},
  frames?: FramePhrases,
  framedRules = 0,
): CompiledRules {
  const terms: MatcherTerm[] = [];
  const termUses: TermUse[][] = [];
  const termLangs: LangCode[][] = [];
  const termIndex = new Map<string, number>();

  const add = (list: PhraseList, use: TermUse): void => {
    for (const [lang, phrases] of Object.entries(list) as [LangCode, readonly string[]][]) {
      for (const raw of phrases) {
        const term = compilePhrase(raw);
        const key = `${term.boundaryStart ? 1 : 0}${term.boundaryEnd ? 1 : 0}${term.text}`;
        let index = termIndex.get(key);
        if (index === undefined) {
          index = terms.length;
          termIndex.set(key, index);
          terms.push(term);
          termUses.push([]);
          termLangs.push([]);
        }
        const uses = termUses[index]!;
        if (!uses.some((u) => u.rule === use.rule && u.slot === use.slot && u.clause === use.clause)) uses.push(use);
        const langs = termLangs[index]!;
        if (use.slot !== Slot.Unless && use.slot < Slot.FrameBefore && !langs.includes(lang)) langs.push(lang);
      }
    }
  };

  rules.forEach((rule, r) => {
    if (rule.phrases) add(rule.phrases, { rule: r, slot: Slot.Any, clause: 0 });
    rule.near?.forEach((clause, c) => {
      add(clause.a, { rule: r, slot: Slot.NearA, clause: c });
      add(clause.b, { rule: r, slot: Slot.NearB, clause: c });
    });
    if (rule.unless) add(rule.unless.phrases, { rule: r, slot: Slot.Unless, clause: 0 });
  });
  add(languageHints, { rule: -1, slot: Slot.Hint, clause: 0 });
  if (frames) {
    add(frames.before, { rule: -1, slot: Slot.FrameBefore, clause: 0 });
    add(frames.after, { rule: -1, slot: Slot.FrameAfter, clause: 0 });
    add(frames.voids, { rule: -1, slot: Slot.FrameVoid, clause: 0 });
  }

  const hintOnly = new Uint8Array(terms.length);
  termUses.forEach((uses, t) => {
    if (uses.every((use) => use.slot === Slot.Hint)) hintOnly[t] = 1;
  });
  return {
    rules,
    matcher: new PhraseMatcher(terms),
    termUses,
    termLangs,
    terms,
    framedRules: frames ? framedRules : 0,
    hintOnly,
    hintHits: new Uint32Array(terms.length),
  };
}

/** A rule's hits in one posting. Positions are in normalised text, for proximity checks in score.ts. */
export interface RuleHits {
  rule: number;
  evidence: Evidence[];
  /** Field of each hit (index into POSTING_TEXT_FIELDS order as scanned) and its normalised start. */
  fields: PostingTextField[];
  positions: number[];
}

export interface FieldText {
  field: PostingTextField;
  text: string;
}

/** Hits found while scanning one field, as parallel arrays (reused between calls). */
const MAX_HITS_PER_FIELD = 4096;
const hitTerm = new Uint32Array(MAX_HITS_PER_FIELD);
const hitStart = new Uint32Array(MAX_HITS_PER_FIELD);
const hitEnd = new Uint32Array(MAX_HITS_PER_FIELD);
let hitCount = 0;
const recordHit = (term: number, start: number, end: number): void => {
  if (hitCount < MAX_HITS_PER_FIELD) {
    hitTerm[hitCount] = term;
    hitStart[hitCount] = start;
    hitEnd[hitCount] = end;
    hitCount++;
  }
};

/** Hint-only terms hit in the posting being scored (detect() empties it). */
const touchedHints: number[] = [];

/** Evidence kept per rule: enough to explain, bounded for hostile input. */
const MAX_EVIDENCE_PER_RULE = 8;

export interface Detection {
  hits: Map<number, RuleHits>;
  /** Matched phrases per language. */
  langCounts: Map<LangCode, number>;
  /** Function words seen per language (language hints). */
  hintCounts: Map<LangCode, number>;
  /** Normalised length of each field scanned. */
  lengths: Map<PostingTextField, number>;
  /** The fields' UTF-16 units counted by languages.ts's UNIT_CLASS, for languagesFromUnitCounts(). */
  unitCounts: Int32Array;
}

/** No phrase is longer than this many units: bounds how far before a hit a neighbour can start. */
const MAX_PHRASE_REACH = 64;

const byStart = (x: number, y: number): number => hitStart[x]! - hitStart[y]! || hitEnd[x]! - hitEnd[y]!;

/** Index of the first hit (in `sorted`, by start) that starts at or after `position`. */
function firstStartingFrom(sorted: readonly number[], position: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hitStart[sorted[mid]!]! < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an exclusion hit (sorted by start) lies within `within` of [start, end). */
function isExcluded(sorted: readonly number[], start: number, end: number, within: number): boolean {
  for (let k = firstStartingFrom(sorted, start - within - MAX_PHRASE_REACH); k < sorted.length; k++) {
    const u = sorted[k]!;
    if (hitStart[u]! > end + within) return false;
    if (gap(hitStart[u]!, hitEnd[u]!, start, end) <= within) return true;
  }
  return false;
}

/** Advisory cues of the field being scanned: hit indices, void-cancelled ones removed. */
const framesBefore: number[] = [];
const framesAfter: number[] = [];
const frameVoids: number[] = [];

function overlapsVoid(h: number): boolean {
  for (const v of frameVoids) if (hitStart[v]! < hitEnd[h]! && hitStart[h]! < hitEnd[v]!) return true;
  return false;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** No clause punctuation in [from, to): a comma or point between digits ("$1,500", "1.500") is part of a number. */
function noClauseBreak(units: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = units[i]!;
    if (!isClauseBreak(c)) continue;
    if ((c === 0x2c || c === 0x2e) && isDigit(units[i - 1] ?? Number.NaN) && isDigit(units[i + 1] ?? Number.NaN)) continue;
    return false;
  }
  return true;
}

/** Whether [start, end) of the normalised `units` lies in the clause of an advisory cue that frames it. */
function isFramed(units: Uint16Array, start: number, end: number): boolean {
  for (const f of framesBefore) {
    const cueEnd = hitEnd[f]!;
    if (cueEnd <= start && start - cueEnd <= FRAME_REACH && noClauseBreak(units, cueEnd, start)) return true;
  }
  for (const f of framesAfter) {
    const cueStart = hitStart[f]!;
    if (cueStart >= end && cueStart - end <= FRAME_REACH && noClauseBreak(units, end, cueStart)) return true;
  }
  return false;
}

/** Whether a clause break (frames.ts) lies in units [from, to). */
function breaksClause(units: ArrayLike<number>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isClauseBreak(units[i]!)) return true;
  return false;
}

function gap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  if (aEnd <= bStart) return bStart - aEnd;
  if (bEnd <= aStart) return aStart - bEnd;
  return 0;
}

function filterInPlace(list: number[], keep: (h: number) => boolean): void {
  let n = 0;
  for (const h of list) if (keep(h)) list[n++] = h;
  list.length = n;
}

export function detect(compiled: CompiledRules, fields: readonly FieldText[]): Detection {
  const hits = new Map<number, RuleHits>();
  const langCounts = new Map<LangCode, number>();
  const hintCounts = new Map<LangCode, number>();
  const lengths = new Map<PostingTextField, number>();
  const unitCounts = new Int32Array(UNIT_CLASS_COUNT);
  const { rules, termUses, termLangs, framedRules, hintOnly, hintHits } = compiled;
  for (const term of touchedHints) hintHits[term] = 0; // left over only if a previous call threw
  touchedHints.length = 0;

  for (const { field, text: original } of fields) {
    const norm = foldIntoScratch(original, unitCounts);
    lengths.set(field, norm.units.length);
    hitCount = 0;
    compiled.matcher.scanUnits(norm.units, recordHit);
    if (hitCount === 0) continue;

    // Group this field's hits by rule and slot.
    const perRule = new Map<number, { any: number[]; nearA: number[][]; nearB: number[][]; unless: number[] }>();
    framesBefore.length = 0;
    framesAfter.length = 0;
    frameVoids.length = 0;
    for (let h = 0; h < hitCount; h++) {
      const term = hitTerm[h]!;
      if (hintOnly[term] === 1) {
        const seen = hintHits[term]!;
        hintHits[term] = seen + 1;
        if (seen === 0) touchedHints.push(term);
        continue;
      }
      for (const use of termUses[term]!) {
        if (use.slot === Slot.Hint) {
          for (const lang of termLangs[hitTerm[h]!]!) hintCounts.set(lang, (hintCounts.get(lang) ?? 0) + 1);
          continue;
        }
        if (use.slot >= Slot.FrameBefore) {
          (use.slot === Slot.FrameBefore ? framesBefore : use.slot === Slot.FrameAfter ? framesAfter : frameVoids).push(h);
          continue;
        }
        let bucket = perRule.get(use.rule);
        if (!bucket) perRule.set(use.rule, (bucket = { any: [], nearA: [], nearB: [], unless: [] }));
        if (use.slot === Slot.Any) bucket.any.push(h);
        else if (use.slot === Slot.Unless) bucket.unless.push(h);
        else {
          const lists = use.slot === Slot.NearA ? bucket.nearA : bucket.nearB;
          (lists[use.clause] ??= []).push(h);
        }
      }
    }

    if (frameVoids.length > 0) {
      filterInPlace(framesBefore, (h) => !overlapsVoid(h));
      filterInPlace(framesAfter, (h) => !overlapsVoid(h));
    }
    const framed = framesBefore.length > 0 || framesAfter.length > 0;

    for (const [r, bucket] of perRule) {
      const rule = rules[r]!;
      const spans: [number, number, number[]][] = [];
      for (const h of bucket.any) spans.push([hitStart[h]!, hitEnd[h]!, [h]]);
      rule.near?.forEach((clause, c) => {
        const as = bucket.nearA[c];
        const bs = bucket.nearB[c];
        if (!as || !bs) return;
        // Only the b-hits that start within reach of each a-hit are visited (binary search on sorted starts),
        // so dense hostile text costs the pairs that are really near, not |a| x |b|.
        bs.sort(byStart);
        for (const a of as) {
          const sa = hitStart[a]!, ea = hitEnd[a]!;
          for (let k = firstStartingFrom(bs, sa - clause.within - MAX_PHRASE_REACH); k < bs.length; k++) {
            const b = bs[k]!;
            const sb = hitStart[b]!, eb = hitEnd[b]!;
            if (sb > ea + clause.within) break;
            if (a === b || (sa === sb && ea === eb)) continue;
            if (gap(sa, ea, sb, eb) > clause.within) continue;
            if (clause.sameClause && breaksClause(norm.units, Math.min(ea, eb), Math.max(sa, sb))) continue;
            spans.push([Math.min(sa, sb), Math.max(ea, eb), [a, b]]);
          }
        }
      });
      if (spans.length === 0) continue;
      spans.sort((x, y) => x[0] - y[0] || y[1] - x[1]);

      bucket.unless.sort(byStart);
      let acc = hits.get(r);
      let lastEnd = -1;
      for (const [start, end, parts] of spans) {
        if (start < lastEnd) continue; // overlaps a span already kept
        if (rule.unless && isExcluded(bucket.unless, start, end, rule.unless.within)) continue;
        if (framed && r < framedRules && isFramed(norm.units, start, end)) continue;
        lastEnd = end;
        if (!acc) hits.set(r, (acc = { rule: r, evidence: [], fields: [], positions: [] }));
        if (acc.evidence.length >= MAX_EVIDENCE_PER_RULE) break;
        const origStart = norm.starts[start]!;
        const origEnd = norm.ends[end - 1]!;
        acc.evidence.push({ field, start: origStart, end: origEnd, text: original.slice(origStart, origEnd) });
        acc.fields.push(field);
        acc.positions.push(start);
        for (const h of parts) {
          for (const lang of termLangs[hitTerm[h]!]!) langCounts.set(lang, (langCounts.get(lang) ?? 0) + 1);
        }
      }
    }
  }
  for (const term of touchedHints) {
    const count = hintHits[term]!;
    hintHits[term] = 0;
    for (const lang of termLangs[term]!) hintCounts.set(lang, (hintCounts.get(lang) ?? 0) + count);
  }
  touchedHints.length = 0;
  return { hits, langCounts, hintCounts, lengths, unitCounts };
}
