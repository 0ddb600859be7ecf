/** Every section of the form, in the order she works. */
import { memo, useMemo } from 'react';
import { heelPhotoValues, photoValues } from '../../../shared/domain/photo-checkpoint-values';
import type { Client } from '../../../shared/domain/clients';
import { ClientHistorySection } from './ClientHistorySection';
import { ComplaintSection } from './ComplaintSection';
import { FeetSection } from './FeetSection';
import { MeasuresSection } from './MeasuresSection';
import { MovementSection } from './MovementSection';
import { NotesSection } from './NotesSection';
import { PainSection } from './PainSection';
import { MovementClips } from '../movement-video';
import { useAssessmentPhotos, type PhotosLock } from '../photos';
import { PhotoValuesProvider } from './photo-values';
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
  // Loaded here, not in the Photos section, so Measures and the checklist show what they measure.
  const photos = useAssessmentPhotos(assessmentId, olderRevision);
  const { load } = photos;
  const fromPhotos = useMemo(() => {
    const list = load.status === 'ready' ? load.photos : [];
    return {
      assessmentId,
      photos: list,
      values: photoValues(list),
      heels: heelPhotoValues(list),
    };
  }, [assessmentId, load]);
  return (
    <PhotoValuesProvider value={fromPhotos}>
      {/* A disabled fieldset locks every control inside at once for finalized and older revisions. */}
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
        <MovementSection
          clips={
            <section className="ae-movement-screen" aria-labelledby="ae-movement-clips-title">
              <MovementClips
                assessmentId={assessmentId}
                revision={olderRevision}
                editable={photosLock === null}
                onFrameKept={photos.keep}
                headingId="ae-movement-clips-title"
              />
            </section>
          }
        />
        <PhotosSection assessmentId={assessmentId} photos={photos} lock={photosLock} />
        <NotesSection />
        <SummarySection />
      </fieldset>
    </PhotoValuesProvider>
  );
});
