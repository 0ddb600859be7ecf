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
   * The ankles must be at least this far apart across the photo (a share of the body's height in
   * it) for their line to tell the camera's roll: with the feet together, a few pixels of the
   * model's error would read as degrees.
   */
  minAnkleSpan: 0.06,
} as const;

/** Views that show the whole body standing: the only ones a pose model can read. */
export const WHOLE_BODY_VIEWS: readonly PhotoView[] = [
  'anterior',
  'posterior',
  'left-lateral',
  'right-lateral',
];

/**
 * Views where both ankles stand side by side across the photo, so the line between them runs
 * along the level floor. From the side one ankle hides behind the other.
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
   * The camera's roll in degrees, read from the line between the ankles: positive when the floor
   * falls toward the photo's right. Null when it cannot be read (side views, feet together, an
   * ankle not found).
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
  const head = HEAD.map((name) => detection.keypoints[name]).filter((point) =>
    found(point, detection),
  );
  const feet = FEET.map((name) => detection.keypoints[name]).filter((point) =>
    found(point, detection),
  );
  if (head.length === 0 || feet.length === 0) return null;
  return {
    top: Math.min(...head.map((point) => point.y)) / detection.imageHeight,
    bottom: Math.max(...feet.map((point) => point.y)) / detection.imageHeight,
  };
}

function ankleRoll(
  view: PhotoView,
  detection: PoseDetection,
  body: Framing['body'],
): number | null {
  if (!FRONTAL_VIEWS.includes(view) || !body) return null;
  const ankles = [detection.keypoints['left-ankle'], detection.keypoints['right-ankle']];
  if (!ankles.every((point) => found(point, detection))) return null;
  const [onLeft, onRight] = ankles.sort((a, b) => a.x - b.x) as [ModelKeypoint, ModelKeypoint];
  const span = onRight.x - onLeft.x;
  const bodyHeight = (body.bottom - body.top) * detection.imageHeight;
  if (span < FRAMING_RULES.minAnkleSpan * bodyHeight) return null;
  return (Math.atan2(onRight.y - onLeft.y, span) * 180) / Math.PI;
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
    found(detection.keypoints[name], detection),
  );
  return {
    view,
    cutOff: edgesCutting(detection),
    feetSeen,
    body,
    rollDeg: ankleRoll(view, detection, body),
  };
}
