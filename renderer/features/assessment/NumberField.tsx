/**
 * A measured value typed in the practitioner's units and stored in SI. Text that is not a number
 * yet is kept (and survives a reload) with its message, while the last good value is what saves.
 */
import { memo, useState, type ReactNode } from 'react';
import type { MeasuredFromPhoto } from '../../../shared/domain/photo-checkpoint-values';
import type { Path } from './paths';
import { PhotoSource } from './PhotoSource';
import { bodyKey } from './paths';
import {
  asNumber,
  controlId,
  useBodyValue,
  useDocValue,
  useForm,
  useIssue,
  usePreviousValue,
} from './form-context';
import type { ShownUnit, StoredUnit } from './units';
import {
  changeText,
  fromShown,
  numberText,
  parseNumber,
  shownUnit,
  toShown,
  unitLabel,
  withUnit,
} from './units';
import { NOT_A_NUMBER } from './validation';

interface NumberLabelling {
  label: string;
  stored: StoredUnit;
  hint?: ReactNode;
  /** A few words on what the stored value means (its band), shown beside the field. */
  describe?: (value: number) => string | null;
  /** Keeps the label for screen readers only (tables already show it). */
  labelHidden?: boolean;
  /** Said before the label by screen readers, e.g. "Left foot:" when the column shows the side. */
  context?: string;
  /** Where the shown value comes from (a photo, or typed over one), under the field. */
  source?: ReactNode;
}

interface NumberFieldProps extends NumberLabelling {
  path: Path;
  /** A photo's value for this field: shown while nothing is typed, and offered back over a typed one. */
  fromPhoto?: MeasuredFromPhoto | undefined;
}

/** A number at one place in the document. */
export const NumberField = memo(function NumberField({
  path,
  fromPhoto,
  ...labelling
}: NumberFieldProps) {
  const { store } = useForm();
  const key = bodyKey(path);
  const typed = asNumber(useBodyValue(path));
  return (
    <NumberInput
      {...labelling}
      source={
        fromPhoto ? (
          <PhotoSource
            photo={fromPhoto}
            typed={typed !== null}
            onUsePhoto={() => store.setBody(path, undefined)}
          />
        ) : (
          labelling.source
        )
      }
      id={controlId(path)}
      value={typed ?? fromPhoto?.valueDeg ?? null}
      unparsed={useDocValue((doc) => doc.unparsed[key])}
      issue={useIssue(key)}
      previous={asNumber(usePreviousValue(path))}
      onValue={(value) => store.setBody(path, value ?? undefined)}
      onUnparsed={(text) => store.setUnparsed(key, text)}
    />
  );
});

interface NumberInputProps extends NumberLabelling {
  id: string;
  /** In the stored unit. */
  value: number | null;
  unparsed: string | undefined;
  issue: string | undefined;
  previous: number | null;
  onValue: (value: number | null) => void;
  onUnparsed: (text: string) => void;
}

export function NumberInput({
  id,
  label,
  stored,
  hint,
  describe,
  labelHidden = false,
  context,
  source,
  value,
  unparsed,
  issue,
  previous,
  onValue,
  onUnparsed,
}: NumberInputProps) {
  const { units } = useForm();
  const [editing, setEditing] = useState<string | null>(null);

  const unit = shownUnit(stored, units);
  const shown = value === null ? '' : numberText(toShown(value, stored, units));
  const text = editing ?? unparsed ?? shown;
  const isOnTheWay = editing !== null && parseNumber(editing).kind === 'partial';
  const error = issue === NOT_A_NUMBER && isOnTheWay ? undefined : issue;

  const band = value !== null && !error && describe ? describe(value) : null;
  const was =
    previous === null
      ? null
      : wasText(
          toShown(previous, stored, units),
          value === null || error ? null : toShown(value, stored, units),
          unit,
        );
  const describedBy = [
    error && `${id}-error`,
    hint && `${id}-hint`,
    band && `${id}-band`,
    was && `${id}-was`,
    source && `${id}-source`,
  ]
    .filter(Boolean)
    .join(' ');

  const change = (next: string) => {
    setEditing(next);
    const parsed = parseNumber(next);
    if (parsed.kind === 'empty') onValue(null);
    else if (parsed.kind === 'number') onValue(fromShown(parsed.value, stored, units));
    else onUnparsed(next);
  };

  return (
    <div className={`ae-number${error ? ' ae-invalid' : ''}`}>
      <label className={labelHidden ? 'visually-hidden' : 'ae-label'} htmlFor={id}>
        {context && <span className="visually-hidden">{context} </span>}
        {label}
        <span className="visually-hidden"> ({unitLabel(unit)})</span>
      </label>
      {hint && (
        <p className="ae-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="ae-number-row">
        <span className="ae-input-unit">
          <input
            className="input ae-input-number"
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy || undefined}
            onFocus={() => setEditing(text)}
            onBlur={() => setEditing(null)}
            onChange={(event) => change(event.target.value)}
          />
          <span className="ae-unit" aria-hidden="true">
            {unit === 'deg' ? '°' : unit}
          </span>
        </span>
        {band && (
          <span className="ae-band" id={`${id}-band`}>
            {band}
          </span>
        )}
        {was && (
          <span className="ae-was" id={`${id}-was`}>
            {was}
          </span>
        )}
      </div>
      {source && (
        <p className="ae-value-source" id={`${id}-source`}>
          {source}
        </p>
      )}
      {error && (
        <p className="ae-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** "was 6 mm · −2 mm" */
export function wasText(previous: number, current: number | null, unit: ShownUnit): string {
  const base = `was ${withUnit(previous, unit)}`;
  return current === null ? base : `${base} · ${changeText(current - previous, unit)}`;
}
