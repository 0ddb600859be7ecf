import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { clientDisplayName } from '../../shared/domain/clients';
import type { AppErrorShape } from '../../shared/errors';
import { invoke } from '../api';
import { AlertBanner } from '../components/AlertBanner';
import { BackToClients } from '../components/BackLink';
import { ClientFormFields } from '../components/ClientFormFields';
import { DiscardPrompt } from '../components/DiscardPrompt';
import { useNotice } from '../components/Notice';
import { PageHeader } from '../components/PageHeader';
import { useClientForm } from '../hooks/useClientForm';
import { commandKeyName, useCommandShortcut, useEscapeKey } from '../hooks/useKeyboardShortcut';

export function NewClient() {
  const [, navigate] = useLocation();
  const { showNotice } = useNotice();
  const form = useClientForm();
  const formElement = useRef<HTMLFormElement>(null);
  const focusBeforePrompt = useRef<HTMLElement | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<AppErrorShape | null>(null);
  const [askingToDiscard, setAskingToDiscard] = useState(false);

  const leave = () => navigate('/');
  const cancel = () => {
    if (form.isBlank) return leave();
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
    const result = await invoke('clients:create', fields);
    if (result.ok) {
      const clientPage = `/clients/${result.value.id}`;
      showNotice(`${clientDisplayName(result.value)} was added to your clients.`, clientPage);
      // Replaces the form in history, so Back from the new client goes to the list.
      navigate(clientPage, { replace: true });
      return;
    }
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
    <div className="page page-form">
      <PageHeader
        title="New client"
        before={<BackToClients />}
        subtitle="Only the name is needed now. You can add the rest at any time."
      />
      {problem && (
        <AlertBanner title="The client was not saved.">
          <p>{problem.message}</p>
        </AlertBanner>
      )}
      <form
        ref={formElement}
        className="card form-card"
        aria-label="New client"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ClientFormFields
          values={form.values}
          errors={form.errors}
          onChange={form.change}
          onBlur={form.blur}
        />
        {askingToDiscard && <DiscardPrompt onDiscard={leave} onKeepEditing={keepEditing} />}
        <div className="form-actions" data-form-actions>
          <button
            type="submit"
            className="button button-primary"
            aria-keyshortcuts="Control+S Meta+S"
            disabled={saving}
          >
            {saving ? 'Saving…' : 'Save client'}
          </button>
          <button type="button" className="button" aria-keyshortcuts="Escape" onClick={cancel}>
            Cancel
          </button>
          <p className="form-shortcuts" aria-hidden="true">
            <kbd>{commandKeyName}</kbd>+<kbd>S</kbd> saves · <kbd>Esc</kbd> cancels
          </p>
        </div>
      </form>
    </div>
  );
}
