/**
 * The studio connection kept in the data folder (`studio-connection.json`). The password is only
 * ever written encrypted by the system keychain, so the file alone, or a copy of the folder on
 * another computer, does not give it away.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  DEFAULT_STUDIO_PORT,
  studioConnectionFields,
  type StudioConnectionInput,
  type StudioConnectionView,
} from '../../shared/domain/studio-connection';
import { writeFileAtomically } from '../exports/atomic-file';
import type { SecretBox } from '../host';

export const STUDIO_CONNECTION_FILE = 'studio-connection.json';

const savedSchema = z.strictObject({
  format: z.literal(1),
  ...studioConnectionFields,
  /** Base64 of what the keychain encrypted, or null when no password is saved. */
  encryptedPassword: z.base64().nullable(),
});
export type SavedConnection = z.infer<typeof savedSchema>;

export type ReadOutcome =
  | { state: 'none' }
  | { state: 'saved'; saved: SavedConnection }
  | { state: 'unreadable'; message: string };

export function connectionFile(dataDir: string): string {
  return path.join(dataDir, STUDIO_CONNECTION_FILE);
}

export function readSavedConnection(dataDir: string): ReadOutcome {
  const file = connectionFile(dataDir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'none' };
    return { state: 'unreadable', message: unreadable(file) };
  }
  try {
    const parsed = savedSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { state: 'saved', saved: parsed.data };
  } catch {
    // Not JSON: answered below like any other file this version cannot read.
  }
  return { state: 'unreadable', message: unreadable(file) };
}

/** The saved details, or a plain-words refusal when there are none Stance can use. */
export function requireSavedConnection(dataDir: string): SavedConnection {
  const outcome = readSavedConnection(dataDir);
  if (outcome.state === 'saved') return outcome.saved;
  throw new AppError(
    'unavailable',
    outcome.state === 'unreadable'
      ? outcome.message
      : 'No studio database is set up on this computer. Enter its details in Settings → Studio database and save them first.',
  );
}

/** Saves the details; without a password in `input` the saved one is kept, '' removes it. */
export async function saveConnection(
  dataDir: string,
  input: StudioConnectionInput,
  secrets: SecretBox,
): Promise<void> {
  const before = readSavedConnection(dataDir);
  let encryptedPassword = before.state === 'saved' ? before.saved.encryptedPassword : null;
  if (input.password === '') encryptedPassword = null;
  else if (input.password !== undefined) {
    if (!(await secrets.available()))
      throw new AppError(
        'unavailable',
        'Nothing was saved: this computer has no keychain Stance can lock the password with (on Linux, a desktop keyring such as GNOME Keyring or KWallet). Stance never keeps the password in clear.',
      );
    encryptedPassword = Buffer.from(await secrets.encrypt(input.password)).toString('base64');
  }
  const saved: SavedConnection = {
    format: 1,
    host: input.host,
    port: input.port,
    database: input.database,
    user: input.user,
    tls: input.tls,
    caFile: input.tls === 'verified' ? input.caFile : null,
    encryptedPassword,
  };
  writeFileAtomically(connectionFile(dataDir), (sink) =>
    sink.write(`${JSON.stringify(saved, null, 2)}\n`),
  );
}

/** The saved password in clear, for connecting only; null when none is saved. */
export async function savedPassword(
  saved: SavedConnection,
  secrets: SecretBox,
): Promise<string | null> {
  if (saved.encryptedPassword === null) return null;
  try {
    return await secrets.decrypt(Buffer.from(saved.encryptedPassword, 'base64'));
  } catch {
    throw new AppError(
      'unavailable',
      'The saved studio password could not be unlocked with this computer’s keychain (it was saved on another computer or for another user). Type the password again and save.',
    );
  }
}

export async function connectionView(
  dataDir: string,
  secrets: SecretBox,
): Promise<StudioConnectionView> {
  const outcome = readSavedConnection(dataDir);
  const canKeepPassword = await secrets.available();
  if (outcome.state !== 'saved')
    return {
      host: '',
      port: DEFAULT_STUDIO_PORT,
      database: '',
      user: '',
      tls: 'verified',
      caFile: null,
      passwordSaved: false,
      saved: false,
      canKeepPassword,
      problem: outcome.state === 'unreadable' ? outcome.message : null,
    };
  const { host, port, database, user, tls, caFile, encryptedPassword } = outcome.saved;
  return {
    host,
    port,
    database,
    user,
    tls,
    caFile,
    passwordSaved: encryptedPassword !== null,
    saved: true,
    canKeepPassword,
    problem: null,
  };
}

function unreadable(file: string): string {
  return `The saved studio connection (${file}) could not be read, so it is not used. Enter the details again and save them.`;
}
