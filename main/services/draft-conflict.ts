/**
 * What a practitioner reads when her save is refused because the draft (or the client's details,
 * or the program) was saved from elsewhere after she opened it. Her text stays on her screen (the
 * form keeps it), so the message says so and what to do.
 */
import { localToday } from '../../shared/domain/dates';
import { AppError } from '../../shared/errors';
import type { RevisionChange } from '../db/stores/assessment-rows';
import type { RecordChange } from '../db/stores/record-change';

export function draftChangedElsewhere(change: RevisionChange, now: Date): AppError {
  return new AppError(
    'conflict',
    `This draft was changed ${whoAndWhen(change, now)} while you were typing. ` +
      'Your text is still here: copy what you need, then go back to the client and open the ' +
      'assessment again to see the saved version.',
  );
}

/** A client's details or a program saved from elsewhere after her form loaded them. */
export function recordChangedElsewhere(
  what: 'client' | 'program',
  change: RecordChange,
  now: Date,
): AppError {
  const [record, them, again] =
    what === 'client'
      ? [
          'These details were',
          'them',
          'choose Cancel, then Edit details again to see the saved details',
        ]
      : [
          'This program was',
          'it',
          'go back to the client and open the program again to see the saved version',
        ];
  return new AppError(
    'conflict',
    `${record} changed ${whoAndWhen(change, now)} after you opened ${them}, so your changes were not saved. ` +
      `Your text is still here: copy what you need, then ${again}.`,
  );
}

/** "by sam at 14:32"; "in another window" where the engine has no names. */
function whoAndWhen(change: RecordChange, now: Date): string {
  const by = change.updatedBy === null ? 'in another window' : `by ${change.updatedBy}`;
  return `${by} ${whenSaid(new Date(change.updatedAt), now)}`;
}

/**
 * A finalize of a revision a colleague finalized first. Her own finalize retried (its answer was
 * lost) is not refused: it answers with the finalized revision.
 */
export function finalizedByColleague(by: string, at: string | null, now: Date): AppError {
  const when = at === null ? '' : ` ${whenSaid(new Date(at), now)}`;
  return new AppError(
    'conflict',
    `This assessment was already finalized by ${by}${when}. ` +
      'Close this and open the assessment again to read it as finalized.',
  );
}

/** "at 14:32" today, "on 2026-12-03 at 14:32" another day; the computer's own clock. */
function whenSaid(at: Date, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `at ${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const day = localToday(at);
  return day === localToday(now) ? time : `on ${day} ${time}`;
}
