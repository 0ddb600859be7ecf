/** Every section of the form, in the order she works. */
import { memo } from 'react';
import type { Client } from '../../../shared/domain/clients';
import { ClientHistorySection } from './ClientHistorySection';
import { ComplaintSection } from './ComplaintSection';
import { FeetSection } from './FeetSection';
import { MeasuresSection } from './MeasuresSection';
import { NotesSection } from './NotesSection';
import { PainSection } from './PainSection';
import type { PhotosLock } from '../photos';
import { PhotosSection } from './PhotosSection';
import { SummarySection } from './SummaryPanel';
import { ViewSection } from './ViewSection';

export const AssessmentForm = memo(function AssessmentForm({
  client,
  readOnly,
  assessmentId,
  olderRevision,
  photosLock,
}: {
  client: Client;
  readOnly: boolean;
  assessmentId: string;
  /** An earlier revision being read; the current revision when undefined. */
  olderRevision: number | undefined;
  photosLock: PhotosLock;
}) {
  return (
    // A disabled fieldset locks every control inside at once for finalized and older revisions.
    <fieldset className="ae-form" disabled={readOnly}>
      <legend className="visually-hidden">
        {readOnly ? 'Assessment (read only)' : 'Assessment'}
      </legend>
      <ClientHistorySection client={client} />
      <ComplaintSection />
      <PainSection />
      <FeetSection />
      <ViewSection view="anterior" />
      <ViewSection view="lateral-left" />
      <ViewSection view="lateral-right" />
      <ViewSection view="posterior" />
      <MeasuresSection />
      <PhotosSection assessmentId={assessmentId} revision={olderRevision} lock={photosLock} />
      <NotesSection />
      <SummarySection />
    </fieldset>
  );
});
