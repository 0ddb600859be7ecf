/**
 * What the practitioner is editing on one photo, and the edits, as pure functions. Calibration is
 * kept as a draft (ends and length may come one at a time) and joins the saved landmark set only
 * once it is complete and valid, because main accepts nothing less.
 */
import { forgetProvenance, markMoved } from '../../../../shared/domain/landmark-provenance';
import {
  landmarksOf,
  type SuggestionProvenance,
  type LandmarkSet,
  type PhotoView,
  type Point,
} from '../../../../shared/domain/photo-views';
import { plumbXAt } from '../overlay-geometry';
import { clampToPhoto, type Size } from './viewport-math';

export type Tool =
  { kind: 'landmark'; id: string } | { kind: 'plumb' } | { kind: 'calibration'; end: 'a' | 'b' };

export interface CalibrationDraft {
  a?: Point;
  b?: Point;
  lengthCm: number | null;
}

export interface Annotation {
  points: Record<string, Point>;
  plumbLine?: { x: number; angleDeg: number };
  calibration: CalibrationDraft;
  /** Left/right pairs kept as placed although they sit on the unlikely side for the view. */
  confirmedPairs?: string[];
  /** Points a pose model suggested, and whether she has confirmed or moved each. */
  provenance?: Record<string, SuggestionProvenance>;
}

export const PLUMB_LIMIT_DEG = 20;
const MIN_CALIBRATION_PX = 10;

export function fromLandmarkSet(set: LandmarkSet): Annotation {
  return {
    points: { ...set.points },
    plumbLine: set.plumbLine,
    ...(set.confirmedPairs ? { confirmedPairs: [...set.confirmedPairs] } : {}),
    ...(set.provenance ? { provenance: { ...set.provenance } } : {}),
    calibration: set.calibration
      ? { a: set.calibration.a, b: set.calibration.b, lengthCm: set.calibration.lengthCm }
      : { lengthCm: null },
  };
}

/** Why the calibration cannot be used yet, or null when it is complete. */
export function calibrationProblem(draft: CalibrationDraft): string | null {
  if (!draft.a && !draft.b && draft.lengthCm === null) return null;
  if (!draft.a || !draft.b) return 'Place both ends of the known length on the photo.';
  if (Math.hypot(draft.a.x - draft.b.x, draft.a.y - draft.b.y) < MIN_CALIBRATION_PX)
    return 'Place the two ends further apart.';
  if (draft.lengthCm === null) return 'Type the real length between the two ends.';
  return null;
}

export function toLandmarkSet(annotation: Annotation): LandmarkSet {
  const { a, b, lengthCm } = annotation.calibration;
  const calibration =
    a && b && lengthCm !== null && calibrationProblem(annotation.calibration) === null
      ? { a, b, lengthCm }
      : undefined;
  return {
    points: annotation.points,
    ...(annotation.plumbLine ? { plumbLine: annotation.plumbLine } : {}),
    ...(calibration ? { calibration } : {}),
    ...(annotation.confirmedPairs?.length ? { confirmedPairs: annotation.confirmedPairs } : {}),
    ...(annotation.provenance && Object.keys(annotation.provenance).length > 0
      ? { provenance: annotation.provenance }
      : {}),
  };
}

export function toolKey(tool: Tool): string {
  if (tool.kind === 'landmark') return `landmark:${tool.id}`;
  return tool.kind === 'plumb' ? 'plumb' : `calibration:${tool.end}`;
}

export function toolsFor(view: PhotoView): Tool[] {
  return [
    ...landmarksOf(view).map((item): Tool => ({ kind: 'landmark', id: item.id })),
    { kind: 'plumb' },
    { kind: 'calibration', end: 'a' },
    { kind: 'calibration', end: 'b' },
  ];
}

export function toolLabel(view: PhotoView, tool: Tool): string {
  if (tool.kind === 'plumb') return 'Plumb line';
  if (tool.kind === 'calibration')
    return tool.end === 'a' ? 'Known length, first end' : 'Known length, second end';
  return landmarksOf(view).find((item) => item.id === tool.id)?.label ?? tool.id;
}

/** Where the tool's mark is; for the plumb line, where it meets the photo's vertical middle. */
export function positionOf(annotation: Annotation, tool: Tool, photo: Size): Point | null {
  if (tool.kind === 'landmark') return annotation.points[tool.id] ?? null;
  if (tool.kind === 'calibration') return annotation.calibration[tool.end] ?? null;
  const line = annotation.plumbLine;
  return line ? { x: plumbXAt(line, photo.height / 2), y: photo.height / 2 } : null;
}

