/**
 * Adding photos: the files waiting for their views, then each sent to main in turn with progress,
 * and what came of it. One photo main refuses never stops the others.
 */
import { useCallback, useState } from 'react';
import type { PhotoInfo } from '../../../shared/channels/photos';
import type { PhotoView } from '../../../shared/domain/photo-views';
import { addPhoto, type PhotoToAdd } from './add-photo';
import { withPointsSuggestedOnImport } from './pose/suggest-on-import';
import { messageAboutFile, suggestViews } from './photo-files';

export interface PendingPhoto extends PhotoToAdd {
  readonly key: string;
}

export interface IntakeOutcome {
  readonly added: number;
  readonly refusals: readonly string[];
}

export type IntakeStep =
  | { step: 'idle' }
  | { step: 'choosing'; pending: readonly PendingPhoto[] }
  | { step: 'adding'; done: number; total: number };

export interface PhotoIntake {
  state: IntakeStep;
  outcome: IntakeOutcome | null;
  /** Files picked or dropped: each gets a suggested view to confirm. */
  offer: (files: readonly File[]) => void;
  setView: (key: string, view: PhotoView) => void;
  leaveOut: (key: string) => void;
  cancel: () => void;
  addPending: () => Promise<void>;
  /** A photo that already has its view (from the camera). */
  addNow: (photo: PhotoToAdd) => Promise<void>;
}

let keySerial = 0;

export function usePhotoIntake(
  assessmentId: string,
  takenViews: readonly PhotoView[],
  onAdded: (photo: PhotoInfo) => void,
): PhotoIntake {
  const [state, setState] = useState<IntakeStep>({ step: 'idle' });
  const [outcome, setOutcome] = useState<IntakeOutcome | null>(null);

  const offer = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return;
      setOutcome(null);
      setState((previous) => {
        const already = previous.step === 'choosing' ? previous.pending : [];
        const views = suggestViews(
          [...takenViews, ...already.map((item) => item.view)],
          files.length,
        );
        const added = files.map((file, index) => ({
          key: `pending-${(keySerial += 1)}`,
          name: file.name,
          data: file,
          view: views[index]!,
        }));
        return { step: 'choosing', pending: [...already, ...added] };
      });
    },
    [takenViews],
  );

  const editPending = (change: (pending: readonly PendingPhoto[]) => PendingPhoto[]) =>
    setState((previous) => {
      if (previous.step !== 'choosing') return previous;
      const pending = change(previous.pending);
      return pending.length > 0 ? { step: 'choosing', pending } : { step: 'idle' };
    });

  const setView = (key: string, view: PhotoView) =>
    editPending((pending) => pending.map((item) => (item.key === key ? { ...item, view } : item)));
  const leaveOut = (key: string) =>
    editPending((pending) => pending.filter((item) => item.key !== key));
  const cancel = () => setState({ step: 'idle' });

  const run = async (photos: readonly PhotoToAdd[]) => {
    setOutcome(null);
    const refusals: string[] = [];
    let added = 0;
    for (const [index, photo] of photos.entries()) {
      setState({ step: 'adding', done: index, total: photos.length });
      const result = await addPhoto(assessmentId, photo);
      if (result.ok) {
        added += 1;
        onAdded(await withPointsSuggestedOnImport(result.value));
      } else refusals.push(messageAboutFile(photo.name, result.error.message));
    }
    setState({ step: 'idle' });
    setOutcome({ added, refusals });
  };

  const addPending = async () => {
    if (state.step !== 'choosing') return;
    await run(state.pending);
  };

  const addNow = (photo: PhotoToAdd) => run([photo]);

  return { state, outcome, offer, setView, leaveOut, cancel, addPending, addNow };
}
