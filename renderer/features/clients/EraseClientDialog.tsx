import { useId, useState } from 'react';
import type { Client } from '../../../shared/domain/clients';
import { clientDisplayName } from '../../../shared/domain/clients';
import { invoke } from '../../api';
import { Dialog } from '../../components/Dialog';
import { DialogButtons } from '../../components/DialogButtons';

interface EraseClientDialogProps {
  client: Client;
  /** Null while the count is unknown; the wording then does not give a number. */
  assessmentCount: number | null;
  /** Her records are on the studio's server: its backups are the studio's, not Stance's. */
  onStudio: boolean;
  onCancel: () => void;
  onErased: () => void;
}

/** The comparison main makes, so the button wakes exactly when main would accept the name. */
function sameName(typed: string, expected: string): boolean {
  const normal = (name: string) =>
    name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return normal(typed) === normal(expected);
}

/**
 * The one way to erase a client. Typing the full name is the confirmation; the erase button is
 * never focused first and Enter in the name field does not press it, so only a deliberate click
 * or Space on that button erases. Escape, Cancel and × leave everything as it was.
 */
export function EraseClientDialog({
  client,
  assessmentCount,
  onStudio,
  onCancel,
  onErased,
}: EraseClientDialogProps) {
  const name = clientDisplayName(client);
  const [typed, setTyped] = useState('');
  const [erasing, setErasing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [leftBehind, setLeftBehind] = useState<LeftBehind | null>(null);
  const fieldId = useId();
  const matches = sameName(typed, name);

  const erase = async () => {
    setProblem(null);
    setErasing(true);
    const result = await invoke('clients:erase', { id: client.id, confirmName: typed });
    if (!result.ok) {
      setErasing(false);
      setProblem(result.error.message);
    } else if (
      result.value.backupsStillHolding.length > 0 ||
      result.value.remainingCopies !== null
    ) {
      setLeftBehind({
        backups: result.value.backupsStillHolding,
        elsewhere: result.value.remainingCopies,
      });
    } else onErased();
  };

  if (leftBehind) {
    return <ErasedExceptCopies name={name} left={leftBehind} onClose={onErased} />;
  }

  return (
    <Dialog
      title={`Erase ${name}?`}
      tone="danger"
      closeButton
      busy={erasing}
      error={problem}
      onCancel={onCancel}
      description={
        <WhatIsErased
          client={client}
          name={name}
          assessmentCount={assessmentCount}
          onStudio={onStudio}
        />
      }
      actions={
        <DialogButtons
          confirmLabel="Erase client"
          busyLabel="Erasing…"
          busy={erasing}
          confirmTone="danger"
          confirmDisabled={!matches}
          onConfirm={() => void erase()}
          onCancel={onCancel}
        />
      }
    >
      <div className="field">
        <label className="field-label" htmlFor={fieldId}>
          Type the client’s full name, <span className="confirm-name">{name}</span>, to confirm
        </label>
        <input
          id={fieldId}
          className="input"
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          value={typed}
          disabled={erasing}
          onChange={(event) => setTyped(event.target.value)}
          // Enter must never erase: it is where a hurried confirmation would land.
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
    </Dialog>
  );
}

function WhatIsErased({
  client,
  name,
  assessmentCount,
  onStudio,
}: {
  client: Client;
  name: string;
  assessmentCount: number | null;
  onStudio: boolean;
}) {
  return (
    <>
      <p>This removes from Stance, for good:</p>
      <ul>
        <li>{name}’s details and notes</li>
        <li>
          {assessmentCount === null
            ? 'all their assessments, with every revision'
            : assessmentCount === 0
              ? 'their assessments (there are none yet)'
              : assessmentCount === 1
                ? 'their assessment, with every revision'
                : `all ${assessmentCount} of their assessments, with every revision`}
        </li>
        <li>their exercise programs</li>
        <li>their photos, except any that another client’s record also uses</li>
        {onStudio ? (
          <li>all of this from the studio database, for everyone who works there</li>
        ) : (
          <li>all of this from the backups Stance keeps in its own backups folder</li>
        )}
      </ul>
      {onStudio && (
        <p>
          Backups of the studio database are not changed: the server’s own, and studio backups made
          from Settings. The studio’s owner decides whether to delete or keep them.
        </p>
      )}
      <p>
        Copies kept outside Stance are not changed: backups you saved to a folder of your choice,
        exported records, spreadsheets, and saved or printed reports. Delete those yourself if they
        hold this client.
      </p>
      <p>
        <strong>This cannot be undone.</strong> If you may need this record again, cancel and choose
        “Export record…” first. To only take {client.firstName} out of your list, archive them
        instead.
      </p>
    </>
  );
}

/** Copies of her the erase could not reach: backups it could not rewrite, or the studio's. */
interface LeftBehind {
  backups: string[];
  elsewhere: string | null;
}

/** The erase is done; she should know which copies still hold the client, and who decides. */
function ErasedExceptCopies({
  name,
  left,
  onClose,
}: {
  name: string;
  left: LeftBehind;
  onClose: () => void;
}) {
  return (
    <Dialog
      title={`${name} was erased`}
      onCancel={onClose}
      description={
        <>
          {left.backups.length > 0 && (
            <>
              <p>
                {name} is no longer in Stance. These backups in Stance’s backups folder could not be
                rewritten, so they still hold {name}’s record:
              </p>
              <ul>
                {left.backups.map((backup) => (
                  <li key={backup}>{backup}</li>
                ))}
              </ul>
              <p>
                Delete these files from the backups folder if you no longer need them. Every other
                backup there no longer holds this client.
              </p>
            </>
          )}
          {left.elsewhere !== null && <p>{left.elsewhere}</p>}
        </>
      }
      actions={
        <button type="button" className="button button-primary" data-autofocus onClick={onClose}>
          Close
        </button>
      }
    />
  );
}
