import { createHash } from 'node:crypto';
import type { Client } from '../../shared/domain/clients';
import { AppError } from '../../shared/errors';
import type { ClientFileTable } from '../db/file-references';
import { latestSchemaVersion } from '../db/migrations';
import type { StoredRecord } from '../db/stores/record-store';
import type { Records } from '../db/stores/stores';
import type { FileStore } from '../db/stores/file-store';
import { writeFileAtomicallyFrom, type FileSink } from './atomic-file';
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
} satisfies Record<ClientFileTable, (stored: StoredRecord) => StoredFile[]>;

type StoredFile = StoredPhoto | StoredClip;

export interface RecordExportSummary {
  assessments: number;
  photos: number;
  bytes: number;
}

/**
 * Writes one client's complete record to `file`, from the records in use (this computer's file or
 * the studio's server). The rows are read from one snapshot so the file is consistent; photos are
 * read, checked against their hash and written one at a time, so a client with many photos never
 * sits in memory whole. The same file comes from either engine, and imports into either.
 */
export async function exportClientRecord(
  { stores, now }: Records,
  client: Client,
  file: string,
  appVersion: string,
): Promise<RecordExportSummary> {
  const stored = await stores.clientRecords.read(client.id);
  const head: Omit<ClientRecord, 'photos' | 'clips'> = {
    format: RECORD_FORMAT,
    formatVersion: RECORD_FORMAT_VERSION,
    exportedAt: now().toISOString(),
    // Rows are in this version's shape on both engines: the file is migrated to it when opened,
    // and a studio is used only at exactly this version's data version.
    app: { version: appVersion, schemaVersion: latestSchemaVersion },
    client,
    assessments: readAssessments(stored),
    programs: readPrograms(stored),
    exercises: readExercises(stored),
  };
  const photos = clientFiles.photos(stored);
  const clips = clientFiles.clips(stored);

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

  const bytes = await writeFileAtomicallyFrom(file, async (sink) => {
    // The head ends with "\n}"; the photos array is appended in its place, one photo per line.
    sink.write(`${headText.slice(0, -2)},\n  "photos": [`);
    for (const [index, photo] of photos.entries()) {
      sink.write(index === 0 ? '\n    ' : ',\n    ');
      await writePhoto(sink, stores.files, photo, head.assessments);
    }
    sink.write(photos.length > 0 ? '\n  ],\n  "clips": [' : '],\n  "clips": [');
    for (const [index, clip] of clips.entries()) {
      sink.write(index === 0 ? '\n    ' : ',\n    ');
      await writeClip(sink, stores.files, clip, head.assessments);
    }
    sink.write(clips.length > 0 ? '\n  ]\n}\n' : ']\n}\n');
  });
  return { assessments: head.assessments.length, photos: photos.length, bytes };
}

/** The stored file, checked against its name; the export stops rather than carry a damaged one. */
async function readChecked(
  files: FileStore,
  file: StoredFile,
  what: string,
  assessments: ClientRecord['assessments'],
): Promise<Buffer> {
  const data = await files.read(file.hash);
  const on = () =>
    assessments.find((a) => a.id === file.assessmentId)?.assessedOn ?? 'unknown date';
  if (!data)
    // On a studio server a colleague may have removed that photo, and an erase swept its file,
    // since the record was read: exporting again reads the record as it is now.
    throw new AppError(
      'internal',
      `The ${what} from the assessment of ${on()} was not found where Stance keeps photos and ` +
        'clips, so a complete record cannot be exported. Nothing was saved. If it was removed ' +
        'just now, export again; if not, restoring a backup brings it back.',
    );
  if (createHash('sha256').update(data).digest('hex') !== file.hash)
    throw new AppError(
      'internal',
      `The ${what} from the assessment of ${on()} is damaged where Stance keeps photos and ` +
        'clips, so a complete record cannot be exported. Nothing was saved. Restoring a backup ' +
        'brings it back.',
    );
  return data;
}

async function writeClip(
  sink: FileSink,
  files: FileStore,
  clip: StoredClip,
  assessments: ClientRecord['assessments'],
): Promise<void> {
  const data = await readChecked(files, clip, 'movement clip', assessments);
  const { hash, ...fields } = clip;
  const entry: RecordClip = { ...fields, sha256: hash, data: data.toString('base64') };
  sink.write(JSON.stringify(entry));
}

async function writePhoto(
  sink: FileSink,
  files: FileStore,
  photo: StoredPhoto,
  assessments: ClientRecord['assessments'],
): Promise<void> {
  const data = await readChecked(files, photo, `${photo.view} photo`, assessments);
  const { hash, ...fields } = photo;
  const entry: RecordPhoto = { ...fields, sha256: hash, data: data.toString('base64') };
  sink.write(JSON.stringify(entry));
}

function megabytes(bytes: number): number {
  return Math.ceil(bytes / (1024 * 1024));
}
