// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteAdapter } from '@/lib/adapters/types';
import type { PageReport } from '@/lib/common/messages';
import { MUTATION_STORM_THRESHOLD, startPageRuntime, type PageRuntimeOptions } from '@/lib/page/runner';
import { card, cardAdapter, manualScheduler, markerScore, memoryStore, recordingRenderer } from './helpers';

let stops: (() => void)[] = [];
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  document.body.replaceChildren();
});

function setup(overrides: Partial<PageRuntimeOptions> = {}, settings = {}) {
  const scheduler = manualScheduler();
  const memory = memoryStore(settings);
  const rendering = recordingRenderer();
  const reports: PageReport[] = [];
  const score = vi.fn(markerScore);
  const scoreBatch = vi.fn(async (postings: Parameters<typeof markerScore>[0][]) => postings.map((posting) => score(posting)));
  const log = vi.fn();
  const runtime = startPageRuntime({
    adapter: cardAdapter(),
    scoreBatch,
    renderer: rendering.renderer,
    store: memory.store,
    sendReport: (report) => reports.push(report),
    schedule: scheduler.schedule,
    reportIntervalMs: 0,
    log,
    ...overrides,
  });
  stops.push(runtime.stop);
  const settle = async () => {
    await runtime.ready;
    await scheduler.drain();
  };
  return { runtime, scheduler, memory, rendering, reports, score, scoreBatch, log, settle };
}

