/**
 * The measures and their changes in the words a client would use: no abbreviations she was never
 * told, a verdict in words beside every colour.
 */
import type { ChangeVerdict, SeriesChange } from './visit-change';

const PLAIN: Readonly<Record<string, string>> = {
  'pain-now': 'Pain on the day',
  'pain-least': 'Pain at its least, in the week before',
  'pain-worst': 'Pain at its worst, in the week before',
  odi: 'How much pain gets in the way of daily life',
  'modified-odi': 'How much pain gets in the way of daily life',
  rmdq: 'How much back pain gets in the way of daily life',
  'fpi-left': 'Left foot posture score',
  'fpi-right': 'Right foot posture score',
  'knee-to-wall-left': 'How far the left ankle bends (knee to wall)',
  'knee-to-wall-right': 'How far the right ankle bends (knee to wall)',
};

const PHOTO_MEASURE: Readonly<Record<string, string>> = {
  'craniovertebral-angle': 'Neck angle (higher means the head sits further back)',
  'head-tilt': 'Head tilt to one side',
  'shoulder-tilt': 'Shoulder height difference',
  'pelvic-tilt': 'Hip height difference',
  'ear-offset': 'Ear forward of the plumb line',
  'shoulder-offset': 'Shoulder forward of the plumb line',
  'hip-offset': 'Hip forward of the plumb line',
  'knee-offset': 'Knee forward of the plumb line',
};

const PHOTO_VIEW: Readonly<Record<string, string>> = {
  anterior: 'front photo',
  posterior: 'back photo',
  'left-lateral': 'left side photo',
  'right-lateral': 'right side photo',
};

/** A series id from the progress charts in plain words, e.g. "Neck angle … (right side photo)". */
export function plainMeasureName(seriesId: string): string {
  const plain = PLAIN[seriesId];
  if (plain) return plain;
  const [measure = seriesId, view] = seriesId.split('@');
  const name = PHOTO_MEASURE[measure] ?? measure;
  const where = view ? PHOTO_VIEW[view] : undefined;
  return where ? `${name}, ${where}` : name;
}

export interface VerdictWords {
  /** Short, on the badge: never the colour alone. */
  readonly label: string;
  /** One sentence under it. */
  readonly sentence: string;
}

export const VERDICT_WORDS: Readonly<Record<ChangeVerdict, VerdictWords>> = {
  better: {
    label: 'Better',
    sentence: 'A real improvement: more than the smallest change that counts.',
  },
  worse: {
    label: 'Worse',
    sentence: 'A real change the wrong way: worth talking through together.',
  },
  within: {
    label: 'Within measurement error',
    sentence: 'About the same: a change this small can come from measuring alone.',
  },
  changed: {
    label: 'Changed',
    sentence: 'More than measuring alone explains; neither direction is better in itself.',
  },
  unjudged: {
    label: 'Not judged',
    sentence: 'There is no agreed measurement error for this yet, so the numbers speak for now.',
  },
};

const number = (value: number, decimals: number) =>
  value
    .toFixed(decimals)
    .replace(/^-/, '\u2212')
    .replace(/^\u22120(\.0+)?$/, '0$1');

/** "7 → 2", "49% → 13%", "42.7° → 52.5°". */
export function beforeAfterText(change: SeriesChange): string {
  const { before, after, unit, decimals } = change;
  return `${number(before, decimals)}${unit} \u2192 ${number(after, decimals)}${unit}`;
}
