/** True for anything but null and undefined — both mean "not assessed" in the document. */
export function isPresent<T>(value: T): value is NonNullable<T> {
  return value !== null && value !== undefined;
}
