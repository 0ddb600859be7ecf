import { randomUUID } from 'node:crypto';
import type { LibraryExercise, OwnExerciseFields } from '../../shared/channels/exercises';
import type { Exercise } from '../../shared/domain/exercises';
import { builtInExercises, exercisePhases, findExercise } from '../../shared/domain/exercises';
import { AppError } from '../../shared/errors';
import type { Records, Stores } from '../db/stores/stores';
import { importExercisePhoto } from '../photos/exercise-photo';

const NAME_MAX = 60;
const COPY_SUFFIX = ' (copy)';

const builtInRefusals = {
  update: "Built-in exercises can't be changed. Make a copy to adjust it.",
  retire: "Built-in exercises can't be retired. Leave it out of a program instead.",
  restore: 'Built-in exercises are never retired, so there is nothing to restore.',
} as const;

const asLibraryEntry = (exercise: Exercise, photoHash: string | null): LibraryExercise => ({
  ...exercise,
  copiedFrom: null,
  retiredAt: null,
  photoHash,
});

/** Built-ins and own exercises among `ids`, retired ones included, keyed by id. */
export async function resolveExercises(
  stores: Stores,
  ids: readonly string[],
): Promise<Map<string, LibraryExercise>> {
  const builtInIds = ids.filter((id) => findExercise(id));
  const resolved = await stores.exercises.findMany(ids.filter((id) => !findExercise(id)));
  const photos =
    builtInIds.length === 0
      ? new Map<string, string>()
      : await stores.exercisePhotos.hashes(builtInIds);
  for (const id of builtInIds) {
    const builtIn = findExercise(id);
    if (builtIn) resolved.set(id, asLibraryEntry(builtIn, photos.get(id) ?? null));
  }
  return resolved;
}

/** Every field a practitioner may edit, copied so the new row shares nothing with its source. */
function fieldsOf(exercise: Exercise): OwnExerciseFields {
  const fields: OwnExerciseFields = {
    name: exercise.name,
    phase: exercise.phase,
    regions: [...exercise.regions],
    purpose: exercise.purpose,
    steps: [...exercise.steps],
    cues: [...exercise.cues],
    targets: [...exercise.targets],
    dosage: { ...exercise.dosage },
    equipment: [...exercise.equipment],
    illustration: exercise.illustration,
  };
  if (exercise.cautions) fields.cautions = [...exercise.cautions];
  return fields;
}

/** "Calf stretch (copy)", shortened first if the name would pass the length limit. */
function copyName(name: string): string {
  const room = NAME_MAX - COPY_SUFFIX.length;
  const base = name.length > room ? name.slice(0, room).trimEnd() : name;
  return `${base}${COPY_SUFFIX}`;
}

const byPhaseThenName = (a: LibraryExercise, b: LibraryExercise): number =>
  exercisePhases.indexOf(a.phase) - exercisePhases.indexOf(b.phase) ||
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) ||
  Number(b.builtIn) - Number(a.builtIn) ||
  a.id.localeCompare(b.id);

const notFound = () =>
  new AppError('not-found', 'That exercise could not be found in the library.');

/** Any exercise, built-in or own, retired ones included. */
export async function requireExercise(stores: Stores, id: string): Promise<LibraryExercise> {
  const found = (await resolveExercises(stores, [id])).get(id);
  if (!found) throw notFound();
  return found;
}

async function requireOwn(
  stores: Stores,
  id: string,
  action: keyof typeof builtInRefusals,
): Promise<LibraryExercise> {
  if (findExercise(id)) {
    throw new AppError('invalid-input', builtInRefusals[action], [
      { path: 'id', message: builtInRefusals[action] },
    ]);
  }
  const own = await stores.exercises.find(id);
  if (!own) throw notFound();
  return own;
}

export async function listLibrary(
  { stores }: Records,
  includeRetired: boolean,
): Promise<LibraryExercise[]> {
  const own = await stores.exercises.list(includeRetired);
  const photos = await stores.exercisePhotos.hashes();
  const builtIns = builtInExercises.map((exercise) =>
    asLibraryEntry(exercise, photos.get(exercise.id) ?? null),
  );
  return [...builtIns, ...own].sort(byPhaseThenName);
}

export async function createExercise(
  { stores, now }: Records,
  fields: OwnExerciseFields,
): Promise<LibraryExercise> {
  const id = `custom-${randomUUID()}`;
  await stores.exercises.insert({ id, copiedFrom: null, fields }, now().toISOString());
  return requireExercise(stores, id);
}

export function updateExercise(
  { stores, now }: Records,
  id: string,
  fields: OwnExerciseFields,
): Promise<LibraryExercise> {
  return stores.transaction(async (inside) => {
    await requireOwn(inside, id, 'update');
    await inside.exercises.update(id, fields, now().toISOString());
    return requireExercise(inside, id);
  });
}

export function copyExercise({ stores, now }: Records, id: string): Promise<LibraryExercise> {
  return stores.transaction(async (inside) => {
    const source = await requireExercise(inside, id);
    const copyId = `custom-${randomUUID()}`;
    const fields = { ...fieldsOf(source), name: copyName(source.name) };
    const at = now().toISOString();
    await inside.exercises.insert({ id: copyId, copiedFrom: source.id, fields }, at);
    await inside.exercisePhotos.copy(source.id, copyId, at);
    return requireExercise(inside, copyId);
  });
}

export function retireExercise({ stores, now }: Records, id: string): Promise<LibraryExercise> {
  return stores.transaction(async (inside) => {
    const own = await requireOwn(inside, id, 'retire');
    if (own.retiredAt === null) {
      const at = now().toISOString();
      await inside.exercises.setRetired(id, at, at);
    }
    return requireExercise(inside, id);
  });
}

export function restoreExercise({ stores, now }: Records, id: string): Promise<LibraryExercise> {
  return stores.transaction(async (inside) => {
    const own = await requireOwn(inside, id, 'restore');
    if (own.retiredAt !== null) await inside.exercises.setRetired(id, null, now().toISOString());
    return requireExercise(inside, id);
  });
}

export async function setExercisePhoto(
  { stores, now }: Records,
  { id, fileName, dataBase64 }: { id: string; fileName: string; dataBase64: string },
): Promise<LibraryExercise> {
  await requireExercise(stores, id);
  await importExercisePhoto(
    stores,
    { exerciseId: id, fileName, bytes: Buffer.from(dataBase64, 'base64') },
    now,
    async (inside) => {
      await requireExercise(inside, id);
    },
  );
  return requireExercise(stores, id);
}

/** As with an assessment photo, only the row goes; the orphan sweep removes the file later. */
export function removeExercisePhoto({ stores }: Records, id: string): Promise<LibraryExercise> {
  return stores.transaction(async (inside) => {
    await requireExercise(inside, id);
    await inside.exercisePhotos.remove(id);
    return requireExercise(inside, id);
  });
}
