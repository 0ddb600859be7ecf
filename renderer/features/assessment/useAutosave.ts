/**
 * Runs the autosaver for an editable draft and reports how saving is going. Leaving the page or
 * hiding the window writes the local copy and sends what is pending at once; the local copy covers
 * anything still in flight.
 */
import { useEffect, useRef, useState } from 'react';
import type { Assessment } from '../../../shared/channels/assessments';
import { invoke } from '../../api';
import { Autosaver, SaveStatusStore } from './autosaver';
import type { FormStore } from './form-store';

export interface AutosaveControls {
  /** Read by the indicator alone, so a change of state re-renders nothing else. */
  readonly status: SaveStatusStore;
  /** Saves what is pending; true once main has every field as typed. */
  readonly settle: () => Promise<boolean>;
  /** Stops saving, e.g. before the draft is discarded. */
  readonly stop: () => void;
}

export function useAutosave(
  store: FormStore,
  assessment: Assessment,
  enabled: boolean,
  { restored, onTopOf }: { readonly restored: boolean; readonly onTopOf: string },
): AutosaveControls {
  const [status] = useState(
    () =>
      new SaveStatusStore(
        restored ? { kind: 'saving' } : { kind: 'saved', at: assessment.updatedAt, heldBack: 0 },
      ),
  );
  const saver = useRef<Autosaver | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const autosaver = new Autosaver({
      store,
      id: assessment.assessmentId,
      revision: assessment.revision,
      lastSaved: { assessedOn: assessment.assessedOn, body: assessment.body },
      serverUpdatedAt: onTopOf,
      send: (request) => invoke('assessments:saveDraft', request),
      onStatus: status.set,
    });
    saver.current = autosaver;
    autosaver.start(restored);
    const flush = () => autosaver.flushNow();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Moving to another page of the app: what is pending still goes.
      autosaver.flushNow();
      autosaver.stop();
      if (saver.current === autosaver) saver.current = null;
    };
  }, [store, assessment, enabled, restored, onTopOf, status]);

  return {
    status,
    settle: () => saver.current?.settle() ?? Promise.resolve(true),
    stop: () => saver.current?.stop(),
  };
}