export const isPlaced = (annotation: Annotation, tool: Tool, photo: Size) =>
  positionOf(annotation, tool, photo) !== null;

/** Puts the tool's mark at `point` (the plumb line is moved sideways so it passes through it). */
export function place(annotation: Annotation, tool: Tool, point: Point, photo: Size): Annotation {
  const at = clampToPhoto(point, photo);
  if (tool.kind === 'landmark')
    return markMoved({ ...annotation, points: { ...annotation.points, [tool.id]: at } }, tool.id);
  if (tool.kind === 'calibration')
    return { ...annotation, calibration: { ...annotation.calibration, [tool.end]: at } };
  const angleDeg = annotation.plumbLine?.angleDeg ?? 0;
  const topX = at.x - plumbXAt({ x: 0, angleDeg }, at.y);
  return { ...annotation, plumbLine: { x: clampToPhoto({ x: topX, y: 0 }, photo).x, angleDeg } };
}

/** Nudges a placed mark; does nothing to one not placed yet. */
export function nudge(
  annotation: Annotation,
  tool: Tool,
  dx: number,
  dy: number,
  photo: Size,
): Annotation {
  if (tool.kind === 'plumb') {
    const line = annotation.plumbLine;
    if (!line) return annotation;
    return {
      ...annotation,
      plumbLine: { ...line, x: clampToPhoto({ x: line.x + dx, y: 0 }, photo).x },
    };
  }
  const at = positionOf(annotation, tool, photo);
  return at ? place(annotation, tool, { x: at.x + dx, y: at.y + dy }, photo) : annotation;
}

export function remove(annotation: Annotation, tool: Tool): Annotation {
  if (tool.kind === 'plumb') {
    const rest = { ...annotation };
    delete rest.plumbLine;
    return rest;
  }
  if (tool.kind === 'calibration') {
    const calibration = { ...annotation.calibration };
    delete calibration[tool.end];
    return { ...annotation, calibration };
  }
  const points = { ...annotation.points };
  delete points[tool.id];
  return forgetProvenance({ ...annotation, points }, tool.id);
}

/** Levels the plumb line, in tenths of a degree within the limits main accepts. */
export function levelPlumb(annotation: Annotation, angleDeg: number): Annotation {
  if (!annotation.plumbLine || !Number.isFinite(angleDeg)) return annotation;
  const limited = Math.min(PLUMB_LIMIT_DEG, Math.max(-PLUMB_LIMIT_DEG, angleDeg));
  return {
    ...annotation,
    plumbLine: { ...annotation.plumbLine, angleDeg: Math.round(limited * 10) / 10 },
  };
}

export function setCalibrationLength(annotation: Annotation, lengthCm: number | null): Annotation {
  return { ...annotation, calibration: { ...annotation.calibration, lengthCm } };
}

/** The next landmark after `from` (wrapping round) that is not placed yet, or null when all are. */
export function nextUnplacedLandmark(
  view: PhotoView,
  annotation: Annotation,
  from: Tool,
): Tool | null {
  const ids = landmarksOf(view).map((item) => item.id);
  const start = from.kind === 'landmark' ? ids.indexOf(from.id) : -1;
  for (let step = 1; step <= ids.length; step += 1) {
    const id = ids[(start + step + ids.length) % ids.length]!;
    if (!annotation.points[id]) return { kind: 'landmark', id };
  }
  return null;
}

/** The landmark a click lands on: the nearest placed mark within `radius` image pixels. */
export function markNear(
  annotation: Annotation,
  tools: readonly Tool[],
  point: Point,
  radius: number,
  photo: Size,
): Tool | null {
  let best: { tool: Tool; distance: number } | null = null;
  for (const tool of tools) {
    if (tool.kind === 'plumb') continue;
    const at = positionOf(annotation, tool, photo);
    if (!at) continue;
    const distance = Math.hypot(at.x - point.x, at.y - point.y);
    if (distance <= radius && (!best || distance < best.distance)) best = { tool, distance };
  }
  if (best) return best.tool;
  const line = annotation.plumbLine;
  if (line && Math.abs(plumbXAt(line, point.y) - point.x) <= radius * 0.6) return { kind: 'plumb' };
  return null;
}
