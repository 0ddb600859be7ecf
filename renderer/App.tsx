import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppShell } from './components/AppShell';
import { NoticeProvider } from './components/Notice';
import { PageNotFound } from './components/PageNotFound';
import { useAppStatus } from './hooks/useAppStatus';
import { useCommandShortcut } from './hooks/useKeyboardShortcut';
import { ClientDetail } from './pages/ClientDetail';
import { ClientList } from './pages/ClientList';
import { NewClient } from './pages/NewClient';
import { StartupProblem } from './pages/StartupProblem';

export function App() {
  const status = useAppStatus();
  // A frame of nothing beats a flash of a list that then turns into a problem screen.
  if (status.state === 'loading') return null;
  if (status.state === 'problem') return <StartupProblem problem={status} />;

  return (
    // Hash routes: the app is one file served from app://stance/, so the path never changes.
    <Router hook={useHashLocation}>
      <NoticeProvider>
        <AppShortcuts />
        <AppShell appVersion={status.appVersion}>
          <Switch>
            <Route path="/" component={ClientList} />
            <Route path="/clients/new" component={NewClient} />
            <Route path="/clients/:id">{(params) => <ClientDetail id={params.id} />}</Route>
            <Route component={PageNotFound} />
          </Switch>
        </AppShell>
      </NoticeProvider>
    </Router>
  );
}

/** Shortcuts that work on every page. */
function AppShortcuts() {
  const [location, navigate] = useLocation();
  useCommandShortcut('n', () => navigate('/clients/new'), location !== '/clients/new');
  return null;
}
