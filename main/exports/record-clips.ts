import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { prepareClip, type PreparedClip } from '../clips/prepare';
import type { ClientRecord, RecordClip } from './record-format';
import { notARecord } from './record-issues';

/** A record's clip remade as Stance makes every clip, named by the hash of the new bytes. */
export interface RemadeClip {
  clip: RecordClip;
  prepared: PreparedClip;
  hash: string;
}

/**
 * Each clip of the record goes through what a clip the practitioner adds goes through (sniffed by
 * its bytes, its picture copied into a fresh file with no sound and no tags), one at a time.
 */
export async function remakeRecordClips(record: ClientRecord): Promise<RemadeClip[]> {
  const remade: RemadeClip[] = [];
  for (const [index, clip] of record.clips.entries()) {
    const name = `Clip ${index + 1}`;
    const data = Buffer.from(clip.data, 'base64');
    if (sha256Of(data) !== clip.sha256 || data.byteLength !== clip.bytes)
      throw notARecord(
        `${name} has been changed or damaged since it was exported: its contents do not match its fingerprint.`,
      );
    let prepared: PreparedClip;
    try {
      prepared = await prepareClip(data);
    } catch (error) {
      throw notARecord(
        error instanceof AppError
          ? `${name} is not a clip Stance can use: ${error.message}`
          : `${name} could not be read as a clip.`,
      );
    }
    remade.push({ clip, prepared, hash: sha256Of(prepared.data) });
  }
  return remade;
}

function sha256Of(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
