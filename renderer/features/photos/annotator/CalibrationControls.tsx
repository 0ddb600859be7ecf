/**
 * The optional known length: two ends placed on the photo (from the list above) and the real
 * distance typed here, in the practitioner's units; it is always stored in cm.
 */
import { useState } from 'react';
import type { UnitSystem } from '../../../../shared/domain/settings';
import { calibrationProblem, type CalibrationDraft } from './annotation';

const CM_PER_INCH = 2.54;
const MAX_CM = 300;

interface CalibrationControlsProps {
  draft: CalibrationDraft;
  units: UnitSystem;
  editable: boolean;
  onLength: (lengthCm: number | null) => void;
  onClear: () => void;
}

function shownLength(lengthCm: number | null, units: UnitSystem): string {
  if (lengthCm === null) return '';
  const value = units === 'imperial' ? lengthCm / CM_PER_INCH : lengthCm;
  return String(Math.round(value * 100) / 100);
}

export function CalibrationControls({
  draft,
  units,
  editable,
  onLength,
  onClear,
}: CalibrationControlsProps) {
  const unit = units === 'imperial' ? 'in' : 'cm';
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const problem = calibrationProblem(draft);
  const inUse = draft.a && draft.b && draft.lengthCm !== null && problem === null;

  const change = (text: string) => {
    setTyped(text);
    const cleaned = text.trim().replace(',', '.');
    if (cleaned === '') {
      setError(null);
      onLength(null);
      return;
    }
    const value = Number(cleaned);
    const cm = units === 'imperial' ? value * CM_PER_INCH : value;
    if (!Number.isFinite(value) || value <= 0)
      setError(`Type the length as a number of ${unit} above 0.`);
    else if (cm > MAX_CM)
      setError(`The length can be at most ${units === 'imperial' ? '118 in' : '300 cm'}.`);
    else {
      setError(null);
      onLength(Math.round(cm * 100) / 100);
    }
  };

  const pxLength =
    draft.a && draft.b ? Math.hypot(draft.a.x - draft.b.x, draft.a.y - draft.b.y) : null;

  return (
    <section className="pa-panel" aria-labelledby="pa-calibration-title">
      <h2 className="pa-panel-title" id="pa-calibration-title">
        Known length <span className="muted">(optional)</span>
      </h2>
      <p className="pa-hint muted">
        Mark both ends of something of known size in the photo, such as a ruler or a marked strip on
        the wall, and type its length. Distances are then given in {unit} as well as pixels.
      </p>
      <label htmlFor="pa-length-input">Real length ({unit})</label>
      <div className="pa-lean-row">
        <input
          id="pa-length-input"
          className="input pa-length-input"
          inputMode="decimal"
          disabled={!editable}
          value={typed ?? shownLength(draft.lengthCm, units)}
          aria-invalid={error !== null}
          aria-describedby="pa-length-state"
          onChange={(event) => change(event.target.value)}
          onBlur={() => {
            if (error === null) setTyped(null);
          }}
        />
        {editable && (draft.a || draft.b || draft.lengthCm !== null) && (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setTyped(null);
              setError(null);
              onClear();
            }}
          >
            Remove known length
          </button>
        )}
      </div>
      <p id="pa-length-state" className={error || problem ? 'pa-hint pa-problem' : 'pa-hint muted'}>
        {error ??
          problem ??
          (inUse && pxLength
            ? `In use: ${Math.round(pxLength)} px on the photo are ${shownLength(draft.lengthCm, units)} ${unit}.`
            : 'Not used.')}
      </p>
    </section>
  );
}
