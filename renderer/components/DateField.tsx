/**
 * The one way to enter a date: typed as year-month-day or in the locale's own order, or chosen on
 * the calendar behind the button. Below the box it says which day it understood, so 03/04 is never
 * read one way and meant the other.
 */
import { useMemo, useRef, useState, type FocusEvent } from 'react';
import { isCalendarDate } from '../../shared/domain/dates';
import {
  dateExamples,
  dayAsTyped,
  dayInWords,
  localeDateOrder,
  readDateText,
  valueOfText,
} from '../lib/date-text';
import { Field } from './Field';

interface DateFieldProps {
  id: string;
  label: string;
  /** A stored day (YYYY-MM-DD), '' for none, or text that did not read as a day. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  /** The form's own message (a day in the future, say); a text it cannot read has its own. */
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  /** Bounds of the calendar, as YYYY-MM-DD. */
  min?: string;
  max?: string;
  className?: string;
}

export function DateField({
  id,
  label,
  value,
  onChange,
  onBlur,
  error,
  hint,
  required = false,
  min,
  max,
  className,
}: DateFieldProps) {
  const order = useMemo(() => localeDateOrder(), []);
  const [text, setText] = useState(() => dayAsTyped(value));
  const [left, setLeft] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  // A day set from outside (a restored draft, another revision) replaces what the box shows.
  if (valueOfText(text, order) !== value) setText(dayAsTyped(value));

  const reading = readDateText(text, order);
  // Half-typed text is not scolded: its message waits until she leaves the box or saves.
  const readingProblem =
    reading.kind === 'problem' && (left || error !== undefined) ? reading.message : undefined;
  const message = readingProblem ?? error;
  const understoodId = `${id}-understood`;

  const type = (next: string) => {
    setText(next);
    onChange(valueOfText(next, order));
  };

  const openCalendar = () => {
    try {
      picker.current?.showPicker();
    } catch {
      // No calendar to show (the window is not focused, say): typing still works.
      document.getElementById(id)?.focus();
    }
  };

  return (
    <Field
      id={id}
      label={label}
      required={required}
      hint={hint ?? `For example ${dateExamples()}`}
      error={message}
      className={['date-field', className ?? ''].join(' ').trim()}
    >
      {(control) => (
        <>
          <div className="date-field-row">
            <input
              {...control}
              aria-describedby={[control['aria-describedby'], understoodId]
                .filter(Boolean)
                .join(' ')}
              className="input date-field-input"
              type="text"
              inputMode="numeric"
              // The practitioner types someone else's details: the browser's own must not pop up.
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(event) => type(event.target.value)}
              onBlur={(event) => {
                setLeft(true);
                onBlur?.(event);
              }}
            />
            <button
              type="button"
              className="button date-field-calendar"
              aria-label="Open calendar"
              title="Choose on a calendar"
              onClick={openCalendar}
            >
              <CalendarIcon />
            </button>
            {/* Only the calendar of the browser's date box is used: typing into it gave year 61023. */}
            <input
              ref={picker}
              className="date-field-picker"
              type="date"
              tabIndex={-1}
              aria-hidden="true"
              value={isCalendarDate(value) ? value : ''}
              min={min}
              max={max}
              onChange={(event) => {
                if (isCalendarDate(event.target.value)) type(dayAsTyped(event.target.value));
              }}
            />
          </div>
          <p className="date-field-understood" id={understoodId} aria-live="polite">
            {reading.kind === 'day' ? dayInWords(reading.day) : ''}
          </p>
        </>
      )}
    </Field>
  );
}

function CalendarIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <rect
        x="2"
        y="3"
        width="12"
        height="11"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
      />
      <path d="M2 6.5h12M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}
