/**
 * What she typed into a form whose save could not reach the studio server, kept in localStorage
 * until a save goes through: leaving the page, a reload or a closed window loses nothing. The
 * copy carries the stamp of the record her form was loaded from, so its save is still refused,
 * by name, when a colleague saved since: a kept copy never overwrites anyone's work unseen.
 */

export interface KeptCopy<V> {
  readonly v: 1;
  readonly values: V;
  /** The record's updatedAt her form was loaded from; null for a record not created yet. */
  readonly baseUpdatedAt: string | null;
  /** When it was kept (ms since epoch), to say so in words. */
  readonly keptAt: number;
}

/** The part of localStorage a copy needs, so the logic can be tried without a browser. */
export type CopyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const browserStorage = (): CopyStorage | null =>
  typeof localStorage === 'undefined' ? null : localStorage;

export function writeKeptCopy<V>(
  key: string,
  values: V,
  baseUpdatedAt: string | null,
  {
    storage = browserStorage(),
    now = Date.now(),
  }: { storage?: CopyStorage | null; now?: number } = {},
): void {
  const copy: KeptCopy<V> = { v: 1, values, baseUpdatedAt, keptAt: now };
  try {
    storage?.setItem(key, JSON.stringify(copy));
  } catch {
    // Storage full or blocked: the form still holds her text and keeps trying to save it.
  }
}

/** The kept copy, or null when there is none or it is not one this form can take back. */
export function readKeptCopy<V>(
  key: string,
  isValues: (values: unknown) => values is V,
  storage: CopyStorage | null = browserStorage(),
): KeptCopy<V> | null {
  try {
    const text = storage?.getItem(key);
    if (!text) return null;
    const parsed = JSON.parse(text) as Partial<KeptCopy<unknown>> | null;
    const base = parsed?.baseUpdatedAt;
    if (parsed?.v !== 1 || typeof parsed.keptAt !== 'number') return null;
    if (base !== null && typeof base !== 'string') return null;
    if (!isValues(parsed.values)) return null;
    return { v: 1, values: parsed.values, baseUpdatedAt: base, keptAt: parsed.keptAt };
  } catch {
    return null;
  }
}

export function clearKeptCopy(key: string, storage: CopyStorage | null = browserStorage()): void {
  try {
    storage?.removeItem(key);
  } catch {
    // A copy left behind is only offered back to her, and its save still carries its stamp.
  }
}

/** True for a plain object whose named fields are all strings. */
export function hasStringFields<K extends string>(
  value: unknown,
  fields: readonly K[],
): value is Record<K, string> {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return fields.every((field) => typeof record[field] === 'string');
}
