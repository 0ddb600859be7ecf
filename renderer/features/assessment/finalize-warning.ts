/**
 * What the Finalize dialog says about the red-flag screen: a warning when questions have no
 * answer (finalizing still goes ahead if she chooses), and a reminder when a referral is on record.
 */
import type { RedFlagAnswers } from '../../../shared/domain/clinical';
import {
  RED_FLAG_QUESTIONS,
  RED_FLAG_TIER_INFO,
  screenRedFlags,
} from '../../../shared/domain/clinical';

export interface FinalizeRedFlagNote {
  /** The screen is unanswered or incomplete: she is warned and may still finalize. */
  readonly warning: { readonly title: string; readonly text: string } | null;
  /** A yes is on record: what the printed report and handout will tell the client. */
  readonly referral: string | null;
}

export const FINALIZE_ANYWAY_TEXT =
  'You can still finalize now and add the answers later with Amend.';

export function finalizeRedFlagNote(
  answers: RedFlagAnswers | null | undefined,
): FinalizeRedFlagNote {
  const screen = screenRedFlags(answers);
  const total = RED_FLAG_QUESTIONS.length;
  const missing = screen.unanswered.length;
  const warning =
    missing === 0
      ? null
      : missing === total
        ? {
            title: 'The red-flag screen has not been asked.',
            text: `None of the ${total} red-flag questions (under Pain and questionnaires) has an answer. Ask them before exercise starts.`,
          }
        : {
            title: 'The red-flag screen is not complete.',
            text: `${missing} of the ${total} red-flag questions (under Pain and questionnaires) ${missing === 1 ? 'has' : 'have'} no answer. Ask ${missing === 1 ? 'it' : 'them'} before exercise starts.`,
          };
  const referral =
    screen.tier === null
      ? null
      : `A red-flag answer is on record (${RED_FLAG_TIER_INFO[screen.tier].title.toLowerCase()}): the client report and the handout will tell the client what to do and how soon.`;
  return { warning, referral };
}
