import { z } from 'zod';
import { MAX_CLIP_BYTES, type ClipMediaType } from '../domain/movement/clips';
import { movementTagSchema, type MovementTag } from '../domain/movement/screens';
import { photoViewIds } from '../domain/photo-views';
import { binaryChannel, bytesField, channel, entityId } from './define';
import { imageFileFields, type PhotoInfo } from './photos';

const clipId = entityId('clip');

/** A stored clip as the renderer sees it; the video itself is at `clipUrl(hash)`. */
export interface ClipInfo {
  id: string;
  assessmentId: string;
  revision: number;
  hash: string;
  mediaType: ClipMediaType;
  tag: MovementTag;
  width: number;
  height: number;
  durationMs: number;
  /** Frames a second, from the clip's own timing; one step of the player is one frame. */
  frameRate: number;
  bytes: number;
  createdAt: string;
}

/**
 * Movement clips belong to one revision of the assessment, like its photos: they can be added or
 * removed only while they belong to the current revision and it is a draft (else `conflict`).
 */
export const clipChannels = {
  /**
   * Reads what the bytes are (MP4, MOV or WebM, whatever the name says), copies the picture into
   * a fresh file without sound, location, device or any other tag, and stores it.
   */
  'clips:add': binaryChannel<ClipInfo>()(
    z.strictObject({
      assessmentId: entityId('assessment'),
      tag: movementTagSchema,
      fileName: z.string({ error: 'The file name must be text.' }).max(260).default(''),
      // Raw bytes, not base64: a 60 MB clip as text is 80 MB to copy across and decode again.
      data: bytesField(
        {
          missing: 'Choose a clip to add.',
          empty: 'That file is empty.',
          tooLarge: 'That clip is too large. Use a shorter one.',
        },
        MAX_CLIP_BYTES,
      ),
    }),
    { field: 'data' },
  ),

  /** One revision's clips (the current revision unless named), oldest first. */
  'clips:listForAssessment': channel<ClipInfo[]>()(
    z.strictObject({
      assessmentId: entityId('assessment'),
      revision: z.int({ error: 'Choose a revision.' }).min(1).max(1_000_000).optional(),
    }),
  ),

  /**
   * Keeps the frame on screen as a photo of the same assessment, tagged with the clip's screen and
   * view, so it can be annotated like any photo. `photoView` says which photo view it counts as
   * (from the side, the camera may face either side of her).
   */
  'clips:keepFrame': channel<PhotoInfo>()(
    z.strictObject({
      clipId,
      photoView: z.enum(photoViewIds, { error: 'Choose which view the frame shows.' }),
      ...imageFileFields,
    }),
  ),

  /** Removes the clip; the file stays until the orphan sweep, as a removed photo's does. */
  'clips:remove': channel<{ removed: true }>()(z.strictObject({ id: clipId })),
};
