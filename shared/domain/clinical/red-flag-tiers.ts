/**
 * The three levels of concern a red-flag answer can raise, each with what to do and how soon:
 * for the practitioner, the words she can say to the client, and the plain words printed for the
 * client. The levels follow the NHS low-back-pain pathways in clinical-reference.md §7a (same
 * day; urgent review within two weeks at most) and Finucane et al. 2020's idea that a flag sets a
 * level of concern which then sets the action. All wording is Stance's own.
 */
import type { Source } from './sources';
import { SOURCES } from './sources';

export const RED_FLAG_TIERS = ['emergency', 'urgent', 'caution'] as const;
export type RedFlagTier = (typeof RED_FLAG_TIERS)[number];

export interface RedFlagTierInfo {
  readonly tier: RedFlagTier;
  /** The heading of the group of questions on the form. */
  readonly groupTitle: string;
  /** One line under that heading: what a yes in this group means. */
  readonly groupHint: string;
  /** The practitioner's notice: what is needed and how soon. */
  readonly title: string;
  /** What to do now, in one or two sentences. */
  readonly action: string;
  /** Plain words she can say to the client, as she would say them. */
  readonly sayToClient: string;
  /** Printed for the client: a heading, then what to do and how soon, without clinical terms. */
  readonly clientTitle: string;
  readonly clientText: string;
  /**
   * Whether program suggestions are held back while this tier is raised. The screen says refer
   * for exactly these tiers, and suggest.ts holds back on refer (a unit test keeps them agreed).
   */
  readonly holdsProgram: boolean;
  readonly source: Source;
}

export const RED_FLAG_TIER_INFO: Readonly<Record<RedFlagTier, RedFlagTierInfo>> = {
  emergency: {
    tier: 'emergency',
    groupTitle: 'Emergency signs: same day',
    groupHint: 'A yes to any of these means emergency care today.',
    title: 'Emergency: the client needs medical assessment today',
    action:
      'Do not start or go on with exercise. The client should go to a hospital emergency ' +
      'department today, or call the emergency number if they cannot get there safely. A ' +
      'routine doctor’s appointment is too late.',
    sayToClient:
      'What you have told me needs to be checked by a doctor today. Please go to the hospital ' +
      'emergency department now, or call the emergency number if you can’t get there safely. ' +
      'Please don’t wait to see whether it settles.',
    clientTitle: 'Please get medical help today',
    clientText:
      'Something you told us needs to be checked by a doctor straight away. Please go to a ' +
      'hospital emergency department today, or call the emergency number if you cannot get ' +
      'there safely. Do not wait to see whether it settles, and do not start the exercises ' +
      'until a doctor has seen you. Take this page with you.',
    holdsProgram: true,
    source: SOURCES.redFlagsSameDay,
  },
  urgent: {
    tier: 'urgent',
    groupTitle: 'Urgent: see a doctor within days',
    groupHint: 'A yes to any of these means a doctor should see them in the next few days.',
    title: 'Urgent: the client should see a doctor in the next few days',
    action:
      'Hold the exercise program until they have been seen. Ask them to book a doctor’s ' +
      'appointment in the next few days, and to get help the same day if things get worse or ' +
      'they feel very unwell.',
    sayToClient:
      'Some of what you have told me should be checked by your doctor soon. Please book an ' +
      'appointment in the next few days, and let’s wait on the exercises until you have been ' +
      'seen. If it gets worse or you feel very unwell, get help the same day.',
    clientTitle: 'Please see your doctor in the next few days',
    clientText:
      'Something you told us should be checked by a doctor soon. Please book an appointment ' +
      'for the next few days, and wait until you have been seen before starting the exercises. ' +
      'If things get worse or you feel very unwell, get help the same day. Please show this ' +
      'page to your doctor.',
    holdsProgram: true,
    source: SOURCES.redFlagsUrgentReview,
  },
  caution: {
    tier: 'caution',
    groupTitle: 'Worth mentioning to their doctor',
    groupHint: 'Not urgent on its own: exercise can go ahead with care.',
    title: 'Worth mentioning to their doctor',
    action:
      'No need to stop: exercise can go ahead with care. Suggest they mention it at their next ' +
      'doctor’s visit, and see the doctor sooner if anything changes or gets worse.',
    sayToClient:
      'It would be worth mentioning this to your doctor next time you see them. It isn’t ' +
      'urgent, and we can carry on. If anything changes or gets worse, see them sooner.',
    clientTitle: 'Worth mentioning to your doctor',
    clientText:
      'Something you told us is worth mentioning to your doctor at your next visit. It is not ' +
      'urgent, and you can carry on with your exercises. If anything changes or gets worse, ' +
      'please see your doctor sooner.',
    // Caution flags alone are mostly false alarms (Cochrane 2013; Henschke 2009: 80% of people
    // with back pain in primary care had a flag, 0.9% had serious pathology): holding exercise
    // back for them would turn most clients away for nothing. The mention to the doctor is the
    // action.
    holdsProgram: false,
    source: SOURCES.redFlagsWeakAlone,
  },
};

/** Highest concern first, the order the form and every notice use. */
export const tierRank = (tier: RedFlagTier): number => RED_FLAG_TIERS.indexOf(tier);
