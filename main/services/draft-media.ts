import { AppError } from '../../shared/errors';
import type { Stores } from '../db/stores/stores';

/**
 * Photos and clips change only while the assessment's current revision is a draft; that draft's
 * number, which the photos or clips being added or changed belong to.
 */
export async function draftRevisionFor(
  stores: Stores,
  assessmentId: string,
  media: 'photos' | 'clips',
  read: 'find' | 'hold' = 'find',
): Promise<number> {
  const current = await (read === 'hold'
    ? stores.assessments.holdCurrent(assessmentId)
    : stores.assessments.findCurrent(assessmentId));
  if (!current)
    throw new AppError(
      'not-found',
      'That assessment could not be found. It may have been discarded.',
    );
  if (current.status !== 'draft')
    throw new AppError(
      'conflict',
      `This assessment is finalized, so its ${media} cannot be changed. Amend it first, then add or change ${media}.`,
    );
  return current.revision;
}

/** A check for the transaction that stores a file: the draft it was prepared for is still open. */
export function stillTheDraft(
  assessmentId: string,
  revision: number,
  media: 'photos' | 'clips',
  changedMessage: string,
): (stores: Stores) => Promise<void> {
  return async (stores) => {
    // Finalized or amended while the file was being prepared: it would land in the wrong record.
    // Held, so a colleague's finalize cannot slip in between this check and the insert.
    if ((await draftRevisionFor(stores, assessmentId, media, 'hold')) !== revision)
      throw new AppError('conflict', changedMessage);
  };
}
