import { movementScreens, movementViewLabels, type MovementView } from './screens';

/**
 * Movement clips: what Stance stores, how large a file it takes, and where the page finds one.
 * Only these container types are ever stored or served as clips, whatever a file calls itself.
 */
export const clipMediaTypes = ['video/mp4', 'video/webm'] as const;
export type ClipMediaType = (typeof clipMediaTypes)[number];

export function isClipMediaType(value: string): value is ClipMediaType {
  return (clipMediaTypes as readonly string[]).includes(value);
}

/**
 * The largest clip file taken, checked against the file's size before it is read. A phone films
 * 1080p at roughly 10–20 MB a minute with HEVC and up to twice that with H.264; a movement screen
 * lasts seconds, so this leaves room for a long take without holding a huge file in memory.
 */
export const MAX_CLIP_BYTES = 150 * 1024 * 1024;
export const MAX_CLIP_MEGABYTES = MAX_CLIP_BYTES / (1024 * 1024);

/** Clips are served on the app's own origin under this path, like photos under /photos/. */
export const CLIP_PATH_PREFIX = '/clips/';

export function clipUrl(hash: string): string {
  return `${CLIP_PATH_PREFIX}${hash}`;
}

/** The words for a file that is too large, used before reading it and again in main. */
export function clipTooLargeMessage(fileName: string): string {
  const named = fileName.trim() ? `“${fileName.trim().slice(0, 80)}”` : 'This clip';
  return `${named} is larger than ${MAX_CLIP_MEGABYTES} MB. Trim it on the phone or camera first, or film a shorter take.`;
}

/** "Overhead squat, from the front", "Single-leg squat on the left leg, from the front". */
export function describeMovementTag(tag: {
  screen: string;
  view: string;
  side: 'left' | 'right' | null;
}): string {
  const screen = movementScreens.find((item) => item.id === tag.screen)?.label ?? tag.screen;
  const leg = tag.side ? ` on the ${tag.side} leg` : '';
  const view = movementViewLabels[tag.view as MovementView]?.toLowerCase() ?? tag.view;
  return `${screen}${leg}, ${view}`;
}
