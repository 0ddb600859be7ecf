import type { ClipInfo } from '../../shared/channels/clips';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { ParsedRequestOf } from '../../shared/contract';
import type { ClipMediaType } from '../../shared/domain/movement/clips';
import { movementTagSchema, type MovementTag } from '../../shared/domain/movement/screens';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { findCurrentRevision } from '../db/repositories/assessments';
import { deleteClip, findClip, listClipsOfRevision, type ClipRow } from '../db/repositories/clips';
import { importClip } from '../clips/import';
import { importPhoto } from '../photos/import';
import type { Session } from '../session';
import { stillTheDraft } from './draft-media';
import { toPhotoInfo } from './photos';

function tagOf(row: ClipRow): MovementTag {
  return movementTagSchema.parse({ screen: row.screen, view: row.view, side: row.side });
}

function toInfo(row: ClipRow): ClipInfo {
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    revision: row.revision,
    hash: row.hash,
    mediaType: row.mediaType as ClipMediaType,
    tag: tagOf(row),
    width: row.width,
    height: row.height,
    durationMs: row.durationMs,
    frameRate: row.frameRate,
    bytes: row.bytes,
    createdAt: row.createdAt,
  };
}

/** Clips change only while the current revision is a draft; that draft's number. */
function draftRevision(db: Db, assessmentId: string): number {
  const current = findCurrentRevision(db, assessmentId);
  if (!current)
    throw new AppError(
      'not-found',
      'That assessment could not be found. It may have been discarded.',
    );
  if (current.status !== 'draft')
    throw new AppError(
      'conflict',
      'This assessment is finalized, so its clips cannot be changed. Amend it first, then add or change clips.',
    );
  return current.revision;
}

function existing(db: Db, id: string): ClipRow {
  const row = findClip(db, id);
  if (!row)
    throw new AppError('not-found', 'That clip could not be found. It may have been removed.');
  return row;
}

function assertCurrentDraft(db: Db, row: ClipRow): void {
  if (draftRevision(db, row.assessmentId) !== row.revision)
    throw new AppError(
      'conflict',
      'This clip belongs to an earlier revision of the assessment, which is kept as it was. Reopen the assessment to change its current clips.',
    );
}

const changedWhilePrepared =
  'This assessment changed while the file was being prepared. Reopen it and add it again.';

function stillThisDraft(db: Db, assessmentId: string, revision: number): () => void {
  return () => {
    // Finalized or amended while the file was being prepared: it would land in the wrong record.
    if (draftRevision(db, assessmentId) !== revision)
      throw new AppError('conflict', changedWhilePrepared);
  };
}

export async function addClip(
  { db, photos, now }: Session,
  { assessmentId, tag, fileName, data: bytes }: ParsedRequestOf<'clips:add'>,
): Promise<ClipInfo> {
  const revision = draftRevision(db, assessmentId);
  const row = await importClip(
    db,
    photos,
    { assessmentId, revision, tag, fileName, bytes },
    now,
    stillThisDraft(db, assessmentId, revision),
  );
  return toInfo(row);
}

export function clipsOfAssessment(
  { db }: Session,
  assessmentId: string,
  revision?: number,
): ClipInfo[] {
  const current = findCurrentRevision(db, assessmentId);
  if (!current) throw new AppError('not-found', 'That assessment could not be found.');
  if (revision !== undefined && revision > current.revision)
    throw new AppError('not-found', `Revision ${revision} of that assessment does not exist.`);
  return listClipsOfRevision(db, assessmentId, revision ?? current.revision).map(toInfo);
}

/**
 * The still goes through exactly what any added photo goes through (decoded by its bytes, stripped,
 * re-encoded, with a preview), then carries the clip's tag.
 */
export async function keepFrame(
  { db, stores, now }: Session,
  { clipId, photoView, fileName, dataBase64 }: ParsedRequestOf<'clips:keepFrame'>,
): Promise<PhotoInfo> {
  const clip = existing(db, clipId);
  assertCurrentDraft(db, clip);
  const row = await importPhoto(
    stores,
    {
      assessmentId: clip.assessmentId,
      revision: clip.revision,
      view: photoView,
      fileName,
      bytes: Buffer.from(dataBase64, 'base64'),
      movement: JSON.stringify(tagOf(clip)),
    },
    now,
    stillTheDraft(clip.assessmentId, clip.revision, 'clips', changedWhilePrepared),
  );
  const stored = await stores.photos.find(row.id);
  if (!stored) throw new AppError('internal', 'The kept frame could not be read back.');
  return toPhotoInfo(stored);
}

/** Only the row goes; the orphan sweep removes the file once a backup holds it. */
export function removeClip({ db }: Session, id: string): { removed: true } {
  assertCurrentDraft(db, existing(db, id));
  deleteClip(db, id);
  return { removed: true };
}
