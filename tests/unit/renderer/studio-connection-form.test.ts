import { describe, expect, it } from 'vitest';
import {
  errorsFromIssues,
  formFromView,
  inputFromForm,
  isChanged,
  type StudioConnectionForm,
} from '../../../renderer/features/settings/studio-connection-form';
import {
  studioConnectionInputSchema,
  type StudioConnectionView,
} from '../../../shared/domain/studio-connection';

const typed: StudioConnectionForm = {
  host: 'studio-db.local',
  port: '5432',
  database: 'stance',
  user: 'sam',
  password: '',
  tls: 'verified',
  caFile: '/home/sam/studio-ca.pem',
};

describe('the Studio database form', () => {
  it('sends no password when the box is empty, so the saved one is kept', () => {
    expect(inputFromForm(typed)).not.toHaveProperty('password');
    expect(inputFromForm({ ...typed, password: 'secret' })).toMatchObject({ password: 'secret' });
  });

  it('drops the CA file when encryption is off', () => {
    expect(inputFromForm({ ...typed, tls: 'off' })).toMatchObject({ tls: 'off', caFile: null });
  });

  it('a port that is not a whole number is refused by main’s schema beside the port box', () => {
    for (const port of ['', '54x2', '5432.5']) {
      const parsed = studioConnectionInputSchema.safeParse(inputFromForm({ ...typed, port }));
      expect(parsed.success).toBe(false);
      const issues = parsed.error!.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      }));
      expect(errorsFromIssues(issues)).toEqual({ port: 'The port must be a number.' });
    }
  });
});

describe('unsaved studio connection details', () => {
  const view: StudioConnectionView = {
    host: 'studio-db.local',
    port: 5432,
    database: 'stance',
    user: 'sam',
    tls: 'verified',
    caFile: '/home/sam/studio-ca.pem',
    passwordSaved: true,
    saved: true,
    canKeepPassword: true,
    problem: null,
  };

  it('are none when the form shows what is saved', () => {
    expect(isChanged(formFromView(view), view)).toBe(false);
  });

  it('are any box changed, and any typed password', () => {
    expect(isChanged({ ...formFromView(view), port: '5433' }, view)).toBe(true);
    expect(isChanged({ ...formFromView(view), tls: 'off' }, view)).toBe(true);
    expect(isChanged({ ...formFromView(view), password: 'x' }, view)).toBe(true);
  });
});