describe('page runtime', () => {
  beforeEach(() => {
    document.body.append(card(document, 'a', 'Data encoder, LURE words'), card(document, 'b', 'Nurse in Manila'), card(document, 'c', 'Typist, ODD words'));
  });

  it('warns on the medium and high postings only, and reports them', async () => {
    const { rendering, reports, settle } = setup();
    await settle();
    expect(rendering.warnedIds(document)).toEqual(['a', 'c']);
    await vi.waitFor(() => expect(reports.at(-1)?.flagged.map((f) => f.level)).toEqual(['high', 'medium']));
    expect(reports.at(-1)).toMatchObject({ type: 'page-report', scanned: 3, enabled: true });
  });

  it('does not score a re-rendered posting again, and restores a warning the page threw out', async () => {
    const { rendering, score, scheduler, settle } = setup();
    await settle();
    expect(score).toHaveBeenCalledTimes(3);
    const first = document.querySelector<HTMLElement>('[data-id="a"]')!;
    // The page re-renders the card's children with the same words: our warning goes with them.
    first.replaceChildren(...card(document, 'a', 'Data encoder, LURE words').childNodes);
    await scheduler.drain();
    expect(score).toHaveBeenCalledTimes(3);
    expect(rendering.warnedIds(document)).toEqual(['a', 'c']);
  });

  it('scores a posting again when its words change in place', async () => {
    const { rendering, score, scheduler, settle } = setup();
    await settle();
    document.querySelector('[data-id="b"] p')!.textContent = 'Nurse in Manila. Fly next week, LURE';
    await scheduler.drain();
    expect(score).toHaveBeenCalledTimes(4);
    expect(rendering.warnedIds(document)).toEqual(['a', 'b', 'c']);
  });

  it('warns on postings the page adds later (infinite scroll)', async () => {
    const { rendering, scheduler, settle } = setup();
    await settle();
    const more = document.createElement('section');
    more.append(card(document, 'd', 'Chat support, LURE'), card(document, 'e', 'Accountant'));
    document.body.append(more);
    await scheduler.drain();
    expect(rendering.warnedIds(document)).toEqual(['a', 'c', 'd']);
  });

  it('turns a mutation storm into one rescan of the page', async () => {
    const { runtime, rendering, scheduler, settle } = setup();
    await settle();
    const before = runtime.stats().discovered;
    const nodes = Array.from({ length: MUTATION_STORM_THRESHOLD + 200 }, (_, i) => card(document, `n${i}`, i === 7 ? 'LURE' : 'plain'));
    document.body.append(...nodes);
    await scheduler.drain();
    expect(runtime.stats().storms).toBe(1);
    // One search of the whole page instead of 1,200 searches of added subtrees.
    expect(runtime.stats().discovered - before).toBe(1);
    expect(rendering.warnedIds(document)).toEqual(['a', 'c', 'n7']);
    expect(runtime.stats().scanned).toBe(3 + 2); // "plain" is one posting key, repeated

    // Below the threshold, added postings are handled one subtree at a time.
    document.body.append(card(document, 'x', 'LURE again'), card(document, 'y', 'fine'));
    await scheduler.drain();
    expect(runtime.stats().storms).toBe(1);
    expect(rendering.warnedIds(document)).toContain('x');
  });

  it('follows the sensitivity setting live', async () => {
    const { rendering, memory, settle } = setup();
    await settle();
    memory.setSettings({ sensitivity: 'high' });
    expect(rendering.warnedIds(document)).toEqual(['a']);
    memory.setSettings({ sensitivity: 'medium' });
    expect(rendering.warnedIds(document)).toEqual(['a', 'c']);
  });

  it('removes every warning when the user turns the site off, and reports it', async () => {
    const { rendering, memory, reports, scheduler, settle } = setup();
    await settle();
    memory.setSettings({ disabledSites: ['cards'] });
    expect(rendering.warnedIds(document)).toEqual([]);
    await vi.waitFor(() => expect(reports.at(-1)).toMatchObject({ enabled: false, flagged: [] }));
    // Nothing is watched while off.
    document.body.append(card(document, 'z', 'LURE'));
    await scheduler.drain();
    expect(rendering.warnedIds(document)).toEqual([]);
  });

  it('remembers "Not a scam" by the posting key, keeps an Undo line here, and hides it on the next visit', async () => {
    const first = setup();
    await first.settle();
    const entry = first.rendering.shown.get(document.querySelector('[data-id="a"]')!)!;
    entry.view.onDismiss();
    expect(first.memory.dismissals.map((d) => d.key)).toEqual([entry.view.key]);
    expect(first.memory.dismissals[0]?.title).toContain('Data encoder');
    expect(document.querySelector('[data-id="a"] [data-job-lure-alert]')?.getAttribute('data-job-lure-alert')).toBe('dismissed');
    entry.view.onUndoDismiss();
    expect(first.memory.dismissals).toEqual([]);
    expect(first.rendering.warnedIds(document)).toEqual(['a', 'c']);
    entry.view.onDismiss();
    first.runtime.stop();
    expect(document.querySelectorAll('[data-job-lure-alert]')).toHaveLength(0);

    // A new page load with the stored dismissal: no warning at all on that posting.
    const second = setup({ store: first.memory.store });
    await second.settle();
    expect(second.rendering.warnedIds(document)).toEqual(['c']);
  });

  it('keeps "Not a scam" when only the card\'s age, views or "Viewed" line changed by the next visit', async () => {
    const text = document.querySelector('[data-id="a"] p')!;
    text.textContent = 'Data encoder, LURE words\n3 hours ago\n120 views';
    const first = setup();
    await first.settle();
    first.rendering.shown.get(document.querySelector('[data-id="a"]')!)!.view.onDismiss();
    first.runtime.stop();

    text.textContent = 'Data encoder, LURE words\nViewed\n1 day ago\n450 views';
    const second = setup({ store: first.memory.store });
    await second.settle();
    expect(second.rendering.warnedIds(document)).toEqual(['c']);
  });

  it('shows a posting again when its dismissal is undone elsewhere (popup, options)', async () => {
    const { rendering, memory, settle } = setup();
    await settle();
    const key = rendering.shown.get(document.querySelector('[data-id="c"]')!)!.view.key;
    memory.setDismissals([{ key, title: 'Typist', at: 1 }]);
    expect(rendering.warnedIds(document)).toEqual(['a']);
    memory.setDismissals([]);
    expect(rendering.warnedIds(document)).toEqual(['a', 'c']);
  });

  it('falls back to the generic adapter when the site adapter finds nothing or throws', async () => {
    const generic: SiteAdapter = { ...cardAdapter(), id: 'generic', postingSelector: undefined };
    const broken = cardAdapter({ postingSelector: '.renamed-card', find: () => [] });
    const { rendering, settle } = setup({ adapter: broken, fallback: generic });
    await settle();
    expect(rendering.warnedIds(document)).toEqual(['a', 'c']);
    stops.pop()?.();

    const throwing = cardAdapter({
      postingSelector: undefined,
      find: () => {
        throw new Error('selector exploded');
      },
    });
    const second = setup({ adapter: throwing, fallback: generic });
    await second.settle();
    expect(second.rendering.warnedIds(document)).toEqual(['a', 'c']);
    expect(second.log).toHaveBeenCalledWith(expect.stringContaining('cards adapter failed'), expect.any(Error));
  });

  it('falls back when the site adapter’s containers exist but hold no posting it can read', async () => {
    const generic: SiteAdapter = { ...cardAdapter(), id: 'generic', postingSelector: undefined };
    // The container selector still matches, but the markup inside changed: find() reads nothing.
    const hollow = cardAdapter({ find: () => [] });
    const { rendering, settle } = setup({ adapter: hollow, fallback: generic });
    await settle();
    expect(rendering.warnedIds(document)).toEqual(['a', 'c']);
  });

  it('asks for the generic adapter once when the site adapter finds nothing, and reads the page when it arrives', async () => {
    const generic: SiteAdapter = { ...cardAdapter(), id: 'generic', postingSelector: undefined };
    const genericFind = vi.spyOn(generic, 'find');
    const requestFallback = vi.fn();
    const broken = cardAdapter({ postingSelector: '.renamed-card', find: () => [] });
    const { runtime, rendering, scheduler, settle } = setup({ adapter: broken, requestFallback });
    await settle();
    expect(requestFallback).toHaveBeenCalledTimes(1);
    expect(rendering.warnedIds(document)).toEqual([]);
    // More of the page arrives before the adapter does: no second request.
    document.body.append(card(document, 'd', 'Chat support, LURE words'));
    await scheduler.drain();
    expect(requestFallback).toHaveBeenCalledTimes(1);

    runtime.setFallback(generic);
    await scheduler.drain();
    expect(rendering.warnedIds(document)).toEqual(['a', 'c', 'd']);
    // The site runtime keeps its one observer: a later posting is found through the handed-over adapter.
    document.body.append(card(document, 'e', 'Typist, ODD words'));
    await scheduler.drain();
    expect(rendering.warnedIds(document)).toEqual(['a', 'c', 'd', 'e']);
    expect(genericFind).toHaveBeenCalled();
    expect(requestFallback).toHaveBeenCalledTimes(1);
  });

  it('never asks for the generic adapter while the site adapter finds postings', async () => {
    const requestFallback = vi.fn();
    const { runtime, rendering, scheduler, settle } = setup({ requestFallback });
    await settle();
    document.body.append(document.createElement('section'));
    await scheduler.drain();
    expect(requestFallback).not.toHaveBeenCalled();
    // Handed over anyway (the user scanned this supported site from the toolbar): the page is read again, and
    // the generic adapter stays unused while the site's own finds postings.
    const generic: SiteAdapter = { ...cardAdapter(), id: 'generic', postingSelector: undefined };
    const genericFind = vi.spyOn(generic, 'find');
    runtime.setFallback(generic);
    await scheduler.drain();
    expect(genericFind).not.toHaveBeenCalled();
    expect(rendering.warnedIds(document)).toEqual(['a', 'c']);
  });

  it('asks for the warning UI only when a warning is due, once, and draws everything when it arrives', async () => {
    const rendering = recordingRenderer();
    const requestRenderer = vi.fn();
    const { runtime, reports, settle } = setup({ renderer: undefined, requestRenderer });
    await settle();
    expect(requestRenderer).toHaveBeenCalledTimes(1);
    expect(rendering.warnedIds(document)).toEqual([]);
    // The badge does not wait for the UI.
    await vi.waitFor(() => expect(reports.at(-1)?.flagged).toHaveLength(2));
    runtime.setRenderer(rendering.renderer);
    expect(rendering.warnedIds(document)).toEqual(['a', 'c']);
  });

  it('never asks for the warning UI on a page with nothing to warn about', async () => {
    document.body.replaceChildren(card(document, 'q', 'Nurse in Manila'));
    const requestRenderer = vi.fn();
    const { settle } = setup({ renderer: undefined, requestRenderer });
    await settle();
    expect(requestRenderer).not.toHaveBeenCalled();
  });

  it('skips a posting the engine could not score and warns on the others', async () => {
    // The engine answers null for a posting whose scoring threw.
    const scoreBatch = async (postings: Parameters<typeof markerScore>[0][]) =>
      postings.map((posting) => (posting.body.startsWith('Typist') ? null : markerScore(posting)));
    const { rendering, log, settle } = setup({ scoreBatch });
    await settle();
    expect(rendering.warnedIds(document)).toEqual(['a']);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('scoring a posting failed'), null);
  });

  it('survives the engine failing altogether, and tries again when the posting changes', async () => {
    let failing = true;
    const scoreBatch = async (postings: Parameters<typeof markerScore>[0][]) => {
      if (failing) throw new Error('background asleep');
      return postings.map(markerScore);
    };
    const { rendering, log, scheduler, settle } = setup({ scoreBatch });
    await settle();
    expect(rendering.warnedIds(document)).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('scoring postings failed'), expect.any(Error));
    failing = false;
    document.querySelector('[data-id="a"]')!.append(document.createElement('span'));
    await scheduler.drain();
    expect(rendering.warnedIds(document)).toEqual(['a']);
  });

  it('sends the postings of a slice to the engine together, once per distinct posting', async () => {
    document.body.append(card(document, 'a2', 'Data encoder, LURE words'));
    const { scoreBatch, settle } = setup();
    await settle();
    expect(scoreBatch).toHaveBeenCalledTimes(1);
    expect(scoreBatch.mock.calls[0]?.[0]).toHaveLength(3);
  });

  it('scrolls to a flagged posting by key and says when there is none', async () => {
    const { runtime, rendering, settle } = setup();
    await settle();
    const element = document.querySelector('[data-id="c"]')!;
    const scrolled = vi.fn();
    (element as HTMLElement).scrollIntoView = scrolled;
    expect(runtime.scrollToPosting(rendering.shown.get(element)!.view.key)).toBe(true);
    expect(scrolled).toHaveBeenCalled();
    expect(runtime.scrollToPosting('no-such-key')).toBe(false);
  });

  it('reads postings the page marks with the warning attribute (an attribute is no proof of ours)', async () => {
    const forged = card(document, 'forged', 'Chat support, LURE');
    forged.setAttribute('data-job-lure-alert', 'high');
    document.body.append(forged);
    const { rendering, scheduler, settle } = setup();
    await settle();
    expect(rendering.shown.has(forged)).toBe(true);
    // Added later, wrapped in a forged host, too.
    const wrapper = document.createElement('div');
    wrapper.setAttribute('data-job-lure-alert', 'high');
    const late = card(document, 'late', 'Typist, LURE again');
    wrapper.append(late);
    document.body.append(wrapper);
    await scheduler.drain();
    expect(rendering.shown.has(late)).toBe(true);
  });

  it('puts a warning back when the page removes it', async () => {
    const { rendering, scheduler, settle } = setup();
    await settle();
    const posting = document.querySelector('[data-id="a"]')!;
    const host = rendering.shown.get(posting)!.host;
    host.remove();
    await scheduler.drain();
    expect(posting.contains(host)).toBe(true);
    host.remove(); // and again
    await scheduler.drain();
    expect(posting.contains(host)).toBe(true);
  });
});

