import type { Db } from '../connection';

/**
 * One row of the `photos` table as every reader sees it. A photo belongs to one revision of its
 * assessment: a finalized revision's photos never change, and an amendment works on copies. The thumbnail is left out: it is read on
 * its own (`photoThumbnail`) so lists never carry every preview.
 */
export interface PhotoRow {
  id: string;
  assessmentId: string;
  revision: number;
  hash: string;
  view: string;
  mediaType: string;
  width: number;
  height: number;
  bytes: number;
  /** JSON text of the landmark set; validated by the shared schema before it gets here. */
  landmarks: string;
  createdAt: string;
  /** JSON text of the movement tag (screen, view, side) of a frame kept from a clip; else null. */
  movement?: string | null;
}

const columns = `p.id, p.assessment_id AS assessmentId, p.revision, p.hash, p.view, p.media_type AS mediaType,
  p.width, p.height, p.bytes, p.landmarks, p.created_at AS createdAt, p.movement`;

export function insertPhoto(db: Db, photo: PhotoRow, thumbnail: Uint8Array | null): void {
  db.prepare(
    `INSERT INTO photos (id, assessment_id, revision, hash, view, media_type, width, height, bytes, landmarks, thumbnail, created_at, movement)
     VALUES (@id, @assessmentId, @revision, @hash, @view, @mediaType, @width, @height, @bytes, @landmarks, @thumbnail, @createdAt, @movement)`,
  ).run({ ...photo, movement: photo.movement ?? null, thumbnail });
}

export function findPhoto(db: Db, id: string): PhotoRow | undefined {
  return db.prepare(`SELECT ${columns} FROM photos p WHERE p.id = ?`).get(id) as
    PhotoRow | undefined;
}

export function listPhotosOfRevision(db: Db, assessmentId: string, revision: number): PhotoRow[] {
  return db
    .prepare(
      `SELECT ${columns} FROM photos p WHERE p.assessment_id = ? AND p.revision = ?
       ORDER BY p.created_at, p.id`,
    )
    .all(assessmentId, revision) as PhotoRow[];
}

/**
 * Gives revision `to` its own copy of every photo of revision `from`, landmarks and preview
 * included. The files are named by their content, so only the rows are copied.
 */
export function copyRevisionPhotos(
  db: Db,
  assessmentId: string,
  from: number,
  to: number,
  newId: () => string,
): void {
  const ids = db
    .prepare(
      'SELECT id FROM photos WHERE assessment_id = ? AND revision = ? ORDER BY created_at, id',
    )
    .pluck()
    .all(assessmentId, from) as string[];
  const copy = db.prepare(
    `INSERT INTO photos (id, assessment_id, revision, hash, view, media_type, width, height, bytes,
       landmarks, thumbnail, created_at, movement)
     SELECT @copyId, assessment_id, @to, hash, view, media_type, width, height, bytes, landmarks,
       thumbnail, created_at, movement
     FROM photos WHERE id = @id`,
  );
  for (const id of ids) copy.run({ id, to, copyId: newId() });
}

/** The files the photos of one revision name. */
export function hashesOfRevision(db: Db, assessmentId: string, revision: number): string[] {
  return db
    .prepare('SELECT DISTINCT hash FROM photos WHERE assessment_id = ? AND revision = ?')
    .pluck()
    .all(assessmentId, revision) as string[];
}

/** Every photo of a client with its preview, in the order of her assessments (for her record). */
export function listPhotosOfClient(
  db: Db,
  clientId: string,
): { photo: PhotoRow; thumbnail: Buffer | null }[] {
  const rows = db
    .prepare(
      `SELECT ${columns}, p.thumbnail FROM photos p JOIN assessments a ON a.id = p.assessment_id
       WHERE a.client_id = ? ORDER BY a.assessed_on, p.assessment_id, p.revision, p.created_at, p.id`,
    )
    .all(clientId) as (PhotoRow & { thumbnail: Buffer | null })[];
  return rows.map(({ thumbnail, ...photo }) => ({ photo, thumbnail }));
}

export function photoThumbnail(db: Db, id: string): Buffer | null | undefined {
  const row = db.prepare('SELECT thumbnail FROM photos WHERE id = ?').get(id) as
    { thumbnail: Buffer | null } | undefined;
  return row?.thumbnail;
}

export function updatePhotoView(db: Db, id: string, view: string): void {
  db.prepare('UPDATE photos SET view = ? WHERE id = ?').run(view, id);
}

export function updatePhotoLandmarks(db: Db, id: string, landmarks: string): void {
  db.prepare('UPDATE photos SET landmarks = ? WHERE id = ?').run(landmarks, id);
}

export function deletePhoto(db: Db, id: string): void {
  db.prepare('DELETE FROM photos WHERE id = ?').run(id);
}
