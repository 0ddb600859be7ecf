/**
 * How each charted value moved between two chosen visits, judged by the chart's own rule
 * (change-rules.ts): better, worse, or within measurement error. Pure: the presentation and the
 * printed report both read it.
 */
import { seriesOf, type ChartSpec } from './charts';
import { withinChange, type Better, type ChangeRule } from './change-rules';
import type { ProgressVisit } from './visit-values';

/**
 * `changed`: beyond the rule, on a measure with no better direction (foot posture). `unjudged`:
 * no smallest detectable change has been published, so no verdict is given.
 */
export type ChangeVerdict = 'better' | 'worse' | 'within' | 'changed' | 'unjudged';

export interface SeriesChange {
  readonly chartId: string;
  readonly seriesId: string;
  readonly before: number;
  readonly after: number;
  /** after − before */
  readonly difference: number;
  readonly unit: string;
  readonly decimals: number;
  readonly verdict: ChangeVerdict;
}

/** Differences this small are rounding noise in stored values, not a change. */
const EPSILON = 1e-9;

export function judgeChange(
  rule: ChangeRule | null,
  better: Better | null,
  before: number,
  after: number,
): ChangeVerdict {
  if (!rule) return 'unjudged';
  const { low, high } = withinChange(rule, better, before);
  if (after > low + EPSILON && after < high - EPSILON) return 'within';
  if (better === null) return 'changed';
  const wentUp = after > before;
  return wentUp === (better === 'higher') ? 'better' : 'worse';
}

/** Every series of the charts recorded at both visits, in chart order. */
export function visitChanges(
  charts: readonly ChartSpec[],
  earlier: ProgressVisit,
  later: ProgressVisit,
): SeriesChange[] {
  return charts.flatMap((chart) =>
    seriesOf(chart).flatMap((series): SeriesChange[] => {
      const before = earlier.values[series.id];
      const after = later.values[series.id];
      if (before === undefined || after === undefined) return [];
      return [
        {
          chartId: chart.id,
          seriesId: series.id,
          before,
          after,
          difference: after - before,
          unit: chart.unit,
          decimals: chart.decimals,
          verdict: judgeChange(chart.change, chart.better, before, after),
        },
      ];
    }),
  );
}
