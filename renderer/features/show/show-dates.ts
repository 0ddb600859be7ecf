import type { AssessmentListItem } from '../../../shared/domain/assessments';
import { formatCalendarDate } from '../../lib/format';

/** A visit as she would name it: its date. */
export const dateOf = (assessment: AssessmentListItem): string =>
  formatCalendarDate(assessment.assessedOn);
