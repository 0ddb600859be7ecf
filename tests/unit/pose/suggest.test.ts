import { describe, expect, it } from 'vitest';
import { landmarksOf, photoViewIds } from '../../../shared/domain/photo-views';
import { landmarkSource, MIN_POINT_CONFIDENCE } from '../../../shared/domain/pose/landmark-mapping';
import {
  blazePosePoints,
  type BlazePosePoint,
  type ModelKeypoint,
  type PoseDetection,
} from '../../../shared/domain/pose/model';
import { suggestLandmarks } from '../../../shared/domain/pose/suggest';

/**
 * A person facing the camera in a 1000×2000 photo: her right side on the image's left, model
 * labels as BlazePose gives them (person's left = `left-…`).
 */
function facingCamera(overrides: Partial<Record<BlazePosePoint, Partial<ModelKeypoint>>> = {}) {
  const at: Partial<Record<BlazePosePoint, [number, number]>> = {
    'right-eye': [470, 200],
    'left-eye': [530, 200],
    'right-ear': [440, 210],
    'left-ear': [560, 210],
    'right-shoulder': [380, 400],
    'left-shoulder': [620, 400],
    'right-hip': [420, 900],
    'left-hip': [580, 900],
    'right-knee': [430, 1400],
    'left-knee': [570, 1400],
    'right-ankle': [440, 1850],
    'left-ankle': [560, 1850],
    'right-heel': [445, 1880],
    'left-heel': [555, 1880],
  };
  const keypoints = Object.fromEntries(
    blazePosePoints.map((name) => {
      const [x, y] = at[name] ?? [500, 1000];
      return [name, { x, y, score: 0.9, ...overrides[name] }];
    }),
  ) as Record<BlazePosePoint, ModelKeypoint>;
  return { keypoints, personScore: 0.95, imageWidth: 1000, imageHeight: 2000 } as PoseDetection;
}

/** The same person photographed from behind, where a model may keep or mirror its labels. */
function mirroredLabels(detection: PoseDetection): PoseDetection {
  const keypoints = Object.fromEntries(
    Object.entries(detection.keypoints).map(([name, point]) => [
      name.startsWith('left-') ? name.replace('left-', 'right-') : name.replace('right-', 'left-'),
      point,
    ]),
  ) as Record<BlazePosePoint, ModelKeypoint>;
  return { ...detection, keypoints };
}

describe('the landmark mapping', () => {
  it('names a source for every landmark of every view', () => {
    for (const view of photoViewIds)
      for (const { id } of landmarksOf(view)) expect(landmarkSource(view, id)).toBeDefined();
  });

  it('leaves to her what no model gives: C7, acromion, ASIS, PSIS, iliac crest, malleoli, heel bisection', () => {
    const manualEverywhere = [
      ['left-lateral', 'c7'],
      ['anterior', 'acromion-right'],
      ['posterior', 'acromion-left'],
      ['anterior', 'asis-left'],
      ['posterior', 'psis-right'],
      ['anterior', 'iliac-crest-right'],
      ['right-lateral', 'lateral-malleolus'],
      ['feet-behind', 'medial-malleolus-left'],
      ['feet-behind', 'calcaneus-upper-right'],
      ['feet-behind', 'calcaneus-lower-left'],
    ] as const;
    for (const [view, id] of manualEverywhere)
      expect(landmarkSource(view, id)?.kind).toBe('manual');
  });
});

describe('suggesting landmarks from one detection', () => {
  it('puts the client’s right on the image’s left in a front photo', () => {
    const { points } = suggestLandmarks('anterior', facingCamera());
    expect(points['eye-right']?.x).toBe(470);
    expect(points['eye-left']?.x).toBe(530);
    expect(points['knee-right']?.x).toBe(430);
    expect(points['ankle-left']).toMatchObject({ x: 560, y: 1850, confidence: 0.9 });
  });

  it('reads the sides from the image in a back photo, whichever way the model labelled them', () => {
    for (const detection of [facingCamera(), mirroredLabels(facingCamera())]) {
      const { points } = suggestLandmarks('posterior', detection);
      // From behind, the client's right is on the image's right.
      expect(points['ear-right']?.x).toBe(560);
      expect(points['ear-left']?.x).toBe(440);
      expect(points['heel-right']?.x).toBe(555);
    }
  });

  it('suggests only what the model gives, and lists the rest as hers to place', () => {
    const suggestions = suggestLandmarks('anterior', facingCamera());
    expect(Object.keys(suggestions.points).sort()).toEqual(
      ['ankle-left', 'ankle-right', 'eye-left', 'eye-right', 'knee-left', 'knee-right'].sort(),
    );
    expect(suggestions.manual).toContain('acromion-right');
    expect(suggestions.manual).toContain('greater-trochanter-left');
  });

  it('leaves a gap where the model is unsure, never a guess', () => {
    const unsure = MIN_POINT_CONFIDENCE - 0.01;
    const suggestions = suggestLandmarks(
      'anterior',
      facingCamera({ 'left-knee': { score: unsure }, 'right-ankle': { score: 0.2 } }),
    );
    expect(suggestions.points['knee-left']).toBeUndefined();
    expect(suggestions.points['ankle-right']).toBeUndefined();
    expect(suggestions.notFound).toEqual(expect.arrayContaining(['knee-left', 'ankle-right']));
    expect(suggestions.points['knee-right']).toBeDefined();
  });

  it('accepts a point exactly at the threshold', () => {
    const suggestions = suggestLandmarks(
      'anterior',
      facingCamera({ 'left-eye': { score: MIN_POINT_CONFIDENCE } }),
    );
    expect(suggestions.points['eye-left']).toBeDefined();
  });

  it('leaves a gap for a point the model places outside the photo (feet cut off)', () => {
    const suggestions = suggestLandmarks(
      'anterior',
      facingCamera({ 'left-ankle': { y: 2100 }, 'right-ankle': { y: 2100 } }),
    );
    expect(suggestions.notFound).toEqual(expect.arrayContaining(['ankle-left', 'ankle-right']));
  });

  it('gives no ankle or heel on a leg it could not follow from the hip through the knee', () => {
    const suggestions = suggestLandmarks(
      'posterior',
      facingCamera({ 'left-knee': { score: 0.2 } }),
    );
    // The unsure knee is on the image's right: from behind, the client's right leg.
    expect(suggestions.notFound).toEqual(
      expect.arrayContaining(['knee-right', 'ankle-right', 'heel-right']),
    );
    expect(suggestions.points['ankle-left']).toBeDefined();
    expect(suggestions.points['heel-left']).toBeDefined();
  });

  it('suggests nothing when the model finds no person', () => {
    const suggestions = suggestLandmarks('anterior', { ...facingCamera(), personScore: 0.3 });
    expect(suggestions).toEqual({ personFound: false, points: {}, notFound: [], manual: [] });
  });

  it('uses the side nearer the camera in a side photo', () => {
    const leftFacesCamera = facingCamera({
      'right-ear': { score: 0.3 },
      'right-knee': { score: 0.3 },
      'right-shoulder': { score: 0.3 },
    });
    const { points } = suggestLandmarks('left-lateral', leftFacesCamera);
    expect(points['tragus']?.x).toBe(560);
    expect(points['knee-lateral']?.x).toBe(570);
    expect(points['c7']).toBeUndefined();
  });

  it('suggests nothing on the feet-only views', () => {
    for (const view of ['feet-above', 'feet-behind'] as const) {
      const suggestions = suggestLandmarks(view, facingCamera());
      expect(suggestions.points).toEqual({});
      expect(suggestions.manual).toHaveLength(landmarksOf(view).length);
    }
  });
});
