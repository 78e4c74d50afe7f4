// Command line scorer: JSONL postings in, one verdict per line out, in input order. Streams, so a file of any
// size is read line by line; a malformed line is reported on stderr with its number and the others still score.
//
//   npm run --silent score -- ads.jsonl        cat ads.jsonl | npm run --silent score -- -
//   npm run --silent score -- --text "..."     npm run --silent score -- --pretty test/fixtures/sample-ads.jsonl
import { createReadStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { RULES, score } from '../lib/engine/index';
import { labelKeyOf } from '../lib/engine/reasons';
import type { Posting, SignalHit, Verdict } from '../lib/engine/types';

export const HELP = `Usage: job-lure-alert [options] FILE|-
       job-lure-alert [options] --text "a job ad or message"

Scores job postings for signs of recruitment into scam compounds, locally, with the extension's rules.

Input: JSONL, one JSON object a line, from FILE or from standard input ("-"):
  text      string, required, non-empty   the ad or message (scored as the posting body)
  id        string or number, optional    echoed back; defaults to the line number
  title, company, location, salary, url   strings, optional
Blank lines are skipped.

Output: one JSON object a line, in input order: {"id", "score", "level", "kind", "reasons", "combinations", "signals"}
  score 0-100, level none|low|medium|high;
  kind = what the verdict is about: trafficking (a lure into trafficking or forced scamming) or job_scam (fees,
    paid tasks, fake vacancies, unlicensed recruiters: the job-scam signs alone set the level);
  reasons = the rules that fired, strongest first: {"id", "label", "words", "source": {"org", "url"}}, where
    label is the English label the extension shows and words are the posting's own words that fired the rule;
  combinations = the ids of the combinations of reasons that set the level;
  signals = the same rules as the engine returns them, with evidence offsets and strength.

Options:
  --text TEXT   score TEXT instead of reading a file (id 1)
  --pretty      print a readable verdict with its reasons instead of JSON
  -h, --help    show this help

Exit status:
  0  every line was scored
  1  at least one line was malformed (bad JSON, missing or empty "text", a field of the wrong type) or could
     not be scored; each such line is reported on stderr with its line number, and all other lines are
     still scored and printed
  2  bad usage, or the input file cannot be read
`;

const OPTIONAL_STRING_FIELDS = ['title', 'company', 'location', 'salary', 'url'] as const;

export interface ParsedLine {
  id: string | number;
  posting: Posting;
}

/** One JSONL line to a posting, or the reason it is malformed. Blank lines give null. */
export function parseLine(line: string, lineNumber: number): ParsedLine | { error: string } | null {
  if (line.trim() === '') return null;
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return { error: 'not a JSON object' };
  const record = row as Record<string, unknown>;
  if (typeof record.text !== 'string') return { error: '"text" is missing or not a string' };
  if (record.text.trim() === '') return { error: '"text" is empty' };
  const posting: Posting = { body: record.text };
  for (const field of OPTIONAL_STRING_FIELDS) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return { error: `"${field}" must be a string` };
    posting[field] = value;
  }
  let id: string | number = lineNumber;
  if (record.id !== undefined && record.id !== null) {
    if (typeof record.id !== 'string' && typeof record.id !== 'number') return { error: '"id" must be a string or a number' };
    id = record.id;
  }
  return { id, posting };
}

/** One rule that fired, as a reader sees it. */
export interface Reason {
  /** Rule id, e.g. "irregular_travel.tourist_visa". */
  id: string;
  /** The English label the extension shows for it. */
  label: string;
  /** The posting's own words that fired it, each once. */
  words: string[];
  /** Who said it is a warning sign, and where. */
  source: { org: string; url: string };
}

export interface OutputRow {
  id: string | number;
  score: number;
  level: Verdict['level'];
  kind: Verdict['kind'];
  reasons: Reason[];
  combinations: string[];
  signals: SignalHit[];
}

const RULES_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/** The verdict's signals, strongest first (as the engine lists them), with labels from `strings`. */
export function reasonsOf(verdict: Verdict, strings: Strings): Reason[] {
  return verdict.signals.map((signal) => ({
    id: signal.id,
    label: strings[labelKeyOf(signal)]?.message ?? signal.id,
    words: [...new Set(signal.evidence.map((evidence) => evidence.text))],
    source: { org: RULES_BY_ID.get(signal.id)?.source.org ?? '', url: signal.source },
  }));
}

