import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment, SavedDraft } from '../../../shared/channels/assessments';
import type { Result } from '../../../shared/errors';
import { Autosaver, type SaveRequest } from '../../../renderer/features/assessment/autosaver';
import { FormStore, type FormDoc } from '../../../renderer/features/assessment/form-store';
import { writeLocalCopy } from '../../../renderer/features/assessment/local-copy';
import {
  discardSetAside,
  dropSetAsideOf,
  markForPutBack,
  readSetAside,
  setAside,
} from '../../../renderer/features/assessment/set-aside';
import { storeFor } from '../../../renderer/features/assessment/useAssessmentEditor';
import { validator } from '../../../renderer/features/assessment/validation';
import { MemoryStorage } from '../../helpers/memory-storage';

const id = '6f1f7a3e-8a54-4c1e-9b7e-2c1d3e4f5a6b';
const ordinaryKey = `stance:assessment-draft:${id}:1`;
const herBase = '2026-03-10T09:50:00.000Z';
const colleagueSaved = '2026-03-10T09:58:00.000Z';
const refusal =
  'This draft was changed by sam at 09:58 while you were typing. Your text is still here: copy ' +
  'what you need, then go back to the client and open the assessment again to see the saved version.';

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

/** The draft as main holds it after the colleague's save, as the form loads it. */
const savedByColleague = {
  assessmentId: id,
  revision: 1,
  status: 'draft',
  assessedOn: '2026-03-10',
  body: { schemaVersion: 1, notes: 'Sam: left arch collapses.' },
  updatedAt: colleagueSaved,
} as Assessment;

function autosaverFor(
  store: FormStore,
  base: string,
  answer: (request: SaveRequest) => Result<SavedDraft>,
) {
  const sent: SaveRequest[] = [];
  const autosaver = new Autosaver({
    store,
    id,
    revision: 1,
    lastSaved: { assessedOn: '2026-03-10', body: { schemaVersion: 1, notes: 'Before' } },
    serverUpdatedAt: base,
    send: (request) => {
      sent.push(request);
      return Promise.resolve(answer(request));
    },
    onStatus: () => undefined,
  });
  return { autosaver, sent };
}

const refused = (): Result<SavedDraft> => ({
  ok: false,
  error: { code: 'conflict', message: refusal },
});

