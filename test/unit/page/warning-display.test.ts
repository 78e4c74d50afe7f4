// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWarningDisplay } from '@/lib/page/warning-display';
import type { TrackedPosting } from '@/lib/page/tracked-posting';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { card, markerScore, memoryStore, recordingRenderer } from './helpers';

afterEach(() => document.body.replaceChildren());

/** A display driven by hand: frames run when the test says, and every warning drawn costs 1 ms. */
function setup() {
  const frames: (() => void)[] = [];
  let clock = 0;
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
    isCurrent: () => true,
    onChange: vi.fn(),
    log: vi.fn(),
    logOnce: vi.fn(),
  });
  display.setSettings(DEFAULT_SETTINGS);
  display.setEnabled(true);
  return { display, rendering, frames, drawn, runFrame: () => frames.shift()?.() };
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

  it('draws what fits the frame budget, then the rest nearest the viewport first', () => {
    const { display, drawn, runFrame } = setup();
    innerHeight = 800;
    // Document order r0…r29; the viewport shows r20-r27 (top 0 to 800).
    const postings = riskyPostings(30, (i) => (i - 20) * 100);
    for (const tracked of postings) display.consider(tracked);
    runFrame();
    const firstFrame = drawn.length;
    expect(firstFrame).toBeGreaterThan(0);
    expect(firstFrame).toBeLessThan(30);
    for (let guard = 0; guard < 10; guard++) runFrame();
    expect(drawn).toHaveLength(30);
    // After the first frame (drawn in the order found), the ones in view, then outward from it.
    const inView = ['r20', 'r21', 'r22', 'r23', 'r24', 'r25', 'r26', 'r27'].filter((id) => !drawn.slice(0, firstFrame).includes(id));
    expect(drawn.slice(firstFrame, firstFrame + inView.length).sort()).toEqual(inView.sort());
    expect(drawn.slice(firstFrame + inView.length, firstFrame + inView.length + 2).sort()).toEqual(['r19', 'r28']);
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
