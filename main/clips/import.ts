import { randomUUID } from 'node:crypto';
import type { MovementTag } from '../../shared/domain/movement/screens';
import type { ClipRow } from '../db/repositories/clips';
import type { Stores } from '../db/stores/stores';
import { prepareClip } from './prepare';

export interface ClipToImport {
  assessmentId: string;
  revision: number;
  tag: MovementTag;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Prepares the clip, then writes the file and its row in one transaction (on SQLite the file is
 * synced before the row commits, so a crash leaves at worst an unreferenced file for the sweep).
 * `beforeStore` runs inside it, after the slow part, so the check it makes (the assessment is
 * still this draft) holds when the row commits.
 */
export async function importClip(
  stores: Stores,
  clip: ClipToImport,
  now: () => Date,
  beforeStore: (stores: Stores) => Promise<void> = () => Promise.resolve(),
): Promise<ClipRow> {
  const prepared = await prepareClip(clip.bytes, clip.fileName);
  return stores.transaction(async (inside) => {
    await beforeStore(inside);
    const row: ClipRow = {
      id: randomUUID(),
      assessmentId: clip.assessmentId,
      revision: clip.revision,
      hash: await inside.files.put(prepared.data, prepared.mediaType),
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
    await inside.clips.insert(row);
    return row;
  });
}