describe('her text when main refuses the draft as changed elsewhere', () => {
  it('is set aside with when she typed it and the refusal, and the ordinary copy is gone', async () => {
    const store = new FormStore(docWithNotes('Before'), validator(id, 1));
    const { autosaver } = autosaverFor(store, herBase, refused);
    autosaver.start(false);
    store.setBody(['notes'], 'Ana: knees track in.');
    const typedAt = Date.now();
    await vi.advanceTimersByTimeAsync(300);
    expect(storage.items.has(ordinaryKey)).toBe(true);

    await vi.advanceTimersByTimeAsync(1000);
    expect(storage.items.has(ordinaryKey)).toBe(false);
    expect(readSetAside(id, 1)).toEqual({
      v: 1,
      doc: docWithNotes('Ana: knees track in.'),
      changedAt: typedAt,
      conflict: refusal,
      putBack: false,
      earlier: null,
    });
    // A reload opens the colleague's draft, not her text.
    expect(storeFor(savedByColleague, true)).toMatchObject({ restored: false });
    expect(readSetAside(id, 1)?.doc.body.notes).toBe('Ana: knees track in.');
    autosaver.stop();
  });

  it('keeps what she types into the refused form afterwards', async () => {
    const store = new FormStore(docWithNotes('Before'), validator(id, 1));
    const { autosaver, sent } = autosaverFor(store, herBase, refused);
    autosaver.start(false);
    store.setBody(['notes'], 'First');
    await vi.advanceTimersByTimeAsync(1000);
    store.setBody(['notes'], 'First, then more');
    autosaver.flushNow();
    expect(readSetAside(id, 1)).toMatchObject({
      doc: docWithNotes('First, then more'),
      conflict: refusal,
    });
    expect(sent).toHaveLength(1);
    autosaver.stop();
  });

  it('once put back, opens in the form on top of the draft as saved now, and is saved on it', async () => {
    setAside(id, 1, docWithNotes('Ana: knees track in.'), Date.now() - 60_000, refusal);
    markForPutBack(id, 1);

    const opened = storeFor(savedByColleague, true);
    expect(opened.restored).toBe(true);
    expect(opened.onTopOf).toBe(colleagueSaved);
    expect(opened.store.get().doc).toEqual(docWithNotes('Ana: knees track in.'));
    expect(readSetAside(id, 1)).toBeNull();

    const { autosaver, sent } = autosaverFor(opened.store, opened.onTopOf, () => ({
      ok: true,
      value: { revision: 1, updatedAt: '2026-03-10T10:00:01.000Z' } as SavedDraft,
    }));
    autosaver.start(opened.restored);
    expect(await autosaver.settle()).toBe(true);
    expect(sent[0]).toMatchObject({
      expectedUpdatedAt: colleagueSaved,
      body: { notes: 'Ana: knees track in.' },
    });
    expect(storage.items.size).toBe(0);
  });

  it('is gone once discarded, and the draft opens as saved', () => {
    setAside(id, 1, docWithNotes('Ana: knees track in.'), Date.now(), refusal);
    discardSetAside(id, 1);
    expect(readSetAside(id, 1)).toBeNull();
    expect(storeFor(savedByColleague, true).store.get().doc.body.notes).toBe(
      'Sam: left arch collapses.',
    );
  });

  it('refused again before she chose, keeps both: the newest is offered first, then the earlier', () => {
    setAside(id, 1, docWithNotes('First refusal'), Date.now() - 120_000, refusal);
    setAside(id, 1, docWithNotes('Second refusal'), Date.now(), refusal);
    expect(readSetAside(id, 1)?.doc.body.notes).toBe('Second refusal');
    discardSetAside(id, 1);
    expect(readSetAside(id, 1)?.doc.body.notes).toBe('First refusal');

    setAside(id, 1, docWithNotes('Third refusal'), Date.now(), refusal);
    markForPutBack(id, 1);
    expect(storeFor(savedByColleague, true).store.get().doc.body.notes).toBe('Third refusal');
    expect(readSetAside(id, 1)).toMatchObject({
      doc: docWithNotes('First refusal'),
      putBack: false,
      earlier: null,
    });
  });

  it('keeps at most five refusals, dropping the oldest', () => {
    for (let count = 1; count <= 7; count += 1) {
      setAside(id, 1, docWithNotes(`Refusal ${count}`), Date.now(), refusal);
    }
    const kept: string[] = [];
    for (let copy = readSetAside(id, 1); copy; copy = copy.earlier) {
      kept.push(String(copy.doc.body.notes));
    }
    expect(kept).toEqual(['Refusal 7', 'Refusal 6', 'Refusal 5', 'Refusal 4', 'Refusal 3']);
  });

  it('is ignored when what is stored is not a copy', () => {
    storage.items.set(`stance:assessment-set-aside:${id}:1`, '{not json');
    expect(readSetAside(id, 1)).toBeNull();
    storage.items.set(
      `stance:assessment-set-aside:${id}:1`,
      JSON.stringify({ v: 1, doc: 'words' }),
    );
    expect(readSetAside(id, 1)).toBeNull();
  });

  it('is dropped for revisions that can no longer be edited', () => {
    setAside(id, 1, docWithNotes('Old revision'), Date.now(), refusal);
    setAside(id, 2, docWithNotes('Draft revision'), Date.now(), refusal);
    dropSetAsideOf(id, 2);
    expect(readSetAside(id, 1)).toBeNull();
    expect(readSetAside(id, 2)).not.toBeNull();
    dropSetAsideOf(id, null);
    expect(readSetAside(id, 2)).toBeNull();
  });

  it('does not take the place of her ordinary copy when there was no refusal', () => {
    writeLocalCopy(id, 1, docWithNotes('Typed, not yet saved'), colleagueSaved);
    expect(storeFor(savedByColleague, true).store.get().doc.body.notes).toBe(
      'Typed, not yet saved',
    );
  });
});
