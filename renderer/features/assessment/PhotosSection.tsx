import { AssessmentPhotos, type PhotosLock } from '../photos';
import { Section, sectionHeadingId } from './Section';

export function PhotosSection({ assessmentId, lock }: { assessmentId: string; lock: PhotosLock }) {
  return (
    <Section
      id="photos"
      intro="Posture photos for this assessment. Open a photo to place landmarks and see its measures."
    >
      <AssessmentPhotos
        assessmentId={assessmentId}
        lock={lock}
        headingId={sectionHeadingId('photos')}
      />
    </Section>
  );
}
