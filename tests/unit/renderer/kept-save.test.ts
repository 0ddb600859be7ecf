import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppErrorShape, Result } from '../../../shared/errors';
import { readKeptCopy, writeKeptCopy } from '../../../renderer/lib/kept-copy';
import { KeptSave, type KeptSaveState } from '../../../renderer/lib/kept-save';
import { MemoryStorage } from '../../helpers/memory-storage';

interface Values {
  name: string;
}
const isValues = (value: unknown): value is Values =>
  typeof value === 'object' && value !== null && typeof (value as Values).name === 'string';

const away: Result<string> = {
  ok: false,
  error: { code: 'unavailable', message: 'The studio database cannot be reached just now.' },
};
const conflict: Result<string> = {
  ok: false,
  error: { code: 'conflict', message: 'These details were changed by sam at 14:32.' },
};

/** A saver whose server answers from `answers` in turn, recording every try. */
function saverWith(answers: Result<string>[], restored: Values | null = null) {
  const storage = new MemoryStorage();
  const sent: { values: Values; base: string | null; at: number }[] = [];
  const saved: string[] = [];
  const refused: AppErrorShape[] = [];
  const states: KeptSaveState[] = [];
  const started = Date.now();
  const saver = new KeptSave<Values, string>(
    {
      key: 'copy',
      storage,
      send: (values, base) => {
        sent.push({ values, base, at: Date.now() - started });
        return Promise.resolve(answers.shift() ?? { ok: true, value: 'saved' });
      },
      onSaved: (value) => saved.push(value),
      onRefused: (error) => refused.push(error),
      onState: (state) => states.push(state),
    },
    restored ? { values: restored, base: 'stamp-0' } : null,
  );
  const copy = () => readKeptCopy('copy', isValues, storage);
  return { saver, storage, sent, saved, refused, states, copy };
}

describe('kept copy', () => {
  it('reads back what was written, with its stamp, and refuses what is not its shape', () => {
    const storage = new MemoryStorage();
    writeKeptCopy('a', { name: 'Ines' }, 'stamp-1', { storage, now: 42 });
    expect(readKeptCopy('a', isValues, storage)).toEqual({
      v: 1,
      values: { name: 'Ines' },
      baseUpdatedAt: 'stamp-1',
      keptAt: 42,
    });
    storage.setItem(
      'b',
      JSON.stringify({ v: 1, values: { name: 3 }, baseUpdatedAt: null, keptAt: 1 }),
    );
    storage.setItem('c', 'not json');
    expect(readKeptCopy('b', isValues, storage)).toBeNull();
    expect(readKeptCopy('c', isValues, storage)).toBeNull();
    expect(readKeptCopy('missing', isValues, storage)).toBeNull();
  });
});

describe('a save kept while the server is away', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps her text at once and tries again after 2, 4, 8, then every 15 seconds', async () => {
    const { saver, sent, saved, states, copy } = saverWith([away, away, away, away, away]);
    await saver.save({ name: 'Ines' }, 'stamp-1');
    expect(copy()).toMatchObject({ values: { name: 'Ines' }, baseUpdatedAt: 'stamp-1' });
    expect(states.at(-1)).toEqual({ busy: false, away: true, kept: true });

    await vi.advanceTimersByTimeAsync(60_000);
    const waits = sent.slice(1).map((each, index) => each.at - (sent[index]?.at ?? 0));
    expect(waits.slice(0, 5)).toEqual([2000, 4000, 8000, 15_000, 15_000]);
    // Every try carries the stamp her form was loaded from: a colleague's save is still refused.
    expect(new Set(sent.map((each) => each.base))).toEqual(new Set(['stamp-1']));
    expect(saved).toEqual(['saved']);
    expect(copy()).toBeNull();
    expect(states.at(-1)).toEqual({ busy: false, away: false, kept: false });
  });

  it('sends what she typed after pressing Save, and keeps it too', async () => {
    const { saver, sent, copy } = saverWith([away]);
    await saver.save({ name: 'Ines' }, 'stamp-1');
    saver.edited({ name: 'Ines Maria' });
    expect(copy()?.values).toEqual({ name: 'Ines Maria' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent.at(-1)?.values).toEqual({ name: 'Ines Maria' });
    expect(copy()).toBeNull();
  });

  it('hands a colleague’s save back to the form, stops trying and keeps her copy', async () => {
    const { saver, sent, refused, saved, copy } = saverWith([away, conflict]);
    await saver.save({ name: 'Ines' }, 'stamp-1');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(2);
    expect(refused.map((error) => error.code)).toEqual(['conflict']);
    expect(saved).toEqual([]);
    expect(copy()?.values).toEqual({ name: 'Ines' });
  });

  it('writes no copy for a save that is refused while the server is there', async () => {
    const { saver, storage, refused } = saverWith([conflict]);
    await saver.save({ name: 'Ines' }, 'stamp-1');
    expect(refused).toHaveLength(1);
    expect(storage.items.size).toBe(0);
  });

  it('a copy opened again is saved on top of the stamp it was kept on, and discarding clears it', async () => {
    const storage = saverWith([away], { name: 'Kept' });
    await storage.saver.save({ name: 'Kept' }, 'stamp-0');
    expect(storage.sent[0]?.base).toBe('stamp-0');
    expect(storage.copy()?.values).toEqual({ name: 'Kept' });
    storage.saver.discard();
    expect(storage.copy()).toBeNull();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(storage.sent).toHaveLength(1);
  });

  it('stops trying when the form is gone, leaving the copy for her return', async () => {
    const { saver, sent, copy } = saverWith([away, away]);
    await saver.save({ name: 'Ines' }, 'stamp-1');
    saver.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(1);
    expect(copy()?.values).toEqual({ name: 'Ines' });
  });
});

describe('discarding while a try is on its way', () => {
  it('keeps no copy when that try then finds the server away', async () => {
    const storage = new MemoryStorage();
    let answer: (result: Result<string>) => void = () => {};
    const saver = new KeptSave<Values, string>({
      key: 'copy',
      storage,
      send: () => new Promise((resolve) => (answer = resolve)),
      onSaved: () => {},
      onRefused: () => {},
      onState: () => {},
    });
    const saving = saver.save({ name: 'Ines' }, 'stamp-1');
    saver.discard();
    answer(away);
    await saving;
    expect(storage.items.size).toBe(0);
  });
});
