import { useState } from 'react';
import { invoke } from '../../api';
import { ActionMessage, type ActionMessageContent } from '../../components/ActionMessage';

type Busy = 'retrying' | 'leaving' | null;

/**
 * "Try again" and the way back to this computer's file, for a studio database that could not be
 * opened. Main sends the new status when either works, and the app opens on it.
 */
export function StudioUnreachableActions() {
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<ActionMessageContent | null>(null);

  const run = async (kind: Exclude<Busy, null>) => {
    setBusy(kind);
    setMessage(null);
    const result = await invoke(kind === 'retrying' ? 'studio:use' : 'studio:useFile', {});
    setBusy(null);
    if (!result.ok) setMessage({ tone: 'problem', text: result.error.message });
  };

  return (
    <>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy !== null}
          onClick={() => void run('retrying')}
        >
          {busy === 'retrying' ? 'Trying…' : 'Try again'}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void run('leaving')}
        >
          Use this computer’s file instead
        </button>
      </div>
      <ActionMessage message={message} />
    </>
  );
}
