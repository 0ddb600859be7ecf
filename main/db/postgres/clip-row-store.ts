/** A studio's clip rows on PostgreSQL, as the SQLite store behaves. */
import type { ClipRow } from '../repositories/clips';
import type { ClipRowStore } from '../stores/clip-row-store';
import type { Queryable } from './transaction';

// "C" orders ids byte by byte, as SQLite does.
const columns = `id, assessment_id AS "assessmentId", revision, hash, media_type AS "mediaType",
  screen, view, side, width, height, duration_ms AS "durationMs", frame_rate AS "frameRate",
  bytes, created_at AS "createdAt"`;

export function studioClipRowStore(db: Queryable): ClipRowStore {
  return {
    async insert(row) {
      await db.query(
        `INSERT INTO clips (id, assessment_id, revision, hash, media_type, screen, view, side,
           width, height, duration_ms, frame_rate, bytes, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          row.id,
          row.assessmentId,
          row.revision,
          row.hash,
          row.mediaType,
          row.screen,
          row.view,
          row.side,
          row.width,
          row.height,
          row.durationMs,
          row.frameRate,
          row.bytes,
          row.createdAt,
        ],
      );
    },
    async find(id) {
      const result = await db.query<ClipRow>(`SELECT ${columns} FROM clips WHERE id = $1`, [id]);
      return result.rows[0];
    },
    async listOfRevision(assessmentId, revision) {
      const result = await db.query<ClipRow>(
        `SELECT ${columns} FROM clips WHERE assessment_id = $1 AND revision = $2
         ORDER BY created_at COLLATE "C", id COLLATE "C"`,
        [assessmentId, revision],
      );
      return result.rows;
    },
    async delete(id) {
      await db.query('DELETE FROM clips WHERE id = $1', [id]);
    },
  };
}
