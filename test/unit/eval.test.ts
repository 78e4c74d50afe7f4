// Evaluation metrics on synthetic rows (the real corpora live outside the repo and are not needed here).
import { describe, expect, it } from 'vitest';
import type { Level } from '../../lib/engine/types';
import {
  ALL_CORPORA_BARS,
  BARS,
  checkBars,
  computeMetrics,
  findMisses,
  formatRate,
  formatTable,
  metricsBy,
  partOf,
  TARGETS,
  type Bar,
  type Label,
  type ScoredRow,
} from '../../lib/eval/metrics';

let serial = 0;
function row(label: Label, level: Level, extra: Partial<ScoredRow> = {}): ScoredRow {
  serial++;
  return { id: `r${serial}`, corpus: 'c', label, lang: 'en', tags: [], level, score: 0, signals: [], ...extra };
}

function repeat(n: number, make: () => ScoredRow): ScoredRow[] {
  return Array.from({ length: n }, make);
}

describe('computeMetrics', () => {
  const rows = [
    row('lure', 'high'),
    row('lure', 'high'),
    row('lure', 'medium'),
    row('lure', 'low'),
    row('legit', 'none'),
    row('legit', 'none'),
    row('legit', 'medium', { tags: ['hard'] }),
    row('legit', 'high', { tags: ['hard', 'verbatim'] }),
    row('legit', 'low', { tags: ['hard'] }),
    row('scam', 'medium'),
    row('scam', 'low'),
    row('other', 'high'),
  ];
  const metrics = computeMetrics(rows);

  it('counts rows and level shares', () => {
    expect(metrics.count).toBe(12);
    expect(metrics.levelShare).toEqual({ none: 2 / 12, low: 3 / 12, medium: 3 / 12, high: 4 / 12 });
  });

  it('measures lure recall at high and at medium or higher', () => {
    expect(metrics.lures).toBe(4);
    expect(metrics.lureRecallHigh).toBe(0.5);
    expect(metrics.lureRecallMediumPlus).toBe(0.75);
  });

  it('measures false positives of all legit rows and of hard ones apart', () => {
    expect(metrics.legit).toBe(5);
    expect(metrics.legitFalsePositiveHigh).toBe(1 / 5);
    expect(metrics.legitFalsePositiveMediumPlus).toBe(2 / 5);
    expect(metrics.hard).toBe(3);
    expect(metrics.hardFalsePositiveHigh).toBe(1 / 3);
    expect(metrics.hardFalsePositiveMediumPlus).toBe(2 / 3);
  });

  it('measures scam recall at medium or higher, and ignores "other" in every rate', () => {
    expect(metrics.scams).toBe(2);
    expect(metrics.scamRecallMediumPlus).toBe(0.5);
  });

  it('reports empty groups as null, not 0', () => {
    const onlyLegit = computeMetrics([row('legit', 'none')]);
    expect(onlyLegit.lureRecallHigh).toBeNull();
    expect(onlyLegit.scamRecallMediumPlus).toBeNull();
    expect(onlyLegit.hardFalsePositiveHigh).toBeNull();
    expect(computeMetrics([]).levelShare.high).toBeNull();
  });
});

describe('metricsBy', () => {
  it('groups by a key, sorted, with the total', () => {
    const rows = [row('lure', 'high', { lang: 'vi' }), row('lure', 'low', { lang: 'en' }), row('lure', 'high', { lang: 'vi' })];
    const grouped = metricsBy(rows, (r) => r.lang);
    expect(Object.keys(grouped.groups)).toEqual(['en', 'vi']);
    expect(grouped.groups.vi!.lureRecallHigh).toBe(1);
    expect(grouped.groups.en!.lureRecallHigh).toBe(0);
    expect(grouped.all.lureRecallHigh).toBeCloseTo(2 / 3, 12);
  });
});

