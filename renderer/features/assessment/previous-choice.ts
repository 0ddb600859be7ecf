/**
 * Which earlier assessment the form compares with. Only a finalized revision counts: a draft may
 * hold half-typed numbers, and a "change since last time" worked out from those would mislead.
 */
import type { AssessmentListItem } from '../../../shared/domain/assessments';

export interface CurrentAssessment {
  readonly assessmentId: string;
  readonly assessedOn: string;
  readonly createdAt: string;
}

/** The assessment to load and which of its revisions; `revision` null means its current one. */
export interface PreviousChoice {
  readonly assessmentId: string;
  readonly revision: number | null;
}

const isEarlier = (item: AssessmentListItem, current: CurrentAssessment) =>
  item.assessmentId !== current.assessmentId &&
  (item.assessedOn < current.assessedOn ||
    (item.assessedOn === current.assessedOn && item.createdAt < current.createdAt));

const newestFirst = (a: AssessmentListItem, b: AssessmentListItem) =>
  a.assessedOn === b.assessedOn
    ? b.createdAt.localeCompare(a.createdAt)
    : b.assessedOn.localeCompare(a.assessedOn);

/**
 * The client's latest assessment dated before this one (or the same day and started earlier)
 * that has a final revision, or null when none has. An assessment being amended still has the
 * final revision the amendment started from: only the newest revision can be a draft, so that is
 * the one just before it.
 */
export function choosePrevious(
  list: readonly AssessmentListItem[],
  current: CurrentAssessment,
): PreviousChoice | null {
  const earlier = list.filter((item) => isEarlier(item, current)).sort(newestFirst);
  for (const item of earlier) {
    if (item.status === 'final') return { assessmentId: item.assessmentId, revision: null };
    if (item.revision > 1) return { assessmentId: item.assessmentId, revision: item.revision - 1 };
  }
  return null;
}
