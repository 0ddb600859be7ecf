/**
 * Angles and distances from the landmarks placed on one photo. Pure: no I/O, no rounding (the
 * screen and the report round to 0.1). A measure whose landmarks are not all placed is reported as
 * not measured, with what is missing, and is never estimated from the other points.
 *
 * Coordinates are image pixels with y growing downwards. When the photo has a plumb line, it is
 * the true vertical and every angle and distance is taken relative to it, so a camera held slightly
 * rolled does not show up as a tilt of the client.
 *
 * A left/right pair placed on the side the view makes implausible (landmark-sanity.ts) holds back
 * the measures that use it: they are reported as waiting for that pair, never computed mirrored.
 */
import { confirmedOnly } from './landmark-provenance';
import { heldLandmarks } from './landmark-sanity';
import type { MeasureId, Side } from './photo-measure-definitions';
import type { LandmarkSet, PhotoView, Point } from './photo-views';

export type { MeasureId, Side } from './photo-measure-definitions';
export { measureDefinition, measureDefinitions } from './photo-measure-definitions';

export type MeasureUnit = 'deg' | 'cm' | 'px';

export type MeasureResult =
  | {
      id: MeasureId;
      status: 'measured';
      value: number;
      unit: MeasureUnit;
      /** The sign in words: which side is lower, in front or behind, everted or inverted… */
      direction: string;
    }
  | {
      id: MeasureId;
      status: 'not-measured';
      missing: string[];
      /** Pairs (e.g. "acromion") that look swapped for the view and wait to be swapped or kept. */
      waitingFor?: string[];
    };

/** Landmark id → the crossed pair it belongs to; empty when nothing is held. */
type Held = ReadonlyMap<string, string>;
const NOTHING_HELD: Held = new Map();

const DEG = 180 / Math.PI;
/** Below this an angle or offset is called level / straight / on the line rather than given a side. */
const LEVEL_DEG = 0.05;

/** Rotates image pixels so that the plumb line (if any) is vertical; y still grows downwards. */
function toTrueFrame(set: LandmarkSet): (point: Point) => Point {
  const angle = (set.plumbLine?.angleDeg ?? 0) / DEG;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return ({ x, y }) => ({ x: x * cos - y * sin, y: x * sin + y * cos });
}

type Unpicked = { missing: string[]; waitingFor?: string[] };

function pick(
  set: LandmarkSet,
  ids: readonly string[],
  held: Held = NOTHING_HELD,
): Point[] | Unpicked {
  const missing = ids.filter((id) => !set.points[id]);
  if (missing.length > 0) return { missing };
  const waitingFor = [...new Set(ids.flatMap((id) => held.get(id) ?? []))];
  if (waitingFor.length > 0) return { missing: [], waitingFor };
  return ids.map((id) => set.points[id]!);
}

const notMeasured = (id: MeasureId, unpicked: Unpicked): MeasureResult => ({
  id,
  status: 'not-measured',
  ...unpicked,
});

/** In the front view the client's right is the image's left; from behind it is the image's right. */
const imageXOfClientRight = (view: PhotoView): 1 | -1 => (view === 'anterior' ? -1 : 1);

/** Which way along image x the client faces in a side view. */
const imageXOfForward = (view: PhotoView): 1 | -1 => (view === 'left-lateral' ? -1 : 1);

function frontalTilt(id: MeasureId, set: LandmarkSet, landmark: string, held: Held): MeasureResult {
  const points = pick(set, [`${landmark}-right`, `${landmark}-left`], held);
  if (!Array.isArray(points)) return notMeasured(id, points);
  const frame = toTrueFrame(set);
  const [right, left] = points.map(frame) as [Point, Point];
  const rightLowerBy = right.y - left.y;
  const apart = Math.abs(right.x - left.x);
  const value = Math.atan2(rightLowerBy, apart) * DEG;
  const direction =
    Math.abs(value) < LEVEL_DEG ? 'level' : value > 0 ? 'right side lower' : 'left side lower';
  return { id, status: 'measured', value, unit: 'deg', direction };
}

/** Angle at `vertex` between the horizontal (pointing `towardsX`) and the line to `other`, upwards positive. */
function angleFromHorizontal(set: LandmarkSet, vertex: Point, other: Point, towardsX: number) {
  const frame = toTrueFrame(set);
  const a = frame(vertex);
  const b = frame(other);
  return Math.atan2(a.y - b.y, (b.x - a.x) * towardsX) * DEG;
}

function lateralAngles(view: PhotoView, set: LandmarkSet): MeasureResult[] {
  const forward = imageXOfForward(view);
  const results: MeasureResult[] = [];
  const cva = pick(set, ['c7', 'tragus']);
  results.push(
    Array.isArray(cva)
      ? {
          id: 'craniovertebral-angle',
          status: 'measured',
          value: angleFromHorizontal(set, cva[0]!, cva[1]!, forward),
          unit: 'deg',
          direction: 'ear above and in front of C7',
        }
      : notMeasured('craniovertebral-angle', cva),
  );
  const fsa = pick(set, ['acromion', 'c7']);
  results.push(
    Array.isArray(fsa)
      ? {
          id: 'forward-shoulder-angle',
          status: 'measured',
          value: angleFromHorizontal(set, fsa[0]!, fsa[1]!, -forward),
          unit: 'deg',
          direction: 'C7 above and behind the shoulder tip',
        }
      : notMeasured('forward-shoulder-angle', fsa),
  );
  return results;
}

const offsetLandmarks = [
  ['ear-offset', 'tragus'],
  ['shoulder-offset', 'acromion'],
  ['hip-offset', 'greater-trochanter'],
  ['knee-offset', 'knee-lateral'],
] as const;

