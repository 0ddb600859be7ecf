/**
 * The progress charts: what each one follows, on which scale, which way is better, and the change
 * that counts. Only charts with at least one recorded value are shown (`chartsWithValues`).
 */
import type { MeasureId } from '../photo-measures';
import type { PhotoView } from '../photo-views';
import type { Source } from '../clinical/sources';
import {
  CHANGE_RULES,
  PLUMB_MDC_NOT_FOUND,
  TILT_MDC_NOT_FOUND,
  type Better,
  type ChangeRule,
} from './change-rules';
import { photoSeriesId, type ProgressVisit } from './visit-values';

export interface SeriesSpec {
  readonly id: string;
  readonly label: string;
}

/** One plot; the change band is drawn around the first visit's value of its first series. */
export interface PanelSpec {
  /** Named when a chart has several panels (left and right foot). */
  readonly title: string | null;
  readonly series: readonly SeriesSpec[];
}

export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  /** Appended to numbers: '', '%', '°', ' cm'. */
  readonly unit: string;
  readonly decimals: number;
  /** A scale with fixed ends (0–10 for pain); null fits the values. */
  readonly domain: readonly [number, number] | null;
  /** The ticks its scale is usually read by; round steps when absent. */
  readonly ticks?: readonly number[];
  readonly better: Better | null;
  readonly change: ChangeRule | null;
  /** Where the reference says no rule was found, when `change` is null. */
  readonly noRuleSource?: Source;
  /** What the numbers mean, or why no band is drawn; plain words. */
  readonly note: string;
  readonly panels: readonly PanelSpec[];
}

const sides = (prefix: string): PanelSpec[] => [
  { title: 'Left', series: [{ id: `${prefix}-left`, label: 'Left' }] },
  { title: 'Right', series: [{ id: `${prefix}-right`, label: 'Right' }] },
];

const disability = (
  id: 'odi' | 'modified-odi' | 'rmdq',
  title: string,
  unit: string,
  max: number,
): ChartSpec => ({
  id,
  title,
  unit,
  decimals: 0,
  domain: [0, max],
  ticks: [0, 0.25, 0.5, 0.75, 1].map((share) => share * max),
  better: 'lower',
  change: CHANGE_RULES[id],
  note: 'Lower scores mean everyday activities are less affected.',
  panels: [{ title: null, series: [{ id, label: title }] }],
});

const sideViews: readonly [PhotoView, string][] = [
  ['left-lateral', 'left side photo'],
  ['right-lateral', 'right side photo'],
];
const frontViews: readonly [PhotoView, string][] = [
  ['anterior', 'front photo'],
  ['posterior', 'back photo'],
];

const photoSeries = (measure: MeasureId, view: PhotoView, label: string): SeriesSpec => ({
  id: photoSeriesId(measure, view),
  label,
});

export const PROGRESS_CHARTS: readonly ChartSpec[] = [
  {
    id: 'pain',
    title: 'Pain',
    unit: '',
    decimals: 0,
    domain: [0, 10],
    ticks: [0, 2, 4, 6, 8, 10],
    better: 'lower',
    change: CHANGE_RULES.pain,
    note: '0 is no pain, 10 the worst imaginable. The band is drawn around pain now.',
    panels: [
      {
        title: null,
        series: [
          { id: 'pain-now', label: 'Now' },
          { id: 'pain-least', label: 'Least, past week' },
          { id: 'pain-worst', label: 'Worst, past week' },
        ],
      },
    ],
  },
  disability('odi', 'Oswestry disability', '%', 100),
  disability('modified-odi', 'Modified Oswestry disability', '%', 100),
  disability('rmdq', 'Roland-Morris disability', '', 24),
  {
    id: 'fpi',
    title: 'Foot posture (FPI-6)',
    unit: '',
    decimals: 0,
    domain: [-12, 12],
    ticks: [-12, -8, -4, 0, 4, 8, 12],
    better: null,
    change: CHANGE_RULES.fpi,
    note: 'Above 0 leans towards pronated, below towards supinated; 0 to +5 is the usual range.',
    panels: sides('fpi'),
  },
  {
    id: 'knee-to-wall',
    title: 'Knee-to-wall',
    unit: ' cm',
    decimals: 1,
    domain: null,
    better: 'higher',
    change: CHANGE_RULES.kneeToWall,
    note: 'Big toe to wall with the knee touching; further means the ankle bends more.',
    panels: sides('knee-to-wall'),
  },
  ...sideViews.map(([view, name]): ChartSpec => ({
    id: `craniovertebral-angle@${view}`,
    title: `Craniovertebral angle, ${name}`,
    unit: '°',
    decimals: 1,
    domain: null,
    better: 'higher',
    change: CHANGE_RULES.cva,
    note: 'A larger angle means the head sits further back over the shoulders.',
    panels: [
      {
        title: null,
        series: [photoSeries('craniovertebral-angle', view, 'Craniovertebral angle')],
      },
    ],
  })),
  ...frontViews.map(([view, name]): ChartSpec => ({
    id: `tilts@${view}`,
    title: `Side-to-side tilt, ${name}`,
    unit: '°',
    decimals: 1,
    domain: null,
    better: null,
    change: null,
    noRuleSource: TILT_MDC_NOT_FOUND,
    note: 'Above 0 the right side is lower. No smallest detectable change has been published for these tilts, so no band is drawn; small tilts are common in people without pain.',
    panels: [
      {
        title: null,
        series: [
          photoSeries('head-tilt', view, 'Head'),
          photoSeries('shoulder-tilt', view, 'Shoulders'),
          photoSeries('pelvic-tilt', view, 'Pelvis'),
        ],
      },
    ],
  })),
  ...sideViews.map(([view, name]): ChartSpec => ({
    id: `plumb-offsets@${view}`,
    title: `Distance from the plumb line, ${name}`,
    unit: ' cm',
    decimals: 1,
    domain: null,
    better: null,
    change: null,
    noRuleSource: PLUMB_MDC_NOT_FOUND,
    note: 'Above 0 the point is in front of the line. No smallest detectable change has been published for these distances, so no band is drawn.',
    panels: [
      {
        title: null,
        series: [
          photoSeries('ear-offset', view, 'Ear'),
          photoSeries('shoulder-offset', view, 'Shoulder'),
          photoSeries('hip-offset', view, 'Hip'),
          photoSeries('knee-offset', view, 'Knee'),
        ],
      },
    ],
  })),
];

export const seriesOf = (chart: ChartSpec): SeriesSpec[] =>
  chart.panels.flatMap((panel) => panel.series);

/** The charts with a value at `minVisits` visits or more, in catalogue order. */
export function chartsWithValues(visits: readonly ProgressVisit[], minVisits = 1): ChartSpec[] {
  return PROGRESS_CHARTS.filter((chart) => {
    const ids = seriesOf(chart).map((series) => series.id);
    const recorded = visits.filter((visit) => ids.some((id) => id in visit.values));
    return recorded.length >= Math.max(1, minVisits);
  });
}
