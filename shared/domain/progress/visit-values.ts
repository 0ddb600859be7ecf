/**
 * What one visit gives the progress charts: every charted value it recorded, keyed by series id.
 * Pure: main reads the rows and photos, this turns them into numbers. A value that was not
 * recorded is absent, never zero.
 */
import type { AssessmentStatus, AssessmentSummaryColumns } from '../assessments';
import { measurePhoto, type MeasureId } from '../photo-measures';
import type { LandmarkSet, PhotoView } from '../photo-views';

/** One visit, oldest first in every list of them. */
export interface ProgressVisit {
  assessmentId: string;
  assessedOn: string;
  status: AssessmentStatus;
  /** Series id → value; see ./charts for the ids. */
  values: Readonly<Record<string, number>>;
}

/** The photo measures the charts follow; the others stay in the photo pages. */
export const CHARTED_PHOTO_MEASURES: readonly MeasureId[] = [
  'craniovertebral-angle',
  'head-tilt',
  'shoulder-tilt',
  'pelvic-tilt',
  'ear-offset',
  'shoulder-offset',
  'hip-offset',
  'knee-offset',
];

/** Photo measures differ by view (eyes in front, ears behind), so each view is its own series. */
export const photoSeriesId = (measure: MeasureId, view: PhotoView) => `${measure}@${view}`;

export interface VisitPhoto {
  view: PhotoView;
  landmarks: LandmarkSet;
}

/** The parts of a stored body the charts read; older bodies may lack any of them. */
interface BodyShape {
  pain?: { nprsNow?: unknown; nprsBestLastWeek?: unknown; nprsWorstLastWeek?: unknown } | null;
  feet?: {
    left?: { kneeToWallCm?: unknown } | null;
    right?: { kneeToWallCm?: unknown } | null;
  } | null;
}

const DISABILITY_INSTRUMENTS = ['odi', 'modified-odi', 'rmdq'] as const;

const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

export function visitValues(
  summary: AssessmentSummaryColumns,
  body: unknown,
  photos: readonly VisitPhoto[],
): Record<string, number> {
  const values: Record<string, number> = {};
  const put = (id: string, value: unknown) => {
    const number = numberOrNull(value);
    if (number !== null) values[id] = number;
  };
  const shaped = (typeof body === 'object' && body !== null ? body : {}) as BodyShape;
  put('pain-now', summary.painNow);
  put('pain-least', shaped.pain?.nprsBestLastWeek);
  put('pain-worst', shaped.pain?.nprsWorstLastWeek);
  const instrument = DISABILITY_INSTRUMENTS.find((id) => id === summary.disabilityInstrument);
  if (instrument) put(instrument, summary.disabilityScore);
  put('fpi-left', summary.fpiLeft);
  put('fpi-right', summary.fpiRight);
  put('knee-to-wall-left', shaped.feet?.left?.kneeToWallCm);
  put('knee-to-wall-right', shaped.feet?.right?.kneeToWallCm);
  // Photos come oldest first, so a retaken photo of the same view wins.
  for (const photo of photos) {
    for (const result of measurePhoto(photo.view, photo.landmarks)) {
      if (result.status !== 'measured' || !CHARTED_PHOTO_MEASURES.includes(result.id)) continue;
      // Pixel offsets depend on how far away the camera stood, so only calibrated cm are charted.
      if (result.unit === 'px') continue;
      put(photoSeriesId(result.id, photo.view), result.value);
    }
  }
  return values;
}
