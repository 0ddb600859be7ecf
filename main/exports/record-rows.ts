import type { Dosage } from '../../shared/domain/exercises';
import type { PhotoRow } from '../db/repositories/photos';
import type { StoredRecord } from '../db/stores/record-store';
import type { Stores } from '../db/stores/stores';
import type {
  ClientRecord,
  RecordAssessment,
  RecordExercise,
  RecordProgram,
  RecordRevision,
  StoredClip,
  StoredPhoto,
} from './record-format';
import type { RemadeClip } from './record-clips';
import type { RemadePhoto } from './record-photos';

/**
 * One client's rows in the file's shape, as the stores of either engine hand them over. JSON
 * columns travel as JSON values (not strings inside strings) so the file is readable and
 * checkable on its own.
 */

export function readAssessments(stored: StoredRecord): RecordAssessment[] {
  return stored.assessments.map(({ revisions, ...assessment }) => ({
    ...assessment,
    revisions: revisions.map((r): RecordRevision => ({
      revision: r.revision,
      status: r.status,
      assessedOn: r.assessedOn,
      body: r.body as RecordRevision['body'],
      bodyVersion: r.bodyVersion,
      rulesVersion: r.rulesVersion,
      painNow: r.painNow,
      disabilityScore: r.disabilityScore,
      disabilityInstrument: r.disabilityInstrument as RecordRevision['disabilityInstrument'],
      fpiLeft: r.fpiLeft,
      fpiRight: r.fpiRight,
      amendmentReason: r.amendmentReason,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      finalizedAt: r.finalizedAt,
      clientSnapshot: r.clientSnapshot,
    })),
  }));
}

export function readPrograms(stored: StoredRecord): RecordProgram[] {
  return stored.programs.map(({ clientId: _client, ...program }) => program);
}

/** The practitioner's own exercises the programs use; built-in exercises live in code. */
export function readExercises(stored: StoredRecord): RecordExercise[] {
  return stored.exercises.map((exercise) => ({
    ...exercise,
    body: exercise.body as RecordExercise['body'],
  }));
}

export function readPhotos(stored: StoredRecord): StoredPhoto[] {
  return stored.photos.map(({ photo, thumbnail }) => ({
    id: photo.id,
    assessmentId: photo.assessmentId,
    revision: photo.revision,
    hash: photo.hash,
    view: photo.view as StoredPhoto['view'],
    mediaType: photo.mediaType as StoredPhoto['mediaType'],
    width: photo.width,
    height: photo.height,
    bytes: photo.bytes,
    landmarks: JSON.parse(photo.landmarks) as StoredPhoto['landmarks'],
    thumbnail: thumbnail === null ? null : thumbnail.toString('base64'),
    createdAt: photo.createdAt,
    movement: photo.movement ? (JSON.parse(photo.movement) as StoredPhoto['movement']) : null,
  }));
}

export function readClips(stored: StoredRecord): StoredClip[] {
  return stored.clips.map((clip) => ({
    id: clip.id,
    assessmentId: clip.assessmentId,
    revision: clip.revision,
    hash: clip.hash,
    mediaType: clip.mediaType as StoredClip['mediaType'],
    tag: { screen: clip.screen, view: clip.view, side: clip.side } as StoredClip['tag'],
    bytes: clip.bytes,
    createdAt: clip.createdAt,
  }));
}

/**
 * Every row of a checked record, through the stores of a transaction. Photos are the remade ones:
 * their rows name the new files, with the new size and preview, and the landmarks as checked.
 */
export async function insertRecord(
  stores: Stores,
  record: ClientRecord,
  photos: readonly RemadePhoto[],
  clips: readonly RemadeClip[] = [],
): Promise<void> {
  const clientId = record.client.id;
  await stores.clients.insert(record.client);
  for (const exercise of record.exercises) {
    await stores.clientRecords.insertExerciseIfMissing(exercise);
  }
  for (const { revisions, ...assessment } of record.assessments) {
    await stores.clientRecords.insertAssessment(clientId, assessment, revisions);
  }
  for (const { items, ...program } of record.programs) {
    // checkRecordContents has passed every dosage through the dosage schema by now.
    const stored = items.map((item) => ({ ...item, dosage: item.dosage as Dosage }));
    await stores.clientRecords.insertProgram({ ...program, clientId }, stored);
  }
  const currentRevisions = new Map(record.assessments.map((a) => [a.id, a.currentRevision]));
  for (const { photo, prepared, hash, landmarks } of photos) {
    const row: PhotoRow = {
      id: photo.id,
      assessmentId: photo.assessmentId,
      revision: photo.revision ?? currentRevisions.get(photo.assessmentId) ?? 1,
      hash,
      view: photo.view,
      mediaType: prepared.mediaType,
      width: prepared.width,
      height: prepared.height,
      bytes: prepared.data.byteLength,
      landmarks: JSON.stringify(landmarks),
      createdAt: photo.createdAt,
      movement: photo.movement ? JSON.stringify(photo.movement) : null,
    };
    await stores.photos.insert(row, prepared.thumbnail);
  }
  for (const { clip, prepared, hash } of clips) {
    await stores.clips.insert({
      id: clip.id,
      assessmentId: clip.assessmentId,
      revision: clip.revision,
      hash,
      mediaType: prepared.mediaType,
      screen: clip.tag.screen,
      view: clip.tag.view,
      side: clip.tag.side,
      width: prepared.width,
      height: prepared.height,
      durationMs: prepared.durationMs,
      frameRate: prepared.frameRate,
      bytes: prepared.data.byteLength,
      createdAt: clip.createdAt,
    });
  }
}
