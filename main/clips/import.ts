import { randomUUID } from 'node:crypto';
import type { MovementTag } from '../../shared/domain/movement/screens';
import type { Db } from '../db/connection';
import { insertClip, type ClipRow } from '../db/repositories/clips';
import type { PhotoStore } from '../photos/store';
import { prepareClip } from './prepare';

export interface ClipToImport {
  assessmentId: string;
  revision: number;
  tag: MovementTag;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Prepares the clip, then writes the file (synced) and its row, so a crash leaves at worst an
 * unreferenced file for the sweep. `beforeStore` runs right before anything is written, after the
 * slow part, so the check it makes (the assessment is still this draft) holds when the row commits.
 */
export async function importClip(
  db: Db,
  store: PhotoStore,
  clip: ClipToImport,
  now: () => Date,
  beforeStore: () => void = () => undefined,
): Promise<ClipRow> {
  const prepared = await prepareClip(clip.bytes, clip.fileName);
  beforeStore();
  const hash = store.put(prepared.data);
  const row: ClipRow = {
    id: randomUUID(),
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
    createdAt: now().toISOString(),
  };
  insertClip(db, row);
  return row;
}