export function outputRow(id: string | number, verdict: Verdict, strings: Strings = {}): OutputRow {
  return {
    id,
    score: verdict.score,
    level: verdict.level,
    kind: verdict.kind,
    reasons: reasonsOf(verdict, strings),
    combinations: verdict.reasons,
    signals: verdict.signals,
  };
}

// ---------------------------------------------------------------------------------------------
// Readable output. English strings come from the extension's own locale file when it is there.

type Strings = Record<string, { message: string } | undefined>;

export function loadEnglishStrings(): Strings {
  try {
    const url = new URL('../public/_locales/en/messages.json', import.meta.url);
    return JSON.parse(readFileSync(url, 'utf8')) as Strings;
  } catch {
    return {};
  }
}

/** Page text in a terminal: drop control characters (escape sequences) and fold whitespace. */
function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Words for the parts of combination ids that are not signal categories (facets of score.ts, in English). */
const COMBINATION_PART_WORDS: Readonly<Record<string, string>> = {
  transit: 'route abroad',
  offer: 'an offer',
  travel_paid: 'travel paid',
  employer_pays_travel: 'travel paid',
  board_paid: 'free food and housing',
  pay_claim: 'claims of high pay',
  easy_high_pay: 'easy work, high pay',
  gambling_role: 'gambling work',
  telegram: 'Telegram',
  secrecy: 'secrecy',
  profile: 'narrow profile',
  bare_offer: 'a bare offer',
  commission: 'commission',
  context: 'another sign',
  // Job-scam combinations (score-job-scam.ts).
  fee: 'a fee the applicant pays',
  deposit_to_earn: 'a deposit to earn',
  task: 'paid tasks',
  paid_clicks: 'paid likes, ratings or orders',
  payment: 'a payment or bank details',
  job_abroad: 'a job abroad',
  easy_money: 'easy money',
  home_office_job: 'office work from home',
  quick_pay: 'pay by the day',
  figure: 'a pay figure',
  unchecked_employer: 'an employer nobody can check',
  bank_details: 'bank or e-wallet details',
  direct_hire_abroad: 'direct hire abroad, no agency',
  pay: 'pay',
};

/** "combo.destination+employer_pays" -> "Risky destination + Travel paid for you"; "…+short_message" says so. */
function describeReason(reason: string, say: (key: string, fallback: string) => string): string {
  const direct = say(`reason_${reason}`, '');
  if (direct) return direct;
  const combination = /^(?:combo|scam)\.(.+?)(\+short_message)?$/.exec(reason);
  if (!combination) return reason.replace(/[._]/g, ' ');
  const parts = combination[1]!.split('+').map((part) => say(`category_${part}`, COMBINATION_PART_WORDS[part] ?? part.replace(/_/g, ' ')));
  return `${parts.join(' + ')}${combination[2] ? ' (in a short message)' : ''}`;
}

/** What a readable verdict says it is about. */
const KIND_WORDS: Readonly<Record<Verdict['kind'], string>> = { trafficking: 'trafficking lure', job_scam: 'job scam' };

/** Combinations named in a readable verdict. */
const PRETTY_REASONS = 3;

export function prettyVerdict(id: string | number, posting: Posting, verdict: Verdict, strings: Strings): string {
  const say = (key: string, fallback: string) => strings[key]?.message ?? fallback;
  const heading = shorten(terminalSafe(posting.title ?? posting.body), 90);
  const lines = [
    `#${id}  ${say(`level_${verdict.level}`, verdict.level).toUpperCase()} (score ${verdict.score})${verdict.level === 'none' ? '' : `, ${KIND_WORDS[verdict.kind]}`}`,
    `  ${heading}`,
  ];
  if (verdict.reasons.length > 0) {
    // Every combination that fired is a reason; the first few say enough, the JSON output has them all.
    const shown = verdict.reasons.slice(0, PRETTY_REASONS).map((reason) => describeReason(reason, say));
    const more = verdict.reasons.length - shown.length;
    lines.push(`  Why: ${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`);
  }
  for (const reason of reasonsOf(verdict, strings)) {
    const quotes = [...new Set(reason.words.map((words) => shorten(terminalSafe(words), 40)))]
      .slice(0, 3)
      .map((quote) => `"${quote}"`);
    lines.push(`  - ${reason.label} [${reason.id}]: ${quotes.join(', ')}`);
    lines.push(`      source: ${reason.source.org ? `${reason.source.org}, ` : ''}${reason.source.url}`);
  }
  if (verdict.signals.length === 0) lines.push('  No warning signs found.');
  return `${lines.join('\n')}\n\n`;
}

