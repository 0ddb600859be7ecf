import { describe, expect, it } from 'vitest';
import type { CheckpointFinding } from '../../shared/domain/clinical';
import { scoreAssessment } from '../../shared/domain/clinical';
import {
  bodyWithPhotoValues,
  checkpointValue,
  findingsWithPhotoValues,
  heelPhotoValues,
  photoValues,
  type MeasurablePhoto,
} from '../../shared/domain/photo-checkpoint-values';
import type { Point } from '../../shared/domain/photo-views';

const rad = (deg: number) => (deg * Math.PI) / 180;
/** Two points 300 px apart whose line falls `deg` towards `lower` (image y grows downwards). */
function tiltedPair(deg: number, higher: Point): [Point, Point] {
  return [higher, { x: higher.x - 300, y: higher.y + 300 * Math.tan(rad(deg)) }];
}

/** Front photo: the client's right is the image's left, so a lower image-left point is a lower right. */
function frontPhoto(id: string, shoulderDeg: number, headDeg?: number): MeasurablePhoto {
  const [left, right] = tiltedPair(shoulderDeg, { x: 500, y: 400 });
  const points: Record<string, Point> = { 'acromion-left': left, 'acromion-right': right };
  if (headDeg !== undefined) {
    const [eyeLeft, eyeRight] = tiltedPair(headDeg, { x: 400, y: 200 });
    points['eye-left'] = eyeLeft;
    points['eye-right'] = eyeRight;
  }
  return { id, view: 'anterior', landmarks: { points } };
}

/** Side photo facing the image's left: the ear `deg` above the horizontal through C7, in front. */
function sidePhoto(id: string, deg: number): MeasurablePhoto {
  const c7 = { x: 600, y: 500 };
  const tragus = { x: c7.x - 100 * Math.cos(rad(deg)), y: c7.y - 100 * Math.sin(rad(deg)) };
  return { id, view: 'left-lateral', landmarks: { points: { c7, tragus } } };
}

const finding = (
  checkpointId: CheckpointFinding['checkpointId'],
  extra: Partial<CheckpointFinding> = {},
): CheckpointFinding => ({ checkpointId, side: null, severity: null, ...extra });

describe('photo values for checkpoints', () => {
  it('gives the front photo’s shoulder and head tilt as sizes, rounded to 0.1°, with the lower side', () => {
    const values = photoValues([frontPhoto('p1', 3.14, -4.2)]);
    expect(values.get('anterior.shoulder.level')).toMatchObject({
      photoId: 'p1',
      view: 'anterior',
      valueDeg: 3.1,
      direction: 'right side lower',
    });
    expect(values.get('anterior.head.tilt')).toMatchObject({
      valueDeg: 4.2,
      direction: 'left side lower',
    });
    expect(values.has('anterior.pelvis.level')).toBe(false);
  });

  it('gives the side photo’s craniovertebral angle to the head position checkpoint', () => {
    expect(photoValues([sidePhoto('s1', 42.7)]).get('lateral.head.position')).toMatchObject({
      photoId: 's1',
      view: 'left-lateral',
      valueDeg: 42.7,
    });
  });

  it('takes the first photo of a view that measures it, passing over one without the landmarks', () => {
    const bare: MeasurablePhoto = { id: 'bare', view: 'anterior', landmarks: { points: {} } };
    const values = photoValues([bare, frontPhoto('second', 2), frontPhoto('third', 6)]);
    expect(values.get('anterior.shoulder.level')?.photoId).toBe('second');
  });

  it('does not give a back photo’s pelvis to the front checkpoint', () => {
    const back: MeasurablePhoto = {
      id: 'b1',
      view: 'posterior',
      landmarks: { points: { 'psis-left': { x: 100, y: 500 }, 'psis-right': { x: 300, y: 510 } } },
    };
    const values = photoValues([back]);
    expect(values.get('posterior.pelvis.level')?.valueDeg).toBeCloseTo(2.9, 1);
    expect(values.has('anterior.pelvis.level')).toBe(false);
  });
});

