/** Free-text fields bound to the document; an emptied field goes back to "not recorded". */
import { memo } from 'react';
import type { Path } from './paths';
import { bodyKey } from './paths';
import {
  asString,
  controlId,
  useBodyValue,
  useForm,
  useIssue,
  usePreviousValue,
} from './form-context';

interface TextFieldProps {
  path: Path;
  label: string;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  /** Said before the label by screen readers when the layout shows it, e.g. "Left foot:". */
  context?: string;
}

export const TextField = memo(function TextField({
  path,
  label,
  hint,
  multiline = false,
  rows = 3,
  context,
}: TextFieldProps) {
  const { store } = useForm();
  const value = asString(useBodyValue(path)) ?? '';
  const issue = useIssue(bodyKey(path));
  const previous = asString(usePreviousValue(path));
  const id = controlId(path);
  const describedBy =
    [issue && `${id}-error`, hint && `${id}-hint`, previous && `${id}-was`]
      .filter(Boolean)
      .join(' ') || undefined;
  const common = {
    id,
    className: multiline ? 'input textarea ae-textarea' : 'input',
    value,
    'aria-invalid': issue ? (true as const) : undefined,
    'aria-describedby': describedBy,
    onChange: (event: { target: { value: string } }) =>
      store.setBody(path, event.target.value === '' ? undefined : event.target.value),
  };
  return (
    <div className={`field ae-text${issue ? ' field-invalid' : ''}`}>
      <label className="ae-label" htmlFor={id}>
        {context && <span className="visually-hidden">{context} </span>}
        {label}
      </label>
      {hint && (
        <p className="ae-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} />
      ) : (
        <input {...common} type="text" autoComplete="off" />
      )}
      {previous && (
        <p className="ae-was ae-was-text" id={`${id}-was`}>
          Last time: {previous}
        </p>
      )}
      {issue && (
        <p className="ae-error" id={`${id}-error`}>
          {issue}
        </p>
      )}
    </div>
  );
});
