/**
 * Knee and trunk angles over a movement clip, from the pose model's points on each frame. These
 * are angles in the picture (2D), not in the body: a camera off to one side changes them, so they
 * are shown as a trace to look at, never graded. A point the model is unsure of leaves a gap.
 */
import { MIN_PERSON_CONFIDENCE, MIN_POINT_CONFIDENCE } from './landmark-mapping';
import type { BlazePosePoint, ModelKeypoint, PoseDetection } from './model';

/** One frame of the clip and what the model found on it (null: the model was not run or failed). */
export interface MovementFrame {
  readonly timeSeconds: number;
  readonly detection: PoseDetection | null;
}

/** What one frame shows; null means "not found", never a guess. */
export interface TraceSample {
  readonly timeSeconds: number;
  /** Degrees the knee sits off the hip–ankle line; positive toward the midline (knee in). */
  readonly leftKneeDegrees: number | null;
  readonly rightKneeDegrees: number | null;
  /** Degrees the hip–shoulder line leans from the picture's vertical, either way. */
  readonly trunkLeanDegrees: number | null;
  /** The lower of the hips in the picture, in its pixels (y grows downward). */
  readonly lowestHipY: number | null;
}

export interface MovementTrace {
  readonly samples: readonly TraceSample[];
  /** The sample where a hip is lowest in the picture: the bottom of the squat; null if none. */
  readonly deepestIndex: number | null;
}

type Point = Pick<ModelKeypoint, 'x' | 'y'>;

const degrees = (radians: number): number => (radians * 180) / Math.PI;

/**
 * The knee's frontal-plane projection angle: how far the thigh and shin bend away from one straight
 * line, signed by which way the knee went. "Toward the midline" is read from where the knee sits
 * against the hip–ankle line, so it holds whether the camera sees her front or her back.
 */
export function kneeFrontalAngle(hip: Point, knee: Point, ankle: Point, midlineX: number): number {
  const thigh = Math.atan2(knee.y - hip.y, knee.x - hip.x);
  const shin = Math.atan2(ankle.y - knee.y, ankle.x - knee.x);
  let bend = Math.abs(degrees(shin - thigh));
  if (bend > 180) bend = 360 - bend;
  const along = ankle.y === hip.y ? 0 : (knee.y - hip.y) / (ankle.y - hip.y);
  const lineX = hip.x + (ankle.x - hip.x) * along;
  const kneeIn = Math.abs(knee.x - midlineX) < Math.abs(lineX - midlineX);
  return kneeIn ? bend : -bend;
}

/** How far the line from mid-hip to mid-shoulder leans from the picture's vertical, in degrees. */
export function trunkLean(midHip: Point, midShoulder: Point): number {
  return degrees(Math.atan2(Math.abs(midShoulder.x - midHip.x), midHip.y - midShoulder.y));
}

function sure(detection: PoseDetection, ...names: BlazePosePoint[]): ModelKeypoint[] | null {
  const points = names.map((name) => detection.keypoints[name]);
  return points.every((point) => point.score >= MIN_POINT_CONFIDENCE) ? points : null;
}

const middle = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

function sampleOf({ timeSeconds, detection }: MovementFrame): TraceSample {
  const empty = {
    timeSeconds,
    leftKneeDegrees: null,
    rightKneeDegrees: null,
    trunkLeanDegrees: null,
    lowestHipY: null,
  };
  if (!detection || detection.personScore < MIN_PERSON_CONFIDENCE) return empty;
  const hips = sure(detection, 'left-hip', 'right-hip');
  const shoulders = sure(detection, 'left-shoulder', 'right-shoulder');
  const midlineX = hips ? middle(hips[0]!, hips[1]!).x : null;
  const knee = (side: 'left' | 'right'): number | null => {
    const leg = sure(detection, `${side}-hip`, `${side}-knee`, `${side}-ankle`);
    return leg && midlineX !== null ? kneeFrontalAngle(leg[0]!, leg[1]!, leg[2]!, midlineX) : null;
  };
  const confidentHips = (['left-hip', 'right-hip'] as const)
    .map((name) => sure(detection, name)?.[0])
    .filter((point): point is ModelKeypoint => point !== undefined);
  return {
    timeSeconds,
    leftKneeDegrees: knee('left'),
    rightKneeDegrees: knee('right'),
    trunkLeanDegrees:
      hips && shoulders
        ? trunkLean(middle(hips[0]!, hips[1]!), middle(shoulders[0]!, shoulders[1]!))
        : null,
    lowestHipY:
      confidentHips.length > 0 ? Math.max(...confidentHips.map((point) => point.y)) : null,
  };
}

export function traceMovement(frames: readonly MovementFrame[]): MovementTrace {
  const samples = frames.map(sampleOf);
  let deepestIndex: number | null = null;
  samples.forEach((sample, index) => {
    if (sample.lowestHipY === null) return;
    const deepest = deepestIndex === null ? null : samples[deepestIndex]!.lowestHipY;
    if (deepest === null || sample.lowestHipY > deepest) deepestIndex = index;
  });
  return { samples, deepestIndex };
}
