import { describe, expect, it } from 'vitest';
import {
  measureDefinitions,
  measurePhoto,
  type MeasureId,
  type MeasureResult,
} from '../../shared/domain/photo-measures';
import {
  landmarkCatalogue,
  landmarkSetFor,
  landmarkSetSchema,
  photoViewIds,
  type LandmarkSet,
  type PhotoView,
  type Point,
} from '../../shared/domain/photo-views';

const rad = (deg: number) => (deg * Math.PI) / 180;
/** A point `length` px from `from` at `deg` above the image's +x axis (image y grows downwards). */
const polar = (from: Point, deg: number, length: number): Point => ({
  x: from.x + length * Math.cos(rad(deg)),
  y: from.y - length * Math.sin(rad(deg)),
});

function measure(view: PhotoView, set: Partial<LandmarkSet>, id: MeasureId): MeasureResult {
  const found = measurePhoto(view, { points: {}, ...set }).find((result) => result.id === id);
  if (!found) throw new Error(`${id} is not measured on ${view}`);
  return found;
}

function measured(view: PhotoView, set: Partial<LandmarkSet>, id: MeasureId) {
  const result = measure(view, set, id);
  if (result.status !== 'measured') throw new Error(`${id}: missing ${result.missing.join(', ')}`);
  return result;
}

describe('frontal tilts (y grows downwards; positive = client’s right side lower)', () => {
  it('reads a lower right eye in the front view, where the client’s right is the image’s left', () => {
    // Right eye 10 px lower over 100 px: atan(0.1) = 5.71°.
    const result = measured(
      'anterior',
      { points: { 'eye-right': { x: 100, y: 210 }, 'eye-left': { x: 200, y: 200 } } },
      'head-tilt',
    );
    expect(result.value).toBeCloseTo(5.71, 1);
    expect(result.unit).toBe('deg');
    expect(result.direction).toBe('right side lower');
  });

  it('reads a lower left shoulder from behind, where the client’s right is the image’s right', () => {
    const right = { x: 600, y: 400 };
    const result = measured(
      'posterior',
      { points: { 'acromion-right': right, 'acromion-left': polar(right, 180 + 3, 250) } },
      'shoulder-tilt',
    );
    expect(result.value).toBeCloseTo(-3, 1);
    expect(result.direction).toBe('left side lower');
  });

  it('uses ASIS from the front and PSIS from behind for the pelvis', () => {
    const left = { x: 300, y: 800 };
    const front = measured(
      'anterior',
      { points: { 'asis-left': left, 'asis-right': polar(left, 180 - 2.5, 180) } },
      'pelvic-tilt',
    );
    expect(front.value).toBeCloseTo(-2.5, 1);
    const back = measured(
      'posterior',
      { points: { 'psis-left': { x: 300, y: 800 }, 'psis-right': { x: 400, y: 800 } } },
      'pelvic-tilt',
    );
    expect(back.value).toBeCloseTo(0, 1);
    expect(back.direction).toBe('level');
  });

  it('takes the plumb line as true vertical, so a rolled camera is not read as a tilt', () => {
    const roll = 5;
    // Along the true horizontal: perpendicular to the plumb direction (sin 5°, cos 5°).
    const right = { x: 100, y: 300 };
    const left = { x: 100 + 200 * Math.cos(rad(roll)), y: 300 - 200 * Math.sin(rad(roll)) };
    const points = { 'eye-right': right, 'eye-left': left };
    expect(measured('anterior', { points }, 'head-tilt').value).toBeCloseTo(5, 1);
    const level = measured(
      'anterior',
      { points, plumbLine: { x: 150, angleDeg: roll } },
      'head-tilt',
    );
    expect(level.value).toBeCloseTo(0, 1);
  });
});

describe('lateral angles', () => {
  it('measures a 50.0° craniovertebral angle facing either way', () => {
    const c7 = { x: 500, y: 500 };
    const right = measured(
      'right-lateral',
      { points: { c7, tragus: polar(c7, 50, 120) } },
      'craniovertebral-angle',
    );
    expect(right.value).toBeCloseTo(50, 1);
    // Facing the image's left, the ear is forward at -x.
    const left = measured(
      'left-lateral',
      { points: { c7, tragus: polar(c7, 180 - 50, 120) } },
      'craniovertebral-angle',
    );
    expect(left.value).toBeCloseTo(50, 1);
    const forwardHead = measured(
      'right-lateral',
      { points: { c7, tragus: polar(c7, 42.3, 120) } },
      'craniovertebral-angle',
    );
    expect(forwardHead.value).toBeCloseTo(42.3, 1);
  });

  it('measures the forward shoulder angle at the acromion towards C7 behind it', () => {
    const acromion = { x: 600, y: 600 };
    // Right-lateral faces +x, so C7 sits behind (-x) and above.
    const result = measured(
      'right-lateral',
      { points: { acromion, c7: polar(acromion, 180 - 52, 90) } },
      'forward-shoulder-angle',
    );
    expect(result.value).toBeCloseTo(52, 1);
  });
});

