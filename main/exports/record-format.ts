import { z } from 'zod';
import { photoMediaTypes } from '../../shared/domain/photos';
import { clientInputSchema } from '../../shared/domain/clients';
import { isCalendarDate } from '../../shared/domain/dates';

/**
 * The one-file export of a client's complete record (`*.stance-client.json`). Anything that
 * changes the meaning of a field needs a new `formatVersion`, and import keeps reading the old one.
 */
export const RECORD_FORMAT = 'stance-client-record';
export const RECORD_FORMAT_VERSION = 1;

/**
 * The whole file is read into memory and parsed as one string, and V8 cannot hold a string much
 * over 512 MiB; staying well under leaves room for the decoded photos beside it.
 */
export const MAX_RECORD_FILE_BYTES = 400 * 1024 * 1024;

const id = z.uuid();
const text = (max: number) => z.string().max(max);
const timestamp = z.string().min(1).max(64);
const calendarDate = z.string().refine(isCalendarDate, { error: 'is not a date like 2026-03-27' });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const { shape: fields } = clientInputSchema;

/** The client as stored; every field must be present, checked by the same rules as the form. */
const clientSchema = z.strictObject({
  id,
  firstName: fields.firstName,
  lastName: fields.lastName,
  dateOfBirth: fields.dateOfBirth.unwrap(),
  email: fields.email.unwrap(),
  phone: fields.phone.unwrap(),
  occupation: fields.occupation.unwrap(),
  notes: fields.notes.unwrap(),
  createdAt: timestamp,
  updatedAt: timestamp,
  archivedAt: timestamp.nullable(),
});

const revisionSchema = z.strictObject({
  revision: z.int().min(1),
  status: z.enum(['draft', 'final']),
  assessedOn: calendarDate,
  body: z.json(),
  bodyVersion: z.int(),
  rulesVersion: text(100),
  painNow: z.int().min(0).max(10).nullable(),
  disabilityScore: z.number().nullable(),
  disabilityInstrument: text(100).nullable(),
  fpiLeft: z.int().min(-12).max(12).nullable(),
  fpiRight: z.int().min(-12).max(12).nullable(),
  amendmentReason: text(10_000),
  createdAt: timestamp,
  updatedAt: timestamp,
  finalizedAt: timestamp.nullable(),
  /** The client's details as they were when this revision was finalized; absent in older files. */
  clientSnapshot: z
    .strictObject({
      firstName: fields.firstName,
      lastName: fields.lastName,
      dateOfBirth: fields.dateOfBirth.unwrap(),
    })
    .nullable()
    .default(null),
});

const assessmentSchema = z.strictObject({
  id,
  currentRevision: z.int().min(1),
  assessedOn: calendarDate,
  createdAt: timestamp,
  revisions: z.array(revisionSchema).min(1).max(1_000),
});

const programItemSchema = z.strictObject({
  position: z.int().min(0),
  exerciseId: text(200).min(1),
  dosage: z.json(),
  notes: text(10_000),
});

const programSchema = z.strictObject({
  id,
  assessmentId: id.nullable(),
  title: text(500),
  notes: text(10_000),
  createdAt: timestamp,
  updatedAt: timestamp,
  items: z.array(programItemSchema).max(1_000),
});

/** The practitioner's own exercises that the programs use, so the programs still make sense elsewhere. */
const exerciseSchema = z.strictObject({
  id: text(200).min(1),
  copiedFrom: text(200).nullable(),
  name: text(200).refine((name) => name.trim() !== '', { error: 'is empty' }),
  phase: z.enum(['release', 'lengthen', 'activate', 'integrate']),
  body: z.json(),
  retiredAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const photoSchema = z.strictObject({
  id,
  assessmentId: id,
  /**
   * The revision the photo belongs to. Older files have none: their photos belonged to the whole
   * assessment and go to its current revision (see main/db/migrations/008-revision-photos.ts).
   */
  revision: z.int().min(1).optional(),
  view: text(50).min(1),
  mediaType: z.enum(photoMediaTypes),
  width: z.int().min(1),
  height: z.int().min(1),
  bytes: z.int().min(1),
  landmarks: z.json(),
  thumbnail: z.base64().nullable(),
  createdAt: timestamp,
  /** SHA-256 of the decoded `data`, which is also the photo's name in the store. */
  sha256,
  data: z.base64().min(1),
});

export const clientRecordSchema = z.strictObject({
  format: z.literal(RECORD_FORMAT),
  formatVersion: z.literal(RECORD_FORMAT_VERSION),
  exportedAt: timestamp,
  app: z.strictObject({ version: text(50), schemaVersion: z.int().min(1) }),
  client: clientSchema,
  assessments: z.array(assessmentSchema).max(10_000),
  programs: z.array(programSchema).max(10_000),
  exercises: z.array(exerciseSchema).max(10_000),
  photos: z.array(photoSchema).max(20_000),
});

export type ClientRecord = z.output<typeof clientRecordSchema>;
export type RecordAssessment = ClientRecord['assessments'][number];
export type RecordRevision = RecordAssessment['revisions'][number];
export type RecordProgram = ClientRecord['programs'][number];
export type RecordExercise = ClientRecord['exercises'][number];
export type RecordPhoto = ClientRecord['photos'][number];
/** A photo as read from the database, before its file is read and encoded. */
export type StoredPhoto = Omit<RecordPhoto, 'sha256' | 'data' | 'revision'> & {
  hash: string;
  revision: number;
};