describe('page runtime under continuous mutation', () => {
  it('still warns on a new posting while the page never stops changing', async () => {
    // A page script adds 1,100 nodes between two turns of the runtime, and the busy page gives the runtime two
    // tasks a turn (idle callbacks at their timeout). Before, each storm threw the rescan away before it ran.
    document.body.replaceChildren(card(document, 'a', 'Nurse in Manila'), card(document, 'b', 'Typist in Cebu'));
    const noise = document.createElement('div');
    document.body.append(noise);
    const { runtime, rendering, scheduler } = setup();
    await runtime.ready;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    const turn = async (tick: number) => {
      for (let i = 0; i < 1100; i++) {
        const row = document.createElement('span');
        row.textContent = `update ${tick}.${i}`;
        noise.append(row);
      }
      await settle(); // the observer sees them
      for (let task = 0; task < 2; task++) {
        scheduler.runNext(1);
        await settle(); // engine answers
      }
    };
    for (let tick = 0; tick < 4; tick++) await turn(tick);
    document.body.append(card(document, 'late', 'Chat support abroad, LURE words'));
    let warnedAfter = -1;
    // Ten turns: five seconds at the page's pace (a burst every 500 ms).
    for (let tick = 0; tick < 10 && warnedAfter < 0; tick++) {
      await turn(100 + tick);
      if (rendering.warnedIds(document).includes('late')) warnedAfter = tick;
    }
    expect(runtime.stats().storms).toBeGreaterThan(3);
    expect(warnedAfter).toBeGreaterThanOrEqual(0);
  });

  it('keeps watching when the page swaps its <html> element', async () => {
    const { rendering, scheduler, settle } = setup();
    await settle();
    const html = document.createElement('html');
    const body = document.createElement('body');
    html.append(document.createElement('head'), body);
    document.documentElement.replaceWith(html);
    await scheduler.drain();
    body.append(card(document, 'swapped', 'Data encoder, LURE words'));
    await scheduler.drain();
    expect(rendering.warnedIds(document)).toEqual(['swapped']);
  });
});

