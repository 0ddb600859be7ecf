import fs from 'node:fs';
import { clientDisplayName } from '../../shared/domain/clients';
import { AppError } from '../../shared/errors';
import { findClient } from '../db/repositories/clients';
import { latestSchemaVersion } from '../db/migrations';
import { existingRecordIds } from '../db/repositories/record-ids';
import { removeUnreferencedPhotos } from '../photos/photos';
import type { Session } from '../session';
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
 * Adds a client exported by `exportClientRecord`. The file is untrusted: every value is checked
 * by the rules the app applies to what the practitioner enters, and every photo is remade as a
 * photo she adds is, before anything is written. Then the new photo files are stored and synced,
 * and all rows go in one transaction, so a refused or failed import leaves the records and the
 * photos folder exactly as they were.
 */
export async function importClientRecord(
  currentSession: () => Session,
  file: string,
): Promise<RecordImportSummary> {
  const record = parseRecord(readRecordText(file));
  checkReferences(record);
  checkRecordContents(record);
  checkNotHereYet(currentSession(), record);
  const photos = await remakeRecordPhotos(record);
  const clips = await remakeRecordClips(record);

  // Remaking the photos took a while and other requests ran meanwhile (even a restore, which
  // opens another database): from here to the commit nothing else runs, so the session and
  // these checks still hold when the rows go in.
  const session = currentSession();
  checkNotHereYet(session, record);
  const { db, photos: store } = session;
  const newHashes = [...new Set([...photos, ...clips].map((file) => file.hash))].filter(
    (hash) => !store.has(hash),
  );
  try {
    for (const file of [...photos, ...clips]) store.put(file.prepared.data);
    db.transaction(() => insertRecord(db, record, photos, clips)).immediate();
  } catch (error) {
    removeUnreferencedPhotos(db, store, newHashes);
    throw error;
  }
  return {
    clientId: record.client.id,
    assessments: record.assessments.length,
    photos: photosShownNow(record),
  };
}

function checkNotHereYet({ db }: Session, record: ClientRecord): void {
  const existing = findClient(db, record.client.id);
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
  if (existingRecordIds(db, ids).length > 0) {
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
