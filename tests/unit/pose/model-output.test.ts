import { describe, expect, it } from 'vitest';
import {
  bodyRegion,
  decodeModelOutput,
  letterbox,
  regionBox,
} from '../../../renderer/features/photos/pose/model-output';
import { blazePosePoints } from '../../../shared/domain/pose/model';

describe('the model’s square input', () => {
  it('fits a portrait photo by its height and centres it left to right', () => {
    expect(letterbox(3000, 4000, 256)).toEqual({
      width: 192,
      height: 256,
      left: 32,
      top: 0,
      scale: 4000 / 256,
    });
  });

  it('turns input pixels back into photo pixels, and logits into a 0–1 confidence', () => {
    const box = letterbox(3000, 4000, 256);
    const raw = new Float32Array(39 * 5);
    // The nose at the input's centre, very sure; the left eye at the photo's top-left corner.
    raw.set([128, 128, 0, 10, 10], 0);
    raw.set([32, 0, 0, 0, 0], 2 * 5);
    const detection = decodeModelOutput(raw, 0.9, box, 3000, 4000);
    expect(detection.keypoints.nose.x).toBeCloseTo(1500);
    expect(detection.keypoints.nose.y).toBeCloseTo(2000);
    expect(detection.keypoints.nose.score).toBeGreaterThan(0.99);
    expect(detection.keypoints['left-eye']).toMatchObject({ x: 0, y: 0, score: 0.25 });
    expect(Object.keys(detection.keypoints)).toEqual([...blazePosePoints]);
  });
});

describe('the second look, at the body', () => {
  it('is a square around the body centre reaching past its top, mapped back exactly', () => {
    const box = regionBox(-500, 0, 4000, 256);
    const raw = new Float32Array(39 * 5);
    raw.set([128, 128, 0, 0, 0], 33 * 5); // body centre: the square's middle
    raw.set([128, 64, 0, 0, 0], 34 * 5); // body top: a quarter of the square above it
    const region = bodyRegion(raw, box);
    // Centre (1500, 2000); top 1000 px above; 2 × 1000 × 1.25 = 2500 px a side.
    expect(region).toEqual({ x: 250, y: 750, size: 2500 });
    const next = regionBox(region.x, region.y, region.size, 256);
    const detection = decodeModelOutput(raw.fill(0, 0, 5).fill(128, 0, 2), 1, next, 3000, 4000);
    expect(detection.keypoints.nose).toMatchObject({ x: 1500, y: 2000 });
  });
});
