import { useState } from 'react';
import type { LibraryExercise } from '../../../shared/channels/exercises';
import { invoke } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/** Asks before retiring, explaining what happens to programs that already use the exercise. */
export function RetireDialog({
  exercise,
  onDone,
  onCancel,
}: {
  exercise: LibraryExercise;
  onDone: (exercise: LibraryExercise) => void;
  onCancel: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <ConfirmDialog
      title={`Retire “${exercise.name}”?`}
      confirmLabel="Retire exercise"
      busyLabel="Retiring…"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onConfirm={() => {
        setBusy(true);
        setError(null);
        void invoke('exercises:retire', { id: exercise.id }).then((result) => {
          setBusy(false);
          if (result.ok) onDone(result.value);
          else setError(result.error.message);
        });
      }}
    >
      <p>
        It leaves the library list and the program builder, so it is not added to new programs.
        Programs that already use it keep it, and their handouts still show it.
      </p>
      <p>You can restore it at any time: turn on “Show retired” in the library and open it.</p>
    </ConfirmDialog>
  );
}
