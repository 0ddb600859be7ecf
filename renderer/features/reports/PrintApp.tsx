import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { HandoutDocument, NoSuchDocument, ReportDocument, revisionParam } from './Documents';

/** The print routes: only the document, no app frame, for the hidden print window. */
export function PrintApp() {
  return (
    <Router hook={useHashLocation}>
      <Switch>
        <Route path="/print/report/:clientId/:assessmentId/:revision?">
          {(params) => (
            <ReportDocument
              clientId={params.clientId}
              assessmentId={params.assessmentId}
              revision={revisionParam(params.revision)}
            />
          )}
        </Route>
        <Route path="/print/handout/:programId">
          {(params) => <HandoutDocument programId={params.programId} />}
        </Route>
        <Route>
          <NoSuchDocument />
        </Route>
      </Switch>
    </Router>
  );
}

export const isPrintRoute = (hash: string): boolean => hash.startsWith('#/print/');
