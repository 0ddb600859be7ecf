import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Client } from '../../shared/domain/clients';
import { AppError } from '../../shared/errors';
import { schemaVersionOf, type Db } from '../db/connection';
import type { ClientFileTable } from '../db/file-references';
import type { Session } from '../session';
import { writeFileAtomically, type FileSink } from './atomic-file';
import {
  MAX_RECORD_FILE_BYTES,
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  type ClientRecord,
  type RecordPhoto,
  type StoredPhoto,
} from './record-format';
import { readAssessments, readExercises, readPhotos, readPrograms } from './record-rows';

/**
 * How the record carries each kind of stored file that belongs to a client, one entry per such
 * table in the registry (main/db/file-references.ts): a new one there does not compile here until
 * the export carries its files too.
 */
const clientFiles: Record<ClientFileTable, (db: Db, clientId: string) => StoredPhoto[]> = {
  photos: readPhotos,
};

export interface RecordExportSummary {
  assessments: number;
  photos: number;
  bytes: number;
}

/**
 * Writes one client's complete record to `file`. The rows are read in one transaction so the file
 * is a consistent snapshot; photos are read, checked against their hash and written one at a time,
 * so a client with many photos never sits in memory whole.
 */
export function exportClientRecord(
  session: Session,
  client: Client,
  file: string,
  appVersion: string,
): RecordExportSummary {
  const { db, now } = session;
  const { head, photos } = db.transaction(() => {
    const assessments = readAssessments(db, client.id);
    const programs = readPrograms(db, client.id);
    const exerciseIds = [...new Set(programs.flatMap((p) => p.items.map((i) => i.exerciseId)))];
    const head: Omit<ClientRecord, 'photos'> = {
      format: RECORD_FORMAT,
      formatVersion: RECORD_FORMAT_VERSION,
      exportedAt: now().toISOString(),
      app: { version: appVersion, schemaVersion: schemaVersionOf(db) },
      client,
      assessments,
      programs,
      exercises: readExercises(db, exerciseIds),
    };
    return { head, photos: clientFiles.photos(db, client.id) };
  })();

  const headText = JSON.stringify(head, null, 2);
  // Base64 turns 3 bytes into 4 characters; refuse now rather than write a file import cannot read.
  const estimate = headText.length + photos.reduce((sum, p) => sum + (p.bytes / 3) * 4 + 2_000, 0);
  if (estimate > MAX_RECORD_FILE_BYTES) {
    throw new AppError(
      'invalid-input',
      `This client's record with its photos comes to about ${megabytes(estimate)} MB, more than the ` +
        `${megabytes(MAX_RECORD_FILE_BYTES)} MB a single export file can hold. Nothing was saved.`,
    );
  }

  const bytes = writeFileAtomically(file, (sink) => {
    // The head ends with "\n}"; the photos array is appended in its place, one photo per line.
    sink.write(`${headText.slice(0, -2)},\n  "photos": [`);
    photos.forEach((photo, index) => {
      sink.write(index === 0 ? '\n    ' : ',\n    ');
      writePhoto(sink, session, photo, head.assessments);
    });
    sink.write(photos.length > 0 ? '\n  ]\n}\n' : ']\n}\n');
  });
  return { assessments: head.assessments.length, photos: photos.length, bytes };
}

function writePhoto(
  sink: FileSink,
  session: Session,
  photo: StoredPhoto,
  assessments: ClientRecord['assessments'],
): void {
  let data: Buffer | undefined;
  try {
    data = fs.readFileSync(session.photos.pathOf(photo.hash));
  } catch {
    data = undefined;
  }
  if (!data || createHash('sha256').update(data).digest('hex') !== photo.hash) {
    const on = assessments.find((a) => a.id === photo.assessmentId)?.assessedOn ?? 'unknown date';
    throw new AppError(
      'internal',
      `The ${photo.view} photo from the assessment of ${on} is missing or damaged in Stance's ` +
        'photos folder, so a complete record cannot be exported. Nothing was saved. ' +
        'Restoring a backup brings the photo back.',
    );
  }
  const { hash, ...fields } = photo;
  const entry: RecordPhoto = { ...fields, sha256: hash, data: data.toString('base64') };
  sink.write(JSON.stringify(entry));
}

function megabytes(bytes: number): number {
  return Math.ceil(bytes / (1024 * 1024));
}
