import { useState } from 'react';
import { invoke } from '../../api';
import type { ActionMessageContent } from '../../components/ActionMessage';
import type { RecordsPlace } from '../../../shared/contract';

interface StudioSwitchProps {
  records: RecordsPlace;
  /** The saved details just passed "Test connection", unchanged since. */
  savedDetailsPassed: boolean;
  /** What happened, said in the section's one message region (empty while switching). */
  onResult: (message: ActionMessageContent | null) => void;
}

/**
 * Where her records are read and saved, and the switch: to the studio database once its saved
 * details have passed a test, and back to this computer's file at any time. Main checks the server
 * again before switching; the app's status (and the sidebar) follow from what main sends.
 */
export function StudioSwitch({ records, savedDetailsPassed, onResult }: StudioSwitchProps) {
  const [busy, setBusy] = useState(false);

  const switchTo = async (channel: 'studio:use' | 'studio:useFile', done: string) => {
    setBusy(true);
    onResult(null);
    const result = await invoke(channel, {});
    setBusy(false);
    onResult(
      result.ok ? { tone: 'done', text: done } : { tone: 'problem', text: result.error.message },
    );
  };

  return (
    <div className="studio-switch">
      <h3 className="studio-switch-title">Where your records are kept</h3>
      {records.place === 'studio' ? (
        <>
          <p>
            You are working on the studio database <strong>{records.database}</strong> on{' '}
            {records.host}, signed in as <strong>{records.user}</strong>: your client records are
            read and saved on the server. The records in this computer’s file are kept as they were.
          </p>
          <p className="field-hint">
            Going back opens this computer’s file again, as you left it. Records saved on the studio
            database stay there.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void switchTo(
                  'studio:useFile',
                  'You are working on this computer’s file again. The studio database is kept saved for when you switch back.',
                )
              }
            >
              Go back to this computer’s file
            </button>
          </div>
        </>
      ) : (
        <>
          <p>Your client records are kept in this computer’s file.</p>
          {savedDetailsPassed ? (
            <>
              <p className="field-hint">
                Using the studio database means your client records are read and saved on the
                studio’s server, shared with its other practitioners. This computer’s file is kept,
                untouched, and used again if you switch back; its records are not copied to the
                server. The studio’s name, details and logo on reports and handouts are then the
                studio’s too; your own name, units and paper size stay on this computer.
              </p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy}
                  onClick={() =>
                    void switchTo(
                      'studio:use',
                      'You are now working on the studio database. Stance opens it every time it starts, until you go back to this computer’s file.',
                    )
                  }
                >
                  Use the studio database
                </button>
              </div>
            </>
          ) : (
            <p className="field-hint">
              To work on the studio database, save its details and test the connection: you can then
              switch to it.
            </p>
          )}
        </>
      )}
    </div>
  );
}
