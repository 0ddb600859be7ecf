import { useState } from 'react';
import { useLocation } from 'wouter';
import type { RestoreOutcome } from './useRestore';

/**
 * Says on the client list which backup was restored and where the replaced file was kept. Unlike
 * the brief notices it stays until dismissed, as a file path takes longer to read, but it goes
 * once she leaves the list.
 */
export function RestoredNotice({
  outcome,
  onDismiss,
}: {
  outcome: RestoreOutcome;
  onDismiss: () => void;
}) {
  const [location] = useLocation();
  const [stage, setStage] = useState<'waiting' | 'shown' | 'gone'>('waiting');
  if (stage === 'waiting' && location === '/') setStage('shown');
  if (stage === 'shown' && location !== '/') setStage('gone');
  if (stage !== 'shown') return null;

  return (
    <div className="restored-notice" role="status">
      <div className="restored-notice-body">
        <p className="restored-notice-title">{outcome.summary}</p>
        {outcome.keptFile && (
          <>
            <p>{outcome.keptFile.description}</p>
            <p className="path-box">
              <code>{outcome.keptFile.path}</code>
            </p>
          </>
        )}
        {outcome.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
      </div>
      <button type="button" className="notice-dismiss" onClick={onDismiss}>
        <span className="visually-hidden">Dismiss</span>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
