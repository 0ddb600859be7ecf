/** The clips of one revision of an assessment, kept in step with main's answers. */
import { useCallback, useEffect, useState } from 'react';
import type { ClipInfo } from '../../../shared/channels/clips';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';

export type ClipListLoad =
  | { status: 'loading' }
  | { status: 'ready'; clips: ClipInfo[] }
  | { status: 'failed'; error: AppErrorShape };

export function useClips(assessmentId: string, revision?: number) {
  const [load, setLoad] = useState<ClipListLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const request = revision === undefined ? { assessmentId } : { assessmentId, revision };
    void invoke('clips:listForAssessment', request).then((result) => {
      if (!current) return;
      setLoad(
        result.ok
          ? { status: 'ready', clips: result.value }
          : { status: 'failed', error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [assessmentId, revision, attempt]);

  const keep = useCallback((clip: ClipInfo) => {
    setLoad((previous) =>
      previous.status === 'ready'
        ? { status: 'ready', clips: [...previous.clips.filter((c) => c.id !== clip.id), clip] }
        : previous,
    );
  }, []);

  const drop = useCallback((id: string) => {
    setLoad((previous) =>
      previous.status === 'ready'
        ? { status: 'ready', clips: previous.clips.filter((clip) => clip.id !== id) }
        : previous,
    );
  }, []);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { load, keep, drop, retry };
}
