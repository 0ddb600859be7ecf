import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { PhotoMediaType } from '../../shared/domain/photos';
import { landmarkSetFor, type LandmarkSet } from '../../shared/domain/photo-views';
import { AppError } from '../../shared/errors';
import { preparePhoto, type PreparedPhoto } from '../photos/import';
import { sniffImage, type Readable } from '../photos/sniff';
import type { ClientRecord, RecordPhoto } from './record-format';
import { notARecord, plainRecordIssue, recordValidationError } from './record-issues';

/** A record's photo remade as Stance makes every photo, named by the hash of the new bytes. */
export interface RemadePhoto {
  photo: RecordPhoto;
  prepared: PreparedPhoto;
  hash: string;
  landmarks: LandmarkSet;
}

/** The labels a file of each kind may carry in a record. */
const labelsOf: Record<Readable, readonly PhotoMediaType[]> = {
  jpeg: ['image/jpeg'],
  png: ['image/png'],
  webp: ['image/webp'],
  avif: ['image/avif'],
  heic: ['image/heic', 'image/heif'],
};

const kindNames: Record<Readable, string> = {
  jpeg: 'a JPEG',
  png: 'a PNG',
  webp: 'a WebP image',
  avif: 'an AVIF image',
  heic: 'a HEIC photo',
};

/**
 * Each photo of the record goes through exactly what a photo the practitioner adds goes through
 * (preparePhoto: decoded by what its bytes are, turned upright, stripped of location, camera and
 * dates, encoded afresh, with a new preview), one at a time so a record of many photos never
 * holds them all decoded at once. The file's own preview is never used. Landmarks are checked
 * against the remade photo, so each lies inside the picture and belongs to its view.
 */
export async function remakeRecordPhotos(record: ClientRecord): Promise<RemadePhoto[]> {
  const remade: RemadePhoto[] = [];
  for (const [index, photo] of record.photos.entries()) {
    remade.push(await remakePhoto(photo, index));
  }
  return remade;
}

async function remakePhoto(photo: RecordPhoto, index: number): Promise<RemadePhoto> {
  const name = `Photo ${index + 1}`;
  const data = Buffer.from(photo.data, 'base64');
  if (sha256Of(data) !== photo.sha256 || data.byteLength !== photo.bytes) {
    throw notARecord(
      `${name} has been changed or damaged since it was exported: its contents do not match ` +
        'its fingerprint.',
    );
  }
  const sniffed = sniffImage(data);
  if (sniffed.kind === 'refused')
    throw notARecord(`${name} is not a photo: it looks like ${sniffed.looksLike}.`);
  if (!labelsOf[sniffed.format].includes(photo.mediaType))
    throw notARecord(
      `${name} says it is ${photo.mediaType} but is really ${kindNames[sniffed.format]}.`,
    );

  let prepared: PreparedPhoto;
  try {
    prepared = await preparePhoto(data);
  } catch (error) {
    const tooBig = error instanceof AppError && /too many pixels/.test(error.message);
    throw notARecord(
      tooBig
        ? `${name} has too many pixels for Stance.`
        : `${name} could not be read as a picture: it is damaged or incomplete.`,
    );
  }

  const landmarks = landmarkSetFor(photo.view, prepared.width, prepared.height).safeParse(
    photo.landmarks,
    { error: plainRecordIssue },
  );
  if (!landmarks.success) {
    throw recordValidationError(
      new z.ZodError(
        landmarks.error.issues.map((issue) => ({
          ...issue,
          path: ['photos', index, 'landmarks', ...issue.path],
        })),
      ),
    );
  }
  return { photo, prepared, hash: sha256Of(prepared.data), landmarks: landmarks.data };
}

function sha256Of(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
