import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../shared/errors';

/** What is wrong with a value, as the end of a sentence that starts with where it is. */
export const plainRecordIssue: z.core.$ZodErrorMap = (issue) => {
  if (
    issue.input === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value')
  )
    return 'is missing';
  switch (issue.code) {
    case 'invalid_type':
      return 'has the wrong kind of value';
    case 'unrecognized_keys':
      return `has something Stance does not recognise (${issue.keys.slice(0, 5).join(', ')})`;
    case 'too_big':
      return 'is too long or too large';
    case 'too_small':
      return 'is too short, too small or empty';
    case 'invalid_format':
      return 'is not written the way Stance writes it';
    case 'invalid_value':
      return 'has a value Stance does not recognise';
    default:
      return 'is not valid';
  }
};

/** Lists in the file and what one of their entries is called. */
const entryNames: Record<string, string> = {
  assessments: 'assessment',
  revisions: 'revision',
  programs: 'program',
  items: 'program exercise',
  exercises: 'exercise',
  photos: 'photo',
};

const fieldNames: Record<string, string> = {
  sha256: 'fingerprint (SHA-256)',
  data: 'image data',
  fpiLeft: 'left FPI-6 score',
  fpiRight: 'right FPI-6 score',
  painNow: 'current pain',
  app: 'app details',
  body: 'contents',
};

/** `['assessments', 0, 'revisions', 1, 'status']` -> "assessment 1, revision 2, status". */
export function describeRecordPath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let index = 0; index < path.length; index += 1) {
    const key = path[index];
    const next = path[index + 1];
    const entry = typeof key === 'string' ? entryNames[key] : undefined;
    if (entry && typeof next === 'number') {
      parts.push(`${entry} ${next + 1}`);
      index += 1;
    } else if (typeof key === 'string') {
      parts.push(fieldNames[key] ?? key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`));
    } else {
      parts.push(String(key));
    }
  }
  return parts.length > 0 ? parts.join(', ') : 'the file';
}

function sentence(path: readonly PropertyKey[], message: string): string {
  const where = describeRecordPath(path);
  const start = where.charAt(0).toUpperCase() + where.slice(1);
  // Messages written for the client form are whole sentences; the map above gives endings.
  return /^[a-z]/.test(message) ? `${start} ${message}.` : `${start}: ${message}`;
}

/** Nothing is imported from a file that fails; says what is wrong with its first few problems. */
export function notARecord(detail: string, issues?: FieldIssue[]): AppError {
  return new AppError(
    'invalid-input',
    `This file is not a complete Stance client record, so nothing was imported. ${detail}`,
    issues,
  );
}

export function recordValidationError(error: z.ZodError): AppError {
  const issues: FieldIssue[] = error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: sentence(issue.path, issue.message),
  }));
  const first = issues[0]?.message ?? 'It does not have the expected contents.';
  const more = error.issues.length - 1;
  return notARecord(
    more > 0 ? `${first} (and ${more} more problem${more === 1 ? '' : 's'})` : first,
    issues,
  );
}
