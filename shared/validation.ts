import type { z } from 'zod';
import type { FieldIssue } from './errors';

/** Flattens zod issues into one message per field path, first message wins. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    issues.push({ path, message: issue.message });
  }
  return issues;
}

export function issuesByField(issues: readonly FieldIssue[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of issues) byField[issue.path] ??= issue.message;
  return byField;
}

export const nulCharacterMessage =
  'This contains a hidden NUL character, which text cannot hold. Please retype it.';

/**
 * Where a request holds a NUL character (\u0000) in any text. The studio server cannot store one in
 * text or JSON while the SQLite file can, so it is refused on both engines alike, before a handler.
 */
export function nulCharacterIssues(value: unknown, path: readonly string[] = []): FieldIssue[] {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? [{ path: path.join('.'), message: nulCharacterMessage }] : [];
  }
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...(key.includes('\u0000')
      ? [{ path: [...path, key].join('.'), message: nulCharacterMessage }]
      : []),
    ...nulCharacterIssues(item, [...path, key]),
  ]);
}
