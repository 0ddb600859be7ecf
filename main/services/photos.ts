import type { PhotoInfo } from '../../shared/channels/photos';
import type { ParsedRequestOf } from '../../shared/contract';
import {
  isLandmarkOf,
  landmarkSetFor,
  landmarkSetSchema,
  photoViews,
  type LandmarkSet,
  type PhotoView,
} from '../../shared/domain/photo-views';
import { movementTagSchema, type MovementTag } from '../../shared/domain/movement/screens';
import { AppError } from '../../shared/errors';
import { toFieldIssues } from '../../shared/validation';
import type { Db } from '../db/connection';
import { findCurrentRevision } from '../db/repositories/assessments';
import {
  deletePhoto,
  findPhoto,
  listPhotosOfRevision,
  photoThumbnail,
  updatePhotoLandmarks,
  updatePhotoView,
  type PhotoRow,
} from '../db/repositories/photos';
import { importPhoto } from '../photos/import';
import type { Session } from '../session';

export function toPhotoInfo(row: PhotoRow): PhotoInfo {
  const landmarks = landmarkSetSchema.safeParse(JSON.parse(row.landmarks));
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    revision: row.revision,
    hash: row.hash,
    view: row.view as PhotoView,
    mediaType: row.mediaType as PhotoInfo['mediaType'],
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    createdAt: row.createdAt,
    // Rows are only written through the schema; an unreadable set shows as no landmarks placed.
    landmarks: landmarks.success ? landmarks.data : { points: {} },
    movement: movementOf(row.movement),
  };
}

/** Rows are only written through the schema; an unreadable tag shows as none. */
function movementOf(text: string | null | undefined): MovementTag | null {
  if (!text) return null;
  const tag = movementTagSchema.safeParse(JSON.parse(text));
  return tag.success ? tag.data : null;
}

/**
 * Photos change only while the assessment's current revision is a draft; that draft's number,
 * which the photos being added or changed belong to.
 */
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
      'This assessment is finalized, so its photos cannot be changed. Amend it first, then add or change photos.',
    );
  return current.revision;
}

/** A photo of an earlier revision is part of that revision's record, even while a draft is open. */
function assertEditable(db: Db, row: PhotoRow): void {
  if (draftRevision(db, row.assessmentId) !== row.revision)
    throw new AppError(
      'conflict',
      'This photo belongs to an earlier revision of the assessment, which is kept as it was. Reopen the assessment to change its current photos.',
    );
}

function existing(db: Db, id: string): PhotoRow {
  const row = findPhoto(db, id);
  if (!row)
    throw new AppError('not-found', 'That photo could not be found. It may have been removed.');
  return row;
}

const viewLabel = (view: string) => photoViews.find((item) => item.id === view)?.label ?? view;

export async function addPhotoToAssessment(
  { db, photos, now }: Session,
  { assessmentId, view, fileName, dataBase64 }: ParsedRequestOf<'photos:add'>,
): Promise<PhotoInfo> {
  const revision = draftRevision(db, assessmentId);
  const row = await importPhoto(
    db,
    photos,
    { assessmentId, revision, view, fileName, bytes: Buffer.from(dataBase64, 'base64') },
    now,
    () => {
      // Finalized or amended while the photo was being prepared: it would land in the wrong record.
      if (draftRevision(db, assessmentId) !== revision)
        throw new AppError(
          'conflict',
          'This assessment changed while the photo was being prepared. Reopen it and add the photo again.',
        );
    },
  );
  return toPhotoInfo(existing(db, row.id));
}

/** The photos of one revision (the current one unless named), oldest first. */
export function photosOfAssessment(
  { db }: Session,
  assessmentId: string,
  revision?: number,
): PhotoInfo[] {
  const current = findCurrentRevision(db, assessmentId);
  if (!current) throw new AppError('not-found', 'That assessment could not be found.');
  if (revision !== undefined && revision > current.revision)
    throw new AppError('not-found', `Revision ${revision} of that assessment does not exist.`);
  return listPhotosOfRevision(db, assessmentId, revision ?? current.revision).map(toPhotoInfo);
}

export function thumbnailOf({ db }: Session, id: string): Buffer {
  const thumbnail = photoThumbnail(db, id);
  if (!thumbnail) throw new AppError('not-found', 'That photo has no preview.');
  return thumbnail;
}

export function setPhotoView({ db }: Session, id: string, view: PhotoView): PhotoInfo {
  const row = existing(db, id);
  assertEditable(db, row);
  const placed = Object.keys(toPhotoInfo(row).landmarks.points);
  if (placed.some((landmark) => !isLandmarkOf(view, landmark)))
    throw new AppError(
      'conflict',
      `This photo has landmarks placed for the “${viewLabel(row.view)}” view. Clear them before changing the view.`,
    );
  updatePhotoView(db, id, view);
  return toPhotoInfo(existing(db, id));
}

export function saveLandmarks({ db }: Session, id: string, landmarks: LandmarkSet): PhotoInfo {
  const row = existing(db, id);
  assertEditable(db, row);
  const checked = landmarkSetFor(row.view as PhotoView, row.width, row.height).safeParse(landmarks);
  if (!checked.success)
    throw new AppError(
      'invalid-input',
      'Some landmarks are not on the photo or do not belong to this view.',
      toFieldIssues(checked.error).map((issue) => ({
        ...issue,
        path: issue.path ? `landmarks.${issue.path}` : 'landmarks',
      })),
    );
  updatePhotoLandmarks(db, id, JSON.stringify(checked.data));
  return toPhotoInfo(existing(db, id));
}

/** Only the row goes; the orphan sweep removes the file once a backup holds it. */
export function removePhoto({ db }: Session, id: string): { removed: true } {
  assertEditable(db, existing(db, id));
  deletePhoto(db, id);
  return { removed: true };
}
