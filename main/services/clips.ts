import type { ClipInfo } from '../../shared/channels/clips';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { ParsedRequestOf } from '../../shared/contract';
import type { ClipMediaType } from '../../shared/domain/movement/clips';
import { movementTagSchema, type MovementTag } from '../../shared/domain/movement/screens';
import { AppError } from '../../shared/errors';
import type { ClipRow } from '../db/repositories/clips';
import type { Records, Stores } from '../db/stores/stores';
import { importClip } from '../clips/import';
import { importPhoto } from '../photos/import';
import { draftRevisionFor, stillTheDraft } from './draft-media';
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

async function existing(stores: Stores, id: string): Promise<ClipRow> {
  const row = await stores.clips.find(id);
  if (!row)
    throw new AppError('not-found', 'That clip could not be found. It may have been removed.');
  return row;
}

async function assertCurrentDraft(stores: Stores, row: ClipRow): Promise<void> {
  if ((await draftRevisionFor(stores, row.assessmentId, 'clips')) !== row.revision)
    throw new AppError(
      'conflict',
      'This clip belongs to an earlier revision of the assessment, which is kept as it was. Reopen the assessment to change its current clips.',
    );
}

const changedWhilePrepared =
  'This assessment changed while the file was being prepared. Reopen it and add it again.';

export async function addClip(
  { stores, now }: Records,
  { assessmentId, tag, fileName, data: bytes }: ParsedRequestOf<'clips:add'>,
): Promise<ClipInfo> {
  const revision = await draftRevisionFor(stores, assessmentId, 'clips');
  const row = await importClip(
    stores,
    { assessmentId, revision, tag, fileName, bytes },
    now,
    stillTheDraft(assessmentId, revision, 'clips', changedWhilePrepared),
  );
  return toInfo(row);
}

export async function clipsOfAssessment(
  { stores }: Records,
  assessmentId: string,
  revision?: number,
): Promise<ClipInfo[]> {
  const current = await stores.assessments.findCurrent(assessmentId);
  if (!current) throw new AppError('not-found', 'That assessment could not be found.');
  if (revision !== undefined && revision > current.revision)
    throw new AppError('not-found', `Revision ${revision} of that assessment does not exist.`);
  const rows = await stores.clips.listOfRevision(assessmentId, revision ?? current.revision);
  return rows.map(toInfo);
}

/**
 * The still goes through exactly what any added photo goes through (decoded by its bytes, stripped,
 * re-encoded, with a preview), then carries the clip's tag.
 */
export async function keepFrame(
  { stores, now }: Records,
  { clipId, photoView, fileName, dataBase64 }: ParsedRequestOf<'clips:keepFrame'>,
): Promise<PhotoInfo> {
  const clip = await existing(stores, clipId);
  await assertCurrentDraft(stores, clip);
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
export function removeClip({ stores }: Records, id: string): Promise<{ removed: true }> {
  return stores.transaction(async (inside) => {
    await assertCurrentDraft(inside, await existing(inside, id));
    await inside.clips.delete(id);
    return { removed: true as const };
  });
}
