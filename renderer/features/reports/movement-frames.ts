/**
 * Frames kept from movement clips, for the report: each printed beside the squat it shows, with a
 * caption in the client's words. With no movement section to sit beside, they stay among the photos.
 */
import type { PhotoInfo } from '../../../shared/channels/photos';
import { movementViewLabels, type MovementScreen } from '../../../shared/domain/movement/screens';

export interface ClientMovementFrame {
  readonly photo: PhotoInfo;
  /** "From the side", "Standing on your left leg, from the front". */
  readonly caption: string;
}

function caption(tag: NonNullable<PhotoInfo['movement']>): string {
  const view = movementViewLabels[tag.view];
  if (!tag.side) return view;
  return `Standing on your ${tag.side} leg, ${view.charAt(0).toLowerCase()}${view.slice(1)}`;
}

/** The frames of one squat, in the order they were kept. */
export function framesOfScreen(
  photos: readonly PhotoInfo[],
  screen: MovementScreen,
): ClientMovementFrame[] {
  return photos.flatMap((photo) =>
    photo.movement?.screen === screen ? [{ photo, caption: caption(photo.movement) }] : [],
  );
}

/** The photos the Photos section prints: all of them unless the kept frames print with the squats. */
export function photosBesideMovement(
  photos: readonly PhotoInfo[],
  movementPrinted: boolean,
): PhotoInfo[] {
  return movementPrinted ? photos.filter((photo) => photo.movement === null) : [...photos];
}
