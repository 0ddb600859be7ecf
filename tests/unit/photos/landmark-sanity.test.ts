import { describe, expect, it } from 'vitest';
import {
  confirmPair,
  crossedPairs,
  landmarkPairs,
  swapPair,
} from '../../../shared/domain/landmark-sanity';
import { measurePhoto } from '../../../shared/domain/photo-measures';
import { landmarkSetFor, type LandmarkSet } from '../../../shared/domain/photo-views';

const shoulders = (rightX: number, leftX: number): LandmarkSet => ({
  points: {
    'acromion-right': { x: rightX, y: 300 },
    'acromion-left': { x: leftX, y: 310 },
  },
});

const pairIds = (view: Parameters<typeof crossedPairs>[0], set: LandmarkSet) =>
  crossedPairs(view, set).map((pair) => pair.pair);

describe('left/right pairs on the implausible side for the view', () => {
  it('names the view’s pairs without their side', () => {
    expect(landmarkPairs('anterior').slice(0, 2)).toEqual([
      { pair: 'eye', label: 'Eye (pupil)' },
      { pair: 'acromion', label: 'Shoulder tip (acromion)' },
    ]);
    expect(landmarkPairs('left-lateral')).toEqual([]);
  });

  it('front view: the client’s right belongs on the image’s left', () => {
    expect(pairIds('anterior', shoulders(300, 500))).toEqual([]);
    expect(crossedPairs('anterior', shoulders(500, 300))).toEqual([
      { pair: 'acromion', label: 'Shoulder tip (acromion)' },
    ]);
  });

  it('back view and heels from behind: the client’s right belongs on the image’s right', () => {
    expect(pairIds('posterior', shoulders(500, 300))).toEqual([]);
    expect(pairIds('posterior', shoulders(300, 500))).toEqual(['acromion']);
    const heels: LandmarkSet = {
      points: {
        'calcaneus-upper-right': { x: 200, y: 100 },
        'calcaneus-upper-left': { x: 400, y: 100 },
      },
    };
    expect(pairIds('feet-behind', heels)).toEqual(['calcaneus-upper']);
  });

  it('judges nothing for a lone point, level points, or views with no fixed side', () => {
    expect(pairIds('anterior', { points: { 'acromion-right': { x: 500, y: 300 } } })).toEqual([]);
    expect(pairIds('anterior', shoulders(400, 400))).toEqual([]);
    const feetAbove: LandmarkSet = {
      points: { 'heel-centre-right': { x: 100, y: 0 }, 'heel-centre-left': { x: 50, y: 0 } },
    };
    expect(pairIds('feet-above', feetAbove)).toEqual([]);
  });

  it('swapping the pair puts it right; keeping it as placed stops the warning', () => {
    const crossed = shoulders(500, 300);
    const swapped = swapPair(crossed, 'acromion');
    expect(swapped.points['acromion-right']).toEqual({ x: 300, y: 310 });
    expect(swapped.points['acromion-left']).toEqual({ x: 500, y: 300 });
    expect(pairIds('anterior', swapped)).toEqual([]);
    const kept = confirmPair(crossed, 'acromion');
    expect(kept.confirmedPairs).toEqual(['acromion']);
    expect(pairIds('anterior', kept)).toEqual([]);
    expect(confirmPair(kept, 'acromion')).toBe(kept);
  });
});

describe('measures wait for a crossed pair', () => {
  it('holds the shoulder tilt, and only it, until the pair is swapped or kept', () => {
    const set: LandmarkSet = {
      points: {
        ...shoulders(500, 300).points,
        'eye-right': { x: 380, y: 150 },
        'eye-left': { x: 420, y: 150 },
      },
    };
    const results = measurePhoto('anterior', set);
    expect(results.find((result) => result.id === 'shoulder-tilt')).toEqual({
      id: 'shoulder-tilt',
      status: 'not-measured',
      missing: [],
      waitingFor: ['acromion'],
    });
    expect(results.find((result) => result.id === 'head-tilt')?.status).toBe('measured');

    const swapped = measurePhoto('anterior', swapPair(set, 'acromion'));
    expect(swapped.find((result) => result.id === 'shoulder-tilt')).toMatchObject({
      status: 'measured',
      direction: 'right side lower',
    });
    const kept = measurePhoto('anterior', confirmPair(set, 'acromion'));
    expect(kept.find((result) => result.id === 'shoulder-tilt')).toMatchObject({
      status: 'measured',
      direction: 'left side lower',
    });
  });

  it('holds both knee angles when the knee pair is crossed', () => {
    const set: LandmarkSet = {
      points: {
        'greater-trochanter-right': { x: 400, y: 500 },
        'knee-right': { x: 720, y: 800 },
        'ankle-right': { x: 400, y: 1100 },
        'greater-trochanter-left': { x: 700, y: 500 },
        'knee-left': { x: 410, y: 800 },
        'ankle-left': { x: 700, y: 1100 },
      },
    };
    const knees = measurePhoto('anterior', set).filter((r) => r.id.startsWith('knee-frontal'));
    expect(knees.map((result) => result.status === 'not-measured' && result.waitingFor)).toEqual([
      ['knee'],
      ['knee'],
    ]);
  });

  it('says what is missing before it says what is waiting', () => {
    const set: LandmarkSet = {
      points: { ...shoulders(500, 300).points, 'knee-right': { x: 700, y: 800 } },
    };
    const result = measurePhoto('anterior', set).find((r) => r.id === 'knee-frontal-angle-right');
    expect(result).toEqual({
      id: 'knee-frontal-angle-right',
      status: 'not-measured',
      missing: ['greater-trochanter-right', 'ankle-right'],
    });
  });
});

describe('a kept pair is saved with the landmarks', () => {
  const schema = landmarkSetFor('anterior', 800, 1000);

  it('accepts a pair of the view and refuses one that is not', () => {
    expect(schema.safeParse({ ...shoulders(500, 300), confirmedPairs: ['acromion'] }).success).toBe(
      true,
    );
    expect(schema.safeParse({ points: {}, confirmedPairs: ['psis'] }).success).toBe(false);
    expect(schema.safeParse({ points: {}, confirmedPairs: ['not-a-pair'] }).success).toBe(false);
  });
});
