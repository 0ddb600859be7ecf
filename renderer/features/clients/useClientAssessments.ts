import { useEffect, useState } from 'react';
import type { AssessmentListItem } from '../../../shared/domain/assessments';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';

export type AssessmentsLoad =
  | { status: 'loading' }
  | { status: 'ready'; assessments: AssessmentListItem[] }
  | { status: 'failed'; error: AppErrorShape };

/** The client's assessments at their current revisions, newest first (main's order). */
export function useClientAssessments(clientId: string, attempt: number): AssessmentsLoad {
  const [load, setLoad] = useState<{ key: string; load: AssessmentsLoad } | null>(null);
  const key = `${clientId}#${attempt}`;

  useEffect(() => {
    let current = true;
    void invoke('assessments:listForClient', { clientId }).then((result) => {
      if (!current) return;
      setLoad({
        key: `${clientId}#${attempt}`,
        load: result.ok
          ? { status: 'ready', assessments: result.value }
          : { status: 'failed', error: result.error },
      });
    });
    return () => {
      current = false;
    };
  }, [clientId, attempt]);

  return load && load.key === key ? load.load : { status: 'loading' };
}
