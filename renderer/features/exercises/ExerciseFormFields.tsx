import {
  bodyRegions,
  builtInExercises,
  equipmentKinds,
  equipmentLabels,
  exercisePhases,
  phaseLabels,
  regionLabels,
  type ExercisePhase,
} from '../../../shared/domain/exercises';
import { Field } from '../../components/Field';
import { CheckboxGroup } from './CheckboxGroup';
import { DosageFields } from './DosageFields';
import type { ExerciseFormValues } from './exercise-form';

/** Each line drawing once, named after the built-in exercise it was drawn for. */
const drawings = [
  ...new Map(
    builtInExercises.flatMap((exercise) =>
      exercise.illustration ? [[exercise.illustration, exercise.name] as const] : [],
    ),
  ),
].sort((a, b) => a[1].localeCompare(b[1]));

const isPhase = (value: string): value is ExercisePhase =>
  (exercisePhases as readonly string[]).includes(value);

/** Every field of an own exercise, with main's message beside each one it is about. */
export function ExerciseFormFields({
  values,
  errorAt,
  onChange,
}: {
  values: ExerciseFormValues;
  errorAt: (field: string) => string | undefined;
  onChange: (patch: Partial<ExerciseFormValues>) => void;
}) {
  const text = (key: 'name' | 'purpose', label: string, hint?: string) => (
    <Field id={`exercise-${key}`} label={label} hint={hint} error={errorAt(key)} required>
      {(control) =>
        key === 'purpose' ? (
          <textarea
            {...control}
            className="input textarea exercise-purpose-input"
            rows={2}
            value={values[key]}
            onChange={(event) => onChange({ [key]: event.target.value })}
          />
        ) : (
          <input
            {...control}
            className="input"
            autoComplete="off"
            value={values[key]}
            onChange={(event) => onChange({ [key]: event.target.value })}
          />
        )
      }
    </Field>
  );
  const lines = (
    key: 'steps' | 'cues' | 'targets' | 'cautions',
    label: string,
    hint: string,
    rows: number,
  ) => (
    <Field
      id={`exercise-${key}`}
      label={label}
      hint={hint}
      error={errorAt(key)}
      required={key !== 'cautions'}
    >
      {(control) => (
        <textarea
          {...control}
          className="input textarea exercise-lines"
          rows={rows}
          value={values[key]}
          onChange={(event) => onChange({ [key]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <>
      <fieldset className="exercise-form-section">
        <legend className="exercise-form-legend">About the exercise</legend>
        {text('name', 'Name')}
        <Field id="exercise-phase" label="Phase" error={errorAt('phase')} required>
          {(control) => (
            <select
              {...control}
              className="input exercise-phase-input"
              value={values.phase}
              onChange={(event) => {
                if (isPhase(event.target.value)) onChange({ phase: event.target.value });
              }}
            >
              {exercisePhases.map((phase) => (
                <option key={phase} value={phase}>
                  {phaseLabels[phase]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <CheckboxGroup
          id="exercise-regions"
          legend="Body regions"
          required
          options={bodyRegions}
          labels={regionLabels}
          checked={values.regions}
          error={errorAt('regions')}
          onChange={(regions) => onChange({ regions })}
        />
        {text(
          'purpose',
          'Purpose',
          'One sentence the client reads first, ending with a full stop.',
        )}
      </fieldset>
      <fieldset className="exercise-form-section">
        <legend className="exercise-form-legend">Instructions</legend>
        {lines('steps', 'Steps', 'One step a line, 3 to 6 steps.', 6)}
        {lines('cues', 'Cues', 'Short reminders while doing it, one a line, up to 3.', 3)}
        {lines(
          'cautions',
          'Cautions',
          'Optional: when to stop or take care, one a line, up to 3.',
          2,
        )}
      </fieldset>
      <fieldset className="exercise-form-section">
        <legend className="exercise-form-legend">Muscles and equipment</legend>
        {lines('targets', 'Muscles it works', 'One muscle or group a line, up to 6.', 3)}
        <CheckboxGroup
          id="exercise-equipment"
          legend="Equipment"
          required
          hint='Choose "No equipment" on its own, or what the client needs.'
          options={equipmentKinds}
          labels={equipmentLabels}
          checked={values.equipment}
          error={errorAt('equipment')}
          onChange={(equipment) => onChange({ equipment })}
        />
        <Field
          id="exercise-illustration"
          label="Line drawing"
          hint="Shown when the exercise has no photo. You can add a photo once it is saved."
          error={errorAt('illustration')}
        >
          {(control) => (
            <select
              {...control}
              className="input"
              value={values.illustration}
              onChange={(event) => onChange({ illustration: event.target.value })}
            >
              <option value="">No drawing</option>
              {drawings.map(([name, exerciseName]) => (
                <option key={name} value={name}>
                  {exerciseName}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <fieldset className="exercise-form-section">
        <legend className="exercise-form-legend">Default dosage</legend>
        <p className="field-hint">
          What a program starts with when this exercise is added; it can be changed in each program.
          Leave the pause empty for none.
        </p>
        <div className="dosage-grid">
          <DosageFields
            idPrefix="dosage"
            values={values.dosage}
            errorAt={errorAt}
            onChange={(dosage) => onChange({ dosage })}
          />
        </div>
      </fieldset>
    </>
  );
}
