/**
 * "Show the client": a calm, full-window presentation to go through together. Before-and-after
 * photos, every visit's photo of one view, what changed, the progress charts and the home program,
 * one section at a time. Nothing from her notes, hypotheses or red flags is shown here.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { clientDisplayName } from '../../../shared/domain/clients';
import { chartsWithValues } from '../../../shared/domain/progress';
import { AlertBanner } from '../../components/AlertBanner';
import { viewLabel } from '../photos';
import { ProgressCharts } from '../progress';
import { BeforeAfter } from './BeforeAfter';
import { ChangeList } from './ChangeList';
import { HomeProgram } from './HomeProgram';
import { PhotoTimeline } from './PhotoTimeline';
import { useSectionKeys } from './useSectionKeys';
import { useShowData, type ShowData } from './useShowData';
import { VisitChoices } from './VisitChoices';
import { resolvePair, shownViews, type ChosenPair, type VisitChoice } from './visit-choice';

/** Where Escape leads back to: the page the presentation was opened from. */
export type ShowOrigin = 'client' | 'compare';

export function ShowClient({ clientId, from }: { clientId: string; from?: string }) {
  const load = useShowData(clientId);
  const [, navigate] = useLocation();
  const leave = useCallback(
    () => navigate(from === 'compare' ? `/clients/${clientId}/compare` : `/clients/${clientId}`),
    [navigate, from, clientId],
  );
  if (load.status === 'loading') return <main className="show" aria-busy="true" />;
  if (load.status === 'failed')
    return (
      <main className="show">
        <ShowProblem message={load.error.message} onLeave={leave} />
      </main>
    );
  return <Presentation data={load.data} onLeave={leave} />;
}

function ShowProblem({ message, onLeave }: { message: string; onLeave: () => void }) {
  useSectionKeys({ onPrevious: () => undefined, onNext: () => undefined, onLeave });
  return (
    <div className="show-body">
      <h1 className="show-title">This could not be shown</h1>
      <AlertBanner title="The client’s progress could not be loaded.">
        <p>{message}</p>
      </AlertBanner>
      <button type="button" className="button" onClick={onLeave}>
        Leave
      </button>
    </div>
  );
}

interface Section {
  readonly id: string;
  readonly title: string;
  /** Which choices sit above it: the view and both dates, the view only, or none. */
  readonly choices: 'pair' | 'view' | 'none';
  readonly body: ReactNode;
}

function sectionsOf(data: ShowData, pair: ChosenPair | null): Section[] {
  const sections: Section[] = [];
  if (pair?.view) {
    sections.push(
      {
        id: 'before-after',
        title: 'Before and after',
        choices: 'pair',
        body: <BeforeAfter pair={pair} view={pair.view} />,
      },
      {
        id: 'timeline',
        title: `Every visit: ${viewLabel(pair.view).toLowerCase()} view`,
        choices: 'view',
        body: <PhotoTimeline candidates={pair.candidates} view={pair.view} />,
      },
    );
  }
  if (pair && data.progress.length >= 2) {
    const visit = (id: string) => data.progress.find((item) => item.assessmentId === id);
    sections.push({
      id: 'changes',
      title: 'What has changed',
      choices: 'pair',
      body: (
        <ChangeList
          earlier={visit(pair.earlier.assessment.assessmentId)}
          later={visit(pair.later.assessment.assessmentId)}
        />
      ),
    });
  }
  if (chartsWithValues(data.progress).length > 0) {
    sections.push({
      id: 'progress',
      title: 'Progress over time',
      choices: 'none',
      body: <ProgressCharts visits={data.progress} className="progress-charts show-charts" />,
    });
  }
  if (data.program) {
    sections.push({
      id: 'program',
      title: 'Your home program',
      choices: 'none',
      body: <HomeProgram program={data.program} />,
    });
  }
  return sections;
}

function Presentation({ data, onLeave }: { data: ShowData; onLeave: () => void }) {
  const [choice, setChoice] = useState<VisitChoice>({ view: null, earlierId: null, laterId: null });
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const pair = resolvePair(data.entries, choice);
  const sections = sectionsOf(data, pair);
  const last = Math.max(0, sections.length - 1);
  const at = Math.min(index, last);
  const section = sections[at];
  const go = (to: number) => setIndex(Math.max(0, Math.min(last, to)));
  useSectionKeys({ onPrevious: () => go(at - 1), onNext: () => go(at + 1), onLeave });
  // Each section's heading takes focus as it appears, so a screen reader reads where she is.
  useEffect(() => {
    heading.current?.focus();
  }, [at]);
  const name = clientDisplayName(data.client);
  useEffect(() => {
    document.title = `${name}: progress – Stance`;
  }, [name]);

  return (
    <main className="show">
      <header className="show-header">
        <h1 className="show-title">{name}: your progress</h1>
        <button type="button" className="button" onClick={onLeave}>
          Leave <span className="show-key">Esc</span>
        </button>
      </header>
      <div className="show-body">
        {section ? (
          <section className="show-section" aria-labelledby="show-section-title">
            <div className="show-section-head">
              <h2
                className="show-section-title"
                id="show-section-title"
                ref={heading}
                tabIndex={-1}
              >
                {section.title}
              </h2>
              {pair && section.choices !== 'none' && (
                <VisitChoices
                  pair={pair}
                  views={shownViews(data.entries)}
                  showDates={section.choices === 'pair'}
                  onChoose={setChoice}
                />
              )}
            </div>
            {section.body}
          </section>
        ) : (
          <p className="show-lead">
            There is nothing to show yet: photos, measures and a home program appear here once
            visits record them.
          </p>
        )}
      </div>
      <nav className="show-nav" aria-label="Sections">
        <button type="button" className="button" disabled={at === 0} onClick={() => go(at - 1)}>
          <span aria-hidden="true">← </span>Previous
        </button>
        <p className="show-place">
          {sections.length > 0 ? `${at + 1} of ${sections.length}` : ''}
          <span className="show-hint"> · the arrow keys move too</span>
        </p>
        <button type="button" className="button" disabled={at >= last} onClick={() => go(at + 1)}>
          Next<span aria-hidden="true"> →</span>
        </button>
      </nav>
    </main>
  );
}
