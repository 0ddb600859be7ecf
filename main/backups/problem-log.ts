import type { BackupProblem } from '../../shared/channels/backups';

/**
 * The last automatic backup that failed, until a backup succeeds. The `backups:problem` event is
 * sent once, and the start-of-day backup can fail before the page listens; the page asks for this
 * when it opens, so a failure is never missed.
 */
export interface BackupProblemLog {
  last(): BackupProblem | null;
  record(problem: BackupProblem): void;
  clear(): void;
}

export function createBackupProblemLog(): BackupProblemLog {
  let last: BackupProblem | null = null;
  return {
    last: () => last,
    record: (problem) => {
      last = problem;
    },
    clear: () => {
      last = null;
    },
  };
}
