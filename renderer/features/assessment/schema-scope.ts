/**
 * Checking one edit instead of the whole document. An edit at a path can only change the issues
 * of the smallest part of the schema that owns it: the field itself, unless a group or list on the
 * way down has checks of its own across its members (pain's "best above worst", a list's length,
 * the posture findings' cross-checks), in which case that whole group is checked. Parsing that
 * part with the very sub-schema main uses gives the same messages a whole-document parse gives
 * for it, since the groups above it add no checks of their own.
 */
import { z } from 'zod';
import { toFieldIssues } from '../../../shared/validation';
import type { Path, PathKey } from './paths';
import { getAt, pathKey } from './paths';

export interface Scope {
  /** Where the checked part starts; its issues are the ones under this path. */
  readonly path: Path;
  readonly schema: z.ZodType;
}

/** The wrappers `.optional()`, `.nullable()` and `.nullish()` put around a schema. */
function unwrapped(schema: z.ZodType): { inner: z.ZodType; hasChecks: boolean } {
  let inner = schema;
  let hasChecks = false;
  for (;;) {
    hasChecks ||= (inner.def.checks?.length ?? 0) > 0;
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) {
      inner = inner.unwrap() as z.ZodType;
    } else {
      return { inner, hasChecks };
    }
  }
}

function childSchema(schema: z.ZodType, key: PathKey): z.ZodType | null {
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType | undefined>;
    return Object.hasOwn(shape, String(key)) ? (shape[String(key)] ?? null) : null;
  }
  if (schema instanceof z.ZodArray && typeof key === 'number') return schema.element as z.ZodType;
  return null;
}

/**
 * The smallest part of `root` whose check covers a change at `path`. A path the schema does not
 * know (an unknown key) is checked at the group that would refuse it.
 */
export function scopeOf(root: z.ZodType, path: Path): Scope {
  let schema = root;
  for (let depth = 0; depth < path.length; depth += 1) {
    const { inner, hasChecks } = unwrapped(schema);
    const child = childSchema(inner, path[depth]!);
    if (hasChecks || child === null) return { path: path.slice(0, depth), schema };
    schema = child;
  }
  return { path, schema };
}

/** The issues `scope.schema` finds in the value at its path, keyed like a whole-document parse. */
export function issuesIn(scope: Scope, rootValue: unknown): Record<string, string> {
  const parsed = scope.schema.safeParse(getAt(rootValue, scope.path));
  const byKey: Record<string, string> = {};
  if (parsed.success) return byKey;
  const prefix = pathKey(scope.path);
  for (const issue of toFieldIssues(parsed.error)) {
    const key = [prefix, issue.path].filter((part) => part !== '').join('.');
    byKey[key] ??= issue.message;
  }
  return byKey;
}

/** True when an issue key lies inside the part of the document at `path`. */
export function isUnder(key: string, path: Path): boolean {
  const prefix = pathKey(path);
  return prefix === '' || key === prefix || key.startsWith(`${prefix}.`);
}

const MAX_CHANGED_PATHS = 32;

/**
 * Where two versions of a document differ. Unchanged branches keep their identity (see paths.ts),
 * so only changed branches are walked. More than a handful of changes, e.g. a whole document
 * swapped in, come back as the root: checking it all is then the cheaper answer.
 */
export function changedPaths(before: unknown, after: unknown): Path[] {
  const found: Path[] = [];
  const walk = (a: unknown, b: unknown, path: PathKey[]): boolean => {
    if (Object.is(a, b)) return true;
    if (isRecord(a) && isRecord(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (!walk(a[key], b[key], [...path, key])) return false;
      }
      return true;
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      for (let index = 0; index < a.length; index += 1) {
        if (!walk(a[index], b[index], [...path, index])) return false;
      }
      return true;
    }
    found.push(path);
    return found.length <= MAX_CHANGED_PATHS;
  };
  return walk(before, after, []) ? found : [[]];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
