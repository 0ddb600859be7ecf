/**
 * How a person sits in a photo, read from one pose detection: where the body runs from head to
 * feet, which edges cut it off, and how far the camera is rolled. The capture check and the
 * comparison with the last visit's photo both read this; neither blocks anything.
 */
import type { PhotoView } from '../photo-views';
import { MIN_POINT_CONFIDENCE } from './landmark-mapping';
import type { BlazePosePoint, ModelKeypoint, PoseDetection } from './model';

/**
 * Stance's own capture tolerances (no published figure exists for these; they are set by what the
 * model's points can tell apart, and they are data so they can be tuned in one place).
 */
export const FRAMING_RULES = {
  /**
   * A point must lie this far beyond an edge (a share of the photo's long side) to count as cut
   * off: the model places points of a body part the photo does not show outside it, while a point
   * it can see but that touches the edge may land a pixel or two beyond.
   */
  edgeTolerance: 0.005,
  /**
   * A left–right pair must be at least this far apart across the photo (a share of the body's
   * height in it) for its line to count towards the roll: over a short span a few pixels of the
   * model's error would read as degrees.
   */
  minPairSpan: 0.06,
  /**
   * A rolled camera turns everything by the same angle: the level lines across the body and its
   * upright axis. Only when these agree within this many degrees is the roll told; otherwise the
   * tilts belong to her client's posture or stance (a foot set forward, a weight shift), and
   * nothing is said.
   */
  rollAgreementDeg: 2,
} as const;

/** Views that show the whole body standing: the only ones a pose model can read. */
export const WHOLE_BODY_VIEWS: readonly PhotoView[] = [
  'anterior',
  'posterior',
  'left-lateral',
  'right-lateral',
];

/**
 * Views where the body's left and right stand side by side across the photo, so the lines
 * between them run level when she stands level. From the side one hides behind the other.
 */
const FRONTAL_VIEWS: readonly PhotoView[] = ['anterior', 'posterior'];

const HEAD: readonly BlazePosePoint[] = ['nose', 'left-eye', 'right-eye', 'left-ear', 'right-ear'];
const FEET: readonly BlazePosePoint[] = [
  'left-ankle',
  'right-ankle',
  'left-heel',
  'right-heel',
  'left-foot-index',
  'right-foot-index',
];
/** The points that make up the body for the edges; hands and fingers left out. */
const BODY: readonly BlazePosePoint[] = [
  ...HEAD,
  'left-shoulder',
  'right-shoulder',
  'left-hip',
  'right-hip',
  'left-knee',
  'right-knee',
  ...FEET,
];

export type Edge = 'top' | 'bottom' | 'left' | 'right';

export interface Framing {
  readonly view: PhotoView;
  /** Edges beyond which the model placed part of the body. */
  readonly cutOff: readonly Edge[];
  /** Whether the model made out at least one foot (a heel or the toes) inside the photo. */
  readonly feetSeen: boolean;
  /**
   * From the top of the head points to the lowest foot point, as shares of the photo's height
   * (0 at the top). Null when the head or the feet were not found in the photo.
   */
  readonly body: { readonly top: number; readonly bottom: number } | null;
  /**
   * The camera's roll in degrees, positive when level lines fall toward the photo's right. Null
   * when it cannot be told apart from posture (see rollAgreementDeg) or in side views.
   */
  readonly rollDeg: number | null;
}

function found(point: ModelKeypoint, detection: PoseDetection): boolean {
  return (
    point.score >= MIN_POINT_CONFIDENCE &&
    point.x >= 0 &&
    point.y >= 0 &&
    point.x <= detection.imageWidth &&
    point.y <= detection.imageHeight
  );
}

/**
 * Leg points count only when the leg was followed to them from the hip, as for suggestions: with
 * the legs out of the photo the model still places feet inside it, sometimes surely.
 */
const FOLLOWED_FROM: Partial<Record<string, readonly string[]>> = {
  knee: ['hip'],
  ankle: ['hip', 'knee'],
  heel: ['hip', 'knee', 'ankle'],
  'foot-index': ['hip', 'knee', 'ankle'],
};