describe('checkBars', () => {
  const passing = [
    ...repeat(90, () => row('lure', 'high')),
    ...repeat(7, () => row('lure', 'medium')),
    ...repeat(3, () => row('lure', 'low')),
    ...repeat(1000, () => row('legit', 'none')),
    ...repeat(3, () => row('legit', 'high')),
    ...repeat(17, () => row('legit', 'medium')),
  ];

  it('passes exactly at the bars', () => {
    const results = checkBars(computeMetrics(passing));
    expect(results.map((r) => [r.name, r.passed])).toEqual(BARS.map((bar) => [bar.name, true]));
  });

  it('fails each bar one step past it', () => {
    const oneLureHighToMedium = passing.map((r, i) => (i === 0 ? { ...r, level: 'medium' as const } : r));
    const tooFewAtHigh = checkBars(computeMetrics(oneLureHighToMedium));
    expect(tooFewAtHigh.find((r) => r.metric === 'lureRecallHigh')!.passed).toBe(false);

    const oneMoreMiss = checkBars(computeMetrics([...passing, row('lure', 'low')]));
    expect(oneMoreMiss.find((r) => r.metric === 'lureRecallMediumPlus')!.passed).toBe(false);

    const oneMoreHighFalsePositive = checkBars(computeMetrics([...passing, row('legit', 'high', { tags: ['hard'] })]));
    expect(oneMoreHighFalsePositive.find((r) => r.metric === 'legitFalsePositiveHigh')!.passed).toBe(false);

    const oneMoreMediumFalsePositive = checkBars(computeMetrics([...passing, row('legit', 'medium'), row('legit', 'medium')]));
    expect(oneMoreMediumFalsePositive.find((r) => r.metric === 'legitFalsePositiveMediumPlus')!.passed).toBe(false);
  });

  it('fails when there is nothing to measure', () => {
    expect(checkBars(computeMetrics([])).every((r) => !r.passed)).toBe(true);
  });
});

describe('group bars', () => {
  const perLanguage: Bar = { name: 'each language', metric: 'lureRecallMediumPlus', comparison: '>=', threshold: 0.9, scope: 'language', minRows: 3 };
  const perCorpus: Bar = { name: 'each corpus', metric: 'legitFalsePositiveHigh', comparison: '<=', threshold: 0.01, scope: 'corpus', minRows: 1 };

  it('takes the worst group with enough rows, and names it', () => {
    const rows = [
      ...repeat(3, () => row('lure', 'high', { lang: 'vi' })),
      ...repeat(2, () => row('lure', 'high', { lang: 'ko' })),
      row('lure', 'low', { lang: 'ko' }),
      ...repeat(2, () => row('lure', 'low', { lang: 'sw' })), // two lures: too few to judge the language
    ];
    const grouped = metricsBy(rows, (r) => r.lang);
    const [result] = checkBars({ all: grouped.all, byLanguage: grouped.groups }, [perLanguage]);
    expect(result!.worstGroup).toBe('ko');
    expect(result!.value).toBeCloseTo(2 / 3, 12);
    expect(result!.passed).toBe(false);
  });

  it('passes when every group clears the bar, and fails with no group to measure', () => {
    const rows = [...repeat(100, () => row('legit', 'none', { corpus: 'a' })), row('legit', 'high', { corpus: 'a' }), row('legit', 'none', { corpus: 'b' })];
    const grouped = metricsBy(rows, (r) => r.corpus);
    expect(checkBars({ all: grouped.all, byCorpus: grouped.groups }, [perCorpus])[0]!.passed).toBe(true);
    const worse = metricsBy([...rows, row('legit', 'high', { corpus: 'b' })], (r) => r.corpus);
    expect(checkBars({ all: worse.all, byCorpus: worse.groups }, [perCorpus])[0]).toMatchObject({ passed: false, worstGroup: 'b' });
    expect(checkBars({ all: grouped.all }, [perCorpus])[0]!.passed).toBe(false);
  });

  it('measures a bar named for one corpus on that corpus alone', () => {
    const forB: Bar = { name: 'scams in b', metric: 'scamRecallMediumPlus', comparison: '>=', threshold: 0.5, scope: 'corpus', corpus: 'b' };
    const rows = [row('scam', 'none', { corpus: 'a' }), row('scam', 'high', { corpus: 'b' }), row('scam', 'medium', { corpus: 'b' })];
    const grouped = metricsBy(rows, (r) => r.corpus);
    expect(checkBars({ all: grouped.all, byCorpus: grouped.groups }, [forB])[0]).toMatchObject({ passed: true, value: 1, worstGroup: 'b' });
    expect(checkBars({ all: grouped.all, byCorpus: grouped.groups }, [{ ...forB, corpus: 'a' }])[0]).toMatchObject({ passed: false, value: 0 });
    expect(checkBars({ all: grouped.all, byCorpus: grouped.groups }, [{ ...forB, corpus: 'missing' }])[0]!.passed).toBe(false);
  });

  it('holds the targets of the generalisation issue to at least the enforced bars', () => {
    for (const bar of BARS) {
      const target = TARGETS.find((t) => t.metric === bar.metric && t.scope === 'all')!;
      if (bar.comparison === '>=') expect(target.threshold).toBeGreaterThanOrEqual(bar.threshold);
      else expect(target.threshold).toBeLessThanOrEqual(bar.threshold);
    }
  });
});

