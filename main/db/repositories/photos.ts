import type { Db } from '../connection';

export interface PhotoRecord {
  id: string;
  assessmentId: string;
  hash: string;
  view: string;
  mediaType: string;
  width: number;
  height: number;
  bytes: number;
  /** JSON text of the landmark set; validated by the shared schema before it gets here. */
  landmarks: string;
  thumbnail: Uint8Array | null;
  createdAt: string;
}

export function insertPhotoRow(db: Db, photo: PhotoRecord): void {
  db.prepare(
    `INSERT INTO photos (id, assessment_id, hash, view, media_type, width, height, bytes, landmarks, thumbnail, created_at)
     VALUES (@id, @assessmentId, @hash, @view, @mediaType, @width, @height, @bytes, @landmarks, @thumbnail, @createdAt)`,
  ).run(photo);
}

/** The studio logo is always stored as PNG (see main/photos/logo.ts), so the setting needs no type. */
export const LOGO_MEDIA_TYPE = 'image/png';

/** Assessment photos, exercise photos and the logo share the store: a file is in use if any names it. */
export function isHashReferenced(db: Db, hash: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM photos WHERE hash = @hash
         UNION ALL SELECT 1 FROM exercise_photos WHERE hash = @hash
         UNION ALL SELECT 1 FROM settings WHERE key = 'logo' AND value ->> '$' = @hash LIMIT 1`,
      )
      .get({ hash }) !== undefined
  );
}

export function photoMediaType(db: Db, hash: string): string | undefined {
  const row = db
    .prepare(
      `SELECT media_type FROM photos WHERE hash = @hash
       UNION ALL SELECT media_type FROM exercise_photos WHERE hash = @hash
       UNION ALL SELECT @logoType FROM settings WHERE key = 'logo' AND value ->> '$' = @hash
       LIMIT 1`,
    )
    .get({ hash, logoType: LOGO_MEDIA_TYPE }) as { media_type: string } | undefined;
  return row?.media_type;
}

export function photoHashesOfClient(db: Db, clientId: string): string[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT p.hash FROM photos p JOIN assessments a ON a.id = p.assessment_id WHERE a.client_id = ?`,
    )
    .all(clientId) as { hash: string }[];
  return rows.map((row) => row.hash);
}

/** Every hash a record uses: photo rows, exercise photos and the studio logo in the settings. */
export function referencedHashes(db: Db): Set<string> {
  const rows = db
    .prepare(
      `SELECT hash FROM photos
       UNION SELECT hash FROM exercise_photos
       UNION SELECT value ->> '$' FROM settings WHERE key = 'logo' AND json_type(value) = 'text'`,
    )
    .all() as { hash: string }[];
  return new Set(rows.map((row) => row.hash));
}

export function photoHashesOfAssessment(db: Db, assessmentId: string): string[] {
  const rows = db
    .prepare('SELECT DISTINCT hash FROM photos WHERE assessment_id = ?')
    .all(assessmentId) as {
    hash: string;
  }[];
  return rows.map((row) => row.hash);
}
