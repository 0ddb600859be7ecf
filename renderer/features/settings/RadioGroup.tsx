export interface Choice<T extends string> {
  value: T;
  label: string;
  detail: string;
}

interface RadioGroupProps<T extends string> {
  name: string;
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** One choice among a few, each with a line saying what it means. */
export function RadioGroup<T extends string>({
  name,
  legend,
  choices,
  value,
  onChange,
}: RadioGroupProps<T>) {
  return (
    <fieldset className="choice-group">
      <legend className="field-label">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span className="choice-text">
            <span className="choice-label">{choice.label}</span>
            <span className="choice-detail">{choice.detail}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
