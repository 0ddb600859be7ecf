import { z } from 'zod';
import { assessedOn } from '../../shared/channels/assessments';
import { exerciseIdSchema } from '../../shared/channels/exercises';
import { MAX_PROGRAM_ITEMS, programInputSchema } from '../../shared/channels/programs';
import { clipMediaTypes } from '../../shared/domain/movement/clips';
import { movementTagSchema } from '../../shared/domain/movement/screens';
import { photoMediaTypes } from '../../shared/domain/photos';
import { landmarkSetSchema, photoViewIds } from '../../shared/domain/photo-views';
import { clientInputSchema } from '../../shared/domain/clients';
import { exercisePhases } from '../../shared/domain/exercises';
import { isTimestamp } from './record-values';

/**
 * The one-file export of a client's complete record (`*.stance-client.json`). Anything that
 * changes the meaning of a field needs a new `formatVersion`, and import keeps reading the old one.
 *
 * A record file comes from outside and is never trusted: each field is held to the same rule the
 * app applies when the practitioner types or saves it (the channel and domain schemas), so an
 * imported record can hold nothing the app itself could not have written. What these field rules
 * cannot see (whether the revisions of an assessment fit together, whether a body matches its
 * scores) is checked in record-contents.ts, and every photo is remade in record-photos.ts.
 */
export const RECORD_FORMAT = 'stance-client-record';
export const RECORD_FORMAT_VERSION = 1;

/**
 * The whole file is read into memory and parsed as one string, and V8 cannot hold a string much
 * over 512 MiB; staying well under leaves room for the decoded photos beside it.
 */
export const MAX_RECORD_FILE_BYTES = 400 * 1024 * 1024;

/** A preview is at most 320 px on its long edge; one this size is not a preview. */
const MAX_THUMBNAIL_BASE64 = 2 * 1024 * 1024;
/** Well past any camera; a photo's pixels are checked again when it is decoded. */
const MAX_PHOTO_EDGE = 100_000;

const id = z.uuid();
const text = (max: number) => z.string().max(max);
const timestamp = z
  .string()
  .max(64)
  .refine(isTimestamp, { error: 'is not a date and time as Stance writes them' });
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

/** The scales a disability score can be on (shared/domain/clinical/score-assessment.ts). */
export const disabilityInstruments = ['odi', 'modified-odi', 'rmdq'] as const;

const revisionSchema = z.strictObject({
  revision: z.int().min(1).max(10_000),
  status: z.enum(['draft', 'final']),
  assessedOn,
  body: z.json(),
  bodyVersion: z.int(),
  rulesVersion: text(100),
  painNow: z.int().min(0).max(10).nullable(),
  disabilityScore: z.number().min(0).max(100).nullable(),
  disabilityInstrument: z.enum(disabilityInstruments).nullable(),
  fpiLeft: z.int().min(-12).max(12).nullable(),
  fpiRight: z.int().min(-12).max(12).nullable(),
  amendmentReason: text(500),
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
  currentRevision: z.int().min(1).max(10_000),
  assessedOn,
  createdAt: timestamp,
  revisions: z.array(revisionSchema).min(1).max(1_000),
});

const { shape: program } = programInputSchema;

const programItemSchema = z.strictObject({
  position: z
    .int()
    .min(0)
    .max(MAX_PROGRAM_ITEMS - 1),
  exerciseId: exerciseIdSchema,
  dosage: z.json(),
  notes: text(300),
});

const programSchema = z.strictObject({
  id,
  assessmentId: id.nullable(),
  title: program.title,
  notes: program.notes.unwrap(),
  createdAt: timestamp,
  updatedAt: timestamp,
  items: z.array(programItemSchema).max(MAX_PROGRAM_ITEMS),
});

/** The practitioner's own exercises that the programs use, so the programs still make sense elsewhere. */
const exerciseSchema = z.strictObject({
  id: exerciseIdSchema,
  copiedFrom: exerciseIdSchema.nullable(),
  name: text(200),
  phase: z.enum(exercisePhases),
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
   * assessment and go to its current revision (see main/db/migrations/007-revision-photos.ts).
   */
  revision: z.int().min(1).optional(),
  view: z.enum(photoViewIds),
  mediaType: z.enum(photoMediaTypes),
  width: z.int().min(1).max(MAX_PHOTO_EDGE),
  height: z.int().min(1).max(MAX_PHOTO_EDGE),
  bytes: z.int().min(1),
  landmarks: landmarkSetSchema,
  /** Never used: import makes a fresh preview from the photo itself. */
  thumbnail: z.base64().max(MAX_THUMBNAIL_BASE64).nullable(),
  createdAt: timestamp,
  /** SHA-256 of the decoded `data`, which is also the photo's name in the store. */
  sha256,
  data: z.base64().min(1),
  /** The movement screen and view of a frame kept from a clip; absent in older files. */
  movement: movementTagSchema.nullable().default(null),
});

const clipSchema = z.strictObject({
  id,
  assessmentId: id,
  revision: z.int().min(1),
  mediaType: z.enum(clipMediaTypes),
  tag: movementTagSchema,
  bytes: z.int().min(1),
  createdAt: timestamp,
  /** SHA-256 of the decoded `data`; the clip is remade on import, so its name may change. */
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
  /** Movement clips; absent in files from before Stance kept clips. */
  clips: z.array(clipSchema).max(20_000).default([]),
});

export type ClientRecord = z.output<typeof clientRecordSchema>;
export type RecordAssessment = ClientRecord['assessments'][number];
export type RecordRevision = RecordAssessment['revisions'][number];
export type RecordProgram = ClientRecord['programs'][number];
export type RecordExercise = ClientRecord['exercises'][number];
export type RecordPhoto = ClientRecord['photos'][number];
export type RecordClip = ClientRecord['clips'][number];
/** A photo as read from the database, before its file is read and encoded. */
export type StoredPhoto = Omit<RecordPhoto, 'sha256' | 'data' | 'revision'> & {
  hash: string;
  revision: number;
};
/** A clip as read from the database, before its file is read and encoded. */
export type StoredClip = Omit<RecordClip, 'sha256' | 'data'> & { hash: string };
