/**
 * Where a photo's measures meet the assessment: which checkpoint each measure fills, and how a
 * typed value and a photo's value combine. Pure, so the form, the report, the Summary and the
 * suggestions can all read the same numbers from the same document and photos.
 *
 * The saved document keeps only what she typed. A photo's value is worked out from its landmarks
 * whenever it is needed, so moving a landmark moves the value and there is never a stale copy.
 */
import type { AssessmentBody, CheckpointFinding } from './clinical/assessment-schema';
import { measurePhoto, type MeasureId } from './photo-measures';
import type { LandmarkSet, PhotoView } from './photo-views';

type CheckpointId = CheckpointFinding['checkpointId'];

/** The least a photo needs to be measured. */
export interface MeasurablePhoto {
  readonly id: string;
  readonly view: PhotoView;
  readonly landmarks: LandmarkSet;
}

export interface CheckpointPhotoLink {
  readonly checkpointId: CheckpointId;
  readonly measure: MeasureId;
  /** The photo views that give this checkpoint's value, the first one measured winning. */
  readonly views: readonly PhotoView[];
}

/**
 * The checkpoints whose "Tilt from level" or angle a photo measures the same way: the angle of the
 * line through a pair of landmarks against the horizontal, or the craniovertebral angle.
 */
export const checkpointPhotoLinks: readonly CheckpointPhotoLink[] = [
  { checkpointId: 'anterior.head.tilt', measure: 'head-tilt', views: ['anterior'] },
  { checkpointId: 'anterior.shoulder.level', measure: 'shoulder-tilt', views: ['anterior'] },
  { checkpointId: 'anterior.pelvis.level', measure: 'pelvic-tilt', views: ['anterior'] },
  { checkpointId: 'posterior.pelvis.level', measure: 'pelvic-tilt', views: ['posterior'] },
  {
    checkpointId: 'lateral.head.position',
    measure: 'craniovertebral-angle',
    views: ['left-lateral', 'right-lateral'],
  },
];

/** A value one photo gives a field of the assessment. */
export interface MeasuredFromPhoto {
  readonly photoId: string;
  readonly view: PhotoView;
  readonly measure: MeasureId;
  /**
   * Degrees as the field records them, rounded to 0.1 so the band read from it matches the number
   * shown: a checkpoint's tilt is its size (the checkpoint names the higher side separately); a
   * heel angle keeps its sign (everted positive).
   */
  readonly valueDeg: number;
  /** The photo's own words for the sign: "right side lower", "left side lower", "level"… */
  readonly direction: string;
}

/** A checkpoint's value as one photo gives it. */
export interface PhotoValue extends MeasuredFromPhoto {
  readonly checkpointId: CheckpointId;
}

const roundTenth = (value: number) => Math.round(value * 10) / 10;

/** Every linked checkpoint that some photo measures, keyed by checkpoint id. */
export function photoValues(photos: readonly MeasurablePhoto[]): Map<CheckpointId, PhotoValue> {
  const values = new Map<CheckpointId, PhotoValue>();
  for (const link of checkpointPhotoLinks) {
    for (const photo of photos) {
      if (!link.views.includes(photo.view)) continue;
      const result = measurePhoto(photo.view, photo.landmarks).find(
        (item) => item.id === link.measure,
      );
      if (result?.status !== 'measured') continue;
      values.set(link.checkpointId, {
        checkpointId: link.checkpointId,
        photoId: photo.id,
        view: photo.view,
        measure: link.measure,
        valueDeg: roundTenth(Math.abs(result.value)),
        direction: result.direction,
      });
      break;
    }
  }
  return values;
}

export type FootSide = 'right' | 'left';

/**
 * The resting heel angle (RCSP) of each foot as the heels photo gives it: the heel bisection
 * against the vertical, everted positive, which is how the Feet section records it.
 */
export function heelPhotoValues(
  photos: readonly MeasurablePhoto[],
): Map<FootSide, MeasuredFromPhoto> {
  const values = new Map<FootSide, MeasuredFromPhoto>();
  for (const photo of photos) {
    if (photo.view !== 'feet-behind') continue;
    const results = measurePhoto(photo.view, photo.landmarks);
    for (const side of ['right', 'left'] as const) {
      const measure = `calcaneal-angle-${side}` as const;
      const result = results.find((item) => item.id === measure);
      if (values.has(side) || result?.status !== 'measured') continue;
      values.set(side, {
        photoId: photo.id,
        view: photo.view,
        measure,
        valueDeg: roundTenth(result.value),
        direction: result.direction,
      });
    }
  }
  return values;
}

/** The value a checkpoint's measure field shows, and where it came from. */
export type CheckpointValue =
  | { readonly source: 'typed'; readonly valueDeg: number; readonly photo: PhotoValue | null }
  | { readonly source: 'photo'; readonly valueDeg: number; readonly photo: PhotoValue }
  | { readonly source: 'none'; readonly photo: null };

/** A value she typed wins over the photo's; the photo's is kept so the screen can offer it back. */
export function checkpointValue(
  finding: CheckpointFinding | undefined,
  photo: PhotoValue | undefined,
): CheckpointValue {
  const typed = finding?.valueDeg;
  if (typeof typed === 'number') return { source: 'typed', valueDeg: typed, photo: photo ?? null };
  if (photo) return { source: 'photo', valueDeg: photo.valueDeg, photo };
  return { source: 'none', photo: null };
}

/**
 * The findings with each untyped linked value taken from the photos; what the report, Summary and
 * suggestions score. Typed values, grades and notes are left as they are.
 */
export function findingsWithPhotoValues(
  findings: readonly CheckpointFinding[],
  photos: readonly MeasurablePhoto[],
): CheckpointFinding[] {
  const values = photoValues(photos);
  const merged = findings.map((finding) => {
    const value = finding.side === null ? values.get(finding.checkpointId) : undefined;
    values.delete(finding.checkpointId);
    return value && typeof finding.valueDeg !== 'number'
      ? { ...finding, valueDeg: value.valueDeg }
      : finding;
  });
  for (const value of values.values())
    merged.push({
      checkpointId: value.checkpointId,
      side: null,
      severity: null,
      valueDeg: value.valueDeg,
    });
  return merged;
}

/** The document body as scored once the photos have filled what she left blank. */
export function bodyWithPhotoValues(
  body: AssessmentBody,
  photos: readonly MeasurablePhoto[],
): AssessmentBody {
  if (photos.length === 0) return body;
  const findings = findingsWithPhotoValues(body.checkpointFindings ?? [], photos);
  const withFindings = findings.length === 0 ? body : { ...body, checkpointFindings: findings };
  return withHeelAngles(withFindings, heelPhotoValues(photos));
}

function withHeelAngles(
  body: AssessmentBody,
  heels: ReadonlyMap<FootSide, MeasuredFromPhoto>,
): AssessmentBody {
  if (heels.size === 0) return body;
  const feet = { ...body.feet };
  for (const [side, value] of heels) {
    const foot = feet[side];
    if (typeof foot?.rcspEversionDeg === 'number') continue;
    feet[side] = { ...foot, rcspEversionDeg: value.valueDeg };
  }
  return { ...body, feet };
}
