/**
 * How two photos of the same view are lined up side by side: both scaled so the body appears the
 * same size and moved so the feet stand on one common baseline. Pure: no DOM, no I/O.
 *
 * The answer is a shared frame (its aspect ratio and where the baseline runs) and, for each photo,
 * the box it fills in that frame, all as fractions of the frame so the page can lay it out with
 * percentages at any width.
 */
import {
  landmarksOf,
  type LandmarkSet,
  type PhotoView,
  type Point,
} from '../../../shared/domain/photo-views';

export interface AlignablePhoto {
  readonly view: PhotoView;
  readonly width: number;
  readonly height: number;
  readonly landmarks: LandmarkSet;
}

/** Lined up on the feet landmarks, or (with none placed on both photos) on the photos' bottom edges. */
export type Anchor = { kind: 'feet'; landmarkIds: readonly string[] } | { kind: 'bottoms' };

/**
 * What made the two bodies the same size: both calibrations, the height from the feet to one
 * landmark placed on both photos, or (with neither) the photos' own heights.
 */
export type Scaling =
  | { kind: 'calibration' }
  | { kind: 'landmark-height'; landmarkId: string }
  | { kind: 'photo-height' };

/** A photo's box in the shared frame; every number is a fraction of the frame's width or height. */
export interface Placement {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Photos of one view lined up together: a shared frame and each photo's box in it. */
export interface GroupAlignment {
  readonly anchor: Anchor;
  readonly scaling: Scaling;
  /** Width over height of the shared frame, the same for every photo. */
  readonly aspectRatio: number;
  /** How far down the frame the feet (or the bottom edges) sit, from 0 at the top to 1. */
  readonly baseline: number;
  /** One per photo, in the order given. */
  readonly placements: readonly Placement[];
}

export interface Alignment extends GroupAlignment {
  readonly placements: readonly [Placement, Placement];
}

interface FeetGroup {
  readonly ids: readonly string[];
  /** What the whole group marks, in words. */
  readonly name: string;
}

/**
 * Landmarks at the feet, per view, best first: the first group with a landmark placed on every
 * photo is used, and only the landmarks of it that all of them have, so the anchors mean the
 * same point of the body.
 */
const feetGroups: Record<PhotoView, readonly FeetGroup[]> = {
  anterior: [{ ids: ['ankle-right', 'ankle-left'], name: 'midpoint between the ankles' }],
  posterior: [
    { ids: ['heel-right', 'heel-left'], name: 'midpoint between the heels' },
    { ids: ['ankle-right', 'ankle-left'], name: 'midpoint between the ankles' },
  ],
  'left-lateral': [{ ids: ['lateral-malleolus'], name: 'outer ankle bone' }],
  'right-lateral': [{ ids: ['lateral-malleolus'], name: 'outer ankle bone' }],
  'feet-above': [
    { ids: ['heel-centre-right', 'heel-centre-left'], name: 'midpoint between the heels' },
  ],
  'feet-behind': [
    {
      ids: ['calcaneus-lower-right', 'calcaneus-lower-left'],
      name: 'midpoint between the lower heel points',
    },
    {
      ids: [
        'medial-malleolus-right',
        'medial-malleolus-left',
        'lateral-malleolus-right',
        'lateral-malleolus-left',
      ],
      name: 'midpoint of the ankle bones',
    },
  ],
};

/** A body height shorter than this many pixels is too small to scale by reliably. */
export const MIN_SPAN_PX = 10;

export function alignPhotos(first: AlignablePhoto, second: AlignablePhoto): Alignment {
  const { placements, ...rest } = alignAll([first, second]);
  return { ...rest, placements: [placements[0]!, placements[1]!] };
}

/**
 * Every photo of one view (a timeline of visits) in one shared frame: the same rules as a pair,
 * applied to what all of them have, so each visit's body stands on the same line at the same size.
 */
export function alignAll(photos: readonly AlignablePhoto[]): GroupAlignment {
  if (photos.length === 0) throw new Error('alignAll needs at least one photo.');
  const feet = commonFeet(photos);
  const anchors = photos.map((photo) => (feet ? centre(photo, feet) : bottomCentre(photo)));
  const { scaling, scales } = chooseScaling(photos, anchors, feet !== null);
  return {
    ...frame(photos, anchors, scales),
    anchor: feet ? { kind: 'feet', landmarkIds: feet } : { kind: 'bottoms' },
    scaling,
  };
}

function commonFeet(photos: readonly AlignablePhoto[]): string[] | null {
  for (const group of feetGroups[photos[0]!.view]) {
    const common = group.ids.filter((id) => photos.every((photo) => photo.landmarks.points[id]));
    if (common.length > 0) return common;
  }
  return null;
}

function centre(photo: AlignablePhoto, ids: readonly string[]): Point {
  const points = ids.map((id) => photo.landmarks.points[id]!);
  return {
    x: points.reduce((sum, point) => sum + point.x, 0) / points.length,
    y: points.reduce((sum, point) => sum + point.y, 0) / points.length,
  };
}

const bottomCentre = (photo: AlignablePhoto): Point => ({ x: photo.width / 2, y: photo.height });

/** Real centimetres per image pixel, when the photo has a calibration. */
export function cmPerPixel(landmarks: LandmarkSet): number | null {
  const calibration = landmarks.calibration;
  if (!calibration) return null;
  const pixels = Math.hypot(calibration.a.x - calibration.b.x, calibration.a.y - calibration.b.y);
  return pixels > 0 ? calibration.lengthCm / pixels : null;
}

/** Display units per image pixel for each photo, chosen so the bodies come out the same size. */
function chooseScaling(
  photos: readonly AlignablePhoto[],
  anchors: readonly Point[],
  onFeet: boolean,
): { scaling: Scaling; scales: readonly number[] } {
  const calibrations = photos.map((photo) => cmPerPixel(photo.landmarks));
  if (calibrations.every((scale) => scale !== null))
    return { scaling: { kind: 'calibration' }, scales: calibrations };
  const reference = onFeet ? heightLandmark(photos, anchors) : null;
  if (reference)
    return {
      scaling: { kind: 'landmark-height', landmarkId: reference.id },
      scales: reference.spans.map((span) => 1 / span),
    };
  return {
    scaling: { kind: 'photo-height' },
    scales: photos.map((photo) => 1 / photo.height),
  };
}

/**
 * The landmark highest on the body (the catalogue lists them head to feet) that is placed on every
 * photo and stands clearly above the feet on each.
 */
function heightLandmark(
  photos: readonly AlignablePhoto[],
  anchors: readonly Point[],
): { id: string; spans: readonly number[] } | null {
  for (const { id } of landmarksOf(photos[0]!.view)) {
    const points = photos.map((photo) => photo.landmarks.points[id]);
    if (points.some((point) => !point)) continue;
    const spans = points.map((point, index) => anchors[index]!.y - point!.y);
    if (spans.every((span) => span >= MIN_SPAN_PX)) return { id, spans };
  }
  return null;
}

/**
 * The smallest frame that shows every photo whole with its anchor at the same point: centred
 * across, on a common baseline down.
 */
function frame(
  photos: readonly AlignablePhoto[],
  anchors: readonly Point[],
  scales: readonly number[],
): Pick<GroupAlignment, 'aspectRatio' | 'baseline' | 'placements'> {
  const sized = photos.map((photo, index) => {
    const scale = scales[index]!;
    const anchor = anchors[index]!;
    return {
      width: photo.width * scale,
      height: photo.height * scale,
      anchorX: anchor.x * scale,
      anchorY: anchor.y * scale,
    };
  });
  const halfWidth = Math.max(
    ...sized.map((photo) => Math.max(photo.anchorX, photo.width - photo.anchorX)),
  );
  const above = Math.max(...sized.map((photo) => photo.anchorY));
  const below = Math.max(...sized.map((photo) => photo.height - photo.anchorY));
  const frameWidth = 2 * halfWidth;
  const frameHeight = above + below;
  return {
    aspectRatio: frameWidth / frameHeight,
    baseline: above / frameHeight,
    placements: sized.map((photo) => ({
      left: (halfWidth - photo.anchorX) / frameWidth,
      top: (above - photo.anchorY) / frameHeight,
      width: photo.width / frameWidth,
      height: photo.height / frameHeight,
    })),
  };
}

/** "Eye (pupil), right" → "right eye": a landmark's name short enough for a sentence. */
export function shortLandmarkName(view: PhotoView, id: string): string {
  const label = landmarksOf(view).find((landmark) => landmark.id === id)?.label ?? id;
  const match = /^(.*?)(?: \(.*\))?(?:, (left|right))?$/.exec(label);
  const base = (match?.[1] ?? label).toLowerCase();
  const side = match?.[2];
  return side ? `${side} ${base}` : base;
}

function describeFeet(view: PhotoView, ids: readonly string[]): string {
  const whole = feetGroups[view].find(
    (group) => group.ids.length === ids.length && group.ids.every((id) => ids.includes(id)),
  );
  if (whole) return whole.name;
  const names = ids.map((id) => shortLandmarkName(view, id));
  return names.length > 1 ? `midpoint of the ${names.join(' and ')}` : names.join('');
}

/** The alignment in a sentence, for the note under the photos (a pair, or a timeline of more). */
export function describeAlignment(alignment: GroupAlignment, view: PhotoView): string {
  const pair = alignment.placements.length === 2;
  const lined =
    alignment.anchor.kind === 'feet'
      ? `Lined up on the ${describeFeet(view, alignment.anchor.landmarkIds)}.`
      : pair
        ? 'No foot landmarks are placed on both photos, so their bottom edges are lined up instead.'
        : 'No foot landmark is placed on every photo, so their bottom edges are lined up instead.';
  switch (alignment.scaling.kind) {
    case 'calibration':
      return pair
        ? `${lined} Both photos are calibrated, so they are shown at the same real scale.`
        : `${lined} Every photo is calibrated, so they are shown at the same real scale.`;
    case 'landmark-height':
      return `${lined} Scaled so the height from the feet to the ${shortLandmarkName(view, alignment.scaling.landmarkId)} is the same in ${pair ? 'both' : 'every photo'}.`;
    case 'photo-height':
      return pair
        ? `${lined} Both are shown at the same photo height: there is no landmark higher up placed on both photos and not both are calibrated, so a different camera distance is not corrected.`
        : `${lined} All are shown at the same photo height: no landmark higher up is placed on every photo and not every photo is calibrated, so a different camera distance is not corrected.`;
  }
}
