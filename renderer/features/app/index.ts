export { AppShell } from './AppShell';
export { ErrorBoundary } from './ErrorBoundary';
export { PageNotFound } from './PageNotFound';
export { StartupProblem } from './StartupProblem';
export { useAppStatus } from './useAppStatus';
