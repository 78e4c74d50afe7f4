// A compact Aho-Corasick automaton over UTF-16 units: every phrase of every rule is found in one pass over the
// normalised text, whatever the number of phrases. No regular expressions, so no backtracking: the cost is linear
// in the text length plus the number of hits.
//
// ASCII transitions are a dense table over the character classes that occur in phrases (complete DFA); other
// characters go through a per-state map with failure links (amortised linear).

export interface MatcherTerm {
  /** Normalised phrase text. */
  text: string;
  /** The phrase must not be preceded by a letter or digit (space-delimited scripts). */
  boundaryStart: boolean;
  /** The phrase must not be followed by a letter or digit (space-delimited scripts). */
  boundaryEnd: boolean;
}

/** Letters and digits of scripts that separate words with spaces and whose words must not match inside others. */
export function isBoundaryWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f) || (c >= 0x1e00 && c <= 0x1eff);
}

export type HitCallback = (termIndex: number, start: number, end: number) => void;

export class PhraseMatcher {
  private readonly classOf = new Uint8Array(128);
  private readonly classCount: number;
  /** Complete ASCII transitions, a row per state; 16-bit entries while the states fit (half the cache footprint). */
  private readonly asciiNext: Uint16Array | Uint32Array;
  /**
   * Non-ASCII units that occur in some phrase (1) or not (0). A unit no phrase contains sends every state back to
   * the root, so most CJK, Thai or Cyrillic text skips the failure-chain walk entirely.
   */
  private readonly wideUsed = new Uint8Array(0x10000);
  /** Child of the root on each non-ASCII unit (0 = none): the transition of every state the hash below omits. */
  private readonly rootWide = new Uint32Array(0x10000);
  /**
   * The complete transitions on non-ASCII units that lead elsewhere than the root's child, in an open-addressing
   * hash keyed by (state, unit): one probe per unit of CJK or Thai text instead of a walk along the failure chain.
   * Empty slots hold state -1.
   */
  private readonly wideKeyState: Int32Array;
  private readonly wideKeyUnit: Uint16Array;
  private readonly wideTarget: Uint32Array;
  private readonly wideMask: number;
  private readonly fail: Uint32Array;
  /** CSR lists of the terms ending at each state (own outputs only). */
  private readonly outStart: Uint32Array;
  private readonly outTerms: Uint32Array;
  /** Next state along the failure chain that has own outputs (0 = none). */
  private readonly dictLink: Uint32Array;
  /** The first state whose outputs end at this state: itself if it has own outputs, else its dict link (0 = none). */
  private readonly firstOutput: Uint32Array;
  /** States are numbered so that exactly those from this one on have outputs: no table read to tell them. */
  private readonly firstOutputState: number;
  private readonly termLength: Uint32Array;
  private readonly termBoundaryStart: Uint8Array;
  private readonly termBoundaryEnd: Uint8Array;

  constructor(terms: readonly MatcherTerm[]) {
    // Character classes: 0 = a character no phrase contains.
    let classes = 1;
    for (const term of terms) {
      for (let i = 0; i < term.text.length; i++) {
        const c = term.text.charCodeAt(i);
        if (c < 0x80) {
          if (this.classOf[c] === 0) this.classOf[c] = classes++;
        } else this.wideUsed[c] = 1;
      }
    }
    this.classCount = classes;

    // Trie.
    const asciiChild: number[][] = [[]];
    const wideChild: (Map<number, number> | undefined)[] = [undefined];
    const own: number[][] = [[]];
    for (let t = 0; t < terms.length; t++) {
      const text = terms[t]!.text;
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let next: number | undefined;
        if (c < 0x80) next = asciiChild[node]![this.classOf[c]!];
        else next = wideChild[node]?.get(c);
        if (next === undefined) {
          next = asciiChild.length;
          asciiChild.push([]);
          wideChild.push(undefined);
          own.push([]);
          if (c < 0x80) asciiChild[node]![this.classOf[c]!] = next;
          else {
            let map = wideChild[node];
            if (!map) wideChild[node] = map = new Map();
            map.set(c, next);
          }
        }
        node = next;
      }
      own[node]!.push(t);
    }
    const states = asciiChild.length;

