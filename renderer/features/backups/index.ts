export { BackupBanner } from './BackupBanner';
export { BackupsSection } from './BackupsSection';
export { RecoveryBackups } from './RecoveryBackups';
export { RestoredNotice } from './RestoredNotice';
export type { RestoreOutcome } from './useRestore';
