import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormDoc } from '../../../renderer/features/assessment/form-store';
import {
  CoalescedLocalCopy,
  LOCAL_COPY_MS,
  documentToOpen,
  writeLocalCopy,
} from '../../../renderer/features/assessment/local-copy';
import { MemoryStorage } from '../../helpers/memory-storage';

const id = '6f1f7a3e-8a54-4c1e-9b7e-2c1d3e4f5a6b';

let storage: MemoryStorage;

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-03-10T10:00:00Z') });
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const docWithNotes = (notes: string): FormDoc => ({
  assessedOn: '2026-03-10',
  body: { schemaVersion: 1, notes },
  unparsed: {},
});

const server = {
  assessedOn: '2026-03-10',
  body: { schemaVersion: 1 as const },
  updatedAt: '2026-03-10T09:59:00.000Z',
};

describe('the local copy while she types', () => {
  it('is written once for a burst of keys, with the newest text', () => {
    let doc = docWithNotes('');
    const copy = new CoalescedLocalCopy(id, 1, () => ({ doc, baseUpdatedAt: server.updatedAt }));
    for (const text of ['S', 'St', 'Sti', 'Stif', 'Stiff']) {
      doc = docWithNotes(text);
      copy.changed();
      vi.advanceTimersByTime(25);
    }
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(LOCAL_COPY_MS);
    expect(storage.writes).toBe(1);
    expect(documentToOpen(id, 1, server)).toEqual({
      doc: docWithNotes('Stiff'),
      restored: true,
      onTopOf: server.updatedAt,
    });
  });

  it('is written at once when the page is left, so a reload straight after typing keeps it', () => {
    let doc = docWithNotes('');
    const copy = new CoalescedLocalCopy(id, 1, () => ({ doc, baseUpdatedAt: server.updatedAt }));
    doc = docWithNotes('Typed just before the reload');
    copy.changed();
    copy.flush();
    expect(storage.writes).toBe(1);
    expect(documentToOpen(id, 1, server).doc.body.notes).toBe('Typed just before the reload');
    vi.advanceTimersByTime(LOCAL_COPY_MS * 2);
    expect(storage.writes).toBe(1);
  });

  it('is not written once main has everything', () => {
    const doc = docWithNotes('Saved already');
    const copy = new CoalescedLocalCopy(id, 1, () => ({ doc, baseUpdatedAt: server.updatedAt }));
    copy.changed();
    copy.cancel();
    copy.flush();
    vi.advanceTimersByTime(LOCAL_COPY_MS * 2);
    expect(storage.writes).toBe(0);
  });
});

describe('the local copy when the draft is opened again', () => {
  it('is saved on top of the save it was made on, so a save made elsewhere since is not replaced unseen', () => {
    writeLocalCopy(
      id,
      1,
      docWithNotes('Typed after a colleague saved'),
      '2026-03-10T09:30:00.000Z',
    );
    expect(documentToOpen(id, 1, server)).toEqual({
      doc: docWithNotes('Typed after a colleague saved'),
      restored: true,
      onTopOf: '2026-03-10T09:30:00.000Z',
    });
  });

  it('gives way to a server save newer than its last edit', () => {
    writeLocalCopy(
      id,
      1,
      docWithNotes('Old typing'),
      '2026-03-10T09:30:00.000Z',
      Date.parse('2026-03-10T09:40:00Z'),
    );
    expect(documentToOpen(id, 1, server)).toMatchObject({
      restored: false,
      onTopOf: server.updatedAt,
    });
  });
});
