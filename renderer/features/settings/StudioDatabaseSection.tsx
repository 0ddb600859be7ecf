import { useEffect, useState } from 'react';
import { invoke } from '../../api';
import { ActionMessage, type ActionMessageContent } from '../../components/ActionMessage';
import { Field } from '../../components/Field';
import { SettingsSection } from '../../components/SettingsSection';
import { useLeaveGuard } from '../../hooks/useLeaveGuard';
import type { RecordsPlace } from '../../../shared/contract';
import type { StudioConnectionView, StudioTlsMode } from '../../../shared/domain/studio-connection';
import { RadioGroup, type Choice } from './RadioGroup';
import {
  errorsFromIssues,
  formFromView,
  isChanged,
  inputFromForm,
  type StudioConnectionForm,
  type StudioFormErrors,
} from './studio-connection-form';
import { StudioSwitch } from './StudioSwitch';

const tlsChoices: readonly Choice<StudioTlsMode>[] = [
  {
    value: 'verified',
    label: 'Encrypted, checked against a CA certificate',
    detail: 'The server must prove who it is with a certificate from the CA file you choose.',
  },
  {
    value: 'off',
    label: 'Not encrypted',
    detail: 'Only for a server on this computer or on a network you control.',
  },
];

/** Said after every save: saving stores the details; switching is a choice of its own. */
const savedMessage: Record<RecordsPlace['place'], string> = {
  file: 'Saved. Saving does not move your records: test the connection, then choose “Use the studio database” to work on it.',
  studio:
    'Saved. You keep working on the studio database as it was opened; the new details are used the next time Stance opens it (at start, or when you switch to it again).',
};

type Busy = 'testing' | 'saving' | 'choosing' | null;

/**
 * Settings → Studio database: where a studio's shared PostgreSQL server is and how to reach it,
 * with a test that says in plain words what is wrong. Saving stores the details only; once the
 * saved details pass a test she may switch her records to the server, and back.
 */
