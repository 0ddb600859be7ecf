import { useEffect, useRef, useState } from 'react';
import type { Client, ClientFields } from '../../../shared/domain/clients';
import type { AppErrorShape, FieldIssue, Result } from '../../../shared/errors';
import type { KeptCopy } from '../../lib/kept-copy';
import { useKeptSave } from '../../hooks/useKeptSave';
import { useCommandShortcut, useEscapeKey } from '../../hooks/useKeyboardShortcut';
import { keptClientKey } from './kept-client';
import { useClientForm, validateClientValues, type ClientFormValues } from './useClientForm';

type ClientForm = ReturnType<typeof useClientForm>;

export interface ClientFormSessionOptions {
  initial?: ClientFormValues;
  /** The client being edited (null for a new one): names the copy kept while the server is away. */
  clientId: string | null;
  /** The stamp of the details the form was loaded from (null for a new client). */
  loadedUpdatedAt: string | null;
  /** Her text kept on this computer from an earlier try, opened and saved straight away. */
  restored: KeptCopy<ClientFormValues> | null;
  /** True when leaving now would lose nothing the practitioner typed. */
  canLeaveQuietly: (form: ClientForm) => boolean;
  submit: (fields: ClientFields, expectedUpdatedAt: string | null) => Promise<Result<Client>>;
  onSaved: (client: Client) => void;
  onLeave: () => void;
}

/**
 * What the new-client and edit-details forms share: checking before sending, main's refusals
 * placed beside their fields, Ctrl/Cmd+S to save, Escape asking before typed details are lost,
 * and her text kept on this computer and saved by itself while the studio server is away.
 */
export function useClientFormSession(options: ClientFormSessionOptions) {
  const { restored } = options;
  const form = useClientForm(options.initial, restored?.values);
  const formElement = useRef<HTMLFormElement>(null);
  const focusBeforePrompt = useRef<HTMLElement | null>(null);
  const [problem, setProblem] = useState<AppErrorShape | null>(null);
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  // A kept copy is saved on top of the details it was typed over, so a colleague's save since is
  // still refused by name rather than overwritten.
  const [base] = useState(restored ? restored.baseUpdatedAt : options.loadedUpdatedAt);

  const showRefusal = (error: AppErrorShape) => {
    const issues = error.issues ?? [];
    if (error.code === 'invalid-input' && issues.length > 0) {
      const unplaced = form.showIssuesFromMain(issues);
      if (unplaced.length > 0) {
        setProblem({ ...error, message: unplaced.map((issue) => issue.message).join(' ') });
      }
      return;
    }
    setProblem(error);
  };

  const kept = useKeptSave<ClientFormValues, Client>({
    storageKey: keptClientKey(options.clientId),
    restored: restored ? { values: restored.values, base: restored.baseUpdatedAt } : null,
    // A try made by itself sends what the fields hold then, checked as Save checks it.
    send: (values, expectedUpdatedAt) => {
      const checked = validateClientValues(values);
      if (checked.fields) return options.submit(checked.fields, expectedUpdatedAt);
      return Promise.resolve(notValid(checked.errors));
    },
    onSaved: options.onSaved,
    onRefused: showRefusal,
  });
  const { edited } = kept;
  useEffect(() => edited(form.values), [edited, form.values]);

  const cancel = () => {
    if (!kept.kept && options.canLeaveQuietly(form)) return options.onLeave();
    focusBeforePrompt.current = document.activeElement as HTMLElement | null;
    setAskingToDiscard(true);
  };
  const keepEditing = () => {
    setAskingToDiscard(false);
    focusBeforePrompt.current?.focus();
  };
  const discard = (leave: () => void) => {
    kept.discard();
    leave();
  };

  const saving = kept.busy;
  useCommandShortcut('s', () => formElement.current?.requestSubmit(), !saving);
  useEscapeKey(() => (askingToDiscard ? keepEditing() : cancel()), !saving);

  const save = async () => {
    setProblem(null);
    setAskingToDiscard(false);
    const fields = form.check();
    if (!fields) return;
    await kept.save(form.values, base);
  };

  // Opened from a kept copy: it is saved now, as if she had pressed Save.
  const savedRestored = useRef(false);
  useEffect(() => {
    if (!restored || savedRestored.current) return;
    savedRestored.current = true;
    void save();
  });

  return {
    form,
    formElement,
    saving,
    away: kept.away,
    problem,
    askingToDiscard,
    cancel,
    keepEditing,
    discard,
    save,
  };
}

function notValid(errors: Partial<Record<string, string>>): Result<Client> {
  const issues: FieldIssue[] = Object.entries(errors).flatMap(([path, message]) =>
    message ? [{ path, message }] : [],
  );
  return {
    ok: false,
    error: { code: 'invalid-input', message: 'Some details need another look.', issues },
  };
}
