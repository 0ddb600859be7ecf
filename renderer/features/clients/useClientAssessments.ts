import type { AssessmentListItem } from '../../../shared/domain/assessments';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';
import { useLoad } from '../../hooks/useLoad';

export type AssessmentsLoad =
  | { status: 'loading' }
  | { status: 'ready'; assessments: AssessmentListItem[] }
  | { status: 'failed'; error: AppErrorShape };

/** The client's assessments at their current revisions, newest first (main's order). */
export function useClientAssessments(clientId: string, attempt: number): AssessmentsLoad {
  const { load } = useLoad(`${clientId}#${attempt}`, () =>
    invoke('assessments:listForClient', { clientId }),
  );
  return load.status === 'ready' ? { status: 'ready', assessments: load.value } : load;
}