function plumbOffsets(view: PhotoView, set: LandmarkSet): MeasureResult[] {
  const forward = imageXOfForward(view);
  const { plumbLine, calibration } = set;
  const frame = toTrueFrame(set);
  const cmPerPx = calibration
    ? calibration.lengthCm /
      Math.hypot(calibration.a.x - calibration.b.x, calibration.a.y - calibration.b.y)
    : null;
  return offsetLandmarks.map(([id, landmark]) => {
    const point = set.points[landmark];
    if (!plumbLine || !point)
      return notMeasured(id, {
        missing: [...(plumbLine ? [] : ['plumbLine']), ...(point ? [] : [landmark])],
      });
    // The plumb line meets the top edge at (x, 0); in the true frame it is the vertical through that point.
    const px = (frame(point).x - frame({ x: plumbLine.x, y: 0 }).x) * forward;
    const value = cmPerPx === null ? px : px * cmPerPx;
    const onLine = Math.abs(px) < 0.5;
    return {
      id,
      status: 'measured',
      value,
      unit: cmPerPx === null ? 'px' : 'cm',
      direction: onLine ? 'on the line' : value > 0 ? 'in front of the line' : 'behind the line',
    };
  });
}

const sides: readonly Side[] = ['right', 'left'];

function kneeAngles(view: PhotoView, set: LandmarkSet, held: Held): MeasureResult[] {
  const frame = toTrueFrame(set);
  return sides.map((side): MeasureResult => {
    const id = `knee-frontal-angle-${side}` as const;
    const ids = [`greater-trochanter-${side}`, `knee-${side}`, `ankle-${side}`];
    const points = pick(set, ids, held);
    if (!Array.isArray(points)) return notMeasured(id, points);
    const [hip, knee, ankle] = points.map(frame) as [Point, Point, Point];
    const toHip = { x: hip.x - knee.x, y: hip.y - knee.y };
    const toAnkle = { x: ankle.x - knee.x, y: ankle.y - knee.y };
    const inner =
      Math.atan2(
        Math.abs(toHip.x * toAnkle.y - toHip.y * toAnkle.x),
        toHip.x * toAnkle.x + toHip.y * toAnkle.y,
      ) * DEG;
    // Which side of the hip–ankle line the knee lies on, along image x, then turned into medial/lateral.
    const axis = { x: ankle.x - hip.x, y: ankle.y - hip.y };
    const sideX = Math.sign((knee.x - hip.x) * axis.y - (knee.y - hip.y) * axis.x);
    const clientRightX = imageXOfClientRight(view);
    const medialX = side === 'right' ? -clientRightX : clientRightX;
    const deviation = 180 - inner;
    const value = deviation < LEVEL_DEG ? 0 : sideX === medialX ? deviation : -deviation;
    const direction =
      value === 0 ? 'straight' : value > 0 ? 'knee inside the line' : 'knee outside the line';
    return { id, status: 'measured', value, unit: 'deg', direction };
  });
}

function calcanealAngles(set: LandmarkSet, held: Held): MeasureResult[] {
  const frame = toTrueFrame(set);
  return sides.map((side): MeasureResult => {
    const id = `calcaneal-angle-${side}` as const;
    const points = pick(set, [`calcaneus-upper-${side}`, `calcaneus-lower-${side}`], held);
    if (!Array.isArray(points)) return notMeasured(id, points);
    const [upper, lower] = points.map(frame) as [Point, Point];
    // From behind, the client's right is the image's right, so lateral is +x for the right heel.
    const lateralX = side === 'right' ? 1 : -1;
    const value = Math.atan2((lower.x - upper.x) * lateralX, lower.y - upper.y) * DEG;
    const direction = Math.abs(value) < LEVEL_DEG ? 'vertical' : value > 0 ? 'everted' : 'inverted';
    return { id, status: 'measured', value, unit: 'deg', direction };
  });
}

/**
 * Every measure that applies to the view, measured or not, from the points that count: a pose
 * model's suggestion counts only once she has confirmed it, so nothing printed, compared or
 * charted ever rests on an unconfirmed suggestion.
 */
export function measurePhoto(view: PhotoView, set: LandmarkSet): MeasureResult[] {
  return measureFrom(view, confirmedOnly(set));
}

/**
 * Measures that unconfirmed suggestions would give and the confirmed points do not yet: shown in
 * the annotator as provisional, never printed or counted.
 */
export function provisionalMeasures(view: PhotoView, set: LandmarkSet): MeasureResult[] {
  const counted = measurePhoto(view, set);
  return measureFrom(view, set).filter(
    (result) =>
      result.status === 'measured' &&
      counted.find((item) => item.id === result.id)?.status !== 'measured',
  );
}

function measureFrom(view: PhotoView, set: LandmarkSet): MeasureResult[] {
  const held = heldLandmarks(view, set);
  switch (view) {
    case 'anterior':
      return [
        frontalTilt('head-tilt', set, 'eye', held),
        frontalTilt('shoulder-tilt', set, 'acromion', held),
        frontalTilt('pelvic-tilt', set, 'asis', held),
        frontalTilt('iliac-crest-tilt', set, 'iliac-crest', held),
        ...kneeAngles(view, set, held),
      ];
    case 'posterior':
      return [
        frontalTilt('head-tilt', set, 'ear', held),
        frontalTilt('shoulder-tilt', set, 'acromion', held),
        frontalTilt('pelvic-tilt', set, 'psis', held),
        frontalTilt('iliac-crest-tilt', set, 'iliac-crest', held),
      ];
    case 'left-lateral':
    case 'right-lateral':
      return [...lateralAngles(view, set), ...plumbOffsets(view, set)];
    case 'feet-behind':
      return calcanealAngles(set, held);
    case 'feet-above':
      return [];
  }
}
