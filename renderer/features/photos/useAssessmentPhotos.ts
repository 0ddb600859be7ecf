/**
 * The photos of one revision of an assessment (the current one unless named), kept in step with
 * what main answers to each change.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PhotoInfo } from '../../../shared/channels/photos';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';

export type PhotoListLoad =
  | { status: 'loading' }
  | { status: 'ready'; photos: PhotoInfo[] }
  | { status: 'failed'; error: AppErrorShape };

export interface AssessmentPhotos {
  load: PhotoListLoad;
  retry: () => void;
  /** Puts main's answer in the list: a new photo at the end, a changed one in its place. */
  keep: (photo: PhotoInfo) => void;
  drop: (id: string) => void;
}

export function useAssessmentPhotos(assessmentId: string, revision?: number): AssessmentPhotos {
  const [load, setLoad] = useState<PhotoListLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const request = revision === undefined ? { assessmentId } : { assessmentId, revision };
    void invoke('photos:listForAssessment', request).then((result) => {
      if (!current) return;
      setLoad(
        result.ok
          ? { status: 'ready', photos: result.value }
          : { status: 'failed', error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [assessmentId, revision, attempt]);

  const keep = useCallback((photo: PhotoInfo) => {
    setLoad((previous) => {
      if (previous.status !== 'ready') return previous;
      const known = previous.photos.some((item) => item.id === photo.id);
      return {
        status: 'ready',
        photos: known
          ? previous.photos.map((item) => (item.id === photo.id ? photo : item))
          : [...previous.photos, photo],
      };
    });
  }, []);

  const drop = useCallback((id: string) => {
    setLoad((previous) =>
      previous.status === 'ready'
        ? { status: 'ready', photos: previous.photos.filter((item) => item.id !== id) }
        : previous,
    );
  }, []);

  const retry = useCallback(() => {
    setLoad({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  return { load, retry, keep, drop };
}
