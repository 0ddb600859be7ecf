/** Views for new photos and their labels. No React, no DOM tree. */
import { photoViews, type PhotoView } from '../../../shared/domain/photo-views';

export function viewLabel(view: PhotoView): string {
  return photoViews.find((item) => item.id === view)?.label ?? view;
}

/**
 * A view for each of `count` new photos: the views not photographed yet, in the usual order
 * (front, back, sides, feet); once every view has a photo, the least photographed ones again.
 */
export function suggestViews(taken: readonly PhotoView[], count: number): PhotoView[] {
  const tally = new Map<PhotoView, number>(photoViews.map((view) => [view.id, 0]));
  for (const view of taken) tally.set(view, (tally.get(view) ?? 0) + 1);
  const chosen: PhotoView[] = [];
  for (let index = 0; index < count; index += 1) {
    const fewest = Math.min(...tally.values());
    const next = photoViews.find((view) => tally.get(view.id) === fewest)!.id;
    chosen.push(next);
    tally.set(next, fewest + 1);
  }
  return chosen;
}

/** Main names the file in its messages; other messages get the name put in front. */
export function messageAboutFile(fileName: string, message: string): string {
  const shown = fileName.trim().slice(0, 80);
  return !shown || message.includes(shown) ? message : `“${shown}”: ${message}`;
}