export function StudioDatabaseSection({ records }: { records: RecordsPlace }) {
  const [view, setView] = useState<StudioConnectionView | null>(null);
  const [form, setForm] = useState<StudioConnectionForm | null>(null);
  const [errors, setErrors] = useState<StudioFormErrors>({});
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<ActionMessageContent | null>(null);
  const [savedDetailsPassed, setSavedDetailsPassed] = useState(false);
  const guard = useLeaveGuard(
    form !== null && view !== null && isChanged(form, view),
    'The studio connection details you typed have not been saved and will be lost.',
  );

  useEffect(() => {
    let current = true;
    void invoke('studio:get', {}).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setMessage({ tone: 'problem', text: result.error.message });
        return;
      }
      setView(result.value);
      setForm(formFromView(result.value));
      if (result.value.problem) setMessage({ tone: 'problem', text: result.value.problem });
    });
    return () => {
      current = false;
    };
  }, []);

  const change = <K extends keyof StudioConnectionForm>(key: K, value: StudioConnectionForm[K]) => {
    setForm((before) => (before ? { ...before, [key]: value } : before));
    setErrors((before) => ({ ...before, [key]: undefined }));
    setSavedDetailsPassed(false);
  };

  const run = async (kind: Exclude<Busy, null>) => {
    if (!form) return;
    setBusy(kind);
    setMessage(null);
    setSavedDetailsPassed(false);
    if (kind === 'choosing') {
      const chosen = await invoke('studio:chooseCaFile', {});
      setBusy(null);
      if (!chosen.ok) setMessage({ tone: 'problem', text: chosen.error.message });
      else if (!chosen.value.cancelled) change('caFile', chosen.value.file);
      return;
    }
    const input = inputFromForm(form);
    const result =
      kind === 'testing' ? await invoke('studio:test', input) : await invoke('studio:save', input);
    setBusy(null);
    if (!result.ok) {
      setErrors(errorsFromIssues(result.error.issues));
      setMessage({ tone: 'problem', text: result.error.message });
      return;
    }
    setErrors({});
    if ('connected' in result.value) {
      const tested = result.value;
      setMessage({ tone: tested.connected ? 'done' : 'problem', text: tested.message });
      setSavedDetailsPassed(
        tested.connected && view !== null && view.saved && !isChanged(form, view),
      );
      return;
    }
    setView(result.value);
    setForm({ ...form, password: '' });
    setMessage({ tone: 'done', text: savedMessage[records.place] });
  };

  return (
    <SettingsSection
      id="studio-database"
      title="Studio database"
      description="For a studio whose practitioners share one PostgreSQL server (16 or newer): enter the studio’s server, save and test the connection, then choose whether your records are kept there or on this computer."
    >
      {form && view && (
        <form
          className="studio-database-form"
          aria-label="Studio database connection"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void run('saving');
          }}
        >
          <div className="form-grid">
            <TextField
              id="studio-host"
              label="Server"
              hint="Its name, such as studio-db.local, or its IP address."
              value={form.host}
              error={errors.host}
              onChange={(value) => change('host', value)}
            />
            <TextField
              id="studio-port"
              label="Port"
              hint="PostgreSQL’s usual port is 5432."
              inputMode="numeric"
              value={form.port}
              error={errors.port}
              onChange={(value) => change('port', value)}
            />
            <TextField
              id="studio-database-name"
              label="Database"
              value={form.database}
              error={errors.database}
              onChange={(value) => change('database', value)}
            />
            <TextField
              id="studio-user"
              label="User name"
              autoComplete="username"
              value={form.user}
              error={errors.user}
              onChange={(value) => change('user', value)}
            />
            <TextField
              id="studio-password"
              label="Password"
              type="password"
              autoComplete="current-password"
              hint={passwordHint(view)}
              value={form.password}
              error={errors.password}
              onChange={(value) => change('password', value)}
            />
          </div>
          <RadioGroup
            name="studio-tls"
            legend="Connection security"
            choices={tlsChoices}
            value={form.tls}
            onChange={(tls) => change('tls', tls)}
          />
          {form.tls === 'verified' && (
            <Field
              id="studio-ca-file"
              label="CA certificate"
              hint="The certificate file (.pem or .crt) whoever set up the server gave you."
              error={errors.caFile}
            >
              {(control) => (
                <div className="studio-ca-row">
                  <input
                    {...control}
                    className="input"
                    readOnly
                    placeholder="No file chosen"
                    value={form.caFile ?? ''}
                  />
                  <button
                    type="button"
                    className="button"
                    disabled={busy !== null}
                    onClick={() => void run('choosing')}
                  >
                    Choose CA certificate…
                  </button>
                </div>
              )}
            </Field>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() => void run('testing')}
            >
              {busy === 'testing' ? 'Testing…' : 'Test connection'}
            </button>
            <button type="submit" className="button button-primary" disabled={busy !== null}>
              {busy === 'saving' ? 'Saving…' : 'Save connection'}
            </button>
          </div>
        </form>
      )}
      {(view?.saved === true || records.place === 'studio') && (
        <StudioSwitch
          records={records}
          savedDetailsPassed={savedDetailsPassed}
          onResult={setMessage}
        />
      )}
      <ActionMessage message={message} />
      {guard.dialog}
    </SettingsSection>
  );
}

function passwordHint(view: StudioConnectionView): string {
  if (!view.canKeepPassword)
    return 'This computer has no keychain to lock a password with, so a password cannot be saved here; you can still test the connection with it.';
  return view.passwordSaved
    ? 'A password is saved, encrypted with this computer’s keychain. Leave this empty to keep it.'
    : 'Saved encrypted with this computer’s keychain, never in clear.';
}

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  type?: 'text' | 'password';
  autoComplete?: string;
  inputMode?: 'numeric';
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

function TextField({
  id,
  label,
  hint,
  type = 'text',
  autoComplete = 'off',
  inputMode,
  value,
  error,
  onChange,
}: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          className="input"
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
