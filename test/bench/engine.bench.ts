// Engine benchmark: replays the corpora's texts through score(), single-threaded, and prints throughput,
// per-posting latency, a naive baseline measured in the same run, the worst time on adversarial inputs, and the
// heap. Figures, not assertions: it never fails on a slow run. The last line is one JSON object for tools.
//
//   npm run bench                       corpora from ../shared/corpora
//   npm run bench -- --corpora DIR      another directory; without one, the bundled sample ads are used
//
// Naive baseline: for every rule in RULES, one case-insensitive RegExp built from that rule's phrases (its
// `phrases` and both sides of its `near` pairs; a `*` wildcard becomes "any letters"), plus any RegExp found
// in the rule object, each run separately over the lower-cased text. It finds the same words the engine's
// single Aho-Corasick pass finds, without the normalisation, offsets, exclusions and combination logic.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { RULES, score } from '../../lib/engine/index';
import type { Posting } from '../../lib/engine/types';

const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TARGETS = { postingsPerSecond: 20_000, p99Ms: 0.2, adversarialMaxMs: 50 };

function loadTexts(dir: string): { texts: string[]; from: string } {
  if (existsSync(dir) && statSync(dir).isDirectory()) {
    const files = readdirSync(dir).filter((file) => file.endsWith('.jsonl')).sort();
    const texts: string[] = [];
    for (const file of files) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        try {
          const row = JSON.parse(line) as { text?: unknown };
          if (typeof row.text === 'string' && row.text !== '') texts.push(row.text);
        } catch {
          // A broken corpus line is not the engine's cost; skip it.
        }
      }
    }
    if (texts.length > 0) return { texts, from: `${files.length} corpora in ${dir}` };
  }
  const sample = join(REPO_ROOT, 'test', 'fixtures', 'sample-ads.jsonl');
  const texts = readFileSync(sample, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text);
  return { texts, from: `${sample} (no corpora at ${dir})` };
}

// ---------------------------------------------------------------------------------------------
// Naive baseline, built by reading the rules generically.

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phrasePattern(phrase: string): string {
  const lower = phrase.toLowerCase();
  const head = lower.startsWith('*') ? '\\p{L}*' : '';
  const tail = lower.endsWith('*') ? '\\p{L}*' : '';
  return head + escapeRegex(lower.replace(/^\*|\*$/g, '')) + tail;
}

/** Strings under phrase-list keys and RegExps anywhere in a rule, without assuming more of its shape. */
function collectPatterns(value: unknown, inPhrases: boolean, strings: string[], regexes: RegExp[], seen: Set<unknown>): void {
  if (value instanceof RegExp) {
    regexes.push(value);
    return;
  }
  if (typeof value === 'string') {
    if (inPhrases) strings.push(value);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    if (key === 'examples' || key === 'source' || key === 'unless') continue;
    collectPatterns(child, inPhrases || key === 'phrases' || key === 'near', strings, regexes, seen);
  }
}

