export { AppShell } from './AppShell';
export { PageNotFound } from './PageNotFound';
export { StartupProblem } from './StartupProblem';
export { useAppStatus } from './useAppStatus';
