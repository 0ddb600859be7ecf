import type { HoldDosage, RepsDosage } from './types';

interface Frequency {
  perSide: boolean;
  /** Defaults to once a day. */
  timesPerDay?: number;
  /** Defaults to every day. */
  daysPerWeek?: number;
}

export function hold(
  sets: number,
  holdSeconds: number,
  { perSide, timesPerDay = 1, daysPerWeek = 7 }: Frequency,
): HoldDosage {
  return { kind: 'hold', sets, holdSeconds, perSide, timesPerDay, daysPerWeek };
}

export function reps(
  sets: number,
  count: number,
  {
    perSide,
    timesPerDay = 1,
    daysPerWeek = 7,
    pauseSeconds,
  }: Frequency & { pauseSeconds?: number },
): RepsDosage {
  const dosage: RepsDosage = { kind: 'reps', sets, reps: count, perSide, timesPerDay, daysPerWeek };
  if (pauseSeconds !== undefined) dosage.pauseSeconds = pauseSeconds;
  return dosage;
}
