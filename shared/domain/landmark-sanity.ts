/**
 * Left/right landmark pairs placed on the side of the photo the view makes implausible: in a
 * front photo the client's right appears on the image's left; from behind, on the image's right.
 * A crossed pair would give a confident but mirrored reading ("right side lower" for the left), so
 * the measures that use it wait until the practitioner swaps the pair or confirms it as placed.
 */
import type { LandmarkSet, PhotoView, Point } from './photo-views';
import { landmarksOf } from './photo-views';

/** Which image edge the client's right side is nearer; views not listed have no fixed answer. */
const CLIENT_RIGHT_TOWARDS: Partial<Record<PhotoView, 'image-left' | 'image-right'>> = {
  anterior: 'image-left',
  posterior: 'image-right',
  'feet-behind': 'image-right',
};

export interface LandmarkPair {
  /** The id both landmarks share before "-right"/"-left", e.g. "acromion". */
  readonly pair: string;
  /** The landmark's name without the side, e.g. "Shoulder tip (acromion)". */
  readonly label: string;
}

const RIGHT_SUFFIX = '-right';
const LABEL_SIDE_SUFFIX = /, right$/;

/** The view's left/right pairs, head to feet. */
export function landmarkPairs(view: PhotoView): LandmarkPair[] {
  const landmarks = landmarksOf(view);
  return landmarks
    .filter((item) => item.id.endsWith(RIGHT_SUFFIX))
    .map((item) => ({
      pair: item.id.slice(0, -RIGHT_SUFFIX.length),
      label: item.label.replace(LABEL_SIDE_SUFFIX, ''),
    }))
    .filter(({ pair }) => landmarks.some((item) => item.id === `${pair}-left`));
}

export function isLandmarkPairOf(view: PhotoView, pair: string): boolean {
  return landmarkPairs(view).some((item) => item.pair === pair);
}

/** The part of a landmark set these checks read and change. */
interface PairedPoints {
  readonly points: Readonly<Record<string, Point>>;
  readonly confirmedPairs?: readonly string[];
}

/**
 * Pairs whose two points both sit on the wrong side of each other for the view and that the
 * practitioner has not confirmed as intended. Points level with each other are not judged.
 */
export function crossedPairs(view: PhotoView, set: PairedPoints): LandmarkPair[] {
  const towards = CLIENT_RIGHT_TOWARDS[view];
  if (!towards) return [];
  const confirmed = new Set(set.confirmedPairs ?? []);
  return landmarkPairs(view).filter(({ pair }) => {
    const right = set.points[`${pair}-right`];
    const left = set.points[`${pair}-left`];
    if (!right || !left || confirmed.has(pair)) return false;
    return towards === 'image-left' ? right.x > left.x : right.x < left.x;
  });
}

/** The two points of a pair exchanged: the quick fix when they were placed the wrong way round. */
export function swapPair<T extends PairedPoints>(set: T, pair: string): T {
  const right = set.points[`${pair}-right`];
  const left = set.points[`${pair}-left`];
  if (!right || !left) return set;
  return { ...set, points: { ...set.points, [`${pair}-right`]: left, [`${pair}-left`]: right } };
}

/** The pair kept as placed: the practitioner has looked and says it is right. */
export function confirmPair<T extends PairedPoints>(set: T, pair: string): T {
  const confirmed = set.confirmedPairs ?? [];
  if (confirmed.includes(pair)) return set;
  return { ...set, confirmedPairs: [...confirmed, pair] };
}

/** Landmark id → its crossed pair, for the measures to hold back what uses them. */
export function heldLandmarks(view: PhotoView, set: LandmarkSet): ReadonlyMap<string, string> {
  return new Map(
    crossedPairs(view, set).flatMap(({ pair }) => [
      [`${pair}-right`, pair],
      [`${pair}-left`, pair],
    ]),
  );
}
