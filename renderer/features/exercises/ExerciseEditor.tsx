import { useEffect, useRef, useState } from 'react';
import type { LibraryExercise, OwnExerciseFields } from '../../../shared/channels/exercises';
import type { AppErrorShape, Result } from '../../../shared/errors';
import { AlertBanner } from '../../components/AlertBanner';
import { commandKeyName, useCommandShortcut, useEscapeKey } from '../../hooks/useKeyboardShortcut';
import { ExerciseFormFields } from './ExerciseFormFields';
import { fieldsOf, placeIssues, type ExerciseFormValues } from './exercise-form';
import { useLeaveGuard } from '../../hooks/useLeaveGuard';

/**
 * The new-exercise and edit-exercise form: main's messages beside their fields, Ctrl/Cmd+S to
 * save, and "Leave without saving?" before typed changes are lost by any way out of the page.
 */
export function ExerciseEditor({
  label,
  initial,
  submit,
  onSaved,
  onCancel,
}: {
  label: string;
  initial: ExerciseFormValues;
  submit: (fields: OwnExerciseFields) => Promise<Result<LibraryExercise>>;
  onSaved: (exercise: LibraryExercise) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<AppErrorShape | null>(null);
  const [issues, setIssues] = useState<Map<string, string>>(new Map());
  /** Counts refusals, so each one moves focus to its first field once the messages are shown. */
  const [refusals, setRefusals] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);
  const guard = useLeaveGuard(dirty);

  const change = (patch: Partial<ExerciseFormValues>) =>
    setValues((current) => ({ ...current, ...patch }));

  const save = async () => {
    setSaving(true);
    setProblem(null);
    const result = await submit(fieldsOf(values));
    setSaving(false);
    if (result.ok) {
      setSaved(values);
      guard.allowLeave();
      onSaved(result.value);
      return;
    }
    const placed = placeIssues(result.error.issues ?? []);
    setIssues(placed.byField);
    setProblem(
      placed.unplaced.length > 0
        ? { ...result.error, message: placed.unplaced.map((issue) => issue.message).join(' ') }
        : result.error,
    );
    setRefusals((count) => count + 1);
  };

  useEffect(() => {
    if (refusals === 0) return;
    const first = form.current?.querySelector<HTMLElement>(
      ':is(input, textarea, select)[aria-invalid="true"], fieldset[aria-invalid="true"] input',
    );
    first?.focus();
  }, [refusals]);

  useCommandShortcut('s', () => form.current?.requestSubmit(), !saving && guard.dialog === null);
  useEscapeKey(onCancel, !saving && guard.dialog === null);

  return (
    <form
      ref={form}
      className="exercise-form"
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {problem && (
        <AlertBanner title="The exercise was not saved." reveal>
          <p>
            {issues.size > 0 && problem.code === 'invalid-input'
              ? `${problem.message} Each problem is shown beside its field.`
              : problem.message}
          </p>
        </AlertBanner>
      )}
      <div className="card exercise-form-card">
        <ExerciseFormFields
          values={values}
          errorAt={(field) => issues.get(field)}
          onChange={change}
        />
      </div>
      <div className="form-actions exercise-form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save exercise'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <p className="muted form-shortcuts">
          {commandKeyName}+S saves · Esc cancels
          {dirty && <span className="exercise-unsaved"> · Unsaved changes</span>}
        </p>
      </div>
      {guard.dialog}
    </form>
  );
}
