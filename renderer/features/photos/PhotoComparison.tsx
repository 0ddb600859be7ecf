/**
 * The same view from two assessments side by side, lined up on the feet, with the measures and
 * their change, so practitioner and client can see what moved between visits.
 */
import { useId, useState, type ReactNode } from 'react';
import { BackLink } from '../../components/BackLink';
import type { AssessmentListItem } from '../../../shared/domain/assessments';
import { clientDisplayName } from '../../../shared/domain/clients';
import type { PhotoView } from '../../../shared/domain/photo-views';
import { AlertBanner } from '../../components/AlertBanner';
import { PageHeader } from '../../components/PageHeader';
import {
  assessmentsWithView,
  comparableViews,
  photoOfView,
  type AssessmentWithPhotos,
} from './client-photos';
import { ComparisonFigure } from './ComparisonFigure';
import { ComparisonMeasures } from './ComparisonMeasures';
import { viewLabel } from './photo-files';
import { useComparisonData } from './useComparisonData';
import { formatCalendarDate } from '../../lib/format';

export function PhotoComparison({
  clientId,
  actions,
}: {
  clientId: string;
  /** Page actions beside the title (the way into the presentation). */
  actions?: ReactNode;
}) {
  const load = useComparisonData(clientId);
  if (load.status === 'loading') return <div className="page" aria-busy="true" />;
  if (load.status === 'failed')
    return (
      <div className="page">
        <PageHeader title="Compare photos" before={<BackTo clientId={clientId} />} focusOnArrival />
        <AlertBanner title="The photos could not be loaded.">
          <p>{load.error.message}</p>
        </AlertBanner>
      </div>
    );
  const name = clientDisplayName(load.client);
  return (
    <div className="page">
      <PageHeader
        title={`Compare photos: ${name}`}
        subtitle="The same view from two assessments, lined up on the feet."
        before={<BackTo clientId={clientId} name={name} />}
        actions={actions}
        focusOnArrival
      />
      <Comparison entries={load.entries} units={load.units} />
    </div>
  );
}

function BackTo({ clientId, name }: { clientId: string; name?: string }) {
  return <BackLink href={`/clients/${clientId}`}>{name ?? 'Back to the client'}</BackLink>;
}

const dateOf = (assessment: AssessmentListItem) => formatCalendarDate(assessment.assessedOn);

function Comparison({
  entries,
  units,
}: {
  entries: readonly AssessmentWithPhotos[];
  units: 'metric' | 'imperial';
}) {
  const views = comparableViews(entries);
  const [view, setView] = useState<PhotoView | null>(views[0] ?? null);
  // Per view, which assessments were picked: null means the default (first and latest).
  const [picked, setPicked] = useState<{ view: PhotoView; first: string; second: string } | null>(
    null,
  );
  const ids = { view: useId(), first: useId(), second: useId() };

  if (!view || views.length === 0)
    return (
      <section className="card">
        <p>
          To compare, take a photo of the same view (for example the front) in two assessments.
          Photos are added in the Photos section of each assessment.
        </p>
      </section>
    );

  const candidates = assessmentsWithView(entries, view);
  const own = picked && picked.view === view ? picked : null;
  const first =
    candidates.find((entry) => entry.assessment.assessmentId === own?.first) ?? candidates[0]!;
  const second =
    candidates.find((entry) => entry.assessment.assessmentId === own?.second) ?? candidates.at(-1)!;
  const choose = (which: 'first' | 'second', assessmentId: string) =>
    setPicked({
      view,
      first: first.assessment.assessmentId,
      second: second.assessment.assessmentId,
      [which]: assessmentId,
    });
  const earlierPhoto = photoOfView(first, view)!;
  const laterPhoto = photoOfView(second, view)!;
  const label = viewLabel(view);
  const option = (entry: AssessmentWithPhotos) => (
    <option key={entry.assessment.assessmentId} value={entry.assessment.assessmentId}>
      {dateOf(entry.assessment)}
      {entry.assessment.status === 'draft' ? ' (draft)' : ''}
    </option>
  );

  return (
    <>
      <section className="card compare-controls" aria-label="What to compare">
        <Choice id={ids.view} label="View">
          <select
            id={ids.view}
            className="select"
            value={view}
            onChange={(event) => setView(event.target.value as PhotoView)}
          >
            {views.map((item) => (
              <option key={item} value={item}>
                {viewLabel(item)}
              </option>
            ))}
          </select>
        </Choice>
        <Choice id={ids.first} label="Earlier">
          <select
            id={ids.first}
            className="select"
            value={first.assessment.assessmentId}
            onChange={(event) => choose('first', event.target.value)}
          >
            {candidates.map(option)}
          </select>
        </Choice>
        <Choice id={ids.second} label="Later">
          <select
            id={ids.second}
            className="select"
            value={second.assessment.assessmentId}
            onChange={(event) => choose('second', event.target.value)}
          >
            {candidates.map(option)}
          </select>
        </Choice>
        {first === second && (
          <p className="muted" role="status">
            Both sides show the same assessment; choose another to see a change.
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="compare-photos-title">
        <h2 className="card-title" id="compare-photos-title">
          {label} view
        </h2>
        <ComparisonFigure
          earlier={{
            photo: earlierPhoto,
            role: 'Earlier',
            when: dateOf(first.assessment),
            alt: `${label} view on ${dateOf(first.assessment)}, with landmarks`,
          }}
          later={{
            photo: laterPhoto,
            role: 'Later',
            when: dateOf(second.assessment),
            alt: `${label} view on ${dateOf(second.assessment)}, with landmarks`,
          }}
        />
      </section>
      <section className="card" aria-labelledby="compare-measures-title">
        <h2 className="card-title" id="compare-measures-title">
          Measures
        </h2>
        <ComparisonMeasures
          view={view}
          earlier={{ when: dateOf(first.assessment), landmarks: earlierPhoto.landmarks }}
          later={{ when: dateOf(second.assessment), landmarks: laterPhoto.landmarks }}
          units={units}
        />
      </section>
    </>
  );
}

function Choice({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="compare-control">
      <label className="photo-card-label" htmlFor={id}>
        {label}
      </label>
      <div className="select-wrap">{children}</div>
    </div>
  );
}
