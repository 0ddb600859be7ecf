/** Loads what the annotator needs: the photo, whether its assessment can still change, and the units. */
import { useEffect, useState } from 'react';
import type { Assessment } from '../../../../shared/channels/assessments';
import type { PhotoInfo } from '../../../../shared/channels/photos';
import type { UnitSystem } from '../../../../shared/domain/settings';
import { invoke } from '../../../api';

export type AnnotatorLoad =
  | { status: 'loading' }
  | { status: 'ready'; photo: PhotoInfo; assessment: Assessment; units: UnitSystem }
  | { status: 'failed'; message: string };

const photoMissing =
  'This photo is no longer part of the assessment. It may have been removed on another page.';

export function useAnnotatorData(assessmentId: string, photoId: string): AnnotatorLoad {
  const [load, setLoad] = useState<{ key: string; load: AnnotatorLoad } | null>(null);
  const key = `${assessmentId}/${photoId}`;

  useEffect(() => {
    let current = true;
    void Promise.all([
      invoke('photos:listForAssessment', { assessmentId }),
      invoke('assessments:get', { id: assessmentId }),
      invoke('settings:get', {}),
    ]).then(([photos, assessment, settings]) => {
      if (!current) return;
      let next: AnnotatorLoad;
      if (!assessment.ok) next = { status: 'failed', message: assessment.error.message };
      else if (!photos.ok) next = { status: 'failed', message: photos.error.message };
      else {
        const photo = photos.value.find((item) => item.id === photoId);
        next = photo
          ? {
              status: 'ready',
              photo,
              assessment: assessment.value,
              // The units only change how a length is typed and shown, so a failure falls back quietly.
              units: settings.ok ? settings.value.units : 'metric',
            }
          : { status: 'failed', message: photoMissing };
      }
      setLoad({ key, load: next });
    });
    return () => {
      current = false;
    };
  }, [assessmentId, photoId, key]);

  return load && load.key === key ? load.load : { status: 'loading' };
}
