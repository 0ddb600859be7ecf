/** A studio's photo rows on PostgreSQL, as the SQLite store behaves. */
import type { PhotoRow } from '../repositories/photos';
import type { PhotoRowStore } from '../stores/photo-row-store';
import type { Queryable } from './transaction';

// jsonb comes back as JSON text, as SQLite keeps it; "C" orders ids byte by byte, as SQLite does.
const columns = `id, assessment_id AS "assessmentId", revision, hash, view, media_type AS "mediaType",
  width, height, bytes, landmarks::text AS landmarks, created_at AS "createdAt",
  movement::text AS movement`;

export function studioPhotoRowStore(db: Queryable): PhotoRowStore {
  return {
    async insert(row, thumbnail) {
      await db.query(
        `INSERT INTO photos (id, assessment_id, revision, hash, view, media_type, width, height,
           bytes, landmarks, thumbnail, created_at, movement)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          row.id,
          row.assessmentId,
          row.revision,
          row.hash,
          row.view,
          row.mediaType,
          row.width,
          row.height,
          row.bytes,
          row.landmarks,
          thumbnail && Buffer.from(thumbnail.buffer, thumbnail.byteOffset, thumbnail.byteLength),
          row.createdAt,
          row.movement ?? null,
        ],
      );
    },
    async find(id) {
      const result = await db.query<PhotoRow>(`SELECT ${columns} FROM photos WHERE id = $1`, [id]);
      return result.rows[0];
    },
    async listOfRevision(assessmentId, revision) {
      const result = await db.query<PhotoRow>(
        `SELECT ${columns} FROM photos WHERE assessment_id = $1 AND revision = $2
         ORDER BY created_at COLLATE "C", id COLLATE "C"`,
        [assessmentId, revision],
      );
      return result.rows;
    },
    async thumbnail(id) {
      const result = await db.query<{ thumbnail: Buffer | null }>(
        'SELECT thumbnail FROM photos WHERE id = $1',
        [id],
      );
      return result.rows[0]?.thumbnail;
    },
    async setView(id, view) {
      await db.query('UPDATE photos SET view = $2 WHERE id = $1', [id, view]);
    },
    async setLandmarks(id, landmarks) {
      await db.query('UPDATE photos SET landmarks = $2 WHERE id = $1', [id, landmarks]);
    },
    async delete(id) {
      await db.query('DELETE FROM photos WHERE id = $1', [id]);
    },
  };
}
