import { AssessmentPhotos, type PhotosLock } from '../photos';
import { Section, sectionHeadingId } from './Section';

interface PhotosSectionProps {
  assessmentId: string;
  /** An earlier revision on screen, whose own photos are shown; the current one when left out. */
  revision: number | undefined;
  lock: PhotosLock;
}

export function PhotosSection({ assessmentId, revision, lock }: PhotosSectionProps) {
  return (
    <Section
      id="photos"
      intro="Posture photos for this assessment. Open a photo to place landmarks and see its measures."
    >
      <AssessmentPhotos
        assessmentId={assessmentId}
        revision={revision}
        lock={lock}
        headingId={sectionHeadingId('photos')}
      />
    </Section>
  );
}
