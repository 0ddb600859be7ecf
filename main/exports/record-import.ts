import { createHash } from 'node:crypto';
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
import { insertRecord } from './record-rows';

export interface RecordImportSummary {
  clientId: string;
  assessments: number;
  photos: number;
}

/**
 * Adds a client exported by `exportClientRecord`. Every check runs before anything is written;
 * then the photo files are stored and synced, and all rows go in one transaction, so a refused or
 * failed import leaves the records exactly as they were.
 */
export function importClientRecord(session: Session, file: string): RecordImportSummary {
  const record = parseRecord(readRecordText(file));
  checkReferences(record);
  checkRecordContents(record);
  const photoFiles = record.photos.map((photo, index) => {
    const data = Buffer.from(photo.data, 'base64');
    const hash = createHash('sha256').update(data).digest('hex');
    if (hash !== photo.sha256 || data.byteLength !== photo.bytes) {
      throw notARecord(
        `Photo ${index + 1} has been changed or damaged since it was exported: its contents do ` +
          'not match its fingerprint.',
      );
    }
    return { hash, data };
  });

  const { db, photos: store } = session;
  const existing = findClient(db, record.client.id);
  if (existing) {
    throw new AppError(
      'invalid-input',
      `This client is already in your records${existing.archivedAt ? ' (in the archive)' : ''} ` +
        `as ${clientDisplayName(existing)}, so nothing was imported and their record is unchanged.`,
    );
  }
  const ids = [...record.assessments, ...record.programs, ...record.photos].map((row) => row.id);
  if (existingRecordIds(db, ids).length > 0) {
    throw new AppError(
      'invalid-input',
      'Some assessments, programs or photos in this file are already in your records under ' +
        'another client, so nothing was imported.',
    );
  }

  const newHashes = photoFiles.filter((p) => !store.has(p.hash)).map((p) => p.hash);
  try {
    for (const photo of photoFiles) store.put(photo.data);
    db.transaction(() => insertRecord(db, record)).immediate();
  } catch (error) {
    removeUnreferencedPhotos(db, store, newHashes);
    throw error;
  }
  return {
    clientId: record.client.id,
    assessments: record.assessments.length,
    photos: record.photos.length,
  };
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

/** The file must hang together: unique ids, and every reference pointing inside the file. */
function checkReferences(record: ClientRecord): void {
  const ids = [...record.assessments, ...record.programs, ...record.photos].map((row) => row.id);
  if (new Set(ids).size !== ids.length) throw notARecord('Some of its entries share the same id.');

  const assessmentIds = new Set(record.assessments.map((a) => a.id));
  record.assessments.forEach((assessment, index) => {
    const numbers = assessment.revisions.map((r) => r.revision);
    if (new Set(numbers).size !== numbers.length || !numbers.includes(assessment.currentRevision)) {
      throw notARecord(`The revisions of assessment ${index + 1} do not fit together.`);
    }
  });
  const revisionsOf = new Map(
    record.assessments.map((a) => [a.id, new Set(a.revisions.map((r) => r.revision))]),
  );
  record.photos.forEach((photo, index) => {
    if (!assessmentIds.has(photo.assessmentId))
      throw notARecord(`Photo ${index + 1} belongs to an assessment that is not in the file.`);
    if (photo.revision !== undefined && !revisionsOf.get(photo.assessmentId)?.has(photo.revision))
      throw notARecord(`Photo ${index + 1} belongs to a revision that is not in the file.`);
  });
  record.programs.forEach((program, index) => {
    if (program.assessmentId !== null && !assessmentIds.has(program.assessmentId))
      throw notARecord(`Program ${index + 1} belongs to an assessment that is not in the file.`);
    const positions = program.items.map((item) => item.position);
    if (new Set(positions).size !== positions.length)
      throw notARecord(`Program ${index + 1} lists two exercises in the same place.`);
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
