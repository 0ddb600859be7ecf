import { DosageFields, ExerciseFigure, PhaseBadge } from '../exercises';
import { TextField } from './TextField';
import type { Item } from './program-draft';

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
  const id = (field: string) => `${item.key}-${field}`;

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
        <fieldset className="dosage-grid dosage-fields">
          <legend className="visually-hidden">Dosage for {item.name}</legend>
          <DosageFields
            idPrefix={id('dosage')}
            values={item.dosage}
            errorAt={issueAt}
            onChange={(dosage) => onChange({ dosage })}
          />
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
