/**
 * The stamp a draft save writes. The version check compares stamps, so a save must never write
 * the stamp it replaces: two saves in one millisecond, or a computer whose clock is behind the
 * one that saved last, would otherwise leave a stamp another practitioner already holds, and her
 * next save would go through over a change she never saw.
 */
export function stampAfter(at: string, replaced: string): string {
  const next = Date.parse(at);
  const previous = Date.parse(replaced);
  if (Number.isNaN(next) || Number.isNaN(previous) || next > previous) return at;
  return new Date(previous + 1).toISOString();
}
