/**
 * Red-flag screening questions, each in a tier (red-flag-tiers.ts) with its source. The questions
 * and tiers follow clinical-reference.md §7a (NHS low-back-pain pathways, Finucane et al. 2020,
 * NICE NG59); the neck question follows the IFOMPT cervical framework, which the reference does
 * not cover, so it is marked unverified. Wording is Stance's own and should be reviewed by a
 * clinician before release.
 *
 * The first four ids are the questions Stance asked before tiers: they keep their ids and
 * meaning, so an older assessment's answers still read as they were given.
 */
import type { RedFlagTier, RedFlagTierInfo } from './red-flag-tiers';
import { RED_FLAG_TIERS, RED_FLAG_TIER_INFO, tierRank } from './red-flag-tiers';
import type { Source } from './sources';
import { SOURCES } from './sources';

export const RED_FLAG_IDS = [
  'saddleNumbness',
  'bladderOrBowelChange',
  'nightPain',
  'unexplainedWeightLoss',
  'legWeaknessWorsening',
  'symptomsInBothLegs',
  'neckArterySigns',
  'cancerHistory',
  'feverOrInfection',
  'significantTrauma',
  'boneFragility',
  'constantPain',
  'firstEpisodeAge',
  'notImproving',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export interface RedFlagQuestion {
  readonly id: RedFlagId;
  readonly tier: RedFlagTier;
  readonly label: string;
  readonly help: string;
  readonly source: Source;
  /** Why the question sits in its tier, where the sources disagree or say little. */
  readonly note?: string;
}

/** In the order they are asked: by tier, highest concern first. */
export const RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = [
  {
    id: 'saddleNumbness',
    tier: 'emergency',
    label: 'Numbness or altered feeling around the groin, buttocks or inner thighs',
    help: 'The area that would touch a saddle, including the genitals.',
    source: SOURCES.redFlagsSameDay,
  },
  {
    id: 'bladderOrBowelChange',
    tier: 'emergency',
    label: 'New difficulty passing or controlling urine or stools',
    help: 'Any recent change, including leaking, not being able to go, or not feeling it.',
    source: SOURCES.redFlagsSameDay,
  },
  {
    id: 'legWeaknessWorsening',
    tier: 'emergency',
    label: 'Leg weakness that is getting worse, or weakness in both legs',
    help: 'For example a foot that has started to drag or slap, or legs giving way.',
    source: SOURCES.redFlagsSameDay,
  },
  {
    id: 'symptomsInBothLegs',
    tier: 'emergency',
    label: 'Leg pain, numbness or pins and needles that has spread to both legs',
    help: 'Sciatica that was in one leg and is now in both.',
    source: SOURCES.redFlagsSameDay,
  },
  {
    id: 'neckArterySigns',
    tier: 'emergency',
    label:
      'Sudden, severe neck pain or headache unlike any before, or with dizziness, double vision, slurred speech or trouble swallowing',
    help: 'Also new numbness of the face, or falling without blacking out.',
    source: SOURCES.redFlagsCervicalFramework,
  },
  {
    id: 'cancerHistory',
    tier: 'urgent',
    label: 'Has had cancer, and this pain is new since then',
    help: 'Any cancer in the past, even if treated and given the all-clear.',
    source: SOURCES.redFlagsUrgentReview,
    note: 'The one flag that on its own clearly raises the chance of a serious cause (Cochrane 2013).',
  },
  {
    id: 'feverOrInfection',
    tier: 'urgent',
    label: 'Fever, chills or feeling generally unwell with the pain, or a recent infection',
    help: 'Including a recent urine or chest infection, or an immune system weakened by illness or medicines.',
    source: SOURCES.redFlagsOtherFlags,
  },
  {
    id: 'significantTrauma',
    tier: 'urgent',
    label: 'The pain began after a significant fall, accident or blow',
    help: 'For example a road accident or a fall from a height.',
    source: SOURCES.redFlagsOtherFlags,
  },
  {
    id: 'boneFragility',
    tier: 'urgent',
    label: 'Known osteoporosis, or steroid tablets taken for a long time, and the pain is new',
    help: 'Even when it followed only a minor fall or strain.',
    source: SOURCES.redFlagsUrgentReview,
  },
  {
    id: 'unexplainedWeightLoss',
    tier: 'urgent',
    label: 'Weight loss without trying',
    help: 'Weight lost recently without a change in diet or activity.',
    source: SOURCES.redFlagsUrgentReview,
  },
  {
    id: 'nightPain',
    tier: 'urgent',
    label: 'Pain at night that does not settle with rest or a change of position',
    help: 'Ordinary stiffness that eases on moving does not count.',
    source: SOURCES.redFlagsOtherFlags,
  },
  {
    id: 'constantPain',
    tier: 'urgent',
    label: 'Pain that is there all the time and that no position or rest eases',
    help: 'Pain that changes with movement and position is the usual kind and does not count.',
    source: SOURCES.redFlagsUrgentReview,
    note: 'Cornwall lists pain that does not behave mechanically, with feeling unwell, in its urgent tier.',
  },
  {
    id: 'firstEpisodeAge',
    tier: 'caution',
    label: 'This is their first ever episode of back pain, and they are under 20 or over 50',
    help: 'Not a past pain coming back.',
    source: SOURCES.redFlagsOtherFlags,
    note:
      'Cornwall puts a first episode over 60 in its urgent tier, but age alone has a high ' +
      'false-positive rate (Cochrane 2013), so Stance asks her to mention it, not to refer.',
  },
  {
    id: 'notImproving',
    tier: 'caution',
    label: 'The pain has not improved at all over a month or more',
    help: 'Despite rest, ordinary painkillers or earlier treatment.',
    source: SOURCES.redFlagsWeakAlone,
  },
];

export type RedFlagAnswers = Partial<Record<RedFlagId, boolean | null>>;

export const questionsOfTier = (tier: RedFlagTier): readonly RedFlagQuestion[] =>
  RED_FLAG_QUESTIONS.filter((question) => question.tier === tier);

const tierOf = (id: RedFlagId): RedFlagTier =>
  RED_FLAG_QUESTIONS.find((question) => question.id === id)?.tier ?? 'urgent';

/** The practitioner's one-paragraph notice for a tier: what is needed, then what to do. */
export const tierNotice = (tier: RedFlagTier): string => {
  const info = RED_FLAG_TIER_INFO[tier];
  return `${info.title}. ${info.action}`;
};

export const RED_FLAG_SCREEN_INCOMPLETE_NOTICE =
  'Red-flag screening is not complete: ask the remaining questions before starting exercise.';

interface ScreenAnswers {
  /** Questions answered yes, highest tier first. */
  readonly positives: readonly RedFlagId[];
  /** Questions with no answer; a blank is never read as "no". */
  readonly unanswered: readonly RedFlagId[];
}

export type RedFlagScreen =
  | (ScreenAnswers & {
      readonly status: 'refer';
      readonly tier: 'emergency' | 'urgent';
      readonly notice: string;
    })
  | (ScreenAnswers & {
      readonly status: 'incomplete';
      /** A caution answer already given, shown beside the request to finish the screen. */
      readonly tier: 'caution' | null;
      readonly notice: string;
    })
  | (ScreenAnswers & {
      readonly status: 'caution';
      readonly tier: 'caution';
      readonly notice: string;
    })
  | (ScreenAnswers & { readonly status: 'clear'; readonly tier: null });

/**
 * Any emergency or urgent yes → refer at the highest tier, even if other questions are blank.
 * Otherwise a blank anywhere → incomplete. Otherwise a caution yes → caution; all no → clear.
 */
export function screenRedFlags(answers: RedFlagAnswers | null | undefined): RedFlagScreen {
  const positives = RED_FLAG_IDS.filter((id) => answers?.[id] === true).sort(
    (a, b) => tierRank(tierOf(a)) - tierRank(tierOf(b)),
  );
  const unanswered = RED_FLAG_IDS.filter((id) => answers?.[id] !== true && answers?.[id] !== false);
  const top = positives[0] === undefined ? null : tierOf(positives[0]);
  if (top === 'emergency' || top === 'urgent') {
    return { status: 'refer', tier: top, positives, unanswered, notice: tierNotice(top) };
  }
  if (unanswered.length > 0) {
    return {
      status: 'incomplete',
      tier: top,
      positives,
      unanswered,
      notice: RED_FLAG_SCREEN_INCOMPLETE_NOTICE,
    };
  }
  if (top === 'caution') {
    return { status: 'caution', tier: top, positives, unanswered, notice: tierNotice(top) };
  }
  return { status: 'clear', tier: null, positives, unanswered };
}

/** The highest tier answered yes, whatever else is blank; null when none is. */
export const raisedTier = (screen: RedFlagScreen): RedFlagTierInfo | null =>
  screen.tier === null ? null : RED_FLAG_TIER_INFO[screen.tier];

/** Every tier, highest concern first, with its questions: how the form groups them. */
export const RED_FLAG_GROUPS = RED_FLAG_TIERS.map((tier) => ({
  info: RED_FLAG_TIER_INFO[tier],
  questions: questionsOfTier(tier),
}));

export * from './red-flag-tiers';