    // Failure links (BFS) and the complete ASCII transition table.
    this.fail = new Uint32Array(states);
    this.dictLink = new Uint32Array(states);
    this.asciiNext = states <= 0x10000 ? new Uint16Array(states * classes) : new Uint32Array(states * classes);
    /** The state reached from `node` on a non-ASCII unit, walking the failure links (construction only). */
    const wideStepAlongFailures = (node: number, c: number): number => {
      for (let state = node; state !== 0; state = this.fail[state]!) {
        const next = wideChild[state]?.get(c);
        if (next !== undefined) return next;
      }
      return this.rootWide[c]!;
    };
    const queue = new Uint32Array(states);
    let head = 0;
    let tail = 0;
    for (let k = 1; k < classes; k++) {
      const child = asciiChild[0]![k];
      if (child !== undefined) {
        this.asciiNext[k] = child;
        queue[tail++] = child;
      }
    }
    for (const [c, child] of wideChild[0] ?? []) {
      this.rootWide[c] = child;
      queue[tail++] = child;
    }
    while (head < tail) {
      const node = queue[head++]!;
      const failNode = this.fail[node]!;
      this.dictLink[node] = own[failNode]!.length > 0 ? failNode : this.dictLink[failNode]!;
      for (let k = 1; k < classes; k++) {
        const child = asciiChild[node]![k];
        if (child !== undefined) {
          this.fail[child] = node === 0 ? 0 : this.asciiNext[failNode * classes + k]!;
          this.asciiNext[node * classes + k] = child;
          queue[tail++] = child;
        } else {
          this.asciiNext[node * classes + k] = this.asciiNext[failNode * classes + k]!;
        }
      }
      const wide = wideChild[node];
      if (wide) {
        for (const [c, child] of wide) {
          this.fail[child] = node === 0 ? 0 : wideStepAlongFailures(failNode, c);
          queue[tail++] = child;
        }
      }
    }
    // Root children had fail 0 already; fix their dict links (the loop above handled every non-root node).

    let total = 0;
    for (const list of own) total += list.length;
    this.outStart = new Uint32Array(states + 1);
    this.outTerms = new Uint32Array(total);
    this.outStart[states] = total;
    const firstOutput = new Uint32Array(states);
    for (let st = 1; st < states; st++) firstOutput[st] = own[st]!.length > 0 ? st : this.dictLink[st]!;

    // Renumber the states: those without outputs first, then those with, each in BFS order (so the shallow states
    // that text visits most sit close together). The scan then tells an output state by its number alone.
    const newId = new Uint32Array(states);
    let next = 1;
    for (let q = 0; q < tail; q++) if (firstOutput[queue[q]!] === 0) newId[queue[q]!] = next++;
    this.firstOutputState = next;
    for (let q = 0; q < tail; q++) if (firstOutput[queue[q]!] !== 0) newId[queue[q]!] = next++;
    const oldId = new Uint32Array(states);
    for (let st = 0; st < states; st++) oldId[newId[st]!] = st;
    const renumbered = (table: Uint32Array): Uint32Array => table.map((_, st) => newId[table[oldId[st]!]!]!);
    const asciiNext = this.asciiNext.slice();
    for (let st = 0; st < states; st++) {
      const row = newId[st]! * classes;
      for (let k = 0; k < classes; k++) asciiNext[row + k] = newId[this.asciiNext[st * classes + k]!]!;
    }
    this.asciiNext = asciiNext;
    this.fail = renumbered(this.fail);
    this.dictLink = renumbered(this.dictLink);
    this.firstOutput = renumbered(firstOutput);
    const wideNext = wideChild.map((_, st) => {
      const map = wideChild[oldId[st]!];
      return map && new Map([...map].map(([c, child]) => [c, newId[child]!]));
    });
    for (const [c] of wideChild[0] ?? []) this.rootWide[c] = newId[this.rootWide[c]!]!;
    let written = 0;
    for (let st = 0; st < states; st++) {
      this.outStart[st] = written;
      for (const t of own[oldId[st]!]!) this.outTerms[written++] = t;
    }