// ---------------------------------------------------------------------------------------------

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/**
 * Where relative paths are resolved: `npm run score` runs in the package root, so a path the user typed is
 * relative to the directory npm was started in (INIT_CWD).
 */
export function userDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.npm_lifecycle_event === 'score' && env.INIT_CWD ? env.INIT_CWD : process.cwd();
}

const USAGE_LINE = 'Usage: job-lure-alert FILE | - | --text "..." [--pretty]';

/** A command-line mistake in our words (Node's parser explains its own "--" convention instead). */
function usageError(error: NodeJS.ErrnoException): string {
  const option = /'(--?[\w-]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${terminalSafe(option ?? '')}.`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${terminalSafe(option ?? 'an option')} needs a value.`;
  return terminalSafe(error.message);
}

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Runs the CLI; resolves to the exit status. */
export async function main(argv: string[], io: Io = process): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        text: { type: 'string' },
        pretty: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr.write(`job-lure-alert: ${usageError(error as NodeJS.ErrnoException)}\n${USAGE_LINE}\nTry --help.\n`);
    return 2;
  }
  const { values, positionals } = options;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const hasText = values.text !== undefined;
  if ((hasText && positionals.length > 0) || (!hasText && positionals.length !== 1)) {
    io.stderr.write('job-lure-alert: give one input, a FILE, "-" for standard input, or --text "...". Try --help.\n');
    return 2;
  }

  const strings = loadEnglishStrings();
  const emit = async (id: string | number, posting: Posting): Promise<void> => {
    const verdict = score(posting);
    await write(io.stdout, values.pretty ? prettyVerdict(id, posting, verdict, strings) : `${JSON.stringify(outputRow(id, verdict, strings))}\n`);
  };

  if (hasText) {
    const text = values.text ?? '';
    if (text.trim() === '') {
      io.stderr.write('job-lure-alert: --text is empty.\n');
      return 2;
    }
    await emit(1, { body: text });
    return 0;
  }

  const source = positionals[0]!;
  const label = source === '-' ? 'stdin' : source;
  const input = source === '-' ? io.stdin : createReadStream(resolve(userDirectory(), source));
  const opened = new Promise<Error | null>((resolve) => {
    if (source === '-') resolve(null);
    else {
      input.once('open', () => resolve(null));
      input.once('error', resolve);
    }
  });
  const openError = await opened;
  if (openError) {
    io.stderr.write(`job-lure-alert: cannot read ${terminalSafe(source)}: ${terminalSafe(openError.message)}\n`);
    return 2;
  }

  const where = terminalSafe(label);
  let failed = 0;
  let scored = 0;
  let lineNumber = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      lineNumber++;
      const parsed = parseLine(line, lineNumber);
      if (parsed === null) continue;
      if ('error' in parsed) {
        failed++;
        io.stderr.write(`${where}:${lineNumber}: skipped, ${terminalSafe(parsed.error)}\n`);
        continue;
      }
      try {
        await emit(parsed.id, parsed.posting);
        scored++;
      } catch (error) {
        failed++;
        io.stderr.write(`${where}:${lineNumber}: could not be scored: ${terminalSafe((error as Error).message)}\n`);
      }
    }
  } catch (error) {
    io.stderr.write(`job-lure-alert: reading ${where} failed at line ${lineNumber + 1}: ${terminalSafe((error as Error).message)}\n`);
    return 2;
  }
  if (failed > 0) io.stderr.write(`job-lure-alert: ${failed} line${failed === 1 ? '' : 's'} not scored (see above).\n`);
  else if (scored === 0) io.stderr.write(`job-lure-alert: ${where} holds no postings: 0 lines scored.\n`);
  return failed > 0 ? 1 : 0;
}

/** True when this file is the program being run (tsx scripts/score.ts), not imported (bin, tests). */
function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

export function exitWhenPipeCloses(): void {
  // `score ... | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

if (isEntryPoint()) {
  exitWhenPipeCloses();
  process.exitCode = await main(process.argv.slice(2));
}
