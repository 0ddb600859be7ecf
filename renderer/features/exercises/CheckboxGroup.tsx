interface CheckboxGroupProps<T extends string> {
  id: string;
  legend: string;
  hint?: string;
  required?: boolean;
  options: readonly T[];
  labels: Record<T, string>;
  checked: readonly T[];
  error: string | undefined;
  onChange: (checked: T[]) => void;
}

/** Several choices under one question, with main's message about them below. */
export function CheckboxGroup<T extends string>({
  id,
  legend,
  hint,
  required = false,
  options,
  labels,
  checked,
  error,
  onChange,
}: CheckboxGroupProps<T>) {
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      id={id}
      className={error ? 'field checkbox-group field-invalid' : 'field checkbox-group'}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field-label">
        {legend}
        {required && <span className="field-required"> (required)</span>}
      </legend>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="checkbox-options">
        {options.map((option) => (
          <label key={option} className="checkbox-option">
            <input
              type="checkbox"
              checked={checked.includes(option)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? options.filter((each) => each === option || checked.includes(each))
                    : checked.filter((each) => each !== option),
                )
              }
            />
            {labels[option]}
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
