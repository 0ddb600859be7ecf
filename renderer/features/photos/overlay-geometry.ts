/**
 * Geometry for drawing landmarks over a photo. Pure: image pixels in, image pixels out, y growing
 * downwards, the same frame shared/domain/photo-measures uses, so what is drawn is what is measured.
 */
import {
  landmarksOf,
  type LandmarkSet,
  type PhotoView,
  type Point,
} from '../../../shared/domain/photo-views';

export interface Segment {
  readonly from: Point;
  readonly to: Point;
}

const RAD = Math.PI / 180;

/** The unit vector pointing down the plumb line (the true vertical); straight down when there is none. */
export function trueDown(angleDeg: number): Point {
  return { x: Math.sin(angleDeg * RAD), y: Math.cos(angleDeg * RAD) };
}

/** The unit vector pointing to the true right, at right angles to the plumb line. */
export function trueRight(angleDeg: number): Point {
  return { x: Math.cos(angleDeg * RAD), y: -Math.sin(angleDeg * RAD) };
}

/**
 * The plumb line from the photo's top edge to its bottom edge: it meets the top at `x` and leans
 * `angleDeg` (positive when its lower end lies to the right).
 */
export function plumbSegment(plumbLine: { x: number; angleDeg: number }, height: number): Segment {
  const lean = Math.tan(plumbLine.angleDeg * RAD);
  return {
    from: { x: plumbLine.x, y: 0 },
    to: { x: plumbLine.x + lean * height, y: height },
  };
}

/** Where the plumb line crosses the horizontal line of image row `y`. */
export function plumbXAt(plumbLine: { x: number; angleDeg: number }, y: number): number {
  return plumbLine.x + Math.tan(plumbLine.angleDeg * RAD) * y;
}

/** A comfortable grid spacing for a photo: about a twelfth of its height, rounded to whole pixels. */
export function gridStep(width: number, height: number): number {
  return Math.max(8, Math.round(Math.max(width, height) / 12));
}

/**
 * Grid lines levelled to the plumb line: lines parallel to it every `step` pixels either side, and
 * lines at right angles to it. Each line is long enough to cross the whole photo; the drawing clips.
 */
export function gridSegments(
  plumbLine: { x: number; angleDeg: number } | undefined,
  width: number,
  height: number,
  step = gridStep(width, height),
): Segment[] {
  const line = plumbLine ?? { x: width / 2, angleDeg: 0 };
  const down = trueDown(line.angleDeg);
  const right = trueRight(line.angleDeg);
  const reach = Math.hypot(width, height);
  const origin = { x: line.x, y: 0 };
  const count = Math.ceil(reach / step);
  const segments: Segment[] = [];
  for (let index = -count; index <= count; index += 1) {
    if (index === 0) continue;
    // Parallel to the plumb line, shifted sideways.
    const base = { x: origin.x + right.x * step * index, y: origin.y + right.y * step * index };
    segments.push({
      from: { x: base.x - down.x * reach, y: base.y - down.y * reach },
      to: { x: base.x + down.x * reach, y: base.y + down.y * reach },
    });
  }
  for (let index = 1; index <= count; index += 1) {
    // At right angles to the plumb line, stepping down it.
    const base = { x: origin.x + down.x * step * index, y: origin.y + down.y * step * index };
    segments.push({
      from: { x: base.x - right.x * reach, y: base.y - right.y * reach },
      to: { x: base.x + right.x * reach, y: base.y + right.y * reach },
    });
  }
  return segments;
}

/** Marker sizes in image pixels, proportional to the photo so they read the same at any size. */
export interface MarkerSizes {
  readonly dot: number;
  readonly font: number;
  readonly stroke: number;
}

export function markerSizes(width: number, height: number, scale = 1): MarkerSizes {
  const long = Math.max(width, height, 1) * scale;
  return { dot: long * 0.0075, font: long * 0.02, stroke: long * 0.0022 };
}

/**
 * The marker scale that draws markers at a steady size on screen whatever the zoom: `screenScale`
 * is screen pixels per image pixel, `fontPx` the wanted height of a number on screen.
 */
export function steadyMarkerScale(
  width: number,
  height: number,
  screenScale: number,
  fontPx = 15,
): number {
  const natural = markerSizes(width, height).font * screenScale;
  return natural > 0 ? Math.min(4, Math.max(0.02, fontPx / natural)) : 1;
}

/** The number shown beside a landmark: its place in the view's list, head to feet, from 1. */
export function landmarkNumber(view: PhotoView, id: string): number | null {
  const index = landmarksOf(view).findIndex((item) => item.id === id);
  return index < 0 ? null : index + 1;
}

