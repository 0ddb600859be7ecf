import type { Db } from '../connection';

/** A photo row without its thumbnail, as lists and edits read it. */
export interface PhotoRow {
  id: string;
  assessmentId: string;
  hash: string;
  view: string;
  mediaType: string;
  width: number;
  height: number;
  bytes: number;
  landmarks: string;
  createdAt: string;
}

const columns = `id, assessment_id AS assessmentId, hash, view, media_type AS mediaType, width, height,
  bytes, landmarks, created_at AS createdAt`;

export function listPhotosOfAssessment(db: Db, assessmentId: string): PhotoRow[] {
  return db
    .prepare(`SELECT ${columns} FROM photos WHERE assessment_id = ? ORDER BY created_at, id`)
    .all(assessmentId) as PhotoRow[];
}

export function findPhoto(db: Db, id: string): PhotoRow | undefined {
  return db.prepare(`SELECT ${columns} FROM photos WHERE id = ?`).get(id) as PhotoRow | undefined;
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

export function deletePhotoRow(db: Db, id: string): void {
  db.prepare('DELETE FROM photos WHERE id = ?').run(id);
}