describe('page runtime and the message size limit', () => {
  it('warns on the lures beside a posting too big to send: the refused batch is split', async () => {
    document.body.replaceChildren(card(document, 'a', 'Data encoder, LURE words'), card(document, 'huge', `Essay ${'z'.repeat(300_000)}`), card(document, 'c', 'Typist, ODD words'));
    // As the browser does: a message over its limit is refused whole.
    const LIMIT = 100_000;
    const scoreBatch = vi.fn(async (postings: Parameters<typeof markerScore>[0][]) => {
      if (postings.reduce((sum, posting) => sum + posting.body.length, 0) > LIMIT) throw new Error('Message length exceeded maximum allowed length');
      return postings.map(markerScore);
    });
    const { rendering, log, settle } = setup({ scoreBatch });
    await settle();
    expect(rendering.warnedIds(document)).toEqual(['a', 'c']);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('scoring postings failed'), expect.any(Error));
  });

  it('keeps each message to the engine under a million characters', async () => {
    const big = Array.from({ length: 30 }, (_, i) => card(document, `big${i}`, `${i} LURE ${'w'.repeat(60_000)}`));
    document.body.replaceChildren(...big);
    const { rendering, scoreBatch, settle } = setup();
    await settle();
    for (const [postings] of scoreBatch.mock.calls) expect(postings.reduce((sum, posting) => sum + posting.body.length, 0)).toBeLessThanOrEqual(1_000_000);
    expect(scoreBatch.mock.calls.length).toBeGreaterThan(1);
    expect(rendering.warnedIds(document)).toHaveLength(30);
  });
});

