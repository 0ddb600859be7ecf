import type { FocusEvent } from 'react';
import {
  clientFieldId,
  type ClientField,
  type ClientFormErrors,
  type ClientFormValues,
} from './useClientForm';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';

interface ClientFormFieldsProps {
  values: ClientFormValues;
  errors: ClientFormErrors;
  onChange: (field: ClientField, value: string) => void;
  onBlur: (field: ClientField) => void;
}

interface TextFieldSpec {
  field: Exclude<ClientField, 'notes' | 'dateOfBirth'>;
  label: string;
  required?: boolean;
  hint?: string;
  type?: 'text' | 'email' | 'tel';
  inputMode?: 'text' | 'email' | 'tel';
}

const nameFields: readonly TextFieldSpec[] = [
  { field: 'firstName', label: 'First name', required: true },
  { field: 'lastName', label: 'Last name', required: true },
];

const otherFields: readonly TextFieldSpec[] = [
  { field: 'occupation', label: 'Occupation', hint: 'Useful for how they sit, stand and lift' },
  { field: 'email', label: 'Email', type: 'email', inputMode: 'email' },
  { field: 'phone', label: 'Phone', type: 'tel', inputMode: 'tel' },
];

/** The client's details as form fields; the page decides what happens on submit. */
export function ClientFormFields({ values, errors, onChange, onBlur }: ClientFormFieldsProps) {
  const textField = (spec: TextFieldSpec) => (
    <Field
      key={spec.field}
      id={clientFieldId(spec.field)}
      label={spec.label}
      required={spec.required ?? false}
      hint={spec.hint}
      error={errors[spec.field]}
    >
      {(control) => (
        <input
          {...control}
          className="input"
          type={spec.type ?? 'text'}
          inputMode={spec.inputMode}
          // The practitioner types someone else's details: the browser's own must not pop up.
          autoComplete="off"
          spellCheck={false}
          autoFocus={spec.field === 'firstName'}
          value={values[spec.field]}
          onChange={(event) => onChange(spec.field, event.target.value)}
          onBlur={(event) => validateUnlessActing(event, () => onBlur(spec.field))}
        />
      )}
    </Field>
  );
  return (
    <div className="form-grid">
      {nameFields.map(textField)}
      <DateField
        id={clientFieldId('dateOfBirth')}
        label="Date of birth"
        value={values.dateOfBirth}
        error={errors.dateOfBirth}
        min="1900-01-01"
        onChange={(value) => onChange('dateOfBirth', value)}
        onBlur={(event) => validateUnlessActing(event, () => onBlur('dateOfBirth'))}
      />
      {otherFields.map(textField)}
      <Field
        id={clientFieldId('notes')}
        label="Notes"
        hint="Goals, history, anything to remember before the next session"
        error={errors.notes}
        className="field-wide"
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={5}
            value={values.notes}
            onChange={(event) => onChange('notes', event.target.value)}
            onBlur={(event) => validateUnlessActing(event, () => onBlur('notes'))}
          />
        )}
      </Field>
    </div>
  );
}

/**
 * Leaving a field for Save or Cancel skips the blur check: a message appearing right then would
 * push the button down under the pointer and swallow the click. Save checks everything anyway.
 */
function validateUnlessActing(event: FocusEvent, validate: () => void): void {
  const next = event.relatedTarget;
  if (next instanceof HTMLElement && next.closest('[data-form-actions]')) return;
  validate();
}