describe('partOf', () => {
  it('puts about one row in three in the check part, the same way on every run', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `row-${i}`);
    const check = ids.filter((id) => partOf(id) === 'check').length;
    expect(check / ids.length).toBeGreaterThan(0.3);
    expect(check / ids.length).toBeLessThan(0.37);
    expect(ids.map(partOf)).toEqual(ids.map(partOf));
    expect(partOf('lure-0001')).toBe(partOf('lure-0001'));
  });
});

describe('findMisses', () => {
  it('lists lures below high and legit rows at medium or higher, by id with signals', () => {
    const rows = [
      row('lure', 'high', { id: 'ok-lure' }),
      row('lure', 'medium', { id: 'weak-lure', signals: ['role.chat_support'] }),
      row('legit', 'medium', { id: 'noisy-legit', signals: ['destination.hotspot'] }),
      row('legit', 'low', { id: 'quiet-legit' }),
      row('scam', 'none', { id: 'scam' }),
    ];
    const misses = findMisses(rows);
    expect(misses.luresBelowHigh.map((m) => [m.id, m.signals])).toEqual([['weak-lure', ['role.chat_support']]]);
    expect(misses.legitAtMediumPlus.map((m) => [m.id, m.signals])).toEqual([['noisy-legit', ['destination.hotspot']]]);
    expect(JSON.stringify(misses)).not.toContain('text');
  });
});

describe('formatting', () => {
  it('writes rates as percentages and empty rates as a dash', () => {
    expect(formatRate(null)).toBe('–');
    expect(formatRate(0)).toBe('0%');
    expect(formatRate(0.003)).toBe('0.3%');
    expect(formatRate(0.0032)).toBe('0.32%');
    expect(formatRate(0.051)).toBe('5.1%');
    expect(formatRate(0.9712)).toBe('97%');
  });

  it('lays out one line per group and a total', () => {
    const table = formatTable('== test', metricsBy([row('lure', 'high', { lang: 'vi' }), row('legit', 'none', { lang: 'en' })], (r) => r.lang));
    const lines = table.split('\n');
    expect(lines[0]).toBe('== test');
    expect(lines[1]).toMatch(/^lang\s+rows\s+none\s+low\s+medium\s+high\s+lure\s+lure@H/);
    expect(lines.slice(2).map((line) => line.split(/\s+/)[0])).toEqual(['en', 'vi', 'all']);
    expect(lines[4]).toMatch(/^all\s+2\s+50%\s+0%\s+0%\s+50%\s+1\s+100%\s+100%\s+1\s+0%\s+0%/);
  });
});

describe('bars enforced on every corpus', () => {
  it('enforce each precision target as it stands and keep lure floors at or under the targets', () => {
    for (const target of TARGETS.filter((bar) => bar.scope === 'all' && !bar.metric.startsWith('lure'))) {
      expect(ALL_CORPORA_BARS).toContainEqual(target);
    }
    for (const floor of ALL_CORPORA_BARS.filter((bar) => bar.metric.startsWith('lure'))) {
      const target = TARGETS.find((bar) => bar.metric === floor.metric && bar.scope === 'all')!;
      expect(floor.threshold).toBeLessThanOrEqual(target.threshold);
      expect(floor.comparison).toBe('>=');
    }
  });
});
