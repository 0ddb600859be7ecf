import { useState } from 'react';
import { flushSync } from 'react-dom';
import {
  clientInputSchema,
  emptyClientInput,
  type ClientFields,
  type ClientInput,
} from '../../../shared/domain/clients';
import type { FieldIssue } from '../../../shared/errors';
import { issuesByField, toFieldIssues } from '../../../shared/validation';

export type ClientFormValues = Required<ClientInput>;
export type ClientField = keyof ClientFormValues;
export type ClientFormErrors = Partial<Record<ClientField, string>>;

/** Screen order: the first invalid field in this order is the one that gets focus. */
export const clientFieldOrder: readonly ClientField[] = [
  'firstName',
  'lastName',
  'dateOfBirth',
  'email',
  'phone',
  'occupation',
  'notes',
];

export function clientFieldId(field: ClientField): string {
  return `client-${field}`;
}

function isClientField(path: string): path is ClientField {
  return (clientFieldOrder as readonly string[]).includes(path);
}

/** The same schema main applies, so the form and main can never disagree about what is valid. */
export function validateClientValues(values: ClientFormValues): {
  fields: ClientFields | null;
  errors: ClientFormErrors;
} {
  const parsed = clientInputSchema.safeParse(values);
  if (parsed.success) return { fields: parsed.data, errors: {} };
  const byField = issuesByField(toFieldIssues(parsed.error));
  const errors: ClientFormErrors = {};
  for (const field of clientFieldOrder) if (byField[field]) errors[field] = byField[field];
  return { fields: null, errors };
}

function focusFirstInvalid(errors: ClientFormErrors): void {
  const first = clientFieldOrder.find((field) => errors[field]);
  if (first) document.getElementById(clientFieldId(first))?.focus();
}

/**
 * `initial`: the client's saved details when editing; an empty form for a new client.
 * `startWith`: what the fields show at first when that differs, e.g. her text kept on this
 * computer while the studio server was away.
 */
export function useClientForm(
  initial: ClientFormValues = emptyClientInput,
  startWith: ClientFormValues = initial,
) {
  const [initialValues] = useState(initial);
  const [values, setValues] = useState<ClientFormValues>(startWith);
  const [errors, setErrors] = useState<ClientFormErrors>({});

  const change = (field: ClientField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // A message already shown follows the typing, so it disappears as soon as the field is right.
    if (errors[field]) setErrors({ ...errors, [field]: validateClientValues(next).errors[field] });
  };

  const blur = (field: ClientField) => {
    setErrors({ ...errors, [field]: validateClientValues(values).errors[field] });
  };

  /** Shows every message and focuses the first invalid field; the cleaned fields when all pass. */
  const check = (): ClientFields | null => {
    const result = validateClientValues(values);
    // Rendered before focusing, so the field is announced with its message attached.
    flushSync(() => setErrors(result.errors));
    focusFirstInvalid(result.errors);
    return result.fields;
  };

  /** Main validates again; its field messages go beside the fields, the rest back to the page. */
  const showIssuesFromMain = (issues: readonly FieldIssue[]): FieldIssue[] => {
    const fromMain: ClientFormErrors = {};
    const elsewhere: FieldIssue[] = [];
    for (const issue of issues) {
      if (isClientField(issue.path)) fromMain[issue.path] ??= issue.message;
      else elsewhere.push(issue);
    }
    flushSync(() => setErrors(fromMain));
    focusFirstInvalid(fromMain);
    return elsewhere;
  };

  const isBlank = clientFieldOrder.every((field) => values[field].trim() === '');
  const isChanged = clientFieldOrder.some((field) => values[field] !== initialValues[field]);

  return { values, errors, change, blur, check, showIssuesFromMain, isBlank, isChanged };
}
