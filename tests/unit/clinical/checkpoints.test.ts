import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '../../../shared/domain/clinical';
import {
  CHECKPOINTS,
  DEVIATIONS,
  POSTURE_SIGNALS,
  REGIONS_FEET_UP,
  VIEWS,
  checkpointById,
  checkpointSlotsForView,
  gradingOptions,
} from '../../../shared/domain/clinical';

const all: readonly Checkpoint[] = CHECKPOINTS;

describe('checkpoint catalogue', () => {
  it('has stable unique ids that start with their view', () => {
    const ids = all.map((checkpoint) => checkpoint.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const checkpoint of all)
      expect(checkpoint.id.startsWith(`${checkpoint.view}.`)).toBe(true);
  });

  it('covers every region from the feet to the head', () => {
    expect(new Set(all.map((checkpoint) => checkpoint.region))).toEqual(new Set(REGIONS_FEET_UP));
  });

  it('gives every checkpoint a short label, help text, deviations and a source', () => {
    for (const checkpoint of all) {
      expect(checkpoint.label.length).toBeLessThanOrEqual(40);
      expect(checkpoint.help.length).toBeGreaterThan(20);
      expect(checkpoint.deviations.length).toBeGreaterThan(0);
      expect(checkpoint.source.citation.length).toBeGreaterThan(0);
      for (const deviation of checkpoint.deviations) {
        expect(DEVIATIONS).toContain(deviation.id);
        if (deviation.signal) expect(POSTURE_SIGNALS).toContain(deviation.signal);
      }
      if (checkpoint.sideness === 'left-and-right') expect(checkpoint.partPlural).toBeDefined();
      if (checkpoint.measurement?.bands) {
        expect(checkpoint.measurement.bands.source.citation.length).toBeGreaterThan(0);
      }
    }
  });

  it('records left and right separately in front and back views', () => {
    const front = checkpointSlotsForView('anterior');
    const knee = front.filter((slot) => slot.checkpoint.id === 'anterior.knee.alignment');
    expect(knee.map((slot) => slot.side)).toEqual(['left', 'right']);
    const pelvis = front.filter((slot) => slot.checkpoint.id === 'anterior.pelvis.level');
    expect(pelvis.map((slot) => slot.side)).toEqual([null]);
  });

  it('shows each side view its own side, and midline items in both', () => {
    const left = checkpointSlotsForView('lateral-left');
    const right = checkpointSlotsForView('lateral-right');
    const kneeSide = (slots: typeof left) =>
      slots
        .filter((slot) => slot.checkpoint.id === 'lateral.knee.position')
        .map((slot) => slot.side);
    expect(kneeSide(left)).toEqual(['left']);
    expect(kneeSide(right)).toEqual(['right']);
    for (const slots of [left, right]) {
      expect(
        slots.some((slot) => slot.checkpoint.id === 'lateral.pelvis.tilt' && slot.side === null),
      ).toBe(true);
    }
  });

  it('gives every view something to record', () => {
    for (const view of VIEWS) expect(checkpointSlotsForView(view).length).toBeGreaterThan(0);
  });

  it('offers "not seen" then mild/marked per direction', () => {
    const knee = checkpointById('anterior.knee.alignment');
    expect(knee && gradingOptions(knee).map((option) => option.label)).toEqual([
      'Not seen',
      'Mild: drifts inward (valgus)',
      'Marked: drifts inward (valgus)',
      'Mild: bows outward (varus)',
      'Marked: bows outward (varus)',
    ]);
    const head = checkpointById('lateral.head.position');
    expect(head && gradingOptions(head).map((option) => option.label)).toEqual([
      'Not seen',
      'Mild',
      'Marked',
    ]);
  });
});
