// Scores every labelled corpus and checks the engine against its bars.
//
//   npm run eval                          corpora from ../shared/corpora (next to the repo)
//   npm run eval -- --corpora DIR         another directory of *.jsonl corpora
//   npm run eval -- --json                the metrics as one JSON object
//   npm run eval -- --misses              also list the ids of lures below high and legit rows at medium+
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
  BARS,
  checkBars,
  findMisses,
  formatRate,
  formatTable,
  LABELS,
  metricsBy,
  type Label,
  type Miss,
  type ScoredRow,
} from '../lib/eval/metrics';

const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEFAULT_CORPORA = resolve(REPO_ROOT, '..', 'shared', 'corpora');

const HELP = `Usage: npm run eval [-- --corpora DIR] [--json] [--misses]

Scores every *.jsonl corpus in DIR (default ${DEFAULT_CORPORA}; rows: id, text, label lure|scam|legit|other,
lang, kind, tags) and prints, per corpus and language and overall: level shares, lure recall at high and at
medium+, legit false-positive rates (all legit and rows tagged "hard"), scam recall at medium+.

Bars (all corpora combined, hard negatives counted as legit):
${BARS.map((bar) => `  ${bar.name} ${bar.comparison} ${formatRate(bar.threshold)}`).join('\n')}

  --corpora DIR  where the corpora are
  --json         print the metrics as one JSON object
  --misses       list ids (never texts) of lures below high and legit rows at medium+, with their signals
Exit status: 0 all bars met, 1 a bar failed, 2 no corpora or bad usage.
`;

interface CorpusRows {
  name: string;
  rows: ScoredRow[];
  skipped: number;
}

function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (LABELS as readonly string[]).includes(value);
}

async function scoreCorpus(path: string): Promise<CorpusRows> {
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
  return { name, rows, skipped };
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

  // `npm run eval` runs in the package root: a relative --corpora is relative to where npm was started.
  const userDir = process.env.npm_lifecycle_event === 'eval' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  const dir = values.corpora === undefined ? DEFAULT_CORPORA : resolve(userDir, values.corpora);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(
      `eval: no corpora directory at ${dir}. The labelled corpora live outside the repo (../shared/corpora); ` +
        'pass another place with --corpora DIR.\n',
    );
    return 2;
  }
  const files = readdirSync(dir).filter((file) => file.endsWith('.jsonl')).sort();
  if (files.length === 0) {
    process.stderr.write(`eval: ${dir} holds no *.jsonl corpora.\n`);
    return 2;
  }

  const corpora: CorpusRows[] = [];
  for (const file of files) corpora.push(await scoreCorpus(join(dir, file)));
  const allRows = corpora.flatMap((corpus) => corpus.rows);
  const byLanguage = (row: ScoredRow) => row.lang;
  const perCorpus = Object.fromEntries(corpora.map((corpus) => [corpus.name, metricsBy(corpus.rows, byLanguage)]));
  const overallByLanguage = metricsBy(allRows, byLanguage);
  const overallByCorpus = metricsBy(allRows, (row) => row.corpus);
  const bars = checkBars(overallByLanguage.all);
  const passed = bars.every((bar) => bar.passed);
  const misses = findMisses(allRows);
  const skipped = corpora.reduce((sum, corpus) => sum + corpus.skipped, 0);

  if (values.json) {
    const report: Record<string, unknown> = {
      corporaDir: dir,
      corpora: perCorpus,
      overall: { all: overallByLanguage.all, byLanguage: overallByLanguage.groups, byCorpus: overallByCorpus.groups },
      bars,
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
    out.push('Columns: lure@H / lure@M+ = lures at high / at medium or higher; FP = legit rows warned about; hard = legit');
    out.push('rows tagged hard; scam@M+ = other job scams at medium or higher.', '');
    if (values.misses) {
      out.push(`Lures below high (${misses.luresBelowHigh.length}):`, ...misses.luresBelowHigh.map(formatMiss), '');
      out.push(`Legit rows at medium or higher (${misses.legitAtMediumPlus.length}):`, ...misses.legitAtMediumPlus.map(formatMiss), '');
    }
    out.push('Bars (all corpora combined):');
    for (const bar of bars) {
      out.push(`  ${bar.passed ? 'PASS' : 'FAIL'}  ${bar.name}: ${formatRate(bar.value)} (bar ${bar.comparison} ${formatRate(bar.threshold)})`);
    }
    process.stdout.write(`${out.join('\n')}\n`);
  }
  if (!passed) {
    const failed = bars.filter((bar) => !bar.passed);
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