describe('page runtime: what the popup learns', () => {
  it('reports a stopped runtime as not checking, at once', async () => {
    document.body.replaceChildren(card(document, 'a', 'Data encoder, LURE words'));
    const { runtime, reports, settle } = setup({ reportIntervalMs: 60_000 });
    await settle();
    const before = reports.length;
    runtime.stop();
    // Not throttled: the content script may be going away.
    expect(reports.length).toBe(before + 1);
    expect(reports.at(-1)).toMatchObject({ enabled: false, flagged: [] });
  });

  it('says when the site adapter finds nothing on a page where the generic adapter finds postings', async () => {
    document.body.replaceChildren(card(document, 'a', 'Data encoder, LURE words'), card(document, 'b', 'Nurse in Manila'));
    const generic: SiteAdapter = { ...cardAdapter(), id: 'generic', postingSelector: undefined };
    const broken = cardAdapter({ postingSelector: '.renamed-card', find: () => [] });
    const first = setup({ adapter: broken, fallback: generic });
    await first.settle();
    await vi.waitFor(() => expect(first.reports.at(-1)).toMatchObject({ generalReaderInUse: true, scanned: 2 }));
    stops.pop()?.();

    // The site adapter works: nothing said.
    const second = setup({ fallback: generic });
    await second.settle();
    await vi.waitFor(() => expect(second.reports.at(-1)?.scanned).toBe(2));
    expect(second.reports.at(-1)).not.toHaveProperty('generalReaderInUse');
    stops.pop()?.();

    // Neither finds anything (a page without postings): nothing said either.
    document.body.replaceChildren(document.createElement('article'));
    const third = setup({ adapter: broken, fallback: generic });
    await third.settle();
    await vi.waitFor(() => expect(third.reports.length).toBeGreaterThan(0));
    expect(third.reports.at(-1)).not.toHaveProperty('generalReaderInUse');
  });
});

describe('page runtime on a long page', () => {
  it('sorts a long page’s containers out in chunks and warns on every lure among them', async () => {
    // 5,000 cards, each with a nested match (the selector also matches an inner part), one in 500 a lure.
    const cards = Array.from({ length: 5000 }, (_, i) => {
      const element = card(document, `c${i}`, i % 500 === 7 ? `Chat support ${i}, LURE` : `Ordinary posting ${i}`);
      element.append(Object.assign(document.createElement('span'), { className: 'card-part' }));
      return element;
    });
    document.body.replaceChildren(...cards);
    const adapter = cardAdapter({ postingSelector: '.card, .card-part' });
    const { runtime, rendering, scoreBatch, settle } = setup({ adapter });
    await settle();
    expect(rendering.warnedIds(document)).toEqual(Array.from({ length: 10 }, (_, i) => `c${i * 500 + 7}`));
    // Each card once: the nested parts are not containers of their own.
    expect(scoreBatch.mock.calls.reduce((sum, [postings]) => sum + postings.length, 0)).toBe(5000);
    expect(runtime.stats().discovered).toBe(1);
  }, 30_000);
});
