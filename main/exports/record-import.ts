import fs from 'node:fs';
import { clientDisplayName } from '../../shared/domain/clients';
import { AppError } from '../../shared/errors';
import { latestSchemaVersion } from '../db/migrations';
import type { Records, Stores } from '../db/stores/stores';
import {
  clientRecordSchema,
  MAX_RECORD_FILE_BYTES,
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  type ClientRecord,
} from './record-format';
import { checkRecordContents } from './record-contents';
import { notARecord, plainRecordIssue, recordValidationError } from './record-issues';
import { remakeRecordClips } from './record-clips';
import { remakeRecordPhotos } from './record-photos';
import { checkReferences } from './record-references';
import { insertRecord } from './record-rows';

export interface RecordImportSummary {
  clientId: string;
  assessments: number;
  photos: number;
}

/**
 * Adds a client exported by `exportClientRecord`, into the records in use (this computer's file or
 * the studio's server). The file is untrusted: every value is checked by the rules the app applies
 * to what the practitioner enters, and every photo is remade as a photo she adds is, before
 * anything is written. Then the files and all rows go in through the stores in one transaction,
 * so a refused or failed import leaves the records and the stored files exactly as they were.
 */
export async function importClientRecord(
  currentRecords: () => Records,
  file: string,
): Promise<RecordImportSummary> {
  const record = parseRecord(readRecordText(file));
  checkReferences(record);
  checkRecordContents(record);
  await checkNotHereYet(currentRecords().stores, record);
  const photos = await remakeRecordPhotos(record);
  const clips = await remakeRecordClips(record);

  // Remaking the photos took a while and other requests ran meanwhile (even a restore, or a
  // switch to the studio): the records are taken again, and checked again inside the transaction.
  const { stores } = currentRecords();
  const remade = [...photos, ...clips];
  const newHashes: string[] = [];
  for (const hash of new Set(remade.map((one) => one.hash))) {
    if (!(await stores.files.has(hash))) newHashes.push(hash);
  }
  try {
    await stores.transaction(async (inside) => {
      await inside.clientRecords.labelAsImport();
      await checkNotHereYet(inside, record);
      for (const one of remade) await inside.files.put(one.prepared.data, one.prepared.mediaType);
      await insertRecord(inside, record, photos, clips);
    });
  } catch (error) {
    // The rows are rolled back; a file store outside the database (SQLite's folder) is not.
    await stores.revisionFiles.removeUnreferenced(newHashes);
    throw error;
  }
  return {
    clientId: record.client.id,
    assessments: record.assessments.length,
    photos: photosShownNow(record),
  };
}

async function checkNotHereYet(stores: Stores, record: ClientRecord): Promise<void> {
  const existing = await stores.clients.find(record.client.id);
  if (existing) {
    throw new AppError(
      'invalid-input',
      `This client is already in your records${existing.archivedAt ? ' (in the archive)' : ''} ` +
        `as ${clientDisplayName(existing)}, so nothing was imported and their record is unchanged.`,
    );
  }
  const ids = [...record.assessments, ...record.programs, ...record.photos, ...record.clips].map(
    (row) => row.id,
  );
  if ((await stores.clientRecords.existingIds(ids)).length > 0) {
    throw new AppError(
      'invalid-input',
      'Some assessments, programs, photos or clips in this file are already in your records under ' +
        'another client, so nothing was imported.',
    );
  }
}

function readRecordText(file: string): string {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw notARecord('That is a folder, not a file.');
    size = stat.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('not-found', `Stance could not open ${file}. It may have been moved.`);
  }
  if (size > MAX_RECORD_FILE_BYTES) {
    throw new AppError(
      'invalid-input',
      `This file is ${Math.ceil(size / 1024 / 1024)} MB, larger than any client record Stance ` +
        `exports (at most ${MAX_RECORD_FILE_BYTES / 1024 / 1024} MB), so it was not imported.`,
    );
  }
  // A text editor may add a byte order mark when the file is saved again.
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

function parseRecord(text: string): ClientRecord {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw notARecord(
      'Its contents are not readable: it may be damaged, or it is another kind of file.',
    );
  }
  const header = isObject(json) ? json : {};
  if (header.format !== RECORD_FORMAT) {
    throw notARecord('It does not say it is a Stance client record.');
  }
  const { formatVersion } = header;
  const schemaVersion = isObject(header.app) ? header.app.schemaVersion : undefined;
  if (
    (typeof formatVersion === 'number' && formatVersion > RECORD_FORMAT_VERSION) ||
    (typeof schemaVersion === 'number' && schemaVersion > latestSchemaVersion)
  ) {
    throw new AppError(
      'invalid-input',
      'This client record was exported by a newer version of Stance. Install the latest Stance ' +
        'to import it. Nothing was imported.',
    );
  }
  const parsed = clientRecordSchema.safeParse(json, { error: plainRecordIssue });
  if (!parsed.success) throw recordValidationError(parsed.error);
  return parsed.data;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The photos she will see: each revision lists its own, so an amended assessment's repeat. */
function photosShownNow(record: ClientRecord): number {
  const current = new Map(record.assessments.map((a) => [a.id, a.currentRevision]));
  return record.photos.filter(
    (photo) => photo.revision === undefined || photo.revision === current.get(photo.assessmentId),
  ).length;
}
