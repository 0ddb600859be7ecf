import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStance, type StanceCore } from '../../main/stance';
import type { LibraryExercise, OwnExerciseFields } from '../../shared/channels/exercises';
import { builtInExercises, exercisePhases } from '../../shared/domain/exercises';
import type { Result } from '../../shared/errors';
import { value } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let core: StanceCore;

beforeEach(async () => {
  temp = makeTempDir();
  core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

const ownFields: OwnExerciseFields = {
  name: 'Standing arch lift',
  phase: 'activate',
  regions: ['foot-ankle'],
  purpose: 'Wakes up the small muscles that lift the inner arch.',
  steps: [
    'Stand tall with feet hip-width apart.',
    'Lift the arch without curling the toes.',
    'Hold, then relax slowly.',
  ],
  cues: ['Big toe stays on the floor.'],
  targets: ['small muscles under the arch'],
  dosage: { kind: 'hold', sets: 2, holdSeconds: 10, perSide: true, timesPerDay: 1, daysPerWeek: 5 },
  equipment: ['none'],
  illustration: null,
};

const list = async (includeRetired = false) =>
  value<LibraryExercise[]>(await core.route('exercises:list', { includeRetired }));
const create = async (fields: OwnExerciseFields = ownFields) =>
  value<LibraryExercise>(await core.route('exercises:create', fields));
const rowCount = () =>
  (core.session!.db.prepare('SELECT count(*) AS n FROM exercises').get() as { n: number }).n;

function failure(result: Result<unknown>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('exercise library', () => {
  it('lists every built-in, sorted by phase then name', async () => {
    const all = await list();
    expect(all).toHaveLength(builtInExercises.length);
    expect(all.every((exercise) => exercise.builtIn && exercise.copiedFrom === null)).toBe(true);
    const order = all.map((e) => `${exercisePhases.indexOf(e.phase)}|${e.name.toLowerCase()}`);
    expect(order).toEqual([...order].sort((a, b) => a.localeCompare(b)));
  });

  it('creates an own exercise with a custom id, merged into the sorted list', async () => {
    const created = await create();
    expect(created.id).toMatch(/^custom-[0-9a-f-]{36}$/);
    expect(created).toMatchObject({
      ...ownFields,
      builtIn: false,
      copiedFrom: null,
      retiredAt: null,
    });
    const all = await list();
    expect(all).toHaveLength(builtInExercises.length + 1);
    const activate = all.filter((e) => e.phase === 'activate').map((e) => e.name);
    expect(activate).toEqual([...activate].sort((a, b) => a.localeCompare(b)));
    expect(activate).toContain('Standing arch lift');
  });

  it('refuses an exercise that breaks the rules, writing nothing', async () => {
    const error = failure(
      await core.route('exercises:create', { ...ownFields, steps: ['Only one step.'] }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([{ path: 'steps', message: 'Write at least 3 steps.' }]);
    const sneaky = failure(await core.route('exercises:create', { ...ownFields, builtIn: true }));
    expect(sneaky.code).toBe('invalid-input');
    expect(rowCount()).toBe(0);
  });

  it('updates an own exercise, and the change survives reopening', async () => {
    const created = await create();
    const updated = value<LibraryExercise>(
      await core.route('exercises:update', { ...ownFields, id: created.id, name: 'Arch lift' }),
    );
    expect(updated.name).toBe('Arch lift');
    core.close();
    core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
    expect((await list()).find((e) => e.id === created.id)?.name).toBe('Arch lift');
  });

  it('refuses to change a built-in in plain words, and leaves it as it was', async () => {
    const error = failure(
      await core.route('exercises:update', { ...ownFields, id: 'short-foot', name: 'Mine now' }),
    );
    expect(error).toMatchObject({
      code: 'invalid-input',
      message: "Built-in exercises can't be changed. Make a copy to adjust it.",
    });
    expect((await list()).find((e) => e.id === 'short-foot')?.name).toBe('Short foot (arch dome)');
    expect(rowCount()).toBe(0);
    const unknown = failure(
      await core.route('exercises:update', { ...ownFields, id: 'custom-nope' }),
    );
    expect(unknown.code).toBe('not-found');
  });

  it('copies a built-in into an own exercise that remembers its source', async () => {
    const source = builtInExercises.find((e) => e.id === 'calf-wall-stretch')!;
    const copy = value<LibraryExercise>(await core.route('exercises:copy', { id: source.id }));
    expect(copy.id).toMatch(/^custom-/);
    expect(copy).toMatchObject({
      name: `${source.name} (copy)`,
      builtIn: false,
      copiedFrom: source.id,
      steps: source.steps,
      dosage: source.dosage,
      illustration: source.illustration,
    });
    const edited = value<LibraryExercise>(
      await core.route('exercises:update', { ...ownFields, id: copy.id, phase: copy.phase }),
    );
    expect(edited.copiedFrom).toBe(source.id);
    expect(builtInExercises.find((e) => e.id === source.id)?.name).toBe(source.name);
  });

  it('copies an own exercise, keeping the name within the limit', async () => {
    const long = await create({ ...ownFields, name: 'A'.repeat(58) });
    const copy = value<LibraryExercise>(await core.route('exercises:copy', { id: long.id }));
    expect(copy.copiedFrom).toBe(long.id);
    expect(copy.name).toHaveLength(60);
    expect(copy.name.endsWith(' (copy)')).toBe(true);
  });

  it('retires and restores own exercises; retired ones are hidden unless asked for', async () => {
    const created = await create();
    const retired = value<LibraryExercise>(
      await core.route('exercises:retire', { id: created.id }),
    );
    expect(retired.retiredAt).not.toBeNull();
    expect((await list()).some((e) => e.id === created.id)).toBe(false);
    expect((await list(true)).find((e) => e.id === created.id)?.retiredAt).toBe(retired.retiredAt);
    const again = value<LibraryExercise>(await core.route('exercises:retire', { id: created.id }));
    expect(again.retiredAt).toBe(retired.retiredAt);
    const restored = value<LibraryExercise>(
      await core.route('exercises:restore', { id: created.id }),
    );
    expect(restored.retiredAt).toBeNull();
    expect((await list()).some((e) => e.id === created.id)).toBe(true);
  });

  it('refuses to retire a built-in', async () => {
    const error = failure(await core.route('exercises:retire', { id: 'glute-bridge' }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain("can't be retired");
    expect(rowCount()).toBe(0);
  });
});
