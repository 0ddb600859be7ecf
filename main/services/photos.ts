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
import type { PhotoRow } from '../db/repositories/photos';
import type { Records, Stores } from '../db/stores/stores';
import { importPhoto } from '../photos/import';
import { draftRevisionFor, stillTheDraft } from './draft-media';

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

/** A photo of an earlier revision is part of that revision's record, even while a draft is open. */
async function assertEditable(stores: Stores, row: PhotoRow): Promise<void> {
  if ((await draftRevisionFor(stores, row.assessmentId, 'photos')) !== row.revision)
    throw new AppError(
      'conflict',
      'This photo belongs to an earlier revision of the assessment, which is kept as it was. Reopen the assessment to change its current photos.',
    );
}

export async function existingPhoto(stores: Stores, id: string): Promise<PhotoRow> {
  const row = await stores.photos.find(id);
  if (!row)
    throw new AppError('not-found', 'That photo could not be found. It may have been removed.');
  return row;
}

const viewLabel = (view: string) => photoViews.find((item) => item.id === view)?.label ?? view;

export async function addPhotoToAssessment(
  { stores, now }: Records,
  { assessmentId, view, fileName, dataBase64 }: ParsedRequestOf<'photos:add'>,
): Promise<PhotoInfo> {
  const revision = await draftRevisionFor(stores, assessmentId, 'photos');
  const row = await importPhoto(
    stores,
    { assessmentId, revision, view, fileName, bytes: Buffer.from(dataBase64, 'base64') },
    now,
    stillTheDraft(
      assessmentId,
      revision,
      'photos',
      'This assessment changed while the photo was being prepared. Reopen it and add the photo again.',
    ),
  );
  return toPhotoInfo(await existingPhoto(stores, row.id));
}

/** The photos of one revision (the current one unless named), oldest first. */
export async function photosOfAssessment(
  { stores }: Records,
  assessmentId: string,
  revision?: number,
): Promise<PhotoInfo[]> {
  const current = await stores.assessments.findCurrent(assessmentId);
  if (!current) throw new AppError('not-found', 'That assessment could not be found.');
  if (revision !== undefined && revision > current.revision)
    throw new AppError('not-found', `Revision ${revision} of that assessment does not exist.`);
  const rows = await stores.photos.listOfRevision(assessmentId, revision ?? current.revision);
  return rows.map(toPhotoInfo);
}

export async function thumbnailOf({ stores }: Records, id: string): Promise<Buffer> {
  const thumbnail = await stores.photos.thumbnail(id);
  if (!thumbnail) throw new AppError('not-found', 'That photo has no preview.');
  return thumbnail;
}

export function setPhotoView({ stores }: Records, id: string, view: PhotoView): Promise<PhotoInfo> {
  return stores.transaction(async (inside) => {
    const row = await existingPhoto(inside, id);
    await assertEditable(inside, row);
    const placed = Object.keys(toPhotoInfo(row).landmarks.points);
    if (placed.some((landmark) => !isLandmarkOf(view, landmark)))
      throw new AppError(
        'conflict',
        `This photo has landmarks placed for the “${viewLabel(row.view)}” view. Clear them before changing the view.`,
      );
    await inside.photos.setView(id, view);
    return toPhotoInfo(await existingPhoto(inside, id));
  });
}

export function saveLandmarks(
  { stores }: Records,
  id: string,
  landmarks: LandmarkSet,
): Promise<PhotoInfo> {
  return stores.transaction(async (inside) => {
    const row = await existingPhoto(inside, id);
    await assertEditable(inside, row);
    const checked = landmarkSetFor(row.view as PhotoView, row.width, row.height).safeParse(
      landmarks,
    );
    if (!checked.success)
      throw new AppError(
        'invalid-input',
        'Some landmarks are not on the photo or do not belong to this view.',
        toFieldIssues(checked.error).map((issue) => ({
          ...issue,
          path: issue.path ? `landmarks.${issue.path}` : 'landmarks',
        })),
      );
    await inside.photos.setLandmarks(id, JSON.stringify(checked.data));
    return toPhotoInfo(await existingPhoto(inside, id));
  });
}

/** Only the row goes; the orphan sweep removes the file once a backup holds it. */
export function removePhoto({ stores }: Records, id: string): Promise<{ removed: true }> {
  return stores.transaction(async (inside) => {
    await assertEditable(inside, await existingPhoto(inside, id));
    await inside.photos.delete(id);
    return { removed: true as const };
  });
}