    // Each state's transitions on non-ASCII units: its own children, else its failure state's (filled in BFS order,
    // so a failure state, always shallower, is done first); the root's children are the default and left out.
    const wideFrom: (Map<number, number> | undefined)[] = new Array<Map<number, number> | undefined>(states);
    let wideEntries = 0;
    for (let q = 0; q < tail; q++) {
      const st = newId[queue[q]!]!;
      const failState = this.fail[st]!;
      const inherited = failState === 0 ? undefined : wideFrom[failState];
      const children = wideNext[st];
      const from = children ? new Map([...(inherited ?? []), ...children]) : inherited;
      wideFrom[st] = from;
      wideEntries += from?.size ?? 0;
    }
    let size = 2;
    while (size < wideEntries * 2) size *= 2;
    this.wideMask = size - 1;
    this.wideKeyState = new Int32Array(size).fill(-1);
    this.wideKeyUnit = new Uint16Array(size);
    this.wideTarget = new Uint32Array(size);
    for (let st = 1; st < states; st++) {
      for (const [c, target] of wideFrom[st] ?? []) {
        let slot = wideSlot(st, c) & this.wideMask;
        while (this.wideKeyState[slot] !== -1) slot = (slot + 1) & this.wideMask;
        this.wideKeyState[slot] = st;
        this.wideKeyUnit[slot] = c;
        this.wideTarget[slot] = target;
      }
    }

    this.termLength = new Uint32Array(terms.length);
    this.termBoundaryStart = new Uint8Array(terms.length);
    this.termBoundaryEnd = new Uint8Array(terms.length);
    terms.forEach((term, t) => {
      this.termLength[t] = term.text.length;
      this.termBoundaryStart[t] = term.boundaryStart ? 1 : 0;
      this.termBoundaryEnd[t] = term.boundaryEnd ? 1 : 0;
    });
  }

  /** The state reached from `state` on a non-ASCII unit `c`: one hash probe, else the root's child. */
  private wideStep(state: number, c: number): number {
    if (this.wideUsed[c] === 0) return 0;
    if (state !== 0) {
      const keyState = this.wideKeyState;
      const mask = this.wideMask;
      for (let slot = wideSlot(state, c) & mask; keyState[slot] !== -1; slot = (slot + 1) & mask) {
        if (keyState[slot] === state && this.wideKeyUnit[slot] === c) return this.wideTarget[slot]!;
      }
    }
    return this.rootWide[c]!;
  }

  /** Calls `onHit` for every phrase occurrence in `text` (which must be normalised), in order of end position. */
  scan(text: string, onHit: HitCallback): void {
    const units = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    this.scanUnits(units, onHit);
  }

  /** The same over the UTF-16 units of a normalised text (normalise.ts's `units`: typed-array reads, no string). */
  scanUnits(units: Uint16Array, onHit: HitCallback): void {
    const classes = this.classCount;
    const classOf = this.classOf;
    const asciiNext = this.asciiNext;
    const outStart = this.outStart;
    const firstOutput = this.firstOutput;
    const firstOutputState = this.firstOutputState;
    const length = units.length;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const c = units[i]!;
      state = c < 0x80 ? asciiNext[state * classes + classOf[c]!]! : this.wideStep(state, c);
      if (state < firstOutputState) continue;
      let out = firstOutput[state]!;
      while (out !== 0) {
        for (let k = outStart[out]!; k < outStart[out + 1]!; k++) this.report(units, this.outTerms[k]!, i + 1, onHit);
        out = this.dictLink[out]!;
      }
    }
  }

  private report(units: Uint16Array, term: number, end: number, onHit: HitCallback): void {
    const start = end - this.termLength[term]!;
    if (this.termBoundaryStart[term] === 1 && start > 0 && isBoundaryWordChar(units[start - 1]!)) return;
    if (this.termBoundaryEnd[term] === 1 && end < units.length && isBoundaryWordChar(units[end]!)) return;
    onHit(term, start, end);
  }
}

/** Hash of a (state, unit) pair for the table of non-ASCII transitions. */
function wideSlot(state: number, unit: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) >>> 7;
}
