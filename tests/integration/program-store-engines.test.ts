/**
 * One contract, two engines: home programs with their exercises in order, and the settings the
 * features share, behave the same on the embedded SQLite file and on a studio's PostgreSQL server.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dosage } from '../../shared/domain/exercises';
import { storeEngines, type EngineStores } from '../helpers/store-engines';

const reps: Dosage = {
  kind: 'reps',
  reps: 12,
  sets: 2,
  perSide: true,
  timesPerDay: 1,
  daysPerWeek: 5,
};
const hold: Dosage = {
  kind: 'hold',
  holdSeconds: 30,
  sets: 3,
  perSide: false,
  timesPerDay: 2,
  daysPerWeek: 7,
};

describe.each(Object.entries(storeEngines))('programs and settings on %s', (_name, open) => {
  let engine: EngineStores;
  let clientId: string;

  beforeAll(async () => {
    engine = await open();
    clientId = randomUUID();
    await engine.clients.insert({
      id: clientId,
      firstName: 'Ada',
      lastName: 'Lovelace',
      dateOfBirth: '',
      email: '',
      phone: '',
      occupation: '',
      notes: '',
      createdAt: 't',
      updatedAt: 't',
      archivedAt: null,
    });
  }, 60_000);
  afterAll(() => engine.close());

  it('keeps a program’s exercises in the order given, replaced whole', async () => {
    const programs = engine.programs;
    const id = randomUUID();
    const fields = { assessmentId: null, title: 'Feet first', notes: 'Slowly.' };
    await programs.insert({ id, clientId }, fields, '2026-10-01T09:00:00.000Z');
    await programs.replaceItems(id, [
      { exerciseId: 'short-foot', dosage: reps, notes: '' },
      { exerciseId: 'calf-stretch', dosage: hold, notes: 'Against the wall' },
    ]);
    expect(await programs.find(id)).toEqual({
      id,
      clientId,
      ...fields,
      createdAt: '2026-10-01T09:00:00.000Z',
      updatedAt: '2026-10-01T09:00:00.000Z',
    });
    expect(await programs.findItems(id)).toEqual([
      { position: 0, exerciseId: 'short-foot', dosage: reps, notes: '' },
      { position: 1, exerciseId: 'calf-stretch', dosage: hold, notes: 'Against the wall' },
    ]);

    await programs.replaceItems(id, [{ exerciseId: 'calf-stretch', dosage: hold, notes: '' }]);
    expect((await programs.findItems(id)).map((item) => item.exerciseId)).toEqual(['calf-stretch']);
    await programs.replaceItems(id, []);
    expect(await programs.findItems(id)).toEqual([]);

    expect(await programs.update(id, { ...fields, title: 'Feet, then hips' }, 'later')).toBe(true);
    expect(await programs.find(id)).toMatchObject({ title: 'Feet, then hips', updatedAt: 'later' });
    expect(await programs.update('nothing', fields, 'x')).toBe(false);
  });

  it('lists a client’s programs newest first with their counts, and forgets a deleted one', async () => {
    const programs = engine.programs;
    const older = randomUUID();
    const newer = randomUUID();
    const sameMoment = randomUUID();
    const fields = { assessmentId: null, title: '', notes: '' };
    await programs.insert({ id: older, clientId }, fields, '2026-01-01T00:00:00.000Z');
    await programs.insert({ id: newer, clientId }, fields, '2026-02-01T00:00:00.000Z');
    await programs.insert({ id: sameMoment, clientId }, fields, '2026-02-01T00:00:00.000Z');
    await programs.replaceItems(newer, [{ exerciseId: 'a', dosage: reps, notes: '' }]);
    const listed = (await programs.listForClient(clientId)).filter((program) =>
      ([older, newer, sameMoment] as string[]).includes(program.id),
    );
    expect(listed.map((program) => [program.id, program.itemCount])).toEqual([
      [sameMoment, 0],
      [newer, 1],
      [older, 0],
    ]);
    expect(await programs.delete(newer)).toBe(true);
    expect(await programs.delete(newer)).toBe(false);
    expect(await programs.findItems(newer)).toEqual([]);
  });

  it('reads and writes settings by key, leaving the others as they were', async () => {
    const settings = engine.settings;
    await settings.write({ studioName: 'Align Studio', units: { length: 'cm' }, paper: 'A4' });
    await settings.write({ paper: 'Letter', units: undefined });
    expect(await settings.read(['studioName', 'units', 'paper', 'unknown'])).toEqual({
      studioName: 'Align Studio',
      units: { length: 'cm' },
      paper: 'Letter',
    });
    expect(await settings.read([])).toEqual({});
  });
});
