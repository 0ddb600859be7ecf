import type { Dosage } from '../../../shared/domain/exercises';

const times = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "2 sets of 12, 2-second pause, each side · once a day, 5 days a week" */
export function describeDosage(dosage: Dosage): string {
  const amount =
    dosage.kind === 'hold'
      ? `${times(dosage.sets, 'set', 'sets')}, hold ${dosage.holdSeconds} seconds`
      : `${times(dosage.sets, 'set', 'sets')} of ${dosage.reps}${
          dosage.pauseSeconds ? `, ${dosage.pauseSeconds}-second pause` : ''
        }`;
  const daily = dosage.timesPerDay === 1 ? 'once a day' : `${dosage.timesPerDay} times a day`;
  const weekly =
    dosage.daysPerWeek === 7 ? 'every day' : times(dosage.daysPerWeek, 'day a week', 'days a week');
  return `${amount}${dosage.perSide ? ', each side' : ''} · ${daily}, ${weekly}`;
}
