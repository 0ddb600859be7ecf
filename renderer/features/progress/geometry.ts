/**
 * The arithmetic behind the progress charts, kept apart from React so it can be tested: where each
 * visit sits, the value scale and its ticks, which date labels have room, and the band of change
 * too small to count. All lengths are SVG user units of the chart's viewBox.
 */
import { withinChange, type Better, type ChangeRule } from '../../../shared/domain/progress';

export type Domain = readonly [number, number];

/** Average advance of a character of the chart's sans-serif, as a share of the font size. */
const CHAR_WIDTH = 0.6;

export const textWidth = (text: string, fontSize: number) => text.length * fontSize * CHAR_WIDTH;

/**
 * Visits are placed evenly in visit order, not by date: a chart of visits reads as "each time we
 * met", and two visits a day apart would otherwise sit on top of each other. Half a step of
 * margin keeps the first and last points off the axes; one visit sits in the middle.
 */
export function visitXs(count: number, from: number, to: number): number[] {
  if (count <= 0) return [];
  const step = (to - from) / count;
  return Array.from({ length: count }, (_, index) => from + step * (index + 0.5));
}

export function linearScale(domain: Domain, range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value: number) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** 1, 2, 2.5 or 5 times a power of ten: the steps people read without effort. */
export function niceStep(span: number, maxTicks: number): number {
  const raw = Math.abs(span) / Math.max(1, maxTicks - 1);
  if (raw === 0 || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((each) => each * power).find((each) => each >= raw);
  return step ?? 10 * power;
}

/** Ticks on whole steps inside the domain, at most `maxTicks` of them. */
export function niceTicks(domain: Domain, maxTicks: number): number[] {
  const step = niceStep(domain[1] - domain[0], maxTicks);
  const ticks: number[] = [];
  const first = Math.ceil(domain[0] / step - 1e-9) * step;
  for (let tick = first; tick <= domain[1] + step * 1e-9; tick += step) {
    // Rounded so 0.1 + 0.2 shows as 0.3, and −0 as 0.
    ticks.push(Number(tick.toFixed(6)) + 0);
  }
  return ticks;
}

/**
 * The value range a chart shows: its fixed scale when it has one, otherwise every value and band
 * edge with a little room, widened to whole tick steps so the ends carry labels.
 */
export function fitDomain(values: readonly number[], fixed: Domain | null, maxTicks = 5): Domain {
  if (fixed) return fixed;
  if (values.length === 0) return [0, 1];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (high - low < 1e-9) {
    low -= 1;
    high += 1;
  }
  const room = (high - low) * 0.08;
  low -= room;
  high += room;
  const step = niceStep(high - low, maxTicks);
  return [Math.floor(low / step) * step, Math.ceil(high / step) * step];
}

/** The band of values around the first visit's that are not yet a change that counts, clipped. */
export function changeBand(
  rule: ChangeRule,
  better: Better | null,
  baseline: number,
  domain: Domain,
): { low: number; high: number } {
  const { low, high } = withinChange(rule, better, baseline);
  return { low: Math.max(domain[0], low), high: Math.min(domain[1], high) };
}

export interface LabelBox {
  x: number;
  width: number;
}

/**
 * Which labels to draw so that none touches another: the first always, then each one that starts
 * at least `gap` past the end of the last one drawn. The last visit's label matters most after the
 * first, so when it has no room it takes the place of the one before it.
 */
export function thinLabels(boxes: readonly LabelBox[], gap: number): number[] {
  const shown: number[] = [];
  const fits = (a: LabelBox, b: LabelBox) => b.x - b.width / 2 >= a.x + a.width / 2 + gap;
  boxes.forEach((box, index) => {
    const last = shown.at(-1);
    if (last === undefined || fits(boxes[last]!, box)) shown.push(index);
  });
  const lastIndex = boxes.length - 1;
  if (lastIndex > 0 && shown.at(-1) !== lastIndex) {
    const before = shown.length > 1 ? shown.at(-2) : undefined;
    if (before !== undefined && fits(boxes[before]!, boxes[lastIndex]!)) {
      shown[shown.length - 1] = lastIndex;
    }
  }
  return shown;
}

/** Dots shrink as visits crowd, but stay big enough to see and never merge into a smear. */
export function pointRadius(step: number): number {
  return Math.max(1.75, Math.min(4, step / 3));
}

export interface PanelInput {
  /** The plot box: where points may fall. */
  box: { left: number; right: number; top: number; bottom: number };
  visitCount: number;
  /** Per series, one value per visit (null where the visit did not record it). */
  series: readonly (readonly (number | null)[])[];
  domain: Domain;
  /** The no-change band, from the visit that set its baseline to the last. */
  band: { low: number; high: number; fromIndex: number } | null;
  /** Per visit, the lines of its date label (longest sets the width). */
  labels: readonly (readonly string[])[];
  labelFontSize: number;
  maxTicks: number;
  /** Ticks a scale is read by (FPI-6 in fours), instead of round steps. */
  ticks?: readonly number[];
}

export interface PlotPoint {
  index: number;
  x: number;
  y: number;
  value: number;
}

export interface PanelLayout {
  xs: number[];
  radius: number;
  ticks: { value: number; y: number }[];
  /** Per series, its recorded points in visit order. */
  points: PlotPoint[][];
  band: { x: number; y: number; width: number; height: number } | null;
  /** The visits whose date labels are drawn. */
  labelIndexes: number[];
}

/** Everything one plot draws, in user units. */
export function layoutPanel(input: PanelInput): PanelLayout {
  const { box, visitCount, domain } = input;
  const xs = visitXs(visitCount, box.left, box.right);
  const step = visitCount > 0 ? (box.right - box.left) / visitCount : 0;
  const y = linearScale(domain, [box.bottom, box.top]);
  const points = input.series.map((values) =>
    values.flatMap((value, index) =>
      value === null ? [] : [{ index, x: xs[index]!, y: y(value), value }],
    ),
  );
  const band = input.band && {
    x: xs[input.band.fromIndex]! - Math.min(step / 2, 6),
    width: box.right - xs[input.band.fromIndex]! + Math.min(step / 2, 6),
    y: y(input.band.high),
    height: y(input.band.low) - y(input.band.high),
  };
  const boxes = input.labels.map((lines, index) => ({
    x: xs[index]!,
    width: Math.max(0, ...lines.map((line) => textWidth(line, input.labelFontSize))),
  }));
  return {
    xs,
    radius: pointRadius(step),
    ticks: (input.ticks ?? niceTicks(domain, input.maxTicks)).map((value) => ({
      value,
      y: y(value),
    })),
    points,
    band,
    labelIndexes: thinLabels(boxes, input.labelFontSize * 0.6),
  };
}

/** Which drawn date labels also carry the year: the first, and each where the year changes. */
export function yearBreaks(days: readonly string[], shown: readonly number[]): boolean[] {
  return shown.map(
    (index, at) => at === 0 || days[index]?.slice(0, 4) !== days[shown[at - 1] ?? -1]?.slice(0, 4),
  );
}
