/** Number formatting for report sentences: a true minus sign and units the way clinicians write them. */
import type { Unit } from './bands';
import { roundTo } from './bands';

const MINUS = '\u2212';

/** "+8", "−3", "0" — FPI-style signed scores. */
export function formatSigned(value: number): string {
  const rounded = roundTo(value, 1);
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `${MINUS}${Math.abs(rounded)}`;
  return '0';
}

export function formatPlain(value: number): string {
  const rounded = roundTo(value, 1);
  return rounded < 0 ? `${MINUS}${Math.abs(rounded)}` : String(rounded);
}

/** A value with its unit: "12 mm", "9.5 cm", "18°", "35.6%", "3 points". */
export function formatWithUnit(value: number, unit: Unit): string {
  const number = formatPlain(value);
  switch (unit) {
    case 'deg':
      return `${number}°`;
    case 'percent':
      return `${number}%`;
    case 'points':
      return `${number} ${Math.abs(value) === 1 ? 'point' : 'points'}`;
    case 'mm':
    case 'cm':
      return `${number} ${unit}`;
  }
}
