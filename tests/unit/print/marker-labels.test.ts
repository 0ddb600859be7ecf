/** The FPI-6 bar's marker labels: never on top of each other, never off the drawing. */
import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels } from '../../../renderer/features/reports/marker-labels';

const BOUNDS = { min: 0, max: 500, gap: 6 };
const WIDTH = labelWidth('L +4', 13);

/** Left and right edges of each placed label. */
function boxes(xs: readonly number[], width = WIDTH) {
  return placeLabels(
    xs.map((x) => ({ x, width })),
    BOUNDS,
  ).map((span) => ({ from: span.x - width / 2, to: span.x + width / 2, moved: span.moved }));
}

function expectApart(placed: readonly { from: number; to: number }[]) {
  const sorted = [...placed].sort((a, b) => a.from - b.from);
  for (let index = 1; index < sorted.length; index += 1) {
    expect(sorted[index]?.from ?? 0).toBeGreaterThanOrEqual((sorted[index - 1]?.to ?? 0) + 5.99);
  }
}

describe('labels above the FPI-6 markers', () => {
  it('sits each label on its marker when the scores are far apart', () => {
    const [left, right] = placeLabels(
      [
        { x: 100, width: WIDTH },
        { x: 300, width: WIDTH },
      ],
      BOUNDS,
    );
    expect(left).toEqual({ x: 100, moved: false });
    expect(right).toEqual({ x: 300, moved: false });
  });

  it('moves "L +4" and "R +5" (19.5 units apart) clear of each other, around their middle', () => {
    const placed = boxes([328, 347.5]);
    expectApart(placed);
    expect(placed.every((box) => box.moved)).toBe(true);
    const middle = (placed.reduce((sum, box) => sum + box.from + box.to, 0) / 4).toFixed(2);
    expect(middle).toBe(((328 + 347.5) / 2).toFixed(2));
  });

  it('puts equal scores left then right, in the order given', () => {
    const [left, right] = placeLabels(
      [
        { x: 250, width: WIDTH },
        { x: 250, width: WIDTH },
      ],
      BOUNDS,
    );
    expect(left?.x ?? 0).toBeLessThan(250);
    expect(right?.x ?? 0).toBeGreaterThan(250);
    expectApart(boxes([250, 250]));
  });

  it('keeps labels at the ends of the scale inside the drawing, still apart', () => {
    for (const xs of [
      [484, 484],
      [16, 16],
      [470, 484],
      [0, 500],
    ]) {
      const placed = boxes(xs);
      expectApart(placed);
      for (const box of placed) {
        expect(box.from).toBeGreaterThanOrEqual(-1e-9);
        expect(box.to).toBeLessThanOrEqual(500 + 1e-9);
      }
    }
  });

  it('keeps three crowded labels apart too', () => {
    expectApart(boxes([240, 250, 255]));
  });
});