describe('offsets from the plumb line (positive = in front)', () => {
  const plumbLine = { x: 400, angleDeg: 0 };

  it('gives pixels without calibration and cm with it, signed by the way the client faces', () => {
    const points = { tragus: { x: 430, y: 100 }, acromion: { x: 390, y: 300 } };
    const ear = measured('right-lateral', { points, plumbLine }, 'ear-offset');
    expect(ear).toMatchObject({ value: 30, unit: 'px', direction: 'in front of the line' });
    expect(measured('left-lateral', { points, plumbLine }, 'ear-offset').value).toBe(-30);
    expect(measured('right-lateral', { points, plumbLine }, 'shoulder-offset').value).toBe(-10);

    const calibration = { a: { x: 10, y: 10 }, b: { x: 10, y: 210 }, lengthCm: 100 };
    const cm = measured('right-lateral', { points, plumbLine, calibration }, 'ear-offset');
    expect(cm.unit).toBe('cm');
    expect(cm.value).toBeCloseTo(15, 1);
  });

  it('follows a leaning plumb line', () => {
    const leaning = { x: 400, angleDeg: 10 };
    const onLine = { x: 400 + 1000 * Math.tan(rad(10)), y: 1000 };
    const result = measured(
      'right-lateral',
      { points: { 'knee-lateral': onLine }, plumbLine: leaning },
      'knee-offset',
    );
    expect(result.value).toBeCloseTo(0, 1);
    expect(result.direction).toBe('on the line');
  });

  it('is not measured without a plumb line or without the point, never guessed', () => {
    expect(measure('right-lateral', { points: { tragus: { x: 1, y: 1 } } }, 'ear-offset')).toEqual({
      id: 'ear-offset',
      status: 'not-measured',
      missing: ['plumbLine'],
    });
    expect(measure('right-lateral', { plumbLine }, 'hip-offset')).toEqual({
      id: 'hip-offset',
      status: 'not-measured',
      missing: ['greater-trochanter'],
    });
  });
});

describe('knee and heel angles', () => {
  it('signs knee deviation from a straight hip–knee–ankle line: positive = inside (valgus)', () => {
    // Knee 10 px off a 600 px vertical line, halfway: 180 - 2*atan(10/300) → 3.82° off straight.
    const points = {
      'greater-trochanter-right': { x: 400, y: 500 },
      'knee-right': { x: 410, y: 800 },
      'ankle-right': { x: 400, y: 1100 },
      'greater-trochanter-left': { x: 700, y: 500 },
      'knee-left': { x: 710, y: 800 },
      'ankle-left': { x: 700, y: 1100 },
    };
    // From the front the client's right leg is on the image's left, so +x is towards the midline.
    const right = measured('anterior', { points }, 'knee-frontal-angle-right');
    expect(right.value).toBeCloseTo(3.82, 1);
    expect(right.direction).toBe('knee inside the line');
    const left = measured('anterior', { points }, 'knee-frontal-angle-left');
    expect(left.value).toBeCloseTo(-3.82, 1);
    expect(left.direction).toBe('knee outside the line');
  });

  it('signs the heel angle from behind: positive = everted (lower end to the outside)', () => {
    const upperRight = { x: 500, y: 100 };
    const upperLeft = { x: 300, y: 100 };
    const points = {
      'calcaneus-upper-right': upperRight,
      'calcaneus-lower-right': { x: 500 + 100 * Math.tan(rad(6)), y: 200 },
      'calcaneus-upper-left': upperLeft,
      'calcaneus-lower-left': { x: 300 + 100 * Math.tan(rad(2.5)), y: 200 },
    };
    const right = measured('feet-behind', { points }, 'calcaneal-angle-right');
    expect(right.value).toBeCloseTo(6, 1);
    expect(right.direction).toBe('everted');
    const left = measured('feet-behind', { points }, 'calcaneal-angle-left');
    expect(left.value).toBeCloseTo(-2.5, 1);
    expect(left.direction).toBe('inverted');
  });

  it('reports each missing landmark by id', () => {
    expect(measure('feet-behind', {}, 'calcaneal-angle-left')).toEqual({
      id: 'calcaneal-angle-left',
      status: 'not-measured',
      missing: ['calcaneus-upper-left', 'calcaneus-lower-left'],
    });
  });
});

describe('catalogue and landmark checks', () => {
  it('defines every measure with a source, and every view has landmarks', () => {
    for (const view of photoViewIds) {
      expect(landmarkCatalogue[view].length).toBeGreaterThan(0);
      for (const result of measurePhoto(view, { points: {} })) {
        const definition = measureDefinitions.find((item) => item.id === result.id);
        expect(definition?.views).toContain(view);
        expect(definition?.source.refs.length).toBeGreaterThan(0);
      }
    }
  });

  it('refuses points outside the photo and landmarks of another view', () => {
    const schema = landmarkSetFor('anterior', 400, 300);
    expect(schema.safeParse({ points: { 'eye-left': { x: 400, y: 300 } } }).success).toBe(true);
    expect(schema.safeParse({ points: { 'eye-left': { x: 401, y: 10 } } }).success).toBe(false);
    expect(schema.safeParse({ points: { tragus: { x: 1, y: 1 } } }).success).toBe(false);
    expect(schema.safeParse({ points: {}, plumbLine: { x: 500, angleDeg: 0 } }).success).toBe(
      false,
    );
    expect(landmarkSetSchema.safeParse({ points: { nose: { x: 1, y: 1 } } }).success).toBe(false);
    expect(landmarkSetSchema.parse({})).toEqual({ points: {} });
  });
});
