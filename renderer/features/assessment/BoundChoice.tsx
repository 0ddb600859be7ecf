/** A ChoiceGroup tied to one value of the document, with last visit's answer beside it. */
import { memo, type ReactNode } from 'react';
import type { Choice } from './ChoiceGroup';
import { ChoiceGroup } from './ChoiceGroup';
import type { Path } from './paths';
import { bodyKey } from './paths';
import { controlId, useBodyValue, useForm, useIssue, usePreviousValue } from './form-context';
import { changeText } from './units';

export interface BoundOption {
  /** What is stored; null or undefined means "not assessed" and removes the value. */
  readonly stored: string | number | boolean | null;
  readonly label: string;
  readonly spoken?: string;
}

interface BoundChoiceProps {
  path: Path;
  legend: ReactNode;
  legendHidden?: boolean;
  options: readonly BoundOption[];
  hint?: ReactNode;
  /** Numeric scales show the change since last time ("was 6 · −2"). */
  numeric?: boolean;
  /** What to write when a value is chosen for the first time, e.g. the rest of a new group. */
  onChoose?: (stored: BoundOption['stored']) => void;
  className?: string;
  nameSuffix?: string;
  /** A few words on the chosen value, e.g. its band. */
  describe?: (stored: NonNullable<BoundOption['stored']>) => string | null;
}

export const BoundChoice = memo(function BoundChoice({
  path,
  legend,
  legendHidden,
  options,
  hint,
  numeric = false,
  onChoose,
  className,
  nameSuffix = '',
  describe,
}: BoundChoiceProps) {
  const { store } = useForm();
  const current = normalize(useBodyValue(path));
  const previous = normalize(usePreviousValue(path));
  const issue = useIssue(bodyKey(path));
  const checked = options.findIndex((option) => option.stored === current);
  const choices: Choice[] = options.map((option, index) => ({
    value: String(index),
    label: option.label,
    ...(option.spoken ? { spoken: option.spoken } : {}),
    ...(option.stored === null ? { neutral: true } : {}),
  }));
  const was = previous === null ? null : wasChoice(options, previous, current, numeric);
  const band = current !== null && describe ? describe(current) : null;
  return (
    <ChoiceGroup
      name={controlId(path, nameSuffix)}
      legend={legend}
      legendHidden={legendHidden ?? false}
      choices={choices}
      value={checked === -1 ? null : String(checked)}
      onChange={(value) => {
        const stored = options[Number(value)]?.stored ?? null;
        if (onChoose) onChoose(stored);
        else store.setBody(path, stored ?? undefined);
      }}
      hint={hint}
      error={issue}
      after={
        (band || was) && (
          <>
            {band && <span className="ae-band">{band}</span>}
            {was && <span className="ae-was">{was}</span>}
          </>
        )
      }
      className={className}
    />
  );
});

function normalize(value: unknown): BoundOption['stored'] {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : null;
}

function wasChoice(
  options: readonly BoundOption[],
  previous: NonNullable<BoundOption['stored']>,
  current: BoundOption['stored'],
  numeric: boolean,
): string {
  const label = options.find((option) => option.stored === previous)?.label ?? String(previous);
  if (numeric && typeof previous === 'number' && typeof current === 'number') {
    return `was ${label} · ${changeText(current - previous, null)}`;
  }
  return `was ${label}`;
}

/** The usual first option of every clinical choice: nothing recorded yet. */
export const notAssessed = (label = 'Not assessed'): BoundOption => ({ stored: null, label });

export const yesNo = (yes = 'Yes', no = 'No'): BoundOption[] => [
  { stored: true, label: yes },
  { stored: false, label: no },
];