function seen(name: BlazePosePoint, detection: PoseDetection): boolean {
  const [side, part] = /^(left|right)-(.*)$/.exec(name)?.slice(1) ?? ['', name];
  const chain = (FOLLOWED_FROM[part ?? ''] ?? []).map(
    (link) => detection.keypoints[`${side}-${link}` as BlazePosePoint],
  );
  return [detection.keypoints[name], ...chain].every((point) => found(point, detection));
}

function edgesCutting(detection: PoseDetection): Edge[] {
  const { imageWidth: width, imageHeight: height } = detection;
  const slack = FRAMING_RULES.edgeTolerance * Math.max(width, height);
  const points = BODY.map((name) => detection.keypoints[name]);
  const beyond: Record<Edge, (point: ModelKeypoint) => boolean> = {
    top: (point) => point.y < -slack,
    bottom: (point) => point.y > height + slack,
    left: (point) => point.x < -slack,
    right: (point) => point.x > width + slack,
  };
  return (Object.keys(beyond) as Edge[]).filter((edge) => points.some(beyond[edge]));
}

function bodySpan(detection: PoseDetection): Framing['body'] {
  const head = HEAD.filter((name) => seen(name, detection));
  const feet = FEET.filter((name) => seen(name, detection));
  if (head.length === 0 || feet.length === 0) return null;
  const y = (name: BlazePosePoint) => detection.keypoints[name].y;
  return {
    top: Math.min(...head.map(y)) / detection.imageHeight,
    bottom: Math.max(...feet.map(y)) / detection.imageHeight,
  };
}

const LEVEL_PAIRS = ['ear', 'shoulder', 'hip', 'knee', 'ankle'] as const;
const degrees = (radians: number) => (radians * 180) / Math.PI;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function cameraRoll(
  view: PhotoView,
  detection: PoseDetection,
  body: Framing['body'],
): number | null {
  if (!FRONTAL_VIEWS.includes(view) || !body) return null;
  const at = (side: 'left' | 'right', part: string) =>
    detection.keypoints[`${side}-${part}` as BlazePosePoint];
  const isSeen = (side: 'left' | 'right', part: string) =>
    seen(`${side}-${part}` as BlazePosePoint, detection);
  const minSpan = FRAMING_RULES.minPairSpan * (body.bottom - body.top) * detection.imageHeight;
  const lines = LEVEL_PAIRS.filter((part) => isSeen('left', part) && isSeen('right', part))
    .map((part) => [at('left', part), at('right', part)].sort((a, b) => a.x - b.x))
    .filter(([onLeft, onRight]) => onRight!.x - onLeft!.x >= minSpan)
    .map(([onLeft, onRight]) =>
      degrees(Math.atan2(onRight!.y - onLeft!.y, onRight!.x - onLeft!.x)),
    );
  const axisSeen = (['left', 'right'] as const).every(
    (side) => isSeen(side, 'ankle') && isSeen(side, 'shoulder'),
  );
  if (lines.length < 2 || !axisSeen) return null;
  const middle = (part: string) => ({
    x: (at('left', part).x + at('right', part).x) / 2,
    y: (at('left', part).y + at('right', part).y) / 2,
  });
  const feet = middle('ankle');
  const shoulders = middle('shoulder');
  // The upright axis, ankles to shoulders: a rolled camera leans it by the same angle.
  const axis = degrees(Math.atan2(shoulders.x - feet.x, feet.y - shoulders.y));
  const level = median(lines);
  if (Math.abs(level - axis) > FRAMING_RULES.rollAgreementDeg) return null;
  return (level + axis) / 2;
}

/** How the person sits in the photo; null for views a pose model cannot read, or no person. */
export function framingOf(
  view: PhotoView,
  detection: PoseDetection,
  personFound: boolean,
): Framing | null {
  if (!personFound || !WHOLE_BODY_VIEWS.includes(view)) return null;
  const body = bodySpan(detection);
  const feetSeen = FEET.filter((name) => !name.endsWith('ankle')).some((name) =>
    seen(name, detection),
  );
  return {
    view,
    cutOff: edgesCutting(detection),
    feetSeen,
    body,
    rollDeg: cameraRoll(view, detection, body),
  };
}
