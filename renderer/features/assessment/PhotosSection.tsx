import { AssessmentPhotos, type AssessmentPhotoList, type PhotosLock } from '../photos';
import { useForm } from './form-context';
import { Section, sectionHeadingId } from './Section';

interface PhotosSectionProps {
  assessmentId: string;
  /** The photos of the revision on screen (an earlier one shows its own photos as they were). */
  photos: AssessmentPhotoList;
  lock: PhotosLock;
}

export function PhotosSection({ assessmentId, photos, lock }: PhotosSectionProps) {
  const { units } = useForm();
  return (
    <Section
      id="photos"
      intro="Posture photos for this assessment. Open a photo to place landmarks and see its measures."
    >
      <AssessmentPhotos
        assessmentId={assessmentId}
        photos={photos}
        units={units}
        lock={lock}
        headingId={sectionHeadingId('photos')}
      />
    </Section>
  );
}
