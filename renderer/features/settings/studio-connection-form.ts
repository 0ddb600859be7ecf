import type {
  StudioConnectionInput,
  StudioConnectionView,
  StudioTlsMode,
} from '../../../shared/domain/studio-connection';
import type { FieldIssue } from '../../../shared/errors';

/** The Studio database form as typed: every box holds text until it is sent. */
export interface StudioConnectionForm {
  host: string;
  port: string;
  database: string;
  user: string;
  /** Empty: keep the saved password (or none). */
  password: string;
  tls: StudioTlsMode;
  caFile: string | null;
}

export type StudioFormField = keyof StudioConnectionForm;
export type StudioFormErrors = Partial<Record<StudioFormField, string>>;

export function formFromView(view: StudioConnectionView): StudioConnectionForm {
  return {
    host: view.host,
    port: String(view.port),
    database: view.database,
    user: view.user,
    password: '',
    tls: view.tls,
    caFile: view.caFile,
  };
}

/** Something typed differs from what is saved (a typed password always does). */
export function isChanged(form: StudioConnectionForm, view: StudioConnectionView): boolean {
  const saved = formFromView(view);
  return fields.some((field) => form[field] !== saved[field]);
}

/** What Save and Test connection send; an empty password box sends none, so the saved one is kept. */
export function inputFromForm(form: StudioConnectionForm): StudioConnectionInput {
  const port = form.port.trim();
  const input: StudioConnectionInput = {
    host: form.host,
    // Not a number (or empty): main answers "The port must be a number." beside the box.
    port: /^\d+$/.test(port) ? Number(port) : Number.NaN,
    database: form.database,
    user: form.user,
    tls: form.tls,
    caFile: form.tls === 'verified' ? form.caFile : null,
  };
  if (form.password !== '') input.password = form.password;
  return input;
}

const fields: readonly StudioFormField[] = [
  'host',
  'port',
  'database',
  'user',
  'password',
  'tls',
  'caFile',
];

/** Main's field issues, each beside its box; the first one per box is enough. */
export function errorsFromIssues(issues: readonly FieldIssue[] | undefined): StudioFormErrors {
  const errors: StudioFormErrors = {};
  for (const issue of issues ?? []) {
    const field = fields.find((name) => name === issue.path);
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}
