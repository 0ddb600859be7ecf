import { describe, expect, it } from 'vitest';
import { decodeModelOutput, letterbox } from '../../../renderer/features/photos/pose/model-output';
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
