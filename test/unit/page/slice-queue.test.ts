import { describe, expect, it } from 'vitest';
import { createSliceQueue } from '@/lib/page/slice-queue';

/** A scheduler the test drives by hand, with a clock the test moves. */
function manualScheduler() {
  const waiting: (() => void)[] = [];
  return {
    schedule: (run: () => void) => void waiting.push(run),
    get pending() {
      return waiting.length;
    },
    runNext() {
      waiting.shift()?.();
    },
  };
}

describe('slice queue', () => {
  it('stops a slice once the budget is spent and goes on in the next one', () => {
    const scheduler = manualScheduler();
    let clock = 0;
    const done: number[] = [];
    const slices: [number, number][] = [];
    const queue = createSliceQueue<number>({
      schedule: scheduler.schedule,
      now: () => clock,
      budgetMs: 4,
      process: (item) => {
        clock += 1.5; // each item costs 1.5 ms
        done.push(item);
      },
      onSlice: (start, end) => slices.push([start, end]),
    });
    for (let i = 0; i < 10; i++) queue.push(i);
    expect(scheduler.pending).toBe(1); // one request, however many items

    scheduler.runNext();
    expect(done).toEqual([0, 1, 2]); // 1.5, 3.0, 4.5 ms: the third crosses the budget, the slice ends
    expect(scheduler.pending).toBe(1);
    while (scheduler.pending) scheduler.runNext();
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(slices.length).toBe(4);
    expect(queue.size).toBe(0);
  });

  it('runs at least one item per slice, even a slow one', () => {
    const scheduler = manualScheduler();
    let clock = 0;
    const done: string[] = [];
    const queue = createSliceQueue<string>({
      schedule: scheduler.schedule,
      now: () => clock,
      process: (item) => {
        clock += 20;
        done.push(item);
      },
    });
    queue.push('a');
    queue.push('b');
    scheduler.runNext();
    expect(done).toEqual(['a']);
    scheduler.runNext();
    expect(done).toEqual(['a', 'b']);
  });

  it('reports a failing item and carries on with the next', () => {
    const scheduler = manualScheduler();
    const errors: unknown[] = [];
    const done: number[] = [];
    const queue = createSliceQueue<number>({
      schedule: scheduler.schedule,
      process: (item) => {
        if (item === 2) throw new Error('broken');
        done.push(item);
      },
      onError: (error) => errors.push(error),
    });
    [1, 2, 3].forEach((item) => queue.push(item));
    scheduler.runNext();
    expect(done).toEqual([1, 3]);
    expect(errors).toHaveLength(1);
  });

  it('drops waiting items on clear, and a slice scheduled before the clear does nothing', () => {
    const scheduler = manualScheduler();
    const done: number[] = [];
    let drained = 0;
    const queue = createSliceQueue<number>({
      schedule: scheduler.schedule,
      process: (item) => done.push(item),
      onDrained: () => drained++,
    });
    queue.push(1);
    queue.clear();
    scheduler.runNext();
    expect(done).toEqual([]);
    queue.push(2);
    while (scheduler.pending) scheduler.runNext();
    expect(done).toEqual([2]);
    expect(drained).toBe(1);
  });
});

describe('slice queue: dropping waiting items', () => {
  it('drops only the items asked for and keeps the order of the rest', () => {
    const waiting: (() => void)[] = [];
    const done: number[] = [];
    const queue = createSliceQueue<number>({ schedule: (run) => void waiting.push(run), process: (item) => done.push(item), budgetMs: 1000 });
    for (let i = 0; i < 6; i++) queue.push(i);
    queue.drop((item) => item % 2 === 1);
    expect(queue.size).toBe(3);
    waiting.shift()?.();
    expect(done).toEqual([0, 2, 4]);
  });
});
