import type { Dosage } from '../../shared/domain/exercises';
import type { Db } from '../db/connection';
import {
  insertStoredAssessment,
  listStoredAssessments,
  listStoredRevisions,
} from '../db/repositories/assessments';
import { insertClient } from '../db/repositories/clients';
import { insertClip, listClipsOfClient } from '../db/repositories/clips';
import { insertExerciseIfMissing, listStoredExercises } from '../db/repositories/exercises';
import { insertPhoto, listPhotosOfClient, type PhotoRow } from '../db/repositories/photos';
import {
  findProgramItems,
  insertStoredProgram,
  listStoredPrograms,
} from '../db/repositories/programs';
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
 * One client's rows in the file's shape, through the repositories. JSON columns travel as JSON
 * values (not strings inside strings) so the file is readable and checkable on its own.
 */

export function readAssessments(db: Db, clientId: string): RecordAssessment[] {
  return listStoredAssessments(db, clientId).map((assessment) => ({
    ...assessment,
    revisions: listStoredRevisions(db, assessment.id).map((r): RecordRevision => ({
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

export function readPrograms(db: Db, clientId: string): RecordProgram[] {
  return listStoredPrograms(db, clientId).map(({ clientId: _client, ...program }) => ({
    ...program,
    items: findProgramItems(db, program.id),
  }));
}

/** The practitioner's own exercises among `ids`; built-in exercises live in code and are not rows. */
export function readExercises(db: Db, ids: readonly string[]): RecordExercise[] {
  return listStoredExercises(db, ids).map((exercise) => ({
    ...exercise,
    body: exercise.body as RecordExercise['body'],
  }));
}

export function readPhotos(db: Db, clientId: string): StoredPhoto[] {
  return listPhotosOfClient(db, clientId).map(({ photo, thumbnail }) => ({
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

export function readClips(db: Db, clientId: string): StoredClip[] {
  return listClipsOfClient(db, clientId).map((clip) => ({
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
 * Every row of a checked record; call inside one transaction. Photos are the remade ones: their
 * rows name the new files, with the new size and preview, and the landmarks as checked.
 */
export function insertRecord(
  db: Db,
  record: ClientRecord,
  photos: readonly RemadePhoto[],
  clips: readonly RemadeClip[] = [],
): void {
  const clientId = record.client.id;
  insertClient(db, record.client);
  for (const exercise of record.exercises) insertExerciseIfMissing(db, exercise);
  for (const { revisions, ...assessment } of record.assessments) {
    insertStoredAssessment(db, clientId, assessment, revisions);
  }
  for (const { items, ...program } of record.programs) {
    // checkRecordContents has passed every dosage through the dosage schema by now.
    const stored = items.map((item) => ({ ...item, dosage: item.dosage as Dosage }));
    insertStoredProgram(db, { ...program, clientId }, stored);
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
    insertPhoto(db, row, prepared.thumbnail);
  }
  for (const { clip, prepared, hash } of clips) {
    insertClip(db, {
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
