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
  type RecordClip,
  type RecordPhoto,
  type StoredClip,
  type StoredPhoto,
} from './record-format';
import { readAssessments, readClips, readExercises, readPhotos, readPrograms } from './record-rows';

/**
 * How the record carries each kind of stored file that belongs to a client, one entry per such
 * table in the registry (main/db/file-references.ts): a new one there does not compile here until
 * the export carries its files too.
 */
const clientFiles = {
  photos: readPhotos,
  clips: readClips,
} satisfies Record<ClientFileTable, (db: Db, clientId: string) => StoredFile[]>;

type StoredFile = StoredPhoto | StoredClip;

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
  const { head, photos, clips } = db.transaction(() => {
    const assessments = readAssessments(db, client.id);
    const programs = readPrograms(db, client.id);
    const exerciseIds = [...new Set(programs.flatMap((p) => p.items.map((i) => i.exerciseId)))];
    const head: Omit<ClientRecord, 'photos' | 'clips'> = {
      format: RECORD_FORMAT,
      formatVersion: RECORD_FORMAT_VERSION,
      exportedAt: now().toISOString(),
      app: { version: appVersion, schemaVersion: schemaVersionOf(db) },
      client,
      assessments,
      programs,
      exercises: readExercises(db, exerciseIds),
    };
    return {
      head,
      photos: clientFiles.photos(db, client.id),
      clips: clientFiles.clips(db, client.id),
    };
  })();

  const headText = JSON.stringify(head, null, 2);
  // Base64 turns 3 bytes into 4 characters; refuse now rather than write a file import cannot read.
  const estimate =
    headText.length +
    [...photos, ...clips].reduce((sum, file) => sum + (file.bytes / 3) * 4 + 2_000, 0);
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
    sink.write(photos.length > 0 ? '\n  ],\n  "clips": [' : '],\n  "clips": [');
    clips.forEach((clip, index) => {
      sink.write(index === 0 ? '\n    ' : ',\n    ');
      writeClip(sink, session, clip, head.assessments);
    });
    sink.write(clips.length > 0 ? '\n  ]\n}\n' : ']\n}\n');
  });
  return { assessments: head.assessments.length, photos: photos.length, bytes };
}

/** The stored file, checked against its name; the export stops rather than carry a damaged one. */
function readChecked(
  session: Session,
  file: StoredFile,
  what: string,
  assessments: ClientRecord['assessments'],
): Buffer {
  let data: Buffer | undefined;
  try {
    data = fs.readFileSync(session.photos.pathOf(file.hash));
  } catch {
    data = undefined;
  }
  if (!data || createHash('sha256').update(data).digest('hex') !== file.hash) {
    const on = assessments.find((a) => a.id === file.assessmentId)?.assessedOn ?? 'unknown date';
    throw new AppError(
      'internal',
      `The ${what} from the assessment of ${on} is missing or damaged in Stance's ` +
        'photos folder, so a complete record cannot be exported. Nothing was saved. ' +
        'Restoring a backup brings it back.',
    );
  }
  return data;
}

function writeClip(
  sink: FileSink,
  session: Session,
  clip: StoredClip,
  assessments: ClientRecord['assessments'],
): void {
  const data = readChecked(session, clip, 'movement clip', assessments);
  const { hash, ...fields } = clip;
  const entry: RecordClip = { ...fields, sha256: hash, data: data.toString('base64') };
  sink.write(JSON.stringify(entry));
}

function writePhoto(
  sink: FileSink,
  session: Session,
  photo: StoredPhoto,
  assessments: ClientRecord['assessments'],
): void {
  const data = readChecked(session, photo, `${photo.view} photo`, assessments);
  const { hash, ...fields } = photo;
  const entry: RecordPhoto = { ...fields, sha256: hash, data: data.toString('base64') };
  sink.write(JSON.stringify(entry));
}

function megabytes(bytes: number): number {
  return Math.ceil(bytes / (1024 * 1024));
}
