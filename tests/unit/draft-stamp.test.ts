import { describe, expect, it } from 'vitest';
import { stampAfter } from '../../main/db/stores/draft-stamp';

describe('the stamp a draft save writes', () => {
  it('is the save time when that is later than the stamp it replaces', () => {
    expect(stampAfter('2026-12-05T10:00:00.500Z', '2026-12-05T10:00:00.499Z')).toBe(
      '2026-12-05T10:00:00.500Z',
    );
  });

  it('moves one millisecond past the replaced stamp in the same millisecond or from a clock behind', () => {
    expect(stampAfter('2026-12-05T10:00:00.500Z', '2026-12-05T10:00:00.500Z')).toBe(
      '2026-12-05T10:00:00.501Z',
    );
    expect(stampAfter('2026-12-05T09:59:00.000Z', '2026-12-05T10:00:00.999Z')).toBe(
      '2026-12-05T10:00:01.000Z',
    );
  });

  it('keeps the save time when either stamp is not a time at all', () => {
    expect(stampAfter('b', 'a')).toBe('b');
    expect(stampAfter('2026-12-05T10:00:00.000Z', 'a')).toBe('2026-12-05T10:00:00.000Z');
  });
});
