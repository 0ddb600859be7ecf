/**
 * The presenting complaint: what the client came with, kept short — where (body-chart areas),
 * how long, what makes it worse, and her client's goal. It points the chain: findings are read
 * from the feet up toward it, and suggestions for findings on that chain rank higher. Optional
 * throughout; an assessment without one reads the whole chain with no target.
 */
import { z } from 'zod';
import type { Region } from './checkpoints';
import { REGIONS_FEET_UP } from './checkpoints';
import { BODY_CHART_REGION_IDS, bodyChartRegionById } from './pain';
import { isPresent } from './present';
import { hasNoDuplicates, strictGroup } from './schema-helpers';

/** Short on purpose: a line each, the detail belongs in the notes. */
export const COMPLAINT_TEXT_MAX = 300;

const shortText = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .max(COMPLAINT_TEXT_MAX, {
      error: `${label} is too long for the complaint (at most ${COMPLAINT_TEXT_MAX} characters); put the detail in the notes.`,
    })
    .nullish();

export const complaintSchema = strictGroup(
  {
    regions: z
      .array(
        z.enum(BODY_CHART_REGION_IDS, {
          error: 'Choose the complaint’s area from the body chart.',
        }),
      )
      .nullish()
      .refine(hasNoDuplicates, { error: 'A complaint area is listed twice.' }),
    duration: shortText('How long'),
    aggravatedBy: shortText('What makes it worse'),
    goal: shortText('The client’s goal'),
  },
  'The presenting complaint',
);

export type ComplaintRecord = z.infer<typeof complaintSchema>;

/** The body part in a body-chart id ("back.low-back.right" → "low-back"). */
const partOf = (regionId: string): string => regionId.split('.')[1] ?? '';

/**
 * Which link of the chain each body-chart part belongs to. Lower-leg areas count with the feet
 * and ankles (the chain's first link); arms and hands with the shoulders, the chain's nearest link.
 */
const CHAIN_REGION_OF_PART: Readonly<Record<string, Region>> = {
  foot: 'feet-ankles',
  sole: 'feet-ankles',
  heel: 'feet-ankles',
  ankle: 'feet-ankles',
  shin: 'feet-ankles',
  calf: 'feet-ankles',
  knee: 'knees',
  thigh: 'lumbo-pelvic-hip',
  groin: 'lumbo-pelvic-hip',
  buttock: 'lumbo-pelvic-hip',
  sacrum: 'lumbo-pelvic-hip',
  abdomen: 'lumbo-pelvic-hip',
  'low-back': 'lumbar-spine',
  'mid-back': 'thoracic-spine',
  'upper-back': 'thoracic-spine',
  chest: 'thoracic-spine',
  'shoulder-blade': 'shoulders-scapulae',
  shoulder: 'shoulders-scapulae',
  arm: 'shoulders-scapulae',
  hand: 'shoulders-scapulae',
  neck: 'head-neck',
  head: 'head-neck',
};

export function chainRegionOf(bodyChartRegionId: string): Region | null {
  return CHAIN_REGION_OF_PART[partOf(bodyChartRegionId)] ?? null;
}

export interface ComplaintTarget {
  /** The chain links the complaint sits in, feet first. */
  readonly regions: readonly Region[];
  /** The highest of them: the chain is read from the feet up to here. */
  readonly top: Region;
  /** The side when every marked area is on one side; null when both or the midline. */
  readonly side: 'left' | 'right' | null;
  /** The areas in words, e.g. "Centre of lower back". */
  readonly areas: readonly string[];
}

/** Where the complaint points the chain, or null when no area was marked. */
export function complaintTarget(
  complaint: ComplaintRecord | null | undefined,
): ComplaintTarget | null {
  const ids = complaint?.regions ?? [];
  const regions = REGIONS_FEET_UP.filter((region) =>
    ids.some((id) => chainRegionOf(id) === region),
  );
  const top = regions[regions.length - 1];
  if (top === undefined) return null;
  const sides = new Set(ids.map((id) => bodyChartRegionById(id)?.side ?? 'midline'));
  const only = sides.size === 1 ? [...sides][0] : undefined;
  return {
    regions,
    top,
    side: only === 'left' || only === 'right' ? only : null,
    areas: ids.map((id) => bodyChartRegionById(id)?.label ?? id),
  };
}

/**
 * How a finding's chain link stands to the complaint: 'at' its link or the one just below it,
 * 'below' further down the chain (feet up toward it), 'above' past it, or 'no-complaint'.
 */
export type ComplaintRelation = 'at' | 'below' | 'above' | 'no-complaint';

export function relationToComplaint(
  region: Region,
  target: ComplaintTarget | null,
): ComplaintRelation {
  if (!target) return 'no-complaint';
  const index = REGIONS_FEET_UP.indexOf(region);
  const atOrJustBelow = target.regions.some((link) => {
    const linkIndex = REGIONS_FEET_UP.indexOf(link);
    return index === linkIndex || index === linkIndex - 1;
  });
  if (atOrJustBelow) return 'at';
  return index < REGIONS_FEET_UP.indexOf(target.top) ? 'below' : 'above';
}

/** Whether any part of the complaint was filled in. */
export function hasComplaint(complaint: ComplaintRecord | null | undefined): boolean {
  if (!complaint) return false;
  const filled = (value: string | null | undefined) => isPresent(value) && value.trim() !== '';
  return (
    (complaint.regions?.length ?? 0) > 0 ||
    filled(complaint.duration) ||
    filled(complaint.aggravatedBy) ||
    filled(complaint.goal)
  );
}

/** The complaint in one line, e.g. "Centre of lower back, 2 years; worse sitting. Goal: …". */
export function complaintLine(complaint: ComplaintRecord | null | undefined): string | null {
  if (!complaint || !hasComplaint(complaint)) return null;
  const where = (complaint.regions ?? [])
    .map((id) => bodyChartRegionById(id)?.label ?? id)
    .join(', ');
  const parts = [
    [where, complaint.duration?.trim()].filter(Boolean).join(', '),
    complaint.aggravatedBy?.trim() ? `worse with ${complaint.aggravatedBy.trim()}` : '',
    complaint.goal?.trim() ? `goal: ${complaint.goal.trim()}` : '',
  ].filter((part) => part !== '');
  const line = parts.join('; ');
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
}
