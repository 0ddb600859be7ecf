/**
 * Turns one detection into suggested landmarks for a photo's view, applying the mapping and the
 * confidence rules: a point the model is unsure of, or that falls outside the photo, is a gap.
 */
import { landmarksOf, type PhotoView, type Point } from '../photo-views';
import { landmarkSource, MIN_PERSON_CONFIDENCE, MIN_POINT_CONFIDENCE } from './landmark-mapping';
import type { ModelPart } from './landmark-mapping';
import type { ModelKeypoint, PoseDetection } from './model';

export interface SuggestedPoint extends Point {
  readonly confidence: number;
}

export interface Suggestions {
  /** False when the model found no person; then every other list is empty. */
  readonly personFound: boolean;
  readonly points: Readonly<Record<string, SuggestedPoint>>;
  /** Landmarks the model could give but was not sure enough of here. */
  readonly notFound: readonly string[];
  /** Landmarks no model gives: she places them herself. */
  readonly manual: readonly string[];
}

type Side = 'right' | 'left';

/**
 * Frontal views: the client's sides are read from where the points sit in the image (in a front
 * photo her right is on the image's left), not from the model's labels, which a model can mirror
 * when the person faces away.
 */
const CLIENT_RIGHT_ON_IMAGE: Partial<Record<PhotoView, 'left' | 'right'>> = {
  anterior: 'left',
  posterior: 'right',
};

/**
 * A limb point counts only when the points between it and the trunk were found too: with the
 * legs out of the photo the model still places an ankle, guessed from the hips, and sometimes
 * sure of it. A leg it could not follow from hip to knee gives no ankle or heel.
 */
const FOUND_FIRST: Partial<Record<ModelPart, readonly ModelPart[]>> = {
  knee: ['hip'],
  ankle: ['hip', 'knee'],
  heel: ['hip', 'knee', 'ankle'],
};

const LATERAL_PARTS: readonly ModelPart[] = ['ear', 'shoulder', 'hip', 'knee', 'ankle'];

function keypoint(detection: PoseDetection, part: ModelPart, side: Side): ModelKeypoint {
  return detection.keypoints[`${side}-${part}`];
}

/** In a side photo, the side nearer the camera is the one the model sees more surely. */
function nearSide(detection: PoseDetection): Side {
  const total = (side: Side) =>
    LATERAL_PARTS.reduce((sum, part) => sum + keypoint(detection, part, side).score, 0);
  return total('left') > total('right') ? 'left' : 'right';
}

/** The model point for one landmark of the view, sides decided as described above. */
function modelPointFor(
  view: PhotoView,
  landmarkId: string,
  part: ModelPart,
  detection: PoseDetection,
): { point: ModelKeypoint; modelSide: Side } {
  const side = /-(right|left)$/.exec(landmarkId)?.[1] as Side | undefined;
  const rightOn = CLIENT_RIGHT_ON_IMAGE[view];
  if (!side || !rightOn) {
    const near = nearSide(detection);
    return { point: keypoint(detection, part, near), modelSide: near };
  }
  const [onImageLeft, onImageRight] = (['left', 'right'] as const)
    .map((modelSide) => ({ point: keypoint(detection, part, modelSide), modelSide }))
    .sort((a, b) => a.point.x - b.point.x) as [
    { point: ModelKeypoint; modelSide: Side },
    { point: ModelKeypoint; modelSide: Side },
  ];
  const wantImageLeft = (side === 'right') === (rightOn === 'left');
  return wantImageLeft ? onImageLeft : onImageRight;
}

function found(point: ModelKeypoint, detection: PoseDetection): boolean {
  return point.score >= MIN_POINT_CONFIDENCE && inside(point, detection);
}

function inside(point: ModelKeypoint, detection: PoseDetection): boolean {
  return (
    point.x >= 0 &&
    point.y >= 0 &&
    point.x <= detection.imageWidth &&
    point.y <= detection.imageHeight
  );
}

export function suggestLandmarks(view: PhotoView, detection: PoseDetection): Suggestions {
  const personFound = detection.personScore >= MIN_PERSON_CONFIDENCE;
  const points: Record<string, SuggestedPoint> = {};
  const notFound: string[] = [];
  const manual: string[] = [];
  for (const { id } of landmarksOf(view)) {
    const source = landmarkSource(view, id);
    if (!source || source.kind === 'manual') {
      manual.push(id);
      continue;
    }
    if (!personFound) continue;
    const { point, modelSide } = modelPointFor(view, id, source.part, detection);
    const chain = (FOUND_FIRST[source.part] ?? []).map((part) =>
      keypoint(detection, part, modelSide),
    );
    if (!found(point, detection) || !chain.every((link) => found(link, detection)))
      notFound.push(id);
    else points[id] = { x: point.x, y: point.y, confidence: point.score };
  }
  return personFound
    ? { personFound, points, notFound, manual }
    : { personFound, points: {}, notFound: [], manual: [] };
}
