import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveScheduler, type SendOutcome } from '../../../renderer/lib/save-scheduler';

/** A tiny owner: a counter of edits, of which `saved` have reached "main". */
function owner(answers: SendOutcome[] = [], answerAfterMs = 0, maxRetryMs?: number) {
  const state = { edits: 0, saved: 0, sends: [] as number[] };
  const scheduler = new SaveScheduler({
    hasPending: () => state.edits !== state.saved,
    sendOnce: async () => {
      const sending = state.edits;
      state.sends.push(sending);
      if (answerAfterMs) await new Promise((resolve) => setTimeout(resolve, answerAfterMs));
      const outcome = answers.shift() ?? 'sent';
      if (outcome === 'sent') state.saved = sending;
      return outcome;
    },
    pauseMs: 400,
    maxWaitMs: 900,
    retryMs: 3000,
    ...(maxRetryMs === undefined ? {} : { maxRetryMs }),
  });
  const edit = () => {
    state.edits += 1;
    scheduler.changed();
  };
  return { state, scheduler, edit };
}

describe('saving as she types', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a burst of typing once, after the pause, with the newest', async () => {
    const { state, edit } = owner();
    for (let key = 0; key < 3; key += 1) {
      edit();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(state.sends).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(state.sends).toEqual([3]);
  });

  it('never waits longer than the longest wait while she keeps typing', async () => {
    const { state, edit } = owner();
    for (let key = 0; key < 12; key += 1) {
      edit();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(state.sends.length).toBeGreaterThanOrEqual(1);
    expect(state.sends[0]).toBeLessThanOrEqual(10);
  });

  it('sends what changed during a save straight after it, one at a time', async () => {
    const { state, edit } = owner([], 1000);
    edit();
    await vi.advanceTimersByTimeAsync(400);
    expect(state.sends).toEqual([1]);
    edit();
    await vi.advanceTimersByTimeAsync(500);
    expect(state.sends).toEqual([1]);
    await vi.advanceTimersByTimeAsync(600);
    expect(state.sends).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(state.saved).toBe(2);
  });

  it('tries a failed save again by itself, but waits for her after a refusal', async () => {
    const failed = owner(['failed']);
    failed.edit();
    await vi.advanceTimersByTimeAsync(400);
    await vi.advanceTimersByTimeAsync(3000);
    expect(failed.state.sends).toEqual([1, 1]);
    expect(failed.state.saved).toBe(1);

    const refused = owner(['refused']);
    refused.edit();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(refused.state.sends).toEqual([1]);
    refused.edit();
    await vi.advanceTimersByTimeAsync(400);
    expect(refused.state.saved).toBe(2);
  });

  it('waits longer after each failure in a row, up to the longest wait, and starts over once sent', async () => {
    const { state, edit } = owner(
      ['failed', 'failed', 'failed', 'failed', 'sent', 'failed'],
      0,
      10_000,
    );
    const sentAt: number[] = [];
    const started = Date.now();
    edit();
    for (let ms = 0; ms < 40_000; ms += 100) {
      const before = state.sends.length;
      await vi.advanceTimersByTimeAsync(100);
      if (state.sends.length > before) sentAt.push(Date.now() - started);
    }
    // After the pause, then 3, 6, 10 (not 12) and 10 seconds later.
    expect(sentAt).toEqual([400, 3400, 9400, 19400, 29400]);
    edit();
    await vi.advanceTimersByTimeAsync(400);
    expect(state.sends).toHaveLength(6);
    // The failure after a success waits the shortest time again.
    await vi.advanceTimersByTimeAsync(3000);
    expect(state.sends).toHaveLength(7);
  });

  it('flush sends now and says whether everything arrived', async () => {
    const good = owner();
    good.edit();
    await expect(good.scheduler.flush()).resolves.toBe(true);
    expect(good.state.sends).toEqual([1]);

    const bad = owner(['refused']);
    bad.edit();
    await expect(bad.scheduler.flush()).resolves.toBe(false);
  });

  it('sends nothing more once stopped, and a locked record stops it', async () => {
    const stopped = owner();
    stopped.edit();
    stopped.scheduler.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(stopped.state.sends).toEqual([]);

    const locked = owner(['stopped']);
    locked.edit();
    await vi.advanceTimersByTimeAsync(400);
    locked.edit();
    await vi.advanceTimersByTimeAsync(5000);
    expect(locked.state.sends).toEqual([1]);
    expect(locked.scheduler.isStopped).toBe(true);
  });

  it('sends at once beside a save in flight when the page is being left', async () => {
    const { state, scheduler, edit } = owner([], 1000);
    edit();
    await vi.advanceTimersByTimeAsync(400);
    edit();
    scheduler.sendNow();
    expect(state.sends).toEqual([1, 2]);
  });
});
