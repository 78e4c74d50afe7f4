// No pattern can backtrack catastrophically. Structurally: rule phrases are literals matched by an automaton
// (rules.meta.test.ts checks they contain no pattern syntax), and the few regular expressions in the engine's own
// files have no nested or adjacent unbounded quantifiers. Behaviourally: adversarial inputs cost about what a plain
// text of the same length costs (a generous bound relative to that linear baseline, not a wall-clock limit).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { score } from '../../../lib/engine';

const ENGINE_DIR = join(__dirname, '../../../lib/engine');
/** salary.ts belongs to its own tests; every other engine file is checked here. */
const OWN_FILES = readdirSync(ENGINE_DIR).filter((f) => f.endsWith('.ts') && f !== 'salary.ts');

/** Regex literals in a source file (a rough but sufficient scan: `/.../flags` after `=`, `(` or `,`). */
function regexLiterals(source: string): string[] {
  return [...source.matchAll(/[=(,]\s*\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+)\/[dgimsuy]*/g)].map((m) => m[1]!);
}

describe('engine patterns cannot backtrack catastrophically', () => {
  it('has no nested quantifiers in any regular expression of the engine', () => {
    let checked = 0;
    for (const file of OWN_FILES) {
      for (const pattern of regexLiterals(readFileSync(join(ENGINE_DIR, file), 'utf8'))) {
        checked++;
        // A quantified group that itself contains a quantifier: (a+)+, (?:x*y)*, (a|b+){2,}.
        expect(pattern, `${file}: /${pattern}/`).not.toMatch(/\((?:[^()]*[*+}])[^()]*\)[*+{]/);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  /** Work for `text`, in scoring runs per unit of a baseline: median of a few runs, relative, so not flaky. */
  function costRatio(text: string, baseline: string): number {
    const median = (run: () => void): number => {
      const times: number[] = [];
      run();
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        run();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return times[2]!;
    };
    const base = Math.max(median(() => score({ body: baseline })), 0.5);
    return median(() => score({ body: text, title: text.slice(0, 500) })) / base;
  }

  const SIZE = 100_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  const baseline = fill('The quick brown fox jumps over the lazy dog while the team reviews quarterly reports. ');

  it.each([
    ['near-matches of phrases', fill('cambodi customer servic free fligh telegra whatsap 柬埔 包机 tourist vis ')],
    ['the phrases themselves, densely', fill('Cambodia customer service free flight visa Telegram 柬埔寨 包机票 ')],
    ['repeated separators', fill('. - _ * / ')],
    ['one character repeated', 'a'.repeat(SIZE)],
    ['spelled-out letters', fill('t e l e g r a m ')],
    ['leetspeak and @', fill('wh@t$@pp te1egr@m @@@@ ')],
    ['invisible characters', fill('c\u200ba\u200bm\u200bb\u200bo\u200bd\u200bi\u200ba ')],
    ['combining marks', fill('e\u0301\u0302\u0303\u0304')],
    ['digits and currencies', fill('$1,000,000.00 RM5,000 月薪3万 ')],
  ])('scores 100 KB of %s at a linear cost', (_name, text) => {
    const verdict = score({ body: text });
    expect(verdict.score).toBeGreaterThanOrEqual(0);
    // A linear engine stays within a small factor of the plain baseline; a quadratic one is thousands of times slower.
    expect(costRatio(text, baseline)).toBeLessThan(60);
  });
});
