/**
 * What is printed under each photo in the report: the view and the measures its landmarks allow.
 * A measure whose points were not placed is named as not measured, never estimated.
 */
import type { PhotoInfo } from '../../../shared/channels/photos';
import { formatPlain, formatWithUnit } from '../../../shared/domain/clinical';
import {
  measureDefinition,
  measurePhoto,
  type MeasureId,
  type MeasureResult,
} from '../../../shared/domain/photo-measures';
import { photoViews } from '../../../shared/domain/photo-views';

export interface PhotoCaption {
  /** e.g. "Front" or "Right side". */
  view: string;
  /** One line per measure, e.g. "Shoulder tilt: 2.1°, right side lower". */
  measured: string[];
  /** Labels of the measures whose points were not all placed. */
  notMeasured: string[];
  /** Labels of the measures held back because a left/right pair looks swapped and is unchecked. */
  waiting: string[];
  /** True when some distance is in photo pixels because no known length was marked. */
  inPixels: boolean;
}

/** Angles whose direction is fixed by definition, so only the number means anything. */
const NUMBER_ONLY: readonly MeasureId[] = ['craniovertebral-angle', 'forward-shoulder-angle'];

const labelOf = (id: MeasureId) => measureDefinition(id)?.label ?? id;

type Measured = MeasureResult & { status: 'measured' };

function amountText(value: number, { unit }: Measured): string {
  if (unit === 'px') return `${formatPlain(Math.round(value))} px`;
  return formatWithUnit(value, unit);
}

function measuredLine(result: Measured): string {
  const label = labelOf(result.id);
  if (NUMBER_ONLY.includes(result.id)) return `${label}: ${amountText(result.value, result)}`;
  if (result.id.endsWith('-offset')) {
    const part = label.replace(/ in front of the plumb line$/, '');
    if (result.direction === 'on the line') return `${part}: on the plumb line`;
    return `${part}: ${amountText(Math.abs(result.value), result)} ${result.direction}`;
  }
  // The sign is carried by the words ("right side lower", "everted"), so the number is unsigned.
  return `${label}: ${amountText(Math.abs(result.value), result)}, ${result.direction}`;
}

export function photoCaption(photo: Pick<PhotoInfo, 'view' | 'landmarks'>): PhotoCaption {
  const results = measurePhoto(photo.view, photo.landmarks);
  const measured = results.flatMap((result) => (result.status === 'measured' ? [result] : []));
  return {
    view: photoViews.find((view) => view.id === photo.view)?.label ?? photo.view,
    measured: measured.map(measuredLine),
    notMeasured: results.flatMap((result) =>
      result.status === 'not-measured' && !result.waitingFor ? [labelOf(result.id)] : [],
    ),
    waiting: results.flatMap((result) =>
      result.status === 'not-measured' && result.waitingFor ? [labelOf(result.id)] : [],
    ),
    inPixels: measured.some((result) => result.unit === 'px'),
  };
}
