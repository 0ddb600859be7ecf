import { describe, expect, it } from 'vitest';
import { blazePosePoints, type PoseDetection } from '../../../shared/domain/pose/model';
import {
  kneeFrontalAngle,
  traceMovement,
  trunkLean,
} from '../../../shared/domain/pose/movement-trace';

type Placed = Partial<Record<(typeof blazePosePoints)[number], [number, number, number?]>>;

/** A front view: her right side on the picture's left, hips at x 400 and 600. */
function standing(hipY: number, placed: Placed = {}, personScore = 0.9): PoseDetection {
  const base: Placed = {
    'right-shoulder': [380, hipY - 300],
    'left-shoulder': [620, hipY - 300],
    'right-hip': [400, hipY],
    'left-hip': [600, hipY],
    'right-knee': [400, hipY + 200],
    'left-knee': [600, hipY + 200],
    'right-ankle': [400, 900],
    'left-ankle': [600, 900],
    ...placed,
  };
  const keypoints = Object.fromEntries(
    blazePosePoints.map((name) => {
      const [x, y, score] = base[name] ?? [0, 0, 0.1];
      return [name, { x, y, score: score ?? 0.9 }];
    }),
  ) as PoseDetection['keypoints'];
  return { keypoints, personScore, imageWidth: 1000, imageHeight: 1000 };
}

describe('the knee frontal-plane angle', () => {
  it('is zero for a straight leg and grows as the knee bends off the hip–ankle line', () => {
    expect(kneeFrontalAngle({ x: 0, y: 0 }, { x: 0, y: 50 }, { x: 0, y: 100 }, 100)).toBeCloseTo(0);
    const small = kneeFrontalAngle({ x: 0, y: 0 }, { x: 10, y: 50 }, { x: 0, y: 100 }, 100);
    const large = kneeFrontalAngle({ x: 0, y: 0 }, { x: 30, y: 50 }, { x: 0, y: 100 }, 100);
    expect(small).toBeCloseTo(22.62, 1);
    expect(large).toBeGreaterThan(small);
  });

  it('is positive when the knee moves toward the midline and negative when it moves out, from the front or the back', () => {
    const hip = { x: 400, y: 500 };
    const ankle = { x: 400, y: 900 };
    expect(kneeFrontalAngle(hip, { x: 440, y: 700 }, ankle, 500)).toBeGreaterThan(0);
    expect(kneeFrontalAngle(hip, { x: 360, y: 700 }, ankle, 500)).toBeLessThan(0);
    // Seen from behind the same knee is on the other side of the picture; the sign follows the body.
    expect(kneeFrontalAngle({ x: 600, y: 500 }, { x: 560, y: 700 }, { x: 600, y: 900 }, 500)).toBe(
      kneeFrontalAngle(hip, { x: 440, y: 700 }, ankle, 500),
    );
  });
});

describe('trunk lean', () => {
  it('is the hip–shoulder line against the vertical, whichever way she leans', () => {
    expect(trunkLean({ x: 500, y: 500 }, { x: 500, y: 200 })).toBeCloseTo(0);
    expect(trunkLean({ x: 500, y: 500 }, { x: 800, y: 200 })).toBeCloseTo(45);
    expect(trunkLean({ x: 500, y: 500 }, { x: 200, y: 200 })).toBeCloseTo(45);
  });
});

describe('a trace over a clip', () => {
  it('marks the frame where a hip is lowest in the picture as the deepest point', () => {
    const trace = traceMovement(
      [400, 520, 610, 580, 450].map((hipY, index) => ({
        timeSeconds: index / 30,
        detection: standing(hipY),
      })),
    );
    expect(trace.deepestIndex).toBe(2);
    expect(trace.samples[2]).toMatchObject({ lowestHipY: 610, timeSeconds: 2 / 30 });
    expect(trace.samples[2]!.trunkLeanDegrees).toBeCloseTo(0);
  });

  it('leaves a gap, not a guess, where the model is unsure of a point or of the person', () => {
    const trace = traceMovement([
      { timeSeconds: 0, detection: standing(500, { 'left-knee': [560, 700, 0.3] }) },
      { timeSeconds: 0.1, detection: standing(800, {}, 0.2) },
      { timeSeconds: 0.2, detection: null },
      { timeSeconds: 0.3, detection: standing(500, { 'left-shoulder': [620, 200, 0.1] }) },
    ]);
    expect(trace.samples[0]).toMatchObject({ leftKneeDegrees: null, lowestHipY: 500 });
    expect(trace.samples[0]!.rightKneeDegrees).toBeCloseTo(0);
    for (const sample of trace.samples.slice(1, 3))
      expect(sample).toMatchObject({
        leftKneeDegrees: null,
        rightKneeDegrees: null,
        trunkLeanDegrees: null,
        lowestHipY: null,
      });
    expect(trace.samples[3]!.trunkLeanDegrees).toBeNull();
    // The unsure person at hip 800 is not taken as the bottom of the squat.
    expect(trace.deepestIndex).toBe(0);
  });

  it('has no deepest point when no hip was found on any frame', () => {
    expect(traceMovement([{ timeSeconds: 0, detection: null }]).deepestIndex).toBeNull();
    expect(traceMovement([]).deepestIndex).toBeNull();
  });
});
