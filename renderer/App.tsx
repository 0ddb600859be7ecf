import { useState } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { navigate, useHashLocation } from 'wouter/use-hash-location';
import { NoticeProvider } from './components/Notice';
import { AppShell, PageNotFound, StartupProblem, useAppStatus } from './features/app';
import { AssessmentEditor } from './features/assessment';
import { RestoredNotice, type RestoreOutcome } from './features/backups';
import { ClientDetail, ClientList, NewClient } from './features/clients';
import { EditExercise, Exercises, ExercisesDetail, NewExercise } from './features/exercises';
import { PhotoAnnotator, PhotoComparison } from './features/photos';
import { ProgramBuilder } from './features/programs';
import { HandoutPreview, ReportPreview } from './features/reports';
import { Settings } from './features/settings';
import { ShowClient, ShowClientLink } from './features/show';
import { useCommandShortcut } from './hooks/useKeyboardShortcut';

export function App() {
  const [status, recheckStatus] = useAppStatus();
  const [restored, setRestored] = useState<{ outcome: RestoreOutcome; serial: number } | null>(
    null,
  );
  const showRestored = (outcome: RestoreOutcome) =>
    setRestored((previous) => ({ outcome, serial: (previous?.serial ?? 0) + 1 }));
  // A frame of nothing beats a flash of a list that then turns into a problem screen.
  if (status.state === 'loading') return null;
  if (status.state === 'problem') {
    return (
      <StartupProblem
        problem={status}
        onRestored={(outcome) => {
          // Opens the restored data on the client list, as a fresh start would.
          navigate('/', { replace: true });
          showRestored(outcome);
          recheckStatus();
        }}
      />
    );
  }

  return (
    // Hash routes: the app is one file served from app://stance/, so the path never changes.
    <Router hook={useHashLocation}>
      <NoticeProvider>
        <AppShortcuts />
        <Switch>
          {/* The presentation fills the window: no sidebar, nothing of the practitioner's. */}
          <Route path="/clients/:clientId/show/:from?">
            {(params) => <ShowClient key={params.clientId} {...params} />}
          </Route>
          <Route>
            <AppShell appVersion={status.appVersion} records={status.records}>
              {restored && (
                <RestoredNotice
                  key={restored.serial}
                  outcome={restored.outcome}
                  onDismiss={() => setRestored(null)}
                />
              )}
              <Switch>
                <Route path="/" component={ClientList} />
                <Route path="/clients/new" component={NewClient} />
                <Route path="/clients/:id">
                  {(params) => (
                    <ClientDetail id={params.id} onStudio={status.records.place === 'studio'} />
                  )}
                </Route>
                <Route path="/clients/:clientId/report/:assessmentId/:revision">
                  {(params) => <ReportPreview {...params} />}
                </Route>
                <Route path="/clients/:clientId/report/:assessmentId?">
                  {(params) => <ReportPreview {...params} />}
                </Route>
                <Route path="/clients/:clientId/program/:assessmentId">
                  {(params) => <ProgramBuilder key={params.assessmentId} {...params} />}
                </Route>
                <Route path="/clients/:clientId/handout/:programId">
                  {(params) => <HandoutPreview {...params} />}
                </Route>
                <Route path="/clients/:clientId/compare">
                  {(params) => (
                    <PhotoComparison
                      key={params.clientId}
                      clientId={params.clientId}
                      actions={<ShowClientLink clientId={params.clientId} from="compare" />}
                    />
                  )}
                </Route>
                <Route path="/assessments/:assessmentId/photos/:photoId">
                  {(params) => <PhotoAnnotator key={params.photoId} {...params} />}
                </Route>
                <Route path="/assessments/:id">
                  {(params) => <AssessmentEditor key={params.id} id={params.id} />}
                </Route>
                <Route path="/exercises" component={Exercises} />
                <Route path="/exercises/new" component={NewExercise} />
                <Route path="/exercises/:id/edit">
                  {(params) => <EditExercise id={params.id} />}
                </Route>
                <Route path="/exercises/:id">
                  {(params) => <ExercisesDetail id={params.id} />}
                </Route>
                <Route path="/settings">
                  <Settings
                    dataDir={status.dataDir}
                    records={status.records}
                    onRestored={showRestored}
                  />
                </Route>
                <Route component={PageNotFound} />
              </Switch>
            </AppShell>
          </Route>
        </Switch>
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
