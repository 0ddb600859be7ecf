import { Field } from '../../components/Field';
import type { DosageValues } from './exercise-form';

type NumberKey = 'sets' | 'reps' | 'pauseSeconds' | 'holdSeconds' | 'timesPerDay' | 'daysPerWeek';

/**
 * A dosage as typed: repetitions or a hold, with how often; numbers stay as typed. The same
 * fields set an exercise's default and each program item's own dosage; the caller frames them.
 */
export function DosageFields({
  idPrefix,
  values,
  errorAt,
  onChange,
}: {
  /** Keeps ids unique where several dosages share a page (one per program item). */
  idPrefix: string;
  values: DosageValues;
  errorAt: (field: string) => string | undefined;
  onChange: (values: DosageValues) => void;
}) {
  const set = (patch: Partial<DosageValues>) => onChange({ ...values, ...patch });
  const number = (key: NumberKey, label: string) => (
    <Field id={`${idPrefix}-${key}`} label={label} error={errorAt(`dosage.${key}`)}>
      {(control) => (
        <input
          {...control}
          className="input dosage-input"
          inputMode="numeric"
          value={values[key]}
          onChange={(event) => set({ [key]: event.target.value })}
        />
      )}
    </Field>
  );
  return (
    <>
      <Field id={`${idPrefix}-kind`} label="Measured by" error={errorAt('dosage.kind')}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={values.kind}
            onChange={(event) => set({ kind: event.target.value === 'hold' ? 'hold' : 'reps' })}
          >
            <option value="reps">Repetitions</option>
            <option value="hold">Hold time</option>
          </select>
        )}
      </Field>
      {number('sets', 'Sets')}
      {values.kind === 'reps' ? (
        <>
          {number('reps', 'Repetitions')}
          {number('pauseSeconds', 'Pause (seconds)')}
        </>
      ) : (
        number('holdSeconds', 'Hold (seconds)')
      )}
      {number('timesPerDay', 'Times per day')}
      {number('daysPerWeek', 'Days per week')}
      <label className="dosage-check">
        <input
          type="checkbox"
          checked={values.perSide}
          onChange={(event) => set({ perSide: event.target.checked })}
        />
        Each side
      </label>
    </>
  );
}
