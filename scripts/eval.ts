// Scores every labelled corpus and checks the engine against its bars.
//
//   npm run eval                          corpora from ../shared/corpora (next to the repo)
//   npm run eval -- --corpora DIR         another directory of *.jsonl corpora
//   npm run eval -- --json                the metrics as one JSON object
//   npm run eval -- --misses              also list the ids of lures below high and legit rows at medium+
//   npm run eval -- --part tune|check     the misses of one part only (rules are tuned on `tune`, never on `check`)
//
// Exit status: 0 all bars met, 1 a bar failed (a line says which), 2 no corpora or bad usage.
// The corpora are third-party data: they are read where they are and never copied into the project.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { score } from '../lib/engine/index';
import {
  ALL_CORPORA_BARS,
  BARS,
  checkBars,
  computeMetrics,
  findMisses,
  partOf,
  type EvalPart,
  formatRate,
  formatTable,
  LABELS,
  metricsBy,
  TARGETS,
  type BarResult,
  type Label,
  type Miss,
  type ScoredRow,
} from '../lib/eval/metrics';

const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEFAULT_CORPORA = resolve(REPO_ROOT, '..', 'shared', 'corpora');

const HELP = `Usage: npm run eval [-- --corpora DIR] [--json] [--misses] [--part tune|check]

Scores every *.jsonl corpus in DIR and in its subfolders one level down (default ${DEFAULT_CORPORA}, or
$CORPORA_DIR; rows: id, text, label lure|scam|legit|other, lang, kind, tags) and prints, per corpus and language and
overall: level shares, lure recall at high and at medium+, legit false-positive rates (all legit and rows tagged
"hard"), scam recall at medium+. Every row falls in one of two parts by a hash of its id: "tune" (two rows in three,
what the rules may be tuned on) and "check" (never tuned on); both parts are printed.

Bars, enforced (the corpora at the top of DIR combined, both parts, hard negatives counted as legit):
${BARS.map((bar) => `  ${bar.name} ${bar.comparison} ${formatRate(bar.threshold)}`).join('\n')}
Bars, enforced (every corpus, subfolders included):
${ALL_CORPORA_BARS.map((bar) => `  ${bar.name} ${bar.comparison} ${formatRate(bar.threshold)}`).join('\n')}
Targets, reported (every corpus, subfolders included):
${TARGETS.map((bar) => `  ${bar.name} ${bar.comparison} ${formatRate(bar.threshold)}`).join('\n')}

  --corpora DIR  where the corpora are
  --json         print the metrics as one JSON object
  --misses       list ids (never texts) of lures below high and legit rows at medium+, with their signals
  --part P       with --misses: only the rows of part P (tune or check)
Exit status: 0 all bars met, 1 a bar failed, 2 no corpora or bad usage.
`;

interface CorpusRows {
  name: string;
  /** Read from a subfolder (next/): counted in the targets, not yet in the enforced bars. */
  inSubfolder: boolean;
  rows: ScoredRow[];
  skipped: number;
}

function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (LABELS as readonly string[]).includes(value);
}

async function scoreCorpus(path: string, inSubfolder: boolean): Promise<CorpusRows> {
  const name = basename(path, '.jsonl');
  const rows: ScoredRow[] = [];
  let skipped = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const where = `${name}.jsonl:${lineNumber}`;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      skipped++;
      process.stderr.write(`eval: ${where}: skipped, not valid JSON\n`);
      continue;
    }
    if (typeof row !== 'object' || row === null || typeof row.text !== 'string' || !isLabel(row.label)) {
      skipped++;
      process.stderr.write(`eval: ${where}: skipped, needs a string "text" and a label (${LABELS.join('|')})\n`);
      continue;
    }
    const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : `${name}:${lineNumber}`;
    try {
      const verdict = score({ body: row.text });
      rows.push({
        id,
        corpus: name,
        label: row.label,
        lang: typeof row.lang === 'string' && row.lang !== '' ? row.lang : 'und',
        tags: Array.isArray(row.tags) ? row.tags.filter((tag): tag is string => typeof tag === 'string') : [],
        level: verdict.level,
        score: verdict.score,
        signals: verdict.signals.map((signal) => signal.id),
      });
    } catch (error) {
      skipped++;
      process.stderr.write(`eval: ${where} (${id}): the engine threw: ${(error as Error).message}\n`);
    }
  }
  return { name, inSubfolder, rows, skipped };
}

/** The *.jsonl files in dir and in its subfolders one level down (next/ holds the newer dev corpora), sorted. */
function corpusFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isFile() && entry.name.endsWith('.jsonl')) files.push(path);
    else if (entry.isDirectory()) {
      for (const inner of readdirSync(path, { withFileTypes: true })) {
        if (inner.isFile() && inner.name.endsWith('.jsonl')) files.push(join(path, inner.name));
      }
    }
  }
  return files.sort((a, b) => basename(a).localeCompare(basename(b)));
}