/** A line one measure is taken along, and, where it is an angle, its true-horizontal or vertical reference. */
export interface MeasureLine {
  readonly key: string;
  readonly line: Segment;
  readonly reference?: Segment;
}

const frontalPairs: Record<string, readonly string[]> = {
  anterior: ['eye', 'acromion', 'iliac-crest', 'asis'],
  posterior: ['ear', 'acromion', 'iliac-crest', 'psis'],
};

function lineBetween(set: LandmarkSet, a: string, b: string): Segment | null {
  const from = set.points[a];
  const to = set.points[b];
  return from && to ? { from, to } : null;
}

/** A true-horizontal reference through `at`, as long as `span`, running towards `towards`. */
function horizontalFrom(at: Point, towards: Point, angleDeg: number): Segment {
  const right = trueRight(angleDeg);
  const along = (towards.x - at.x) * right.x + (towards.y - at.y) * right.y;
  return { from: at, to: { x: at.x + right.x * along, y: at.y + right.y * along } };
}

function frontalLines(view: PhotoView, set: LandmarkSet, angleDeg: number): MeasureLine[] {
  const lines: MeasureLine[] = [];
  for (const name of frontalPairs[view] ?? []) {
    const line = lineBetween(set, `${name}-right`, `${name}-left`);
    if (line)
      lines.push({ key: name, line, reference: horizontalFrom(line.from, line.to, angleDeg) });
  }
  if (view === 'anterior') {
    for (const side of ['right', 'left']) {
      const upper = lineBetween(set, `greater-trochanter-${side}`, `knee-${side}`);
      const lower = lineBetween(set, `knee-${side}`, `ankle-${side}`);
      if (upper && lower) {
        lines.push({ key: `thigh-${side}`, line: upper });
        lines.push({ key: `shin-${side}`, line: lower });
      }
    }
  }
  return lines;
}

function lateralLines(set: LandmarkSet, angleDeg: number): MeasureLine[] {
  const lines: MeasureLine[] = [];
  const cva = lineBetween(set, 'c7', 'tragus');
  if (cva)
    lines.push({ key: 'cva', line: cva, reference: horizontalFrom(cva.from, cva.to, angleDeg) });
  const fsa = lineBetween(set, 'acromion', 'c7');
  if (fsa)
    lines.push({ key: 'fsa', line: fsa, reference: horizontalFrom(fsa.from, fsa.to, angleDeg) });
  return lines;
}

/** A true-vertical reference through `at`, as long as the segment's vertical extent. */
function verticalFrom(segment: Segment, angleDeg: number): Segment {
  const down = trueDown(angleDeg);
  const { from, to } = segment;
  const along = (to.x - from.x) * down.x + (to.y - from.y) * down.y;
  return { from, to: { x: from.x + down.x * along, y: from.y + down.y * along } };
}

function footLines(view: PhotoView, set: LandmarkSet, angleDeg: number): MeasureLine[] {
  const lines: MeasureLine[] = [];
  for (const side of ['right', 'left']) {
    if (view === 'feet-behind') {
      const heel = lineBetween(set, `calcaneus-upper-${side}`, `calcaneus-lower-${side}`);
      if (heel)
        lines.push({ key: `heel-${side}`, line: heel, reference: verticalFrom(heel, angleDeg) });
    } else {
      const foot = lineBetween(set, `heel-centre-${side}`, `second-toe-${side}`);
      if (foot) lines.push({ key: `foot-${side}`, line: foot });
    }
  }
  return lines;
}

/** The lines the view's measures are taken along, for the landmarks placed so far. */
export function measureLines(view: PhotoView, set: LandmarkSet): MeasureLine[] {
  const angleDeg = set.plumbLine?.angleDeg ?? 0;
  switch (view) {
    case 'anterior':
    case 'posterior':
      return frontalLines(view, set, angleDeg);
    case 'left-lateral':
    case 'right-lateral':
      return lateralLines(set, angleDeg);
    case 'feet-behind':
    case 'feet-above':
      return footLines(view, set, angleDeg);
  }
}

/** Where to put a landmark's number: beside the dot, on the side away from the nearer edge. */
export function labelPlacement(
  point: Point,
  width: number,
  sizes: MarkerSizes,
): { x: number; y: number; anchor: 'start' | 'end' } {
  const gap = sizes.dot * 1.6;
  const leftward = point.x > width * 0.85;
  return {
    x: point.x + (leftward ? -gap : gap),
    y: point.y - gap * 0.4,
    anchor: leftward ? 'end' : 'start',
  };
}
