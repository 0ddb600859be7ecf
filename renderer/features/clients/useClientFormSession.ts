import { useRef, useState } from 'react';
import type { Client, ClientFields } from '../../../shared/domain/clients';
import type { AppErrorShape, Result } from '../../../shared/errors';
import { useClientForm, type ClientFormValues } from './useClientForm';
import { useCommandShortcut, useEscapeKey } from '../../hooks/useKeyboardShortcut';

type ClientForm = ReturnType<typeof useClientForm>;

export interface ClientFormSessionOptions {
  initial?: ClientFormValues;
  /** True when leaving now would lose nothing the practitioner typed. */
  canLeaveQuietly: (form: ClientForm) => boolean;
  submit: (fields: ClientFields) => Promise<Result<Client>>;
  onSaved: (client: Client) => void;
  onLeave: () => void;
}

/**
 * What the new-client and edit-details forms share: checking before sending, main's refusals
 * placed beside their fields, Ctrl/Cmd+S to save, and Escape asking before typed details are lost.
 */
export function useClientFormSession(options: ClientFormSessionOptions) {
  const form = useClientForm(options.initial);
  const formElement = useRef<HTMLFormElement>(null);
  const focusBeforePrompt = useRef<HTMLElement | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<AppErrorShape | null>(null);
  const [askingToDiscard, setAskingToDiscard] = useState(false);

  const cancel = () => {
    if (options.canLeaveQuietly(form)) return options.onLeave();
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
    const result = await options.submit(fields);
    if (result.ok) return options.onSaved(result.value);
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

  return { form, formElement, saving, problem, askingToDiscard, cancel, keepEditing, save };
}
