import { describe, expect, it } from 'vitest';
import {
  gridSegments,
  labelPlacement,
  landmarkNumber,
  markerSizes,
  measureLines,
  plumbSegment,
  plumbXAt,
  trueDown,
  trueRight,
} from '../../../renderer/features/photos/overlay-geometry';
import { measurePhoto } from '../../../shared/domain/photo-measures';
import type { LandmarkSet, Point } from '../../../shared/domain/photo-views';

const dot = (a: Point, b: Point) => a.x * b.x + a.y * b.y;
const direction = (from: Point, to: Point) => {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  return { x: (to.x - from.x) / length, y: (to.y - from.y) / length };
};

describe('plumb line', () => {
  it('runs straight down the photo when it does not lean', () => {
    expect(plumbSegment({ x: 300, angleDeg: 0 }, 1000)).toEqual({
      from: { x: 300, y: 0 },
      to: { x: 300, y: 1000 },
    });
  });

  it('puts its lower end to the right when it leans a positive angle', () => {
    const { to } = plumbSegment({ x: 300, angleDeg: 5 }, 1000);
    expect(to.y).toBe(1000);
    expect(to.x).toBeCloseTo(300 + Math.tan((5 * Math.PI) / 180) * 1000, 6);
    expect(plumbXAt({ x: 300, angleDeg: 5 }, 1000)).toBeCloseTo(to.x, 6);
  });

  it('is the vertical the measures use: a pair levelled to it measures 0°', () => {
    const angleDeg = 4;
    const right = trueRight(angleDeg);
    const a = { x: 200, y: 500 };
    const b = { x: a.x + right.x * 300, y: a.y + right.y * 300 };
    const set: LandmarkSet = {
      points: { 'acromion-right': a, 'acromion-left': b },
      plumbLine: { x: 400, angleDeg },
    };
    const tilt = measurePhoto('anterior', set).find((result) => result.id === 'shoulder-tilt');
    expect(tilt?.status === 'measured' && tilt.value).toBeCloseTo(0, 6);
    expect(dot(trueDown(angleDeg), right)).toBeCloseTo(0, 10);
  });
});

describe('grid', () => {
  it('has lines parallel and at right angles to the plumb line', () => {
    const plumb = { x: 500, angleDeg: 3 };
    const segments = gridSegments(plumb, 1000, 1500, 100);
    const down = trueDown(3);
    const parallel = segments.filter((s) => Math.abs(dot(direction(s.from, s.to), down)) > 0.9999);
    const across = segments.filter((s) => Math.abs(dot(direction(s.from, s.to), down)) < 1e-9);
    expect(parallel.length).toBeGreaterThan(0);
    expect(across.length).toBeGreaterThan(0);
    expect(parallel.length + across.length).toBe(segments.length);
  });

  it('never draws a grid line over the plumb line itself', () => {
    const segments = gridSegments({ x: 500, angleDeg: 0 }, 1000, 1000, 100);
    expect(segments.some((s) => s.from.x === 500 && s.to.x === 500)).toBe(false);
    expect(
      segments.some((s) => Math.abs(s.from.x - 600) < 1e-9 && Math.abs(s.to.x - 600) < 1e-9),
    ).toBe(true);
  });

  it('centres on the photo when there is no plumb line yet', () => {
    const segments = gridSegments(undefined, 800, 600, 100);
    expect(
      segments.some((s) => Math.abs(s.from.x - 700) < 1e-9 && Math.abs(s.to.x - 700) < 1e-9),
    ).toBe(true);
  });
});

describe('markers', () => {
  it('scale with the photo so they look the same at any resolution', () => {
    const small = markerSizes(1000, 750);
    const large = markerSizes(4000, 3000);
    expect(large.dot / small.dot).toBeCloseTo(4, 10);
    expect(large.font / small.font).toBeCloseTo(4, 10);
  });

  it('number landmarks in the order of the view’s list, head to feet', () => {
    expect(landmarkNumber('anterior', 'eye-right')).toBe(1);
    expect(landmarkNumber('anterior', 'acromion-left')).toBe(4);
    expect(landmarkNumber('anterior', 'tragus')).toBeNull();
  });

  it('put the number on the inner side near the right edge', () => {
    const sizes = markerSizes(1000, 1000);
    expect(labelPlacement({ x: 100, y: 100 }, 1000, sizes).anchor).toBe('start');
    const nearEdge = labelPlacement({ x: 950, y: 100 }, 1000, sizes);
    expect(nearEdge.anchor).toBe('end');
    expect(nearEdge.x).toBeLessThan(950);
  });
});

describe('measure lines', () => {
  it('draw a line only once both ends of a pair are placed', () => {
    const one: LandmarkSet = { points: { 'acromion-right': { x: 100, y: 200 } } };
    expect(measureLines('anterior', one)).toEqual([]);
    const both: LandmarkSet = {
      points: { 'acromion-right': { x: 100, y: 200 }, 'acromion-left': { x: 300, y: 210 } },
    };
    const lines = measureLines('anterior', both);
    expect(lines.map((line) => line.key)).toEqual(['acromion']);
  });

  it('give a tilt line a true-horizontal reference as long as the pair is wide', () => {
    const set: LandmarkSet = {
      points: { 'acromion-right': { x: 100, y: 200 }, 'acromion-left': { x: 300, y: 230 } },
    };
    const [line] = measureLines('anterior', set);
    expect(line?.reference).toEqual({ from: { x: 100, y: 200 }, to: { x: 300, y: 200 } });
  });

  it('draw the craniovertebral line from C7 to the ear in side views', () => {
    const set: LandmarkSet = { points: { c7: { x: 500, y: 400 }, tragus: { x: 560, y: 330 } } };
    const keys = measureLines('left-lateral', set).map((line) => line.key);
    expect(keys).toEqual(['cva']);
  });

  it('give the heel bisection a true-vertical reference', () => {
    const set: LandmarkSet = {
      points: {
        'calcaneus-upper-right': { x: 500, y: 400 },
        'calcaneus-lower-right': { x: 520, y: 500 },
      },
    };
    const [line] = measureLines('feet-behind', set);
    expect(line?.reference?.to).toEqual({ x: 500, y: 500 });
  });
});
