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
import { AppError } from '../../shared/errors';
import { toFieldIssues } from '../../shared/validation';
import type { Db } from '../db/connection';
import { findCurrentRevision } from '../db/repositories/assessments';
import {
  deletePhoto,
  findPhoto,
  listPhotosOfAssessment,
  photoThumbnail,
  updatePhotoLandmarks,
  updatePhotoView,
  type PhotoRow,
} from '../db/repositories/photos';
import { importPhoto } from '../photos/import';
import type { Session } from '../session';

function toInfo(row: PhotoRow): PhotoInfo {
  const landmarks = landmarkSetSchema.safeParse(JSON.parse(row.landmarks));
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    hash: row.hash,
    view: row.view as PhotoView,
    mediaType: row.mediaType as PhotoInfo['mediaType'],
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    createdAt: row.createdAt,
    // Rows are only written through the schema; an unreadable set shows as no landmarks placed.
    landmarks: landmarks.success ? landmarks.data : { points: {} },
  };
}

/** Photos change only while the assessment's current revision is a draft. */
function assertDraft(db: Db, assessmentId: string): void {
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
  assertDraft(db, assessmentId);
  const row = await importPhoto(
    db,
    photos,
    { assessmentId, view, fileName, bytes: Buffer.from(dataBase64, 'base64') },
    now,
    () => assertDraft(db, assessmentId),
  );
  return toInfo(existing(db, row.id));
}

/** An assessment's photos, oldest first. */
export function photosOfAssessment({ db }: Session, assessmentId: string): PhotoInfo[] {
  if (!findCurrentRevision(db, assessmentId))
    throw new AppError('not-found', 'That assessment could not be found.');
  return listPhotosOfAssessment(db, assessmentId).map(toInfo);
}

export function thumbnailOf({ db }: Session, id: string): Buffer {
  const thumbnail = photoThumbnail(db, id);
  if (!thumbnail) throw new AppError('not-found', 'That photo has no preview.');
  return thumbnail;
}

export function setPhotoView({ db }: Session, id: string, view: PhotoView): PhotoInfo {
  const row = existing(db, id);
  assertDraft(db, row.assessmentId);
  const placed = Object.keys(toInfo(row).landmarks.points);
  if (placed.some((landmark) => !isLandmarkOf(view, landmark)))
    throw new AppError(
      'conflict',
      `This photo has landmarks placed for the “${viewLabel(row.view)}” view. Clear them before changing the view.`,
    );
  updatePhotoView(db, id, view);
  return toInfo(existing(db, id));
}

export function saveLandmarks({ db }: Session, id: string, landmarks: LandmarkSet): PhotoInfo {
  const row = existing(db, id);
  assertDraft(db, row.assessmentId);
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
  return toInfo(existing(db, id));
}

/** Only the row goes; the orphan sweep removes the file once a backup holds it. */
export function removePhoto({ db }: Session, id: string): { removed: true } {
  assertDraft(db, existing(db, id).assessmentId);
  deletePhoto(db, id);
  return { removed: true };
}
