/**
 * Loads what the annotator needs: the photo, whether it can still change, and the units. A photo
 * of an earlier revision (opened while reading that revision) is found among that revision's.
 */
import type { Assessment } from '../../../../shared/channels/assessments';
import type { PhotoInfo } from '../../../../shared/channels/photos';
import type { UnitSystem } from '../../../../shared/domain/settings';
import { invoke } from '../../../api';
import { useAnswer } from '../../../hooks/useLoad';

export type AnnotatorLoad =
  | { status: 'loading' }
  | { status: 'ready'; photo: PhotoInfo; assessment: Assessment; units: UnitSystem }
  | { status: 'failed'; message: string };

const photoMissing =
  'This photo is no longer part of the assessment. It may have been removed on another page.';

async function earlierPhoto(
  assessment: Assessment,
  photoId: string,
): Promise<PhotoInfo | undefined> {
  for (let revision = assessment.revision - 1; revision >= 1; revision--) {
    const photos = await invoke('photos:listForAssessment', {
      assessmentId: assessment.assessmentId,
      revision,
    });
    const photo = photos.ok ? photos.value.find((item) => item.id === photoId) : undefined;
    if (photo) return photo;
  }
  return undefined;
}

async function load(assessmentId: string, photoId: string): Promise<AnnotatorLoad> {
  const [photos, assessment, settings] = await Promise.all([
    invoke('photos:listForAssessment', { assessmentId }),
    invoke('assessments:get', { id: assessmentId }),
    invoke('settings:get', {}),
  ]);
  if (!assessment.ok) return { status: 'failed', message: assessment.error.message };
  if (!photos.ok) return { status: 'failed', message: photos.error.message };
  const photo =
    photos.value.find((item) => item.id === photoId) ??
    (await earlierPhoto(assessment.value, photoId));
  if (!photo) return { status: 'failed', message: photoMissing };
  return {
    status: 'ready',
    photo,
    assessment: assessment.value,
    // The units only change how a length is typed and shown, so a failure falls back quietly.
    units: settings.ok ? settings.value.units : 'metric',
  };
}

export function useAnnotatorData(assessmentId: string, photoId: string): AnnotatorLoad {
  return (
    useAnswer(`${assessmentId}/${photoId}`, () => load(assessmentId, photoId)).answer ?? {
      status: 'loading',
    }
  );
}
