import type { Db } from '../connection';

/**
 * One row of the `clips` table. A clip belongs to one revision of its assessment, like a photo:
 * a finalized revision's clips never change, and an amendment works on copies of the rows.
 */
export interface ClipRow {
  id: string;
  assessmentId: string;
  revision: number;
  hash: string;
  mediaType: string;
  screen: string;
  view: string;
  side: string | null;
  width: number;
  height: number;
  durationMs: number;
  frameRate: number;
  bytes: number;
  createdAt: string;
}

const columns = `c.id, c.assessment_id AS assessmentId, c.revision, c.hash, c.media_type AS mediaType,
  c.screen, c.view, c.side, c.width, c.height, c.duration_ms AS durationMs, c.frame_rate AS frameRate,
  c.bytes, c.created_at AS createdAt`;

export function insertClip(db: Db, clip: ClipRow): void {
  db.prepare(
    `INSERT INTO clips (id, assessment_id, revision, hash, media_type, screen, view, side, width,
       height, duration_ms, frame_rate, bytes, created_at)
     VALUES (@id, @assessmentId, @revision, @hash, @mediaType, @screen, @view, @side, @width,
       @height, @durationMs, @frameRate, @bytes, @createdAt)`,
  ).run(clip);
}

export function findClip(db: Db, id: string): ClipRow | undefined {
  return db.prepare(`SELECT ${columns} FROM clips c WHERE c.id = ?`).get(id) as ClipRow | undefined;
}

export function listClipsOfRevision(db: Db, assessmentId: string, revision: number): ClipRow[] {
  return db
    .prepare(
      `SELECT ${columns} FROM clips c WHERE c.assessment_id = ? AND c.revision = ?
       ORDER BY c.created_at, c.id`,
    )
    .all(assessmentId, revision) as ClipRow[];
}

/** Every clip of a client, in the order of her assessments (for her record). */
export function listClipsOfClient(db: Db, clientId: string): ClipRow[] {
  return db
    .prepare(
      `SELECT ${columns} FROM clips c JOIN assessments a ON a.id = c.assessment_id
       WHERE a.client_id = ? ORDER BY a.assessed_on, c.assessment_id, c.revision, c.created_at, c.id`,
    )
    .all(clientId) as ClipRow[];
}

/** Gives revision `to` its own copy of every clip row of revision `from`. */
export function copyRevisionClips(
  db: Db,
  assessmentId: string,
  from: number,
  to: number,
  newId: () => string,
): void {
  const ids = db
    .prepare(
      'SELECT id FROM clips WHERE assessment_id = ? AND revision = ? ORDER BY created_at, id',
    )
    .pluck()
    .all(assessmentId, from) as string[];
  const copy = db.prepare(
    `INSERT INTO clips (id, assessment_id, revision, hash, media_type, screen, view, side, width,
       height, duration_ms, frame_rate, bytes, created_at)
     SELECT @copyId, assessment_id, @to, hash, media_type, screen, view, side, width, height,
       duration_ms, frame_rate, bytes, created_at
     FROM clips WHERE id = @id`,
  );
  for (const id of ids) copy.run({ id, to, copyId: newId() });
}

/** The files the clips of one revision name. */
export function clipHashesOfRevision(db: Db, assessmentId: string, revision: number): string[] {
  return db
    .prepare('SELECT DISTINCT hash FROM clips WHERE assessment_id = ? AND revision = ?')
    .pluck()
    .all(assessmentId, revision) as string[];
}

export function deleteClip(db: Db, id: string): void {
  db.prepare('DELETE FROM clips WHERE id = ?').run(id);
}
