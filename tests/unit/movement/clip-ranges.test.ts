import { describe, expect, it } from 'vitest';
import { parseRange } from '../../../main/clips/serve';

const MB = 1024 * 1024;

describe('the byte ranges a clip is served in', () => {
  it('answers "from here to the end" with at most 2 MB, so the first frame is not kept waiting', () => {
    expect(parseRange('bytes=0-', 60 * MB)).toEqual({ start: 0, end: 2 * MB - 1 });
    expect(parseRange('bytes=1000-', 1500)).toEqual({ start: 1000, end: 1499 });
  });

  it('hands out the whole clip, in order, to a player that keeps asking for the rest', () => {
    const size = 5 * MB + 123;
    const parts: { start: number; end: number }[] = [];
    for (let next = 0; next < size;) {
      const range = parseRange(`bytes=${next}-`, size)!;
      parts.push(range);
      next = range.end + 1;
    }
    expect(parts.map((part) => part.start)).toEqual([0, 2 * MB, 4 * MB]);
    expect(parts.at(-1)!.end).toBe(size - 1);
  });

  it('gives exactly the bytes asked for, and the last ones for a suffix range', () => {
    expect(parseRange('bytes=100-199', 1000)).toEqual({ start: 100, end: 199 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=0-', 0)).toBeNull();
    expect(parseRange('bytes=1000-', 1000)).toBeNull();
    expect(parseRange('bytes=5-2', 1000)).toBeNull();
  });
});
