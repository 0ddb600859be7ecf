import { z } from 'zod';
import {
  landmarkSetSchema,
  photoViewIds,
  type LandmarkSet,
  type PhotoView,
} from '../domain/photo-views';
import { channel, entityId } from './define';
import type { MovementTag } from '../domain/movement/screens';

/** About 30 MB of photo; a phone's full-size JPEG is 3–12 MB. */
export const MAX_PHOTO_BASE64 = 40 * 1024 * 1024;

const photoId = entityId('photo');

/**
 * An image file sent from the page: assessment photos, exercise photos and the studio logo all go
 * through the same import, so they take the same fields with the same limits and wording.
 */
export const imageFileFields = {
  /** Only used in messages; the stored image is named by its content. */
  fileName: z.string({ error: 'The file name must be text.' }).max(260).default(''),
  dataBase64: z
    .string({ error: 'Choose a photo to add.' })
    .min(4, { error: 'That file is empty.' })
    .max(MAX_PHOTO_BASE64, { error: 'That photo is larger than 30 MB. Use a smaller copy.' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'The photo did not arrive intact. Try again.' }),
};
const view = z.enum(photoViewIds, { error: 'Choose which view the photo shows.' });

/** A stored photo as the renderer sees it; the picture itself is at `photoUrl(hash)`. */
export interface PhotoInfo {
  id: string;
  assessmentId: string;
  /** The revision this photo belongs to; an amendment works on copies with their own ids. */
  revision: number;
  hash: string;
  view: PhotoView;
  mediaType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  bytes: number;
  createdAt: string;
  landmarks: LandmarkSet;
  /** For a frame kept from a movement clip: the screen and view it shows; otherwise null. */
  movement: MovementTag | null;
}

/**
 * Photos belong to one revision of the assessment: finalizing keeps them with that revision, and
 * amending gives the new draft its own copies. They can be added, changed or removed only while
 * they belong to the current revision and it is a draft; otherwise each of these answers
 * `conflict`.
 */
export const photoChannels = {
  /**
   * Reads the file's bytes (whatever its name says), turns it upright, strips everything but the
   * pixels (location, camera, dates) and stores it with a small preview. JPEG, WebP and AVIF are
   * kept as JPEG, PNG as PNG; anything else is refused with a message saying what it looks like.
   */
  'photos:add': channel<PhotoInfo>()(
    z.strictObject({
      assessmentId: entityId('assessment'),
      view,
      ...imageFileFields,
    }),
  ),

  /** One revision's photos (the current revision unless named), oldest first, without the pictures. */
  'photos:listForAssessment': channel<PhotoInfo[]>()(
    z.strictObject({
      assessmentId: entityId('assessment'),
      revision: z.int({ error: 'Choose a revision.' }).min(1).max(1_000_000).optional(),
    }),
  ),

  /** The preview (at most 320 px on its long edge), for `data:` URLs in lists. */
  'photos:thumbnail': channel<{ mediaType: 'image/jpeg'; dataBase64: string }>()(
    z.strictObject({ id: photoId }),
  ),

  /** Refused while landmarks placed for the old view would not belong to the new one. */
  'photos:setView': channel<PhotoInfo>()(z.strictObject({ id: photoId, view })),

  /** Replaces the whole landmark set; every point must lie inside the photo and belong to its view. */
  'photos:saveLandmarks': channel<PhotoInfo>()(
    z.strictObject({ id: photoId, landmarks: landmarkSetSchema }),
  ),

  /**
   * Removes the photo from the assessment. The file stays until the next automatic backup has run
   * and no record uses it (the orphan sweep), so backups taken before still find it.
   */
  'photos:remove': channel<{ removed: true }>()(z.strictObject({ id: photoId })),
};