function buildBaseline(rules: readonly unknown[]): RegExp[] {
  const patterns: RegExp[] = [];
  for (const rule of rules) {
    const strings: string[] = [];
    const regexes: RegExp[] = [];
    collectPatterns(rule, false, strings, regexes, new Set());
    const phrases = strings.filter((s) => s.replace(/\*/g, '').trim() !== '');
    if (phrases.length > 0) patterns.push(new RegExp(phrases.map(phrasePattern).join('|'), 'gu'));
    for (const regex of regexes) patterns.push(new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`));
  }
  return patterns;
}

function naiveScore(patterns: readonly RegExp[], text: string): number {
  const lower = text.toLowerCase();
  let hits = 0;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
      hits++;
      if (match[0] === '') pattern.lastIndex++;
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Adversarial inputs, about 100 KB each.

const SIZE = 100_000;

function repeatTo(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
}

function ruleWords(rules: readonly unknown[]): string[] {
  const words: string[] = [];
  for (const rule of rules) {
    const strings: string[] = [];
    collectPatterns(rule, false, strings, [], new Set());
    words.push(...strings.map((s) => s.replace(/\*/g, '')).filter((s) => s.length > 1));
  }
  return words;
}

function adversarialInputs(rules: readonly unknown[]): { name: string; text: string }[] {
  const words = ruleWords(rules);
  // Every rule phrase cut one character short, or with its last character changed: prefixes that keep the
  // matcher inside the automaton without ever completing a hit.
  const cut = words.map((word) => word.slice(0, -1)).join(' ');
  const altered = words.map((word) => word.slice(0, -1) + (word.endsWith('x') ? 'y' : 'x')).join(' ');
  const glued = words.join('');
  const nested = '('.repeat(SIZE / 4) + '[{<'.repeat(SIZE / 12) + '>}]'.repeat(SIZE / 12) + ')'.repeat(SIZE / 4);
  return [
    { name: 'rule phrases cut one character short', text: repeatTo(`${cut} `) },
    { name: 'rule phrases with the last character changed', text: repeatTo(`${altered} `) },
    { name: 'rule phrases glued without spaces', text: repeatTo(glued) },
    { name: 'repeated separators "- / | , ."', text: repeatTo('- / | , . ') },
    { name: 'repeated newlines and tabs', text: repeatTo('\n\t\r\n') },
    { name: 'one character: a', text: repeatTo('a') },
    { name: 'one character: 9', text: repeatTo('9') },
    { name: 'one character: space', text: repeatTo(' ') },
    { name: 'one character: 万', text: repeatTo('万') },
    { name: 'one character: $', text: repeatTo('$') },
    { name: 'deeply nested punctuation', text: nested },
    { name: 'number soup "1,1,1"', text: repeatTo('1,') },
    { name: 'pay figures "$1 RM2 ₱3"', text: repeatTo('$1 RM2 ₱3 ') },
    { name: 'ranges "15-20 triệu "', text: repeatTo('15-20 triệu/tháng ') },
    { name: 'script switching', text: repeatTo('aกá中한ひ') },
    { name: 'emoji and surrogates', text: repeatTo('🔥💰✈️') },
  ];
}

// ---------------------------------------------------------------------------------------------

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function main(): void {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { corpora: { type: 'string' } } });
  // `npm run bench` runs in the package root: a relative --corpora is relative to where npm was started.
  const userDir = process.env.npm_lifecycle_event === 'bench' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  const dir = values.corpora === undefined ? resolve(REPO_ROOT, '..', 'shared', 'corpora') : resolve(userDir, values.corpora);
  const { texts, from } = loadTexts(dir);
  const postings: Posting[] = texts.map((text) => ({ body: text }));
  const totalChars = texts.reduce((sum, text) => sum + text.length, 0);
  console.log(`Engine benchmark: ${postings.length} postings from ${from}, mean ${Math.round(totalChars / postings.length)} characters`);
  console.log(`Node ${process.version}, single thread, ${RULES.length} rules`);
  const [load] = loadavg();
  const cpus = availableParallelism();
  console.log(`Load average ${load!.toFixed(2)} on ${cpus} CPUs${load! > cpus ? ': the machine is busy, figures will be low' : ''}`);

  const heapBefore = process.memoryUsage().heapUsed;

  // Warm up: let the JIT see every path before anything is timed.
  for (let round = 0; round < 3; round++) for (const posting of postings) score(posting);

  // Throughput: the whole set, several rounds, timed as one block.
  const rounds = Math.max(3, Math.ceil(20_000 / postings.length));
  let checksum = 0;
  const throughputStart = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) for (const posting of postings) checksum += score(posting).score;
  const throughputMs = elapsedMs(throughputStart);
  const postingsPerSecond = (rounds * postings.length) / (throughputMs / 1000);

  // Latency: each posting timed on its own.
  const durations = new Float64Array(postings.length);
  for (let i = 0; i < postings.length; i++) {
    const start = process.hrtime.bigint();
    checksum += score(postings[i]!).score;
    durations[i] = elapsedMs(start);
  }
  durations.sort();
  const p50Ms = percentile(durations, 50);
  const p99Ms = percentile(durations, 99);
  const maxMs = durations[durations.length - 1] ?? Number.NaN;

  // Baseline, same texts, same run.
  const patterns = buildBaseline(RULES);
  for (const text of texts) checksum += naiveScore(patterns, text);
  const baselineStart = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) for (const text of texts) checksum += naiveScore(patterns, text);
  const baselineMs = elapsedMs(baselineStart);
  const baselinePostingsPerSecond = (rounds * texts.length) / (baselineMs / 1000);

  // Adversarial inputs: each scored three times; the worst single run counts.
  const adversarial = adversarialInputs(RULES);
  score({ body: 'warm up' });
  let adversarialMaxMs = 0;
  const adversarialLines: string[] = [];
  for (const { name, text } of adversarial) {
    let worst = 0;
    for (let run = 0; run < 3; run++) {
      const start = process.hrtime.bigint();
      checksum += score({ body: text, title: text.slice(0, 200) }).score;
      worst = Math.max(worst, elapsedMs(start));
    }
    adversarialMaxMs = Math.max(adversarialMaxMs, worst);
    adversarialLines.push(`  ${worst.toFixed(2).padStart(8)} ms  ${name} (${text.length} chars)`);
  }

  const heapAfter = process.memoryUsage().heapUsed;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('');
  console.log(`Engine:   ${Math.round(postingsPerSecond).toLocaleString('en')} postings/s (${rounds} rounds, ${throughputMs.toFixed(0)} ms)`);
  console.log(`          per posting p50 ${p50Ms.toFixed(4)} ms, p99 ${p99Ms.toFixed(4)} ms, max ${maxMs.toFixed(3)} ms`);
  console.log(`Baseline: ${Math.round(baselinePostingsPerSecond).toLocaleString('en')} postings/s, ${patterns.length} rule regexes run one by one`);
  console.log(`          engine is ${(postingsPerSecond / baselinePostingsPerSecond).toFixed(1)}x the baseline`);
  console.log('Adversarial inputs (worst of 3 runs each):');
  for (const line of adversarialLines) console.log(line);
  console.log(`Heap used: ${mb(heapBefore)} before, ${mb(heapAfter)} after (no forced GC)`);
  console.log('Targets:');
  console.log(`  >= ${TARGETS.postingsPerSecond.toLocaleString('en')} postings/s: ${met(postingsPerSecond >= TARGETS.postingsPerSecond)}`);
  console.log(`  p99 <= ${TARGETS.p99Ms} ms: ${met(p99Ms <= TARGETS.p99Ms)}`);
  console.log(`  adversarial <= ${TARGETS.adversarialMaxMs} ms: ${met(adversarialMaxMs <= TARGETS.adversarialMaxMs)}`);
  console.log(`(checksum ${checksum}, keeps the work observable)`);
  const round4 = (n: number) => Math.round(n * 10_000) / 10_000;
  console.log(
    JSON.stringify({
      texts: `${postings.length} postings from ${from}`,
      postingsPerSecond: Math.round(postingsPerSecond),
      p50Ms: round4(p50Ms),
      p99Ms: round4(p99Ms),
      baselinePostingsPerSecond: Math.round(baselinePostingsPerSecond),
      adversarialMaxMs: round4(adversarialMaxMs),
    }),
  );
}

main();
