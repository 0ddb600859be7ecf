/**
 * Reading and writing inside the assessment document by path, immutably: unchanged branches keep
 * their identity, so components that select one field re-render only when that field changes.
 */
export type PathKey = string | number;
export type Path = readonly PathKey[];

/** The dotted form main uses for field issues, e.g. `body.feet.left.navicularDropMm`. */
export const pathKey = (path: Path): string => path.join('.');

export const bodyKey = (path: Path): string => pathKey(['body', ...path]);

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

export function getAt(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (!isContainer(node)) return undefined;
    node = Array.isArray(node) ? node[Number(key)] : node[String(key)];
  }
  return node;
}

function isEmptyObject(value: unknown): boolean {
  return isContainer(value) && !Array.isArray(value) && Object.keys(value).length === 0;
}

/**
 * A copy of `root` with `value` at `path`. `undefined` removes the key, and a group left empty by
 * that is removed too: an empty group and a missing one both mean "not assessed".
 */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  return setIn(root, path, value) as T;
}

function setIn(node: unknown, path: Path, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (Array.isArray(node)) {
    const copy: unknown[] = [...(node as unknown[])];
    const index = Number(key);
    copy[index] = setIn(copy[index], rest, value) ?? null;
    return copy;
  }
  const base: Record<string, unknown> = isContainer(node) ? { ...node } : {};
  const next = setIn(base[String(key)], rest, value);
  if (next === undefined || (rest.length > 0 && isEmptyObject(next))) delete base[String(key)];
  else base[String(key)] = next;
  return base;
}

/** Splits an issue key back into a body path; null for keys outside the body. */
export function bodyPathOf(key: string): PathKey[] | null {
  if (key !== 'body' && !key.startsWith('body.')) return null;
  return key
    .split('.')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
