/**
 * Roland-Morris Disability Questionnaire (RMDQ-24). Free to use (SOURCES.rolandMorrisScoring), but
 * the labels here are our own short paraphrases for the practitioner's view — not the statements.
 */
import type { Source } from './sources';
import { SOURCES } from './sources';

export const ROLAND_MORRIS_ITEM_COUNT = 24;
export const ROLAND_MORRIS_MAX = 24;

/** Item order follows the published 24-item list (SOURCES.rolandMorrisItems). */
export const ROLAND_MORRIS_ITEM_LABELS: readonly string[] = [
  'Mostly stays home',
  'Shifts position often for comfort',
  'Walks slower',
  'Has stopped usual housework',
  'Needs the handrail on stairs',
  'Lies down to rest more',
  'Needs support to rise from a soft chair',
  'Asks others to do things',
  'Dresses slower',
  'Stands only briefly',
  'Avoids bending or kneeling',
  'Finds rising from a chair hard',
  'Pain nearly all the time',
  'Finds turning in bed hard',
  'Poorer appetite',
  'Struggles with socks or stockings',
  'Walks only short distances',
  'Sleeps worse',
  'Needs help to dress',
  'Sits most of the day',
  'Avoids heavy housework',
  'More irritable with people',
  'Climbs stairs slower',
  'Mostly stays in bed',
];

/**
 * "Recovered" is about 2 or less (SOURCES.recoveredThresholds). Only its tests use it yet; kept for
 * issue #13 (progress over visits, the disability questionnaire in use).
 */
export const ROLAND_MORRIS_RECOVERED = { max: 2, source: SOURCES.recoveredThresholds } as const;

/**
 * Baselines below 4 cannot show improvement and above 20 cannot show worsening
 * (SOURCES.rolandMorrisChangeLimits).
 */
export const ROLAND_MORRIS_CHANGE_LIMITS = {
  improvementBelow: 4,
  worseningAbove: 20,
  source: SOURCES.rolandMorrisChangeLimits,
} as const;

export interface RolandMorrisScore {
  /** 0–24: the number of statements ticked. */
  readonly score: number;
  /** Item numbers (1–24) ticked. */
  readonly ticked: readonly number[];
  readonly source: Source;
}

/**
 * Score = number of statements ticked today, 0–24. A statement the client marks as not
 * applicable, or leaves blank, counts as not ticked (SOURCES.rolandMorrisScoring).
 */
export function scoreRolandMorris(responses: readonly boolean[]): RolandMorrisScore {
  if (responses.length !== ROLAND_MORRIS_ITEM_COUNT) {
    throw new RangeError(`The Roland-Morris has ${ROLAND_MORRIS_ITEM_COUNT} statements.`);
  }
  const ticked = responses.flatMap((isTicked, index) => (isTicked ? [index + 1] : []));
  return { score: ticked.length, ticked, source: SOURCES.rolandMorrisScoring };
}
