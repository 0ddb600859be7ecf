/**
 * Levelling the plumb line: its lean in tenths of a degree, within the ±20° main accepts, and
 * shortcuts to put it in the middle or (side views) through the outer ankle bone.
 */
import { useState } from 'react';
import type { Point } from '../../../../shared/domain/photo-views';
import { tenths } from './measure-text';
import { PLUMB_LIMIT_DEG } from './annotation';

interface PlumbControlsProps {
  plumbLine: { x: number; angleDeg: number } | undefined;
  editable: boolean;
  /** The outer ankle bone in side views, which the lateral plumb line passes through. */
  ankle: Point | null;
  onPlaceAt: (point: Point) => void;
  onPlaceInMiddle: () => void;
  onLevel: (angleDeg: number) => void;
}

const STEP = 0.1;

export function PlumbControls({
  plumbLine,
  editable,
  ankle,
  onPlaceAt,
  onPlaceInMiddle,
  onLevel,
}: PlumbControlsProps) {
  const angle = plumbLine?.angleDeg ?? 0;
  // The typed text, kept while it is being edited so "-" or "1." are not overwritten.
  const [typed, setTyped] = useState<string | null>(null);
  const disabled = !editable || !plumbLine;

  const change = (text: string) => {
    setTyped(text);
    const value = Number(text.replace(',', '.'));
    if (text.trim() !== '' && Number.isFinite(value) && Math.abs(value) <= PLUMB_LIMIT_DEG)
      onLevel(value);
  };

  return (
    <section className="pa-panel" aria-labelledby="pa-plumb-title">
      <h2 className="pa-panel-title" id="pa-plumb-title">
        Plumb line
      </h2>
      {!plumbLine && (
        <p className="pa-hint muted">
          Not placed. Choose “Plumb line” above and click the photo, or place it here.
        </p>
      )}
      {editable && (
        <div className="pa-button-row">
          <button type="button" className="button button-small" onClick={onPlaceInMiddle}>
            {plumbLine ? 'Move to the middle' : 'Place in the middle'}
          </button>
          {ankle && (
            <button type="button" className="button button-small" onClick={() => onPlaceAt(ankle)}>
              Through the outer ankle bone
            </button>
          )}
        </div>
      )}
      <div className="pa-lean">
        <label htmlFor="pa-lean-input">Lean (degrees, right is positive)</label>
        <div className="pa-lean-row">
          <button
            type="button"
            className="button pa-icon-button"
            disabled={disabled || angle <= -PLUMB_LIMIT_DEG}
            onClick={() => onLevel(angle - STEP)}
          >
            <span aria-hidden="true">−</span>
            <span className="visually-hidden">Lean 0.1° left</span>
          </button>
          <input
            id="pa-lean-input"
            className="input pa-lean-input"
            type="number"
            step={STEP}
            min={-PLUMB_LIMIT_DEG}
            max={PLUMB_LIMIT_DEG}
            disabled={disabled}
            value={typed ?? angle.toFixed(1)}
            onChange={(event) => change(event.target.value)}
            onBlur={() => setTyped(null)}
          />
          <button
            type="button"
            className="button pa-icon-button"
            disabled={disabled || angle >= PLUMB_LIMIT_DEG}
            onClick={() => onLevel(angle + STEP)}
          >
            <span aria-hidden="true">+</span>
            <span className="visually-hidden">Lean 0.1° right</span>
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={disabled || angle === 0}
            onClick={() => onLevel(0)}
          >
            Straight
          </button>
        </div>
        <p className="pa-hint muted">
          Lean it to match a true vertical in the photo (a door frame, a hanging plumb bob) if the
          camera was not held level. Now {tenths(angle)}°, at most {PLUMB_LIMIT_DEG}° either way.
        </p>
      </div>
    </section>
  );
}
