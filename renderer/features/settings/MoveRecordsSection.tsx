import { useEffect, useState } from 'react';
import { invoke, onEvent } from '../../api';
import { ActionMessage, type ActionMessageContent } from '../../components/ActionMessage';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SettingsSection } from '../../components/SettingsSection';
import type { MoveProgress } from '../../../shared/domain/studio-move';
import { movedText, progressText } from './move-records-text';

type Stage = 'idle' | 'asking' | 'moving';

/**
 * Settings → "Move my records to the studio": copies everything on this computer to the saved
 * studio database, checked there before it is kept. Asks first and says what will happen.
 */
export function MoveRecordsSection() {
  const [stage, setStage] = useState<Stage>('idle');
  const [progress, setProgress] = useState<MoveProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<ActionMessageContent | null>(null);

  useEffect(() => onEvent('studio:moveProgress', setProgress), []);

  const move = async () => {
    setStage('moving');
    setError(null);
    setProgress(null);
    const result = await invoke('studio:moveRecords', {});
    if (!result.ok) {
      setStage('asking');
      setError(result.error.message);
      return;
    }
    setStage('idle');
    setMessage({ tone: 'done', text: movedText(result.value) });
  };

  return (
    <SettingsSection
      id="move-records"
      title="Move my records to the studio"
      description="Copies your records from this computer to the studio database saved above, so the studio’s practitioners share them."
    >
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => {
            setMessage(null);
            setError(null);
            setStage('asking');
          }}
        >
          Move my records to the studio…
        </button>
      </div>
      <ActionMessage message={message} />
      {stage !== 'idle' && (
        <ConfirmDialog
          title="Move your records to the studio database?"
          confirmLabel="Move my records"
          busyLabel="Moving…"
          busy={stage === 'moving'}
          error={error}
          onConfirm={() => void move()}
          onCancel={() => setStage('idle')}
        >
          <p>
            Stance copies every client, assessment (every saved version: finalized ones stay
            finalized, with their dates), program, exercise of your own, photo and movement clip to
            the studio database, in one step.
          </p>
          <p>
            The studio database then counts everything and checks every photo and clip against this
            computer’s copy. If anything does not match, or the studio database already holds any of
            the same records, nothing is kept there. Your letterhead and logo go only if the studio
            has none of its own yet. Your own settings (your name, units, paper size) stay on this
            computer.
          </p>
          <p>Your records on this computer stay exactly as they are.</p>
          {stage === 'moving' && progress && (
            <div className="progress">
              <label className="progress-label" htmlFor="move-progress">
                {progressText(progress)}
              </label>
              <progress
                id="move-progress"
                max={Math.max(progress.total, 1)}
                value={progress.done}
              />
            </div>
          )}
        </ConfirmDialog>
      )}
    </SettingsSection>
  );
}
