import { z } from 'zod';
import type { Exercise } from '../domain/exercises';
import { exerciseSchema } from '../domain/exercises';
import { channel } from './define';
import { imageFileFields } from './photos';

/**
 * One exercise as the library shows it: a built-in, or one of the practitioner's own (built from
 * scratch or copied). Retired own exercises stay readable so saved programs keep working.
 */
export type LibraryExercise = Exercise & {
  /** The exercise an own exercise was copied from; null for built-ins and ones made from scratch. */
  copiedFrom: string | null;
  /** When an own exercise was retired; always null for built-ins. */
  retiredAt: string | null;
  /** The practitioner's own photo of it (built-ins too), served at `photoUrl(hash)`; or null. */
  photoHash: string | null;
};

/** What the practitioner writes; the id and the built-in mark are always set by Stance. */
export const ownExerciseFieldsSchema = exerciseSchema.omit({ id: true, builtIn: true });
export type OwnExerciseFields = z.output<typeof ownExerciseFieldsSchema>;

export const exerciseIdSchema = exerciseSchema.shape.id;

const byId = z.strictObject({ id: exerciseIdSchema });

export const exerciseChannels = {
  /** Built-ins and the practitioner's own, sorted by phase then name. Retired ones only on request. */
  'exercises:list': channel<LibraryExercise[]>()(
    z.strictObject({
      includeRetired: z.boolean({ error: 'Include retired must be true or false.' }).default(false),
    }),
  ),

  /** Adds an exercise of the practitioner's own, with an id of the form `custom-<uuid>`. */
  'exercises:create': channel<LibraryExercise>()(ownExerciseFieldsSchema),

  /** Changes one of the practitioner's own exercises; built-ins are refused (copy them instead). */
  'exercises:update': channel<LibraryExercise>()(
    ownExerciseFieldsSchema.extend({ id: exerciseIdSchema }),
  ),

  /** Makes a new own exercise from any exercise, named "… (copy)", remembering where it came from. */
  'exercises:copy': channel<LibraryExercise>()(byId),

  /**
   * Hides an own exercise from the library list. Programs that already use it keep it, and it
   * can be restored. Built-ins cannot be retired.
   */
  'exercises:retire': channel<LibraryExercise>()(byId),
  'exercises:restore': channel<LibraryExercise>()(byId),

  /**
   * Sets the practitioner's photo of any exercise, built-in or her own, replacing the one it had.
   * The file is read by its bytes, turned upright, stripped of location and camera details and
   * scaled to print size; anything but a photo is refused with a message saying what it looks like.
   */
  'exercises:setPhoto': channel<LibraryExercise>()(
    z.strictObject({ id: exerciseIdSchema, ...imageFileFields }),
  ),

  /** Takes the photo off the exercise; its line drawing, if it has one, shows again. */
  'exercises:removePhoto': channel<LibraryExercise>()(byId),
};
