/**
 * Asked once, before the first printed document, while the studio has no name: the details the
 * letterhead prints. "Not now" prints without a letterhead; Settings is where they are changed later.
 */
import { useState } from 'react';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { StudioLogoField } from '../settings';

// Two columns, the address beside the logo, so the whole prompt fits a 13-inch screen.
const FIELDS = [
  { key: 'studioName', label: 'Studio name', autoComplete: 'organization', type: 'text' },
  { key: 'practitionerName', label: 'Your name', autoComplete: 'name', type: 'text' },
  { key: 'studioPhone', label: 'Phone', autoComplete: 'tel', type: 'tel' },
  { key: 'studioEmail', label: 'Email', autoComplete: 'email', type: 'email' },
  { key: 'studioAddress', label: 'Address', autoComplete: 'street-address', type: 'textarea' },
] as const;

type Key = (typeof FIELDS)[number]['key'];
type Values = Record<Key, string>;

const EMPTY: Values = {
  studioName: '',
  practitionerName: '',
  studioAddress: '',
  studioPhone: '',
  studioEmail: '',
};

function fieldMessages(error: AppErrorShape): Partial<Values> {
  const messages: Partial<Values> = {};
  for (const issue of error.issues ?? []) {
    const field = FIELDS.find((each) => each.key === issue.path);
    if (field) messages[field.key] ??= issue.message;
  }
  return messages;
}

export function StudioDetailsPrompt({
  onDone,
  onCancel,
}: {
  /** She saved the details or chose "Not now": the document is printed next. */
  onDone: () => void;
  /** Closed without an answer: nothing is printed, and she is asked again next time. */
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Values>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (changes: Partial<Values>) => {
    setBusy(true);
    setProblem(null);
    const result = await invoke('settings:update', { ...changes, studioDetailsAsked: true });
    setBusy(false);
    if (result.ok) return onDone();
    const messages = fieldMessages(result.error);
    setErrors(messages);
    if (Object.keys(messages).length === 0) setProblem(result.error.message);
  };

  const save = () => {
    if (values.studioName.trim() === '') {
      setErrors({ studioName: 'Enter the studio’s name, or choose “Not now”.' });
      return;
    }
    void send(values);
  };

  return (
    <Dialog
      title="Your studio’s details"
      description={
        <p>
          Reports and handouts carry your studio’s name and contact details at the top. Add them
          now, or print without them. You can change them at any time in Settings.
        </p>
      }
      size="wide"
      closeButton
      busy={busy}
      error={problem}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" disabled={busy} onClick={() => void send({})}>
            Not now
          </button>
          <button type="button" className="button button-primary" disabled={busy} onClick={save}>
            {busy ? 'Saving…' : 'Save and continue'}
          </button>
        </>
      }
    >
      <div className="form-grid studio-prompt-fields">
        {FIELDS.map((spec) => (
          <Field
            key={spec.key}
            id={`studio-prompt-${spec.key}`}
            label={spec.label}
            error={errors[spec.key]}
          >
            {(control) =>
              spec.type === 'textarea' ? (
                <textarea
                  {...control}
                  className="input textarea textarea-short"
                  rows={3}
                  autoComplete={spec.autoComplete}
                  value={values[spec.key]}
                  onChange={(event) => setValues({ ...values, [spec.key]: event.target.value })}
                />
              ) : (
                <input
                  {...control}
                  className="input"
                  type={spec.type}
                  autoComplete={spec.autoComplete}
                  spellCheck={false}
                  data-autofocus={spec.key === 'studioName' ? true : undefined}
                  value={values[spec.key]}
                  onChange={(event) => setValues({ ...values, [spec.key]: event.target.value })}
                />
              )
            }
          </Field>
        ))}
        <StudioLogoField />
      </div>
    </Dialog>
  );
}
