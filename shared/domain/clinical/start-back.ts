/**
 * Keele STarT Back Screening Tool (9 items, last two weeks). Item labels are our own short
 * wording. Licence terms were NOT FOUND (SOURCES.startBackLicence): confirm with Keele before
 * release.
 */
import type { Source } from './sources';
import { SOURCES } from './sources';

export const START_BACK_AGREE_ITEM_COUNT = 8;

export interface StartBackItem {
  readonly number: number;
  readonly label: string;
  /** Items 5–9 form the psychosocial subscale. */
  readonly isPsychosocial: boolean;
}

/** Item topics from SOURCES.startBackItems; items 1–8 are agree/disagree, item 9 is graded. */
export const START_BACK_ITEMS: readonly StartBackItem[] = [
  { number: 1, label: 'Pain has spread down a leg', isPsychosocial: false },
  { number: 2, label: 'Shoulder or neck pain as well', isPsychosocial: false },
  { number: 3, label: 'Has only walked short distances', isPsychosocial: false },
  { number: 4, label: 'Has dressed more slowly', isPsychosocial: false },
  { number: 5, label: 'Feels unsafe being physically active', isPsychosocial: true },
  { number: 6, label: 'Often troubled by worrying thoughts', isPsychosocial: true },
  { number: 7, label: 'Feels the pain is awful and will not ease', isPsychosocial: true },
  { number: 8, label: 'Has enjoyed things less', isPsychosocial: true },
  { number: 9, label: 'Overall, how much the pain has bothered them', isPsychosocial: true },
];

export const BOTHERSOMENESS_LEVELS = [
  'not-at-all',
  'slightly',
  'moderately',
  'very-much',
  'extremely',
] as const;
export type Bothersomeness = (typeof BOTHERSOMENESS_LEVELS)[number];

export const BOTHERSOMENESS_LABELS: Record<Bothersomeness, string> = {
  'not-at-all': 'Not at all',
  slightly: 'Slightly',
  moderately: 'Moderately',
  'very-much': 'Very much',
  extremely: 'Extremely',
};

/** Item 9 counts only for the two highest levels (SOURCES.startBackScoring). */
export function bothersomenessCounts(level: Bothersomeness): boolean {
  return level === 'very-much' || level === 'extremely';
}

export type StartBackRisk = 'low' | 'medium' | 'high';

export const START_BACK_RISK_LABELS: Record<StartBackRisk, string> = {
  low: 'Low risk',
  medium: 'Medium risk',
  high: 'High risk',
};

/**
 * Total ≤3 → low; psychosocial subscale ≥4 → high; otherwise (total ≥4, subscale ≤3) → medium
 * (SOURCES.startBackScoring). Items 5–9 are the subscale, per Keele; one mirror lists other items
 * and is not followed.
 */
export const START_BACK_THRESHOLDS = {
  lowRiskTotalMax: 3,
  highRiskSubscaleMin: 4,
  source: SOURCES.startBackScoring,
} as const;

export function startBackRisk(total: number, psychosocial: number): StartBackRisk {
  if (psychosocial >= START_BACK_THRESHOLDS.highRiskSubscaleMin) return 'high';
  if (total <= START_BACK_THRESHOLDS.lowRiskTotalMax) return 'low';
  return 'medium';
}

export interface StartBackResponses {
  /** Items 1–8: true = agree, false = disagree, null = not answered. */
  readonly agree: readonly (boolean | null)[];
  readonly bothersomeness: Bothersomeness | null;
}

export type StartBackScore =
  | {
      readonly complete: true;
      readonly total: number;
      readonly psychosocial: number;
      readonly risk: StartBackRisk;
      readonly source: Source;
    }
  | { readonly complete: false; readonly unansweredItems: readonly number[] };

/**
 * Total 0–9 and psychosocial subscale 0–5 from the nine responses. The risk group needs every
 * item: a blank would count as "disagree" and could place the client in a lower group, so an
 * incomplete tool gives no risk group, only the list of unanswered items.
 */
export function scoreStartBack(responses: StartBackResponses): StartBackScore {
  if (responses.agree.length !== START_BACK_AGREE_ITEM_COUNT) {
    throw new RangeError(`STarT Back items 1–8 must have ${START_BACK_AGREE_ITEM_COUNT} answers.`);
  }
  const unansweredItems = responses.agree.flatMap((answer, index) =>
    answer === null ? [index + 1] : [],
  );
  if (responses.bothersomeness === null) unansweredItems.push(9);
  if (unansweredItems.length > 0 || responses.bothersomeness === null) {
    return { complete: false, unansweredItems };
  }
  const itemPoints = [
    ...responses.agree.map((answer) => (answer === true ? 1 : 0)),
    bothersomenessCounts(responses.bothersomeness) ? 1 : 0,
  ];
  const total = itemPoints.reduce((sum, points) => sum + points, 0);
  const psychosocial = itemPoints.slice(4).reduce((sum, points) => sum + points, 0);
  return {
    complete: true,
    total,
    psychosocial,
    risk: startBackRisk(total, psychosocial),
    source: SOURCES.startBackScoring,
  };
}
