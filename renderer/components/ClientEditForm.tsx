import { useRef, useState } from 'react';
import type { Client } from '../../shared/domain/clients';
import type { AppErrorShape } from '../../shared/errors';
import { invoke } from '../api';
import { useClientForm, type ClientFormValues } from '../hooks/useClientForm';
import { commandKeyName, useCommandShortcut, useEscapeKey } from '../hooks/useKeyboardShortcut';
import { AlertBanner } from './AlertBanner';
import { ClientFormFields } from './ClientFormFields';
import { DiscardPrompt } from './DiscardPrompt';

interface ClientEditFormProps {
  client: Client;
  onSaved: (client: Client) => void;
  onClose: () => void;
}

function formValuesOf(client: Client): ClientFormValues {
  const { firstName, lastName, dateOfBirth, email, phone, occupation, notes } = client;
  return { firstName, lastName, dateOfBirth, email, phone, occupation, notes };
}

/** The new-client form's fields, filled with the saved details; checked the same way. */
export function ClientEditForm({ client, onSaved, onClose }: ClientEditFormProps) {
  const form = useClientForm(formValuesOf(client));
  const formElement = useRef<HTMLFormElement>(null);
  const focusBeforePrompt = useRef<HTMLElement | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<AppErrorShape | null>(null);
  const [askingToDiscard, setAskingToDiscard] = useState(false);

  const cancel = () => {
    if (!form.isChanged) return onClose();
    focusBeforePrompt.current = document.activeElement as HTMLElement | null;
    setAskingToDiscard(true);
  };
  const keepEditing = () => {
    setAskingToDiscard(false);
    focusBeforePrompt.current?.focus();
  };

  useCommandShortcut('s', () => formElement.current?.requestSubmit(), !saving);
  useEscapeKey(() => (askingToDiscard ? keepEditing() : cancel()), !saving);

  const save = async () => {
    setProblem(null);
    setAskingToDiscard(false);
    const fields = form.check();
    if (!fields) return;

    setSaving(true);
    const result = await invoke('clients:update', { id: client.id, ...fields });
    if (result.ok) return onSaved(result.value);
    setSaving(false);
    const issues = result.error.issues ?? [];
    if (result.error.code === 'invalid-input' && issues.length > 0) {
      const unplaced = form.showIssuesFromMain(issues);
      if (unplaced.length > 0) {
        setProblem({ ...result.error, message: unplaced.map((issue) => issue.message).join(' ') });
      }
      return;
    }
    setProblem(result.error);
  };

  return (
    <>
      {problem && (
        <AlertBanner title="The changes were not saved.">
          <p>{problem.message}</p>
        </AlertBanner>
      )}
      <form
        ref={formElement}
        className="card form-card edit-card"
        aria-labelledby="edit-details-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 className="card-title" id="edit-details-title">
          Edit details
        </h2>
        <ClientFormFields
          values={form.values}
          errors={form.errors}
          onChange={form.change}
          onBlur={form.blur}
        />
        {askingToDiscard && (
          <DiscardPrompt
            title="Discard your changes?"
            text="The changes you made to these details will not be kept."
            discardLabel="Discard changes"
            onDiscard={onClose}
            onKeepEditing={keepEditing}
          />
        )}
        <div className="form-actions" data-form-actions>
          <button
            type="submit"
            className="button button-primary"
            aria-keyshortcuts="Control+S Meta+S"
            disabled={saving}
          >
            {saving ? 'Saving…' : 'Save changes'}
          </button>
          <button type="button" className="button" aria-keyshortcuts="Escape" onClick={cancel}>
            Cancel
          </button>
          <p className="form-shortcuts" aria-hidden="true">
            <kbd>{commandKeyName}</kbd>+<kbd>S</kbd> saves · <kbd>Esc</kbd> cancels
          </p>
        </div>
      </form>
    </>
  );
}
