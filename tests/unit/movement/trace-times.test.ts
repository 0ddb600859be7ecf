import { describe, expect, it } from 'vitest';
import {
  TRACE_FRAMES_PER_SECOND,
  traceTimes,
} from '../../../renderer/features/movement-video/trace-frames';

describe('the frames the movement trace reads', () => {
  it('are a few a second from the start, and the clip’s end too', () => {
    const times = traceTimes(3.2);
    expect(TRACE_FRAMES_PER_SECOND).toBe(5);
    expect(times).toHaveLength(17);
    expect(times[0]).toBe(0);
    expect(times[10]).toBeCloseTo(2, 6);
    // The last frame sits just before the end, where a seek still finds a picture.
    expect(times.at(-1)).toBeCloseTo(3.15, 6);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('are one frame for a clip shorter than a step', () => {
    expect(traceTimes(0.1)).toEqual([0.05]);
  });
});
