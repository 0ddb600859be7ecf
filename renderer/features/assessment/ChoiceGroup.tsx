/**
 * A row of choices that behaves exactly like native radio buttons — because it is made of them:
 * one Tab stop per group, arrow keys move and choose, Space chooses — styled as a segmented bar.
 */
import { Fragment, memo, type ReactNode } from 'react';

export interface Choice {
  readonly value: string;
  /** What is printed on the segment. */
  readonly label: string;
  /** The whole name read out when the segment alone would be ambiguous: "Mild, turned out" for "Mild". */
  readonly spoken?: string;
  /** Consecutive choices with the same cluster sit together under this caption. */
  readonly cluster?: string;
  /** "Not assessed" and the like: shown plainly when chosen, since nothing was recorded. */
  readonly neutral?: boolean;
}

interface ChoiceGroupProps {
  /** The radio group's name; unique on the page. */
  name: string;
  legend: ReactNode;
  /** Keeps the legend for screen readers only, when the row already shows it. */
  legendHidden?: boolean;
  choices: readonly Choice[];
  /** null: nothing chosen yet. */
  value: string | null;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown after the choices, e.g. the previous visit's answer. */
  after?: ReactNode;
  className?: string;
}

export const ChoiceGroup = memo(function ChoiceGroup({
  name,
  legend,
  legendHidden = false,
  choices,
  value,
  onChange,
  hint,
  error,
  after,
  className,
}: ChoiceGroupProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const clusters = clustersOf(choices);
  return (
    <fieldset
      className={['ae-choice', error ? 'ae-invalid' : '', className ?? ''].join(' ').trim()}
      aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
    >
      <legend className={legendHidden ? 'visually-hidden' : 'ae-legend'}>{legend}</legend>
      {hint && (
        <p className="ae-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="ae-choice-row">
        <div className="ae-seg-set">
          {clusters.map(({ caption, items }, index) => (
            <Fragment key={`${caption ?? ''}-${index}`}>
              {caption ? (
                <span className="ae-seg-cluster">
                  <span className="ae-seg-caption" aria-hidden="true">
                    {caption}
                  </span>
                  <span className="ae-seg">
                    {items.map((choice) => (
                      <Segment
                        key={choice.value}
                        name={name}
                        choice={choice}
                        value={value}
                        onChange={onChange}
                      />
                    ))}
                  </span>
                </span>
              ) : (
                <span className="ae-seg">
                  {items.map((choice) => (
                    <Segment
                      key={choice.value}
                      name={name}
                      choice={choice}
                      value={value}
                      onChange={onChange}
                    />
                  ))}
                </span>
              )}
            </Fragment>
          ))}
        </div>
        {after}
      </div>
      {error && (
        <p className="ae-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
});

function Segment({
  name,
  choice,
  value,
  onChange,
}: {
  name: string;
  choice: Choice;
  value: string | null;
  onChange: (value: string) => void;
}) {
  const id = `${name}-${choice.value}`.replace(/[^\w-]/g, '_');
  return (
    <label
      className={[
        'ae-seg-option',
        choice.neutral ? 'ae-seg-neutral' : '',
        value === choice.value ? 'ae-seg-checked' : '',
      ]
        .join(' ')
        .trim()}
      htmlFor={id}
    >
      <input
        className="ae-seg-input"
        type="radio"
        id={id}
        name={name}
        value={choice.value}
        checked={value === choice.value}
        onChange={() => onChange(choice.value)}
      />
      {/* The spoken name is one string, never the printed label joined to an addition: a browser
          puts a space between the two and "Mild, drifts inward" is read as "Mild , drifts inward". */}
      <span className="ae-seg-face">
        {choice.spoken ? (
          <>
            <span aria-hidden="true">{choice.label}</span>
            <span className="visually-hidden">{choice.spoken}</span>
          </>
        ) : (
          choice.label
        )}
      </span>
    </label>
  );
}

function clustersOf(choices: readonly Choice[]) {
  const clusters: { caption: string | undefined; items: Choice[] }[] = [];
  for (const choice of choices) {
    const last = clusters.at(-1);
    if (last && last.caption === choice.cluster) last.items.push(choice);
    else clusters.push({ caption: choice.cluster, items: [choice] });
  }
  return clusters;
}
