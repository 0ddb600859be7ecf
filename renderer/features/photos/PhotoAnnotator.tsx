/**
 * One photo of an assessment, for placing landmarks and reading the measures they give. Editable
 * while the assessment is a draft; a finalized one is shown read-only.
 */
import { BackLink } from '../../components/BackLink';
import { photoViews, type PhotoView } from '../../../shared/domain/photo-views';
import { AlertBanner } from '../../components/AlertBanner';
import { PageHeader } from '../../components/PageHeader';
import { AnnotatorWorkspace } from './annotator/AnnotatorWorkspace';
import { useAnnotatorData } from './annotator/useAnnotatorData';
import { formatCalendarDate } from '../../lib/format';

interface PhotoAnnotatorProps {
  assessmentId: string;
  photoId: string;
}

const viewLabel = (view: PhotoView) => photoViews.find((item) => item.id === view)?.label ?? view;

export function PhotoAnnotator({ assessmentId, photoId }: PhotoAnnotatorProps) {
  const load = useAnnotatorData(assessmentId, photoId);
  const back = <BackToAssessment assessmentId={assessmentId} />;
  if (load.status === 'loading') return <div className="page" aria-busy="true" />;
  if (load.status === 'failed')
    return (
      <div className="page">
        <PageHeader title="This photo could not be opened" before={back} focusOnArrival />
        <AlertBanner title="Nothing was changed.">
          <p>{load.message}</p>
        </AlertBanner>
      </div>
    );

  const { photo, assessment, units } = load;
  const label = viewLabel(photo.view);
  return (
    <div className="page pa-page">
      <AnnotatorWorkspace
        key={photo.id}
        photo={photo}
        assessment={assessment}
        units={units}
        alt={`${label} view photo with landmarks`}
        renderStatus={(status) => (
          <PageHeader
            title={`Landmarks: ${label.toLowerCase()} view`}
            subtitle={`Assessment of ${formatCalendarDate(assessment.assessedOn)}`}
            before={back}
            actions={status}
          />
        )}
      />
    </div>
  );
}

function BackToAssessment({ assessmentId }: { assessmentId: string }) {
  return <BackLink href={`/assessments/${assessmentId}`}>Back to the assessment</BackLink>;
}
