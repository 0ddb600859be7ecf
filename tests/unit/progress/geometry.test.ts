import { describe, expect, it } from 'vitest';
import { CHANGE_RULES } from '../../../shared/domain/progress';
import {
  changeBand,
  fitDomain,
  layoutPanel,
  niceTicks,
  textWidth,
  thinLabels,
  visitXs,
  yearBreaks,
} from '../../../renderer/features/progress/geometry';

const box = { left: 40, right: 260, top: 10, bottom: 176 };

/** Labels as the chart makes them: "12 Mar" under each of `count` evenly spaced visits. */
function labelBoxes(count: number, from = box.left, to = box.right) {
  return visitXs(count, from, to).map((x) => ({ x, width: textWidth('12 Mar', 10) }));
}

const overlaps = (boxes: { x: number; width: number }[], shown: number[]) =>
  shown.some((index, at) => {
    const next = shown[at + 1];
    if (next === undefined) return false;
    return boxes[index]!.x + boxes[index]!.width / 2 > boxes[next]!.x - boxes[next]!.width / 2;
  });

describe('date labels', () => {
  it('shows every label when two visits have room', () => {
    expect(thinLabels(labelBoxes(2), 6)).toEqual([0, 1]);
  });

  it('never lets labels touch, from 1 to 60 visits, on a narrow and a wide plot', () => {
    for (const [from, to] of [
      [40, 260],
      [40, 550],
    ] as const) {
      for (let count = 1; count <= 60; count += 1) {
        const boxes = labelBoxes(count, from, to);
        const shown = thinLabels(boxes, 6);
        expect(overlaps(boxes, shown), `${count} visits`).toBe(false);
        expect(shown[0]).toBe(0);
      }
    }
  });

  it('at 30 visits keeps the first and the last visit and thins the rest', () => {
    const shown = thinLabels(labelBoxes(30), 6);
    expect(shown[0]).toBe(0);
    expect(shown.at(-1)).toBe(29);
    expect(shown.length).toBeGreaterThan(2);
    expect(shown.length).toBeLessThan(10);
  });

  it('names the year on the first label and wherever it changes', () => {
    const days = ['2025-11-02', '2025-12-01', '2026-01-10', '2026-02-01'];
    expect(yearBreaks(days, [0, 1, 2, 3])).toEqual([true, false, true, false]);
    expect(yearBreaks(days, [0, 3])).toEqual([true, true]);
  });
});

describe('scales', () => {
  it('places visits evenly with half a step of margin, one visit in the middle', () => {
    expect(visitXs(1, 0, 100)).toEqual([50]);
    expect(visitXs(2, 0, 100)).toEqual([25, 75]);
  });

  it('keeps a fixed scale and fits a free one to whole ticks around the values', () => {
    expect(fitDomain([3, 7], [0, 10])).toEqual([0, 10]);
    const [low, high] = fitDomain([42.7, 52.5], null);
    expect(low).toBeLessThanOrEqual(42.7);
    expect(high).toBeGreaterThanOrEqual(52.5);
    expect(niceTicks([low, high], 5)[0]).toBe(low);
    expect(niceTicks([low, high], 5).at(-1)).toBe(high);
  });

  it('gives a single value room above and below', () => {
    const [low, high] = fitDomain([12], null);
    expect(low).toBeLessThan(12);
    expect(high).toBeGreaterThan(12);
  });

  it('ticks on round steps: 0–10 by 2.5, 0–24 by 10', () => {
    expect(niceTicks([0, 10], 5)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks([0, 24], 5)).toEqual([0, 10, 20]);
  });
});

describe('the band of no meaningful change', () => {
  it('pain from 7: an improvement counts from 5 (2 points), a worsening from 9', () => {
    expect(changeBand(CHANGE_RULES.pain, 'lower', 7, [0, 10])).toEqual({ low: 5, high: 9 });
  });

  it('pain from 4: 30% (1.2 points) is enough to count as better', () => {
    const band = changeBand(CHANGE_RULES.pain, 'lower', 4, [0, 10]);
    expect(band.low).toBeCloseTo(2.8, 10);
    expect(band.high).toBe(6);
  });

  it('is clipped to a fixed scale', () => {
    expect(changeBand(CHANGE_RULES.pain, 'lower', 9.5, [0, 10]).high).toBe(10);
  });

  it('craniovertebral angle: 5.52° either side, higher being better', () => {
    const band = changeBand(CHANGE_RULES.cva, 'higher', 42.7, [30, 60]);
    expect(band.low).toBeCloseTo(37.18, 10);
    expect(band.high).toBeCloseTo(48.22, 10);
  });

  it('is drawn from the first recorded visit to the end, between its two values', () => {
    const layout = layoutPanel({
      box,
      visitCount: 3,
      series: [[null, 7, 2]],
      domain: [0, 10],
      band: { low: 5, high: 9, fromIndex: 1 },
      labels: [['1 Mar'], ['1 Apr'], ['1 May']],
      labelFontSize: 10,
      maxTicks: 5,
    });
    const y = (value: number) => box.bottom - (value / 10) * (box.bottom - box.top);
    expect(layout.band?.y).toBeCloseTo(y(9), 10);
    expect(layout.band?.height).toBeCloseTo(y(5) - y(9), 10);
    expect(layout.band!.x).toBeLessThan(layout.xs[1]!);
    expect(layout.band!.x).toBeGreaterThan(layout.xs[0]!);
    expect(layout.band!.x + layout.band!.width).toBe(box.right);
    expect(layout.points[0]!.map((point) => point.index)).toEqual([1, 2]);
  });
});

describe('points at 30 visits', () => {
  it('stay apart: each dot is narrower than the step between visits', () => {
    const layout = layoutPanel({
      box,
      visitCount: 30,
      series: [Array.from({ length: 30 }, (_, index) => index % 10)],
      domain: [0, 10],
      band: null,
      labels: Array.from({ length: 30 }, () => ['12 Mar']),
      labelFontSize: 10,
      maxTicks: 5,
    });
    const step = layout.xs[1]! - layout.xs[0]!;
    expect(layout.radius * 2).toBeLessThan(step);
    expect(layout.points[0]).toHaveLength(30);
  });
});
