import { z } from 'zod';

/**
 * How Stance reaches a studio's PostgreSQL server. `verified` encrypts the connection and checks
 * the server's certificate against the CA file she chose (and that it names the host she typed);
 * `off` sends everything unencrypted, for a server on this computer or a network she controls.
 */
export const studioTlsModes = ['verified', 'off'] as const;
export type StudioTlsMode = (typeof studioTlsModes)[number];

export const DEFAULT_STUDIO_PORT = 5432;

/** PostgreSQL cuts names at 63 bytes (NAMEDATALEN - 1); a longer one would name something else. */
const NAME_MAX = 63;
/** The longest name DNS allows. */
const HOST_MAX = 253;

const utf8Bytes = new TextEncoder();

const name = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, { error: `Enter ${label.toLowerCase()}.` })
    .refine((value) => utf8Bytes.encode(value).byteLength <= NAME_MAX, {
      error: `${label} is too long (PostgreSQL names are at most ${NAME_MAX} bytes).`,
    });

export const studioConnectionFields = {
  host: z
    .string({ error: 'The server address must be text.' })
    .trim()
    .min(1, { error: 'Enter the server’s address, e.g. studio-db.local or 192.168.1.20.' })
    .max(HOST_MAX, { error: `The server address is too long (at most ${HOST_MAX} characters).` })
    // Letters, digits, dots, hyphens and the colons of an IPv6 address: nothing that could carry
    // a second option into the connection.
    .regex(/^[A-Za-z0-9.:-]+$/, {
      error: 'Enter the server’s name or IP address only, without spaces, slashes or a port.',
    }),
  port: z
    .number({ error: 'The port must be a number.' })
    .int({ error: 'The port must be a whole number.' })
    .min(1, { error: 'The port must be between 1 and 65535.' })
    .max(65_535, { error: 'The port must be between 1 and 65535.' }),
  database: name('The database name'),
  user: name('The user name'),
  tls: z.enum(studioTlsModes, { error: 'Choose how the connection is secured.' }),
  /** The CA certificate file she chose; required when the connection is verified. */
  caFile: z
    .string({ error: 'The certificate file must be a file path.' })
    .max(4096, { error: 'The certificate file path is too long.' })
    .nullable(),
};

const caFileWhenVerified = <T extends { tls: StudioTlsMode; caFile: string | null }>(value: T) =>
  value.tls !== 'verified' || (value.caFile !== null && value.caFile !== '');
const caFileMissing = {
  error: 'Choose the server’s CA certificate file, or turn encryption off.',
  path: ['caFile'],
};

/**
 * The password as typed. Absent: keep the one saved before (or none). Never logged, never stored
 * in clear.
 */
const password = z
  .string({ error: 'The password must be text.' })
  .max(1024, { error: 'The password is too long (at most 1024 characters).' });

/** What Save and Test connection send. */
export const studioConnectionInputSchema = z
  .strictObject({ ...studioConnectionFields, password: password.optional() })
  .refine(caFileWhenVerified, caFileMissing);
export type StudioConnectionInput = z.input<typeof studioConnectionInputSchema>;

/** The saved connection as the page sees it: everything but the password itself. */
export interface StudioConnectionView {
  host: string;
  port: number;
  database: string;
  user: string;
  tls: StudioTlsMode;
  caFile: string | null;
  /** A password is saved (encrypted); the page never receives it. */
  passwordSaved: boolean;
  /** False until she first saves; the page then shows empty fields with the default port. */
  saved: boolean;
  /** This computer can encrypt a password with its keychain or keyring. */
  canKeepPassword: boolean;
  /** Why a saved file was not used (unreadable), in plain words; null when nothing is wrong. */
  problem: string | null;
}

/** Why a connection test failed, so the page and tests can tell them apart without the text. */
export const studioProblems = [
  'wrong-password',
  'not-allowed',
  'unknown-host',
  'refused',
  'no-answer',
  'tls-untrusted',
  'tls-wrong-name',
  'tls-expired',
  'tls-unsupported',
  'tls-required',
  'unknown-database',
  'too-old',
  'schema-newer',
  'schema-missing',
  'no-ca-file',
  'no-password',
  'busy',
  'other',
] as const;
export type StudioProblem = (typeof studioProblems)[number];

export type StudioTestResult =
  | {
      connected: true;
      /** e.g. "16.4" */
      serverVersion: string;
      /** Sentences in plain words: what was found and anything she should know. */
      message: string;
    }
  | { connected: false; problem: StudioProblem; message: string };
