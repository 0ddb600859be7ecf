/**
 * Settings → Studio database: the operations behind the section. Saving only stores the details;
 * Stance keeps opening the local data until it can run on the studio server.
 */
import fs from 'node:fs';
import type { Cancelled } from '../../shared/channels/define';
import { AppError } from '../../shared/errors';
import type {
  StudioConnectionInput,
  StudioConnectionView,
  StudioTestResult,
} from '../../shared/domain/studio-connection';
import type { Host } from '../host';
import { testStudioConnection } from '../studio/connection-test';
import {
  connectionView,
  readSavedConnection,
  saveConnection,
  savedPassword,
  type SavedConnection,
} from '../studio/saved-connection';

/** CA bundles are a few kilobytes; anything near this is not one. */
const CA_FILE_MAX_BYTES = 1024 * 1024;

export function readStudioConnection(dataDir: string, host: Host): Promise<StudioConnectionView> {
  return connectionView(dataDir, host.secrets);
}

export async function saveStudioConnection(
  dataDir: string,
  input: StudioConnectionInput,
  host: Host,
): Promise<StudioConnectionView> {
  await saveConnection(dataDir, input, host.secrets);
  return connectionView(dataDir, host.secrets);
}

/**
 * Tests the details on the form. Without a typed password, the saved one is used, but only for
 * the saved server, port, user and security: the page is not trusted with where the password goes,
 * and a server of someone else's choosing could ask for it in clear.
 */
export async function testStudioSettings(
  dataDir: string,
  input: StudioConnectionInput,
  host: Host,
): Promise<StudioTestResult> {
  let password = input.password ?? null;
  if (input.password === undefined) {
    const outcome = readSavedConnection(dataDir);
    if (outcome.state === 'saved' && sameServer(outcome.saved, input))
      password = await savedPassword(outcome.saved, host.secrets);
  }
  return testStudioConnection({
    host: input.host,
    port: input.port,
    database: input.database,
    user: input.user,
    tls: input.tls,
    caFile: input.tls === 'verified' ? input.caFile : null,
    password,
  });
}

export async function chooseCaFile(
  host: Host,
): Promise<Cancelled | { cancelled: false; file: string }> {
  const file = await host.chooseOpenFile({
    title: 'Choose the studio server’s CA certificate',
    filters: [{ name: 'Certificates', extensions: ['pem', 'crt', 'cer'] }],
  });
  if (file === null) return { cancelled: true };
  if (!looksLikeCertificate(file))
    throw new AppError(
      'invalid-input',
      `${file} is not a certificate Stance can use. Choose the CA certificate in PEM form (a text file that starts with “-----BEGIN CERTIFICATE-----”), as whoever set up the server gave it to you.`,
    );
  return { cancelled: false, file };
}

function sameServer(saved: SavedConnection, input: StudioConnectionInput): boolean {
  const caFile = input.tls === 'verified' ? input.caFile : null;
  return (
    saved.host === input.host &&
    saved.port === input.port &&
    saved.user === input.user &&
    saved.tls === input.tls &&
    saved.caFile === caFile
  );
}

function looksLikeCertificate(file: string): boolean {
  try {
    if (fs.statSync(file).size > CA_FILE_MAX_BYTES) return false;
    return fs.readFileSync(file, 'utf8').includes('-----BEGIN CERTIFICATE-----');
  } catch {
    return false;
  }
}
