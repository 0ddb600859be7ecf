/**
 * A studio's photo and clip rows, and the stored files (photo_files) they name, as the SQLite
 * store behaves. Which rows name a file comes from the one list in file-references.ts.
 */
import { fileReferences } from '../file-references';
import type { RevisionFileStore } from '../stores/revision-file-store';
import { removeUnnamedFiles } from './file-sweep';
import type { Queryable } from './transaction';

const ownedSql = (match: string) =>
  fileReferences
    .filter((ref) => ref.owner !== 'studio')
    .map(
      (ref) =>
        `SELECT ${ref.table}.${ref.column} AS hash FROM ${ref.table} ${ref.owner.client.join} WHERE ${match} = $1`,
    )
    .join(' UNION ');

export function studioRevisionFileStore(db: Queryable): RevisionFileStore {
  return {
    async copy(assessmentId, from, to) {
      await db.query(
        `INSERT INTO photos (id, assessment_id, revision, hash, view, media_type, width, height,
           bytes, landmarks, thumbnail, created_at, movement)
         SELECT gen_random_uuid()::text, assessment_id, $3, hash, view, media_type, width, height,
           bytes, landmarks, thumbnail, created_at, movement
         FROM photos WHERE assessment_id = $1 AND revision = $2 ORDER BY created_at, id`,
        [assessmentId, from, to],
      );
      await db.query(
        `INSERT INTO clips (id, assessment_id, revision, hash, media_type, screen, view, side,
           width, height, duration_ms, frame_rate, bytes, created_at)
         SELECT gen_random_uuid()::text, assessment_id, $3, hash, media_type, screen, view, side,
           width, height, duration_ms, frame_rate, bytes, created_at
         FROM clips WHERE assessment_id = $1 AND revision = $2 ORDER BY created_at, id`,
        [assessmentId, from, to],
      );
    },
    async hashesOf(assessmentId, revision) {
      const result = await db.query<{ hash: string }>(
        `SELECT hash FROM photos WHERE assessment_id = $1 AND revision = $2
         UNION SELECT hash FROM clips WHERE assessment_id = $1 AND revision = $2`,
        [assessmentId, revision],
      );
      return result.rows.map((row) => row.hash);
    },
    async ownedBy(owner) {
      const [match, id] =
        'clientId' in owner
          ? ['owner.client_id', owner.clientId]
          : ['owner.id', owner.assessmentId];
      const result = await db.query<{ hash: string }>(ownedSql(match), [id]);
      return result.rows.map((row) => row.hash);
    },
    removeUnreferenced: (hashes) => removeUnnamedFiles(db, hashes),
  };
}
