import type { Dosage } from '../../../shared/domain/exercises';
import { ExerciseFigure, PhaseBadge } from '../exercises';
import { TextField } from './TextField';
import type { DosageDraft, Item } from './program-draft';

export interface ProgramItemRowProps {
  item: Item;
  index: number;
  last: boolean;
  issueAt: (field: string) => string | undefined;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onChange: (patch: Partial<Item>) => void;
}

export function ProgramItemRow({
  item,
  index,
  last,
  issueAt,
  onMove,
  onRemove,
  onChange,
}: ProgramItemRowProps) {
  const dosage = item.dosage;
  const setDosage = (patch: Partial<DosageDraft>) => onChange({ dosage: { ...dosage, ...patch } });
  const id = (field: string) => `${item.key}-${field}`;
  const number = (
    field: 'sets' | 'reps' | 'pauseSeconds' | 'holdSeconds' | 'timesPerDay' | 'daysPerWeek',
    label: string,
  ) => (
    <NumberField
      id={id(field)}
      label={label}
      value={dosage[field]}
      error={issueAt(`dosage.${field}`)}
      onChange={(value) => setDosage({ [field]: value })}
    />
  );

  return (
    <li className="program-item" aria-label={`${index + 1}. ${item.name}`}>
      <div className="program-item-picture">
        <ExerciseFigure
          exercise={{ name: item.name, photoHash: item.photoHash, illustration: item.illustration }}
          size="card"
        />
      </div>
      <div className="program-item-body">
        <div className="program-item-head">
          <h3 className="program-item-name" tabIndex={-1}>
            <span className="program-item-number">{index + 1}.</span> {item.name}{' '}
            <PhaseBadge phase={item.phase} />
          </h3>
          <div className="program-item-actions">
            <button
              type="button"
              className="button button-small"
              data-move={`${item.key}:up`}
              aria-label={`Move ${item.name} up`}
              disabled={index === 0}
              onClick={() => onMove(-1)}
            >
              Move up
            </button>
            <button
              type="button"
              className="button button-small"
              data-move={`${item.key}:down`}
              aria-label={`Move ${item.name} down`}
              disabled={last}
              onClick={() => onMove(1)}
            >
              Move down
            </button>
            <button
              type="button"
              className="button button-small button-danger-outline"
              aria-label={`Remove ${item.name}`}
              onClick={onRemove}
            >
              Remove
            </button>
          </div>
        </div>
        {item.reasons.length > 0 && (
          <ul className="suggestion-reasons muted">
            {item.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
        <fieldset className="dosage-fields">
          <legend className="visually-hidden">Dosage for {item.name}</legend>
          <div className="field">
            <label className="field-label" htmlFor={id('kind')}>
              Measured by
            </label>
            <select
              id={id('kind')}
              className="input"
              value={dosage.kind}
              onChange={(event) => setDosage({ kind: event.target.value as Dosage['kind'] })}
            >
              <option value="reps">Repetitions</option>
              <option value="hold">Hold time</option>
            </select>
          </div>
          {number('sets', 'Sets')}
          {dosage.kind === 'reps' ? (
            <>
              {number('reps', 'Reps')}
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
              checked={dosage.perSide}
              onChange={(event) => setDosage({ perSide: event.target.checked })}
            />
            Each side
          </label>
        </fieldset>
        <div className="program-item-note">
          <TextField
            id={id('notes')}
            label="Note for the client (optional)"
            value={item.notes}
            error={issueAt('notes')}
            onChange={(notes) => onChange({ notes })}
          />
        </div>
      </div>
    </li>
  );
}

function NumberField({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input dosage-input"
        inputMode="numeric"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
