/**
 * How big a change between visits has to be before it counts, per charted measure: the minimal
 * clinically important difference (MCID) for the questionnaires and pain, the smallest detectable
 * change (MDC) for the physical measures. Numbers come from shared/domain/clinical-reference.md
 * (§3 and §0.8 for MCIDs, §2c and §7b for MDCs); where the reference found none there is no rule.
 */
import { LUNGE_MDC_CM } from '../clinical/foot-ankle';
import { MCID_RULES, type ChangeInstrument } from '../clinical/mcid';
import { SOURCES, type Source } from '../clinical/sources';

export type Better = 'lower' | 'higher';

export interface ChangeRule {
  readonly kind: 'mcid' | 'mdc';
  /** A change of at least this many units counts, in either direction. */
  readonly points: number;
  /** Or an improvement of at least this share of the first value (the MCIDs' "or 30%"). */
  readonly percentOfBaseline: number | null;
  /** The rule in plain words, for the chart's key. */
  readonly text: string;
  readonly source: Source;
}

const fromMcid = (instrument: ChangeInstrument, text: string): ChangeRule => {
  const rule = MCID_RULES[instrument];
  return {
    kind: 'mcid',
    points: rule.points,
    percentOfBaseline: rule.percentOfBaseline,
    text,
    source: rule.source,
  };
};

/** §7b: CVA from a standing photo with tragus and C7 marked; the inter-rater figure, as advised. */
export const CVA_MDC_SOURCE: Source = {
  citation: 'Craniovertebral angle from standing photos: MDC 4.96° one rater, 5.52° between raters',
  url: 'https://pubmed.ncbi.nlm.nih.gov/32911612/',
  verified: true,
  measured: 'Smallest real change of the craniovertebral angle on a standing side photo',
};

/** §7b: reliability only; no smallest detectable change was found for frontal tilts. */
export const TILT_MDC_NOT_FOUND: Source = {
  citation: 'NOT FOUND: no smallest detectable change for head or shoulder tilt on photos',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5446097',
  verified: false,
};

/** §4d: photo measures referenced to a vertical line were the least reliable; no MDC found. */
export const PLUMB_MDC_NOT_FOUND: Source = {
  citation: 'NOT FOUND: no smallest detectable change for distances from the plumb line on photos',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2910855',
  verified: false,
};

export const CHANGE_RULES = {
  pain: fromMcid('nprs', '2 points (or 30% better)'),
  odi: fromMcid('odi', '10 points (or 30% better)'),
  'modified-odi': fromMcid('modified-odi', '6 points'),
  rmdq: fromMcid('rmdq', '5 points (or 30% better)'),
  fpi: {
    kind: 'mdc',
    points: 2,
    percentOfBaseline: null,
    text: 'about 2 points (unconfirmed)',
    source: SOURCES.fpiMdcLowBackPain,
  },
  kneeToWall: {
    kind: 'mdc',
    points: LUNGE_MDC_CM['different-rater'].cm,
    percentOfBaseline: null,
    text: `${LUNGE_MDC_CM['different-rater'].cm} cm`,
    source: LUNGE_MDC_CM['different-rater'].source,
  },
  cva: {
    kind: 'mdc',
    points: 5.52,
    percentOfBaseline: null,
    text: '5.5°',
    source: CVA_MDC_SOURCE,
  },
} as const satisfies Record<string, ChangeRule>;

/**
 * The values around a first value that are not yet a meaningful change. Where lower is better an
 * improvement counts at the smaller of the points and the percentage (either test is enough, as in
 * `assessChange`), a worsening at the points; where higher is better, the mirror image.
 */
export function withinChange(
  rule: ChangeRule,
  better: Better | null,
  baseline: number,
): { low: number; high: number } {
  const byPercent =
    rule.percentOfBaseline === null
      ? rule.points
      : Math.min(rule.points, (Math.abs(baseline) * rule.percentOfBaseline) / 100);
  if (better === 'lower') return { low: baseline - byPercent, high: baseline + rule.points };
  if (better === 'higher') return { low: baseline - rule.points, high: baseline + byPercent };
  return { low: baseline - rule.points, high: baseline + rule.points };
}
