/**
 * The static postural checkpoints, by view, as data. The set and views follow NASM's five
 * kinetic-chain checkpoints (SOURCES.nasmCheckpoints), split so the thoracic and lumbar spine are
 * separate and left and right are recorded separately wherever a side exists. Wording is ours.
 */
import type { Checkpoint, View } from './checkpoints';
import { BACK_CHECKPOINTS } from './checkpoints-back';
import { FRONT_CHECKPOINTS } from './checkpoints-front';
import { SIDE_CHECKPOINTS } from './checkpoints-side';

export const CHECKPOINTS = [
  ...FRONT_CHECKPOINTS,
  ...SIDE_CHECKPOINTS,
  ...BACK_CHECKPOINTS,
] as const;

export type CheckpointId = (typeof CHECKPOINTS)[number]['id'];
export const CHECKPOINT_IDS: readonly CheckpointId[] = CHECKPOINTS.map(
  (checkpoint) => checkpoint.id,
);

const byId = new Map<string, Checkpoint>(
  CHECKPOINTS.map((checkpoint) => [checkpoint.id, checkpoint]),
);

export function checkpointById(id: string): Checkpoint | undefined {
  return byId.get(id);
}

export interface CheckpointSlot {
  readonly checkpoint: Checkpoint;
  /** null for midline checkpoints. */
  readonly side: 'left' | 'right' | null;
}

/**
 * What to record in one view. Side views show their own side's left-and-right items; midline
 * side-view items appear in both side views and are one finding (the overall impression).
 */
export function checkpointSlotsForView(view: View): CheckpointSlot[] {
  const group = view === 'anterior' || view === 'posterior' ? view : 'lateral';
  const slots: CheckpointSlot[] = [];
  for (const checkpoint of CHECKPOINTS as readonly Checkpoint[]) {
    if (checkpoint.view !== group) continue;
    if (checkpoint.sideness === 'midline') slots.push({ checkpoint, side: null });
    else if (view === 'lateral-left') slots.push({ checkpoint, side: 'left' });
    else if (view === 'lateral-right') slots.push({ checkpoint, side: 'right' });
    else slots.push({ checkpoint, side: 'left' }, { checkpoint, side: 'right' });
  }
  return slots;
}
