import { describe, expect, it } from 'vitest';
import {
  formatClipLength,
  frameAt,
  lastFrame,
  stepTarget,
  timeOfFrame,
} from '../../../renderer/features/movement-video/frame-steps';
import { describeMovementTag } from '../../../shared/domain/movement/clips';

describe('stepping a clip frame by frame', () => {
  it('lands on the frame it aims at, from the middle of each frame', () => {
    for (let frame = 0; frame < 90; frame += 1)
      expect(frameAt(timeOfFrame(frame, 29.97), 29.97)).toBe(frame);
  });

  it('stays inside the clip at either end', () => {
    expect(lastFrame(1, 30)).toBe(29);
    expect(stepTarget(0, -1, 30, 1)).toBe(0);
    expect(stepTarget(timeOfFrame(29, 30), 1, 30, 1)).toBe(29);
    expect(stepTarget(timeOfFrame(10, 30), 1, 30, 1)).toBe(11);
    expect(stepTarget(timeOfFrame(10, 30), -1, 30, 1)).toBe(9);
  });

  it('names a clip by its screen, leg and view, with its length', () => {
    expect(describeMovementTag({ screen: 'single-leg-squat', view: 'front', side: 'left' })).toBe(
      'Single-leg squat on the left leg, from the front',
    );
    expect(describeMovementTag({ screen: 'overhead-squat', view: 'back', side: null })).toBe(
      'Overhead squat, from behind',
    );
    expect(formatClipLength(4_400)).toBe('0:04');
    expect(formatClipLength(75_000)).toBe('1:15');
  });
});
