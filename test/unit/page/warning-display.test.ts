// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWarningDisplay } from '@/lib/page/warning-display';
import type { TrackedPosting } from '@/lib/page/tracked-posting';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings';
import { card, markerScore, memoryStore, recordingRenderer } from './helpers';

afterEach(() => document.body.replaceChildren());

/**
 * A display driven by hand: frames and waits run when the test says, every warning drawn costs 1 ms, and a fake
 * viewport watch says which postings are near when `place` is called.
 */
function setup(withViewport = false) {
  const frames: (() => void)[] = [];
  const waits: { run: () => void; ms: number }[] = [];
  let clock = 0;
  let lastInput = -Infinity;
  let report: ((element: Element, near: boolean) => void) | undefined;
  const observed = new Set<Element>();
  const rendering = recordingRenderer();
  const show = rendering.renderer.show.bind(rendering.renderer);
  const drawn: string[] = [];
  rendering.renderer.show = (element, view) => {
    clock += 1;
    drawn.push(element.getAttribute('data-id') ?? '?');
    return show(element, view);
  };
  const display = createWarningDisplay({
    store: memoryStore().store,
    renderer: rendering.renderer,
    frame: (run) => void frames.push(run),
    now: () => clock,
    viewport: withViewport
      ? (onChange) => {
          report = onChange;
          return { observe: (element) => observed.add(element), unobserve: (element) => observed.delete(element) };
        }
      : () => null,
    lastUserInput: () => lastInput,
    wait: (run, ms) => void waits.push({ run, ms }),
    isCurrent: () => true,
    onChange: vi.fn(),
    log: vi.fn(),
    logOnce: vi.fn(),
  });
  display.setSettings(DEFAULT_SETTINGS);
  display.setEnabled(true);
  return {
    display,
    rendering,
    frames,
    waits,
    drawn,
    observed,
    runFrame: () => frames.shift()?.(),
    /** The observer's report: these elements are near the viewport, every other observed one is not. */
    place: (nearIds: string[]) => {
      for (const element of [...observed]) report?.(element, nearIds.includes(element.getAttribute('data-id') ?? ''));
    },
    advance: (ms: number) => (clock += ms),
    userTyped: () => (lastInput = clock),
  };
}

/** Risky postings laid out `spacing` px apart from `top`, as the page would place them. */
function riskyPostings(count: number, top: (i: number) => number): TrackedPosting[] {
  return Array.from({ length: count }, (_, i) => {
    const element = card(document, `r${i}`, `Chat support ${i}, LURE`);
    document.body.append(element);
    element.getBoundingClientRect = () => ({ top: top(i), bottom: top(i) + 90, left: 0, right: 500, width: 500, height: 90, x: 0, y: top(i), toJSON: () => ({}) });
    const posting = { body: `Chat support ${i}, LURE` };
    return { element, key: `k${i}`, posting, verdict: markerScore(posting), shown: 'none' };
  });
}

describe('warning display', () => {
  it('draws the warnings of arriving verdicts in one batch, in the next frame', () => {
    const { display, rendering, frames, runFrame } = setup();
    for (const tracked of riskyPostings(4, (i) => i * 120)) display.consider(tracked);
    expect(rendering.warnedIds(document)).toEqual([]);
    expect(frames).toHaveLength(1); // one frame asked for, not one per warning
    runFrame();
    expect(rendering.warnedIds(document)).toEqual(['r0', 'r1', 'r2', 'r3']);
    expect(frames).toHaveLength(0);
  });

  it('draws what fits the frame budget and goes on in the next frames', () => {
    const { display, drawn, frames, runFrame } = setup();
    for (const tracked of riskyPostings(30, (i) => i * 100)) display.consider(tracked);
    runFrame();
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(30);
    expect(frames).toHaveLength(1);
    for (let guard = 0; guard < 10; guard++) runFrame();
    expect(drawn).toHaveLength(30);
  });

  it('draws the warnings near the viewport first; off-screen ones wait while the user types', () => {
    const { display, drawn, waits, runFrame, place, advance, userTyped } = setup(true);
    const postings = riskyPostings(60, (i) => i * 100);
    userTyped();
    for (const tracked of postings) display.consider(tracked);
    runFrame(); // nothing known yet about where they are
    expect(drawn).toEqual([]);
    place(['r8', 'r9']);
    runFrame();
    // The near ones, and (the frame lays out anyway) off-screen ones in the same batch, within the budget.
    expect(drawn.slice(0, 2)).toEqual(['r8', 'r9']);
    const afterFirstBatch = drawn.length;
    expect(afterFirstBatch).toBeLessThan(60);
    // The user goes on typing: the rest waits.
    advance(100);
    userTyped();
    runFrame();
    expect(drawn).toHaveLength(afterFirstBatch);
    expect(waits.at(-1)?.ms).toBeGreaterThanOrEqual(400);
    // A pause in the typing: the next batch goes.
    advance(600);
    waits.shift()?.run();
    runFrame();
    expect(drawn.length).toBeGreaterThan(afterFirstBatch);
    for (let guard = 0; guard < 10; guard++) {
      advance(600);
      waits.shift()?.run();
      runFrame();
    }
    expect(drawn).toHaveLength(60);
  });

  it('holds off-screen warnings while the user keeps typing, and draws them at the first pause', () => {
    const { display, drawn, waits, runFrame, place, advance, userTyped } = setup(true);
    for (const tracked of riskyPostings(60, (i) => i * 100)) display.consider(tracked);
    userTyped();
    runFrame();
    place([]);
    runFrame();
    const first = drawn.length; // the first batch of them is due at once (none drawn before)
    expect(first).toBeLessThan(60);
    for (let second = 0; second < 10; second++) {
      advance(300);
      userTyped();
      waits.shift()?.run();
      runFrame();
    }
    expect(drawn).toHaveLength(first);
    advance(600);
    waits.shift()?.run();
    runFrame();
    expect(drawn.length).toBeGreaterThan(first);
  });

  it('draws a change the user made at once, as far as the budget goes', () => {
    const { display, rendering, frames, runFrame } = setup();
    for (const tracked of riskyPostings(3, (i) => i * 120)) display.consider(tracked);
    runFrame();
    display.setSettings({ ...DEFAULT_SETTINGS, sensitivity: 'high' });
    display.setSettings(DEFAULT_SETTINGS);
    expect(rendering.warnedIds(document)).toEqual(['r0', 'r1', 'r2']);
    expect(frames).toHaveLength(0);
  });
});