function formatMiss(miss: Miss): string {
  return `  ${miss.id}  [${miss.corpus}, ${miss.lang}]  ${miss.level} ${miss.score}  signals: ${miss.signals.join(', ') || '(none)'}`;
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        corpora: { type: 'string' },
        json: { type: 'boolean', default: false },
        misses: { type: 'boolean', default: false },
        part: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const onlyPart = values.part;
  if (onlyPart !== undefined && onlyPart !== 'tune' && onlyPart !== 'check') {
    process.stderr.write(`eval: --part is "tune" or "check", not "${onlyPart}"\n`);
    return 2;
  }

  // `npm run eval` runs in the package root: a relative --corpora is relative to where npm was started.
  const userDir = process.env.npm_lifecycle_event === 'eval' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  const dir = values.corpora !== undefined ? resolve(userDir, values.corpora) : process.env.CORPORA_DIR ? resolve(userDir, process.env.CORPORA_DIR) : DEFAULT_CORPORA;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(
      `eval: no corpora directory at ${dir}. The labelled corpora live outside the repo (../shared/corpora); ` +
        'pass another place with --corpora DIR.\n',
    );
    return 2;
  }
  const files = corpusFiles(dir);
  if (files.length === 0) {
    process.stderr.write(`eval: ${dir} holds no *.jsonl corpora.\n`);
    return 2;
  }

  const corpora: CorpusRows[] = [];
  for (const file of files) corpora.push(await scoreCorpus(file, resolve(file, '..') !== dir));
  const names = corpora.map((corpus) => corpus.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice !== undefined) {
    process.stderr.write(`eval: two corpora are named ${twice}.jsonl (in ${dir} and a subfolder); rename one.\n`);
    return 2;
  }
  const allRows = corpora.flatMap((corpus) => corpus.rows);
  const byLanguage = (row: ScoredRow) => row.lang;
  const perCorpus = Object.fromEntries(corpora.map((corpus) => [corpus.name, metricsBy(corpus.rows, byLanguage)]));
  const overallByLanguage = metricsBy(allRows, byLanguage);
  const overallByCorpus = metricsBy(allRows, (row) => row.corpus);
  const byPart = metricsBy(allRows, (row) => partOf(row.id));
  // The enforced bars keep the corpora they were set on (the folder's top level); the targets take every corpus.
  const baseRows = corpora.filter((corpus) => !corpus.inSubfolder).flatMap((corpus) => corpus.rows);
  const bars = checkBars(computeMetrics(baseRows));
  const everyCorpus = { all: overallByLanguage.all, byLanguage: overallByLanguage.groups, byCorpus: overallByCorpus.groups };
  const targets = checkBars(everyCorpus, TARGETS);
  const allCorporaBars = checkBars(everyCorpus, ALL_CORPORA_BARS);
  const passed = [...bars, ...allCorporaBars].every((bar) => bar.passed);
  const misses = findMisses(onlyPart === undefined ? allRows : allRows.filter((row) => partOf(row.id) === (onlyPart as EvalPart)));
  const skipped = corpora.reduce((sum, corpus) => sum + corpus.skipped, 0);

  if (values.json) {
    const report: Record<string, unknown> = {
      corporaDir: dir,
      corpora: perCorpus,
      overall: { all: overallByLanguage.all, byLanguage: overallByLanguage.groups, byCorpus: overallByCorpus.groups, byPart: byPart.groups },
      bars,
      allCorporaBars,
      targets,
      passed,
      skippedLines: skipped,
    };
    if (values.misses) report.misses = misses;
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    const out: string[] = [`Corpora: ${dir}`, ''];
    for (const corpus of corpora) {
      out.push(formatTable(`== ${corpus.name}${corpus.skipped ? ` (${corpus.skipped} lines skipped)` : ''}`, perCorpus[corpus.name]!), '');
    }
    out.push(formatTable('== Overall, by corpus', overallByCorpus, 'corpus'), '');
    out.push(formatTable('== Overall, by language', overallByLanguage), '');
    out.push(formatTable('== Overall, by part (tune: what the rules were tuned on; check: never tuned on)', byPart, 'part'), '');
    out.push('Columns: lure@H / lure@M+ = lures at high / at medium or higher; FP = legit rows warned about; hard = legit');
    out.push('rows tagged hard; scam@M+ = other job scams at medium or higher.', '');
    if (values.misses) {
      out.push(`Lures below high (${misses.luresBelowHigh.length}):`, ...misses.luresBelowHigh.map(formatMiss), '');
      out.push(`Legit rows at medium or higher (${misses.legitAtMediumPlus.length}):`, ...misses.legitAtMediumPlus.map(formatMiss), '');
    }
    const line = (bar: BarResult, pass: string, fail: string) => {
      const where = bar.worstGroup === undefined ? '' : `, worst ${bar.worstGroup}`;
      return `  ${bar.passed ? pass : fail}  ${bar.name}: ${formatRate(bar.value)}${where} (${bar.comparison} ${formatRate(bar.threshold)})`;
    };
    out.push('Targets (every corpus, next/ included; those met on 2026-12-02 are enforced below):');
    for (const target of targets) out.push(line(target, 'met ', 'gap '));
    out.push('', `Bars (enforced; the corpora at the top of ${dir}, combined):`);
    for (const bar of bars) out.push(line(bar, 'PASS', 'FAIL'));
    out.push('', 'Bars (enforced; every corpus, next/ included):');
    for (const bar of allCorporaBars) out.push(line(bar, 'PASS', 'FAIL'));
    process.stdout.write(`${out.join('\n')}\n`);
  }
  if (!passed) {
    const failed = [...bars, ...allCorporaBars].filter((bar) => !bar.passed);
    process.stderr.write(
      `eval: FAILED ${failed
        .map((bar) => `${bar.name} is ${bar.value === null ? 'unmeasured (no such rows)' : formatRate(bar.value)}, bar ${bar.comparison} ${formatRate(bar.threshold)}`)
        .join('; ')}\n`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