describe('typed value against the photo’s', () => {
  const photo = photoValues([frontPhoto('p1', 3.1)]).get('anterior.shoulder.level');

  it('shows the photo’s value when nothing is typed', () => {
    expect(
      checkpointValue(finding('anterior.shoulder.level', { severity: 'mild' }), photo),
    ).toEqual({ source: 'photo', valueDeg: 3.1, photo });
  });

  it('lets a typed value win and keeps the photo’s to offer back', () => {
    expect(checkpointValue(finding('anterior.shoulder.level', { valueDeg: 5 }), photo)).toEqual({
      source: 'typed',
      valueDeg: 5,
      photo,
    });
  });

  it('reads a typed 0 as typed, not as blank', () => {
    expect(checkpointValue(finding('anterior.shoulder.level', { valueDeg: 0 }), photo).source).toBe(
      'typed',
    );
  });

  it('has nothing to show with neither', () => {
    expect(checkpointValue(undefined, undefined)).toEqual({ source: 'none', photo: null });
  });
});

describe('findings with photo values', () => {
  it('fills an untyped finding and adds one for a checkpoint not yet graded, leaving typed ones', () => {
    const findings = [
      finding('anterior.shoulder.level', { severity: 'mild', deviation: 'left-high', note: 'n' }),
      finding('anterior.head.tilt', { valueDeg: 7 }),
      { checkpointId: 'anterior.knee.alignment', side: 'left', severity: 'none' } as const,
    ];
    const merged = findingsWithPhotoValues(findings, [
      frontPhoto('p1', 3.1, -4.2),
      sidePhoto('s1', 42.7),
    ]);
    expect(merged).toEqual([
      { ...findings[0], valueDeg: 3.1 },
      findings[1],
      findings[2],
      { checkpointId: 'lateral.head.position', side: null, severity: null, valueDeg: 42.7 },
    ]);
    expect(findings[0]).not.toHaveProperty('valueDeg');
  });

  it('follows the landmarks: a moved shoulder point gives the new value', () => {
    expect(findingsWithPhotoValues([], [frontPhoto('p1', 3.1)])[0]?.valueDeg).toBe(3.1);
    expect(findingsWithPhotoValues([], [frontPhoto('p1', 1.4)])[0]?.valueDeg).toBe(1.4);
  });

  it('leaves the body as it is without photos', () => {
    const body = { schemaVersion: 1 as const };
    expect(bodyWithPhotoValues(body, [])).toBe(body);
  });

  it('lets scoring read a photo’s craniovertebral angle as it reads a typed one', () => {
    const fromPhoto = scoreAssessment(
      bodyWithPhotoValues({ schemaVersion: 1 }, [sidePhoto('s1', 42.7)]),
      {},
    );
    const typed = scoreAssessment(
      {
        schemaVersion: 1,
        checkpointFindings: [finding('lateral.head.position', { valueDeg: 42.7 })],
      },
      {},
    );
    expect(fromPhoto.chain.observations).toEqual(typed.chain.observations);
    expect(fromPhoto.chain.observations.some((item) => item.text.includes('42.7'))).toBe(true);
  });
});

/** Heels photo from behind: the client's right is the image's right, so out is +x on the right heel. */
function heelsPhoto(id: string, rightEversionDeg: number): MeasurablePhoto {
  const upper = { x: 600, y: 300 };
  const lower = {
    x: upper.x + 100 * Math.tan(rad(rightEversionDeg)),
    y: upper.y + 100,
  };
  return {
    id,
    view: 'feet-behind',
    landmarks: { points: { 'calcaneus-upper-right': upper, 'calcaneus-lower-right': lower } },
  };
}

describe('heel angles from the heels photo', () => {
  it('gives each measured heel its resting angle, everted positive, inverted negative', () => {
    expect(heelPhotoValues([heelsPhoto('h1', 6.04)]).get('right')).toMatchObject({
      photoId: 'h1',
      view: 'feet-behind',
      valueDeg: 6,
      direction: 'everted',
    });
    expect(heelPhotoValues([heelsPhoto('h1', -3)]).get('right')?.valueDeg).toBe(-3);
    expect(heelPhotoValues([heelsPhoto('h1', 6)]).has('left')).toBe(false);
  });

  it('fills the Feet section’s heel angle where nothing was typed, and leaves a typed one', () => {
    const filled = bodyWithPhotoValues({ schemaVersion: 1 }, [heelsPhoto('h1', 6)]);
    expect(filled.feet?.right?.rcspEversionDeg).toBe(6);
    expect(filled.feet?.left).toBeUndefined();

    const typed = bodyWithPhotoValues(
      { schemaVersion: 1, feet: { right: { rcspEversionDeg: 2, navicularDropMm: 7 } } },
      [heelsPhoto('h1', 6)],
    );
    expect(typed.feet?.right).toEqual({ rcspEversionDeg: 2, navicularDropMm: 7 });
  });
});
