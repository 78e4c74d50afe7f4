// The command line scorer, run as a user runs it: a child process on files, standard input and --text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputRow, parseLine, prettyVerdict, userDirectory } from '../../scripts/score';
import type { Verdict } from '../../lib/engine/types';

const ROOT = join(import.meta.dirname, '..', '..');
const workDir = mkdtempSync(join(tmpdir(), 'jla-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runScript(args: string[], input?: string): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/score.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runBin(args: string[], input?: string): Run {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'job-lure-alert.mjs'), ...args], {
    cwd: workDir, // not the repo: the bin must find its own files
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Row {
  id: unknown;
  score: number;
  level: string;
  kind: string;
  reasons: { id: string; label: string; words: string[]; source: { org: string; url: string } }[];
  combinations: string[];
  signals: { id: string; strength: number }[];
}

function jsonLines(stdout: string): Row[] {
  return stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

const LURE =
  'URGENT: chat support agents wanted in Sihanoukville, Cambodia. $1,500/month, free flight, visa and accommodation, ' +
  'no experience needed. Contact us on Telegram and fly next week.';
const ORDINARY = 'Neighbourhood bakery in Porto needs a morning baker. Apply in person with your CV.';

const MIXED = [
  JSON.stringify({ id: 'first', text: LURE, title: 'Chat support' }),
  JSON.stringify({ text: ORDINARY }),
  '{"id": "broken", "text": ',
  JSON.stringify({ id: 'no-text', title: 'Missing text' }),
  '',
  JSON.stringify({ id: 'bad-title', text: ORDINARY, title: 42 }),
  JSON.stringify({ id: 7, text: ORDINARY, company: 'Porto Bakery', location: 'Porto', salary: '€900', url: 'https://example.org/job' }),
].join('\n');

describe('score CLI', () => {
  const mixedFile = join(workDir, 'mixed.jsonl');
  writeFileSync(mixedFile, `${MIXED}\n`);

  it('scores a file in input order, reports malformed lines by number, and exits 1', () => {
    const run = runScript([mixedFile]);
    expect(run.status).toBe(1);
    const rows = jsonLines(run.stdout);
    expect(rows.map((row) => row.id)).toEqual(['first', 2, 7]);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['combinations', 'id', 'kind', 'level', 'reasons', 'score', 'signals']);
      expect(row.score).toBeGreaterThanOrEqual(0);
      expect(row.score).toBeLessThanOrEqual(100);
    }
    expect(['medium', 'high']).toContain(rows[0]!.level);
    expect(rows[0]!.signals.length).toBeGreaterThan(0);
    expect(rows[0]!.score).toBeGreaterThan(rows[1]!.score);
    expect(run.stderr).toMatch(/mixed\.jsonl:3: .*not valid JSON/);
    expect(run.stderr).toMatch(/mixed\.jsonl:4: .*"text" is missing/);
    expect(run.stderr).toMatch(/mixed\.jsonl:6: .*"title" must be a string/);
    expect(run.stderr).not.toMatch(/:5:/); // the blank line is skipped quietly
    expect(run.stderr).toMatch(/3 lines not scored/);
  });

  it('reads standard input with "-"', () => {
    const input = [JSON.stringify({ id: 'a', text: ORDINARY }), JSON.stringify({ id: 'b', text: LURE })].join('\n');
    const run = runScript(['-'], input);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const rows = jsonLines(run.stdout);
    expect(rows.map((row) => row.id)).toEqual(['a', 'b']);
    expect(rows[1]!.score).toBeGreaterThan(rows[0]!.score);
  });

  it('scores plain text with --text, and prints reasons with --pretty', () => {
    const json = runScript(['--text', LURE]);
    expect(json.status).toBe(0);
    const [row] = jsonLines(json.stdout);
    expect(row!.id).toBe(1);
    expect(['medium', 'high']).toContain(row!.level);

    const pretty = runScript(['--pretty', '--text', LURE]);
    expect(pretty.status).toBe(0);
    expect(pretty.stdout).toMatch(/^#1 {2}(MEDIUM|HIGH) RISK \(score \d+\), trafficking lure\n/);
    expect(row!.kind).toBe('trafficking');
    expect(pretty.stdout).toMatch(/source: [^,\n]+, https:\/\//);
  });

  it('says which kind each verdict is: a job scam in JSON and in the readable verdict', () => {
    const verdict: Verdict = { score: 60, level: 'medium', kind: 'job_scam', signals: [], reasons: [], languages: ['en'] };
    expect(outputRow(7, verdict).kind).toBe('job_scam');
    expect(prettyVerdict(7, { body: 'Like and follow videos, earn daily.' }, verdict, {}).split('\n')[0]).toBe('#7  MEDIUM (score 60), job scam');
    // A verdict with no warning is about nothing.
    expect(prettyVerdict(8, { body: 'Payroll accountant.' }, { ...verdict, level: 'none', kind: 'trafficking', score: 0 }, {}).split('\n')[0]).toBe('#8  NONE (score 0)');
  });

  it('carries the reasons in JSON: rule id, the English label the extension shows, the words, and who said it', () => {
    const text = 'Typist wanted, salary US$1,800 plus commission. Free food and accommodation. Travel on a tourist visa.';
    const [row] = jsonLines(runScript(['--text', text]).stdout);
    expect(row!.reasons.map((reason) => reason.id)).toEqual(row!.signals.map((signal) => signal.id));
    const byId = new Map(row!.reasons.map((reason) => [reason.id, reason]));
    expect(byId.get('employer_pays.board')).toMatchObject({ label: 'Free food and housing', words: ['Free food'] });
    expect(byId.get('irregular_travel.tourist_visa')).toMatchObject({ label: 'Tourist visa or odd route', words: ['tourist visa'] });
    for (const reason of row!.reasons) {
      expect(reason.label).not.toMatch(/^(category|signal)_|\./); // a readable label, not a key or a rule id
      for (const words of reason.words) expect(text).toContain(words);
      expect(reason.source.org.length).toBeGreaterThan(1);
      expect(reason.source.url).toMatch(/^https:\/\//);
    }
    // Strongest first: the pay figure before "plus commission".
    const ids = row!.reasons.map((reason) => reason.id);
    expect(ids.indexOf('pay.outsized_salary')).toBeLessThan(ids.indexOf('pay.commission_on_top'));
    expect(row!.combinations.length).toBeGreaterThan(0);
  });

  it('prints each reason readably with --pretty: label, rule id, the quoted words and the source', () => {
    const run = runScript(['--pretty', '--text', 'Chat support in Sihanoukville. Free food and accommodation. Message us on Telegram.']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  - Free food and housing [employer_pays.board]: "Free food"\n');
    expect(run.stdout).toMatch(/ {6}source: BI, https:\/\/\S+\n/);
    expect(run.stdout).not.toMatch(/category_|signal_/);
    // The combinations read as words too, not as ids.
    expect(run.stdout).toMatch(/\n {2}Why: [^\n_]*\+[^\n_]*\n/);
    expect(run.stdout).not.toMatch(/combo\./);
  });

  it('refuses bad usage and unreadable files with exit 2', () => {
    expect(runScript([]).status).toBe(2);
    expect(runScript(['--text', 'x', mixedFile]).status).toBe(2);
    const missing = runScript([join(workDir, 'nope.jsonl')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.jsonl/);
  });

  it('documents the exit status in --help', () => {
    const run = runScript(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Exit status:[\s\S]*1 {2}at least one line was malformed/);
  });

  it('runs as the installed bin from another directory', () => {
    const run = runBin(['-'], `${JSON.stringify({ id: 'x', text: LURE })}\nnot json\n`);
    expect(run.status).toBe(1);
    const rows = jsonLines(run.stdout);
    expect(rows.map((row) => row.id)).toEqual(['x']);
    // The English labels come from the package's own locale file, wherever it is run from.
    expect(rows[0]!.reasons.map((reason) => reason.label)).toContain('Travel paid for you');
    expect(run.stderr).toMatch(/stdin:2: .*not valid JSON/);
  });

  it('scores every bundled sample ad', () => {
    const run = runScript([join(ROOT, 'test', 'fixtures', 'sample-ads.jsonl')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = jsonLines(run.stdout);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    // The demo shows lures warned about and ordinary ads left alone: the sample ids say which is which.
    const lures = rows.filter((row) => String(row.id).startsWith('lure-'));
    const ordinary = rows.filter((row) => String(row.id).startsWith('legit-'));
    expect(lures.length + ordinary.length).toBe(rows.length);
    expect(lures.filter((row) => row.level !== 'high').map((row) => row.id)).toEqual([]);
    expect(ordinary.filter((row) => row.level === 'medium' || row.level === 'high').map((row) => row.id)).toEqual([]);
  });
});

describe('parseLine', () => {
  it('maps text to body and keeps the optional fields', () => {
    expect(parseLine(JSON.stringify({ id: 'j1', text: 'Body', title: 'T', url: 'https://x.test' }), 4)).toEqual({
      id: 'j1',
      posting: { body: 'Body', title: 'T', url: 'https://x.test' },
    });
    expect(parseLine(JSON.stringify({ text: 'Body' }), 9)).toEqual({ id: 9, posting: { body: 'Body' } });
  });

  it.each([
    ['[1,2]', 'not a JSON object'],
    ['"text"', 'not a JSON object'],
    ['null', 'not a JSON object'],
    ['{"text": 5}', '"text" is missing or not a string'],
    ['{"text": "   "}', '"text" is empty'],
    ['{"text": "x", "id": {}}', '"id" must be a string or a number'],
    ['{"text": "x", "location": ["a"]}', '"location" must be a string'],
    ['{text: "x"}', 'not valid JSON'],
  ])('%s is malformed', (line, message) => {
    const parsed = parseLine(line, 1);
    expect(parsed).not.toBeNull();
    expect((parsed as { error: string }).error).toContain(message);
  });

  it('skips blank lines', () => {
    expect(parseLine('   ', 3)).toBeNull();
  });
});

describe('userDirectory', () => {
  it('resolves paths from where npm was started when run as `npm run score`', () => {
    expect(userDirectory({ npm_lifecycle_event: 'score', INIT_CWD: '/home/someone/ads' })).toBe('/home/someone/ads');
    expect(userDirectory({ npm_lifecycle_event: 'test', INIT_CWD: '/home/someone/ads' })).toBe(process.cwd());
    expect(userDirectory({})).toBe(process.cwd());
  });
});

describe('messages a terminal can trust', () => {
  it('never echoes escape sequences from the input', () => {
    const hostile = '{"text": "x", "title": 5, "\u001b[31mred": 1}\n\u001b[2J\u001b]0;pwned\u0007 not json\n';
    const run = runScript(['-'], hostile);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/stdin:2: skipped, not valid JSON/);
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('says so when the input holds no postings', () => {
    const run = runScript(['-'], '\n\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/0 lines scored/);
  });

  it('names an unknown option in its own words, with the usage', () => {
    const run = runScript(['--colour', 'x.jsonl']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^job-lure-alert: unknown option --colour\.\nUsage: job-lure-alert FILE/);
    expect(run.stderr).not.toMatch(/positional argument/);
    expect(runScript(['--text']).stderr).toMatch(/--text needs a value/);
  });
});
