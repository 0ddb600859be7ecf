import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../../renderer/lib/format';

describe('formatFileSize', () => {
  it('counts in 1024s, as the limits the app states do', () => {
    expect(formatFileSize(30 * 1024 * 1024)).toBe('30 MB');
    expect(formatFileSize(30 * 1000 * 1000)).toBe('28.6 MB');
  });

  it('shows whole kilobytes below a megabyte and never 0 KB', () => {
    expect(formatFileSize(820 * 1024)).toBe('820 KB');
    expect(formatFileSize(1536)).toBe('2 KB');
    expect(formatFileSize(12)).toBe('1 KB');
  });

  it('shows one decimal from a megabyte up', () => {
    expect(formatFileSize(1024 * 1024)).toBe('1 MB');
    expect(formatFileSize(4.2 * 1024 * 1024)).toBe('4.2 MB');
    expect(formatFileSize(512 * 1024 * 1024)).toBe('512 MB');
  });
});
