/** Error codes that cross the IPC boundary. Both sides switch on these, never on message text. */
export const errorCodes = [
  'unknown-channel',
  'invalid-input',
  'not-found',
  /** The record changed since it was read (finalized, amended, or saved elsewhere); reload it. */
  'conflict',
  'database-from-future',
  'database-damaged',
  'unavailable',
  'internal',
  /** The call came from a frame that is not the app's own page; nothing was run. */
  'forbidden-sender',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field, in words a practitioner understands. */
export interface FieldIssue {
  /** Dotted path to the field, e.g. `email` or `feet.left.navicularDrop`. Empty for the whole payload. */
  path: string;
  message: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** Thrown inside main; the router turns it into a failed Result. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toShape(): AppErrorShape {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}
