import { randomUUID } from 'node:crypto';
import type { LibraryExercise, OwnExerciseFields } from '../../shared/channels/exercises';
import type { Exercise } from '../../shared/domain/exercises';
import { builtInExercises, exercisePhases, findExercise } from '../../shared/domain/exercises';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import {
  allExercisePhotoHashes,
  copyExercisePhoto,
  deleteExercisePhoto,
  exercisePhotoHashes,
} from '../db/repositories/exercises-photos';
import {
  findOwnExercise,
  findOwnExercises,
  insertOwnExercise,
  listOwnExercises,
  setExerciseRetired,
  updateOwnExercise,
} from '../db/repositories/exercises';
import { importExercisePhoto } from '../photos/exercise-photo';
import type { Session } from '../session';

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
export function resolveExercises(db: Db, ids: readonly string[]): Map<string, LibraryExercise> {
  const builtInIds = ids.filter((id) => findExercise(id));
  const resolved = findOwnExercises(
    db,
    ids.filter((id) => !findExercise(id)),
  );
  const photos = exercisePhotoHashes(db, builtInIds);
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
export function requireExercise(db: Db, id: string): LibraryExercise {
  const found = resolveExercises(db, [id]).get(id);
  if (!found) throw notFound();
  return found;
}

function requireOwn(db: Db, id: string, action: keyof typeof builtInRefusals): LibraryExercise {
  if (findExercise(id)) {
    throw new AppError('invalid-input', builtInRefusals[action], [
      { path: 'id', message: builtInRefusals[action] },
    ]);
  }
  const own = findOwnExercise(db, id);
  if (!own) throw notFound();
  return own;
}

export function listLibrary({ db }: Session, includeRetired: boolean): LibraryExercise[] {
  const own = listOwnExercises(db, includeRetired);
  const photos = allExercisePhotoHashes(db);
  const builtIns = builtInExercises.map((exercise) =>
    asLibraryEntry(exercise, photos.get(exercise.id) ?? null),
  );
  return [...builtIns, ...own].sort(byPhaseThenName);
}

export function createExercise({ db, now }: Session, fields: OwnExerciseFields): LibraryExercise {
  const id = `custom-${randomUUID()}`;
  insertOwnExercise(db, { id, copiedFrom: null, fields }, now().toISOString());
  return requireExercise(db, id);
}

export function updateExercise(
  { db, now }: Session,
  id: string,
  fields: OwnExerciseFields,
): LibraryExercise {
  requireOwn(db, id, 'update');
  updateOwnExercise(db, id, fields, now().toISOString());
  return requireExercise(db, id);
}

export function copyExercise({ db, now }: Session, id: string): LibraryExercise {
  const source = requireExercise(db, id);
  const copyId = `custom-${randomUUID()}`;
  const fields = { ...fieldsOf(source), name: copyName(source.name) };
  const at = now().toISOString();
  db.transaction(() => {
    insertOwnExercise(db, { id: copyId, copiedFrom: source.id, fields }, at);
    copyExercisePhoto(db, source.id, copyId, at);
  })();
  return requireExercise(db, copyId);
}

export function retireExercise({ db, now }: Session, id: string): LibraryExercise {
  const own = requireOwn(db, id, 'retire');
  if (own.retiredAt === null) {
    const at = now().toISOString();
    setExerciseRetired(db, id, at, at);
  }
  return requireExercise(db, id);
}

export function restoreExercise({ db, now }: Session, id: string): LibraryExercise {
  const own = requireOwn(db, id, 'restore');
  if (own.retiredAt !== null) setExerciseRetired(db, id, null, now().toISOString());
  return requireExercise(db, id);
}

export async function setExercisePhoto(
  { db, photos, now }: Session,
  { id, fileName, dataBase64 }: { id: string; fileName: string; dataBase64: string },
): Promise<LibraryExercise> {
  requireExercise(db, id);
  await importExercisePhoto(
    db,
    photos,
    { exerciseId: id, fileName, bytes: Buffer.from(dataBase64, 'base64') },
    now,
    () => requireExercise(db, id),
  );
  return requireExercise(db, id);
}

/** As with an assessment photo, only the row goes; the orphan sweep removes the file later. */
export function removeExercisePhoto({ db }: Session, id: string): LibraryExercise {
  requireExercise(db, id);
  deleteExercisePhoto(db, id);
  return requireExercise(db, id);
}
