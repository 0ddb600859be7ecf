/**
 * A studio's stored files, in `photo_files`: every laptop reads the same bytes, and a backup of
 * the database holds them. Range reads take only the bytes asked for (`substring` on bytea reads
 * just the chunks it needs of a value stored uncompressed, which photos and video already are).
 */
import { createHash } from 'node:crypto';
import { makeSizedCopy } from '../../photos/sized-copy';
import { SHA256_HEX } from '../../photos/store';
import { fileReferences } from '../file-references';
import type { FileStore } from '../stores/file-store';
import type { Queryable } from './transaction';

// jsonb holds the logo setting's hash as a JSON string; #>> '{}' reads it as text.
const mediaTypeSql = fileReferences
  .map((ref) =>
    'setting' in ref
      ? `SELECT ${ref.mediaType} AS media_type FROM ${ref.table}
         WHERE key = '${ref.setting}' AND ${ref.column} #>> '{}' = $1`
      : `SELECT ${ref.mediaType} AS media_type FROM ${ref.table} WHERE ${ref.column} = $1`,
  )
  .join(' UNION ALL ');

export function studioFileStore(db: Queryable, now: () => Date = () => new Date()): FileStore {
  const read = async (hash: string) => {
    if (!SHA256_HEX.test(hash)) return undefined;
    const result = await db.query<{ content: Buffer }>(
      'SELECT content FROM photo_files WHERE hash = $1',
      [hash],
    );
    return result.rows[0]?.content;
  };
  return {
    async put(bytes, mediaType) {
      const hash = createHash('sha256').update(bytes).digest('hex');
      await db.query(
        // Already stored: the no-op update locks the file until this transaction ends, so a
        // colleague's sweep (file-sweep.ts) waits for the row about to name it.
        `INSERT INTO photo_files (hash, media_type, content, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (hash) DO UPDATE SET media_type = photo_files.media_type`,
        [
          hash,
          mediaType,
          Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          now().toISOString(),
        ],
      );
      return hash;
    },
    async has(hash) {
      if (!SHA256_HEX.test(hash)) return false;
      const result = await db.query('SELECT 1 FROM photo_files WHERE hash = $1', [hash]);
      return result.rowCount === 1;
    },
    async size(hash) {
      if (!SHA256_HEX.test(hash)) return undefined;
      const result = await db.query<{ size: number }>(
        'SELECT octet_length(content) AS size FROM photo_files WHERE hash = $1',
        [hash],
      );
      return result.rows[0]?.size;
    },
    async read(hash, range) {
      if (!range) return read(hash);
      if (!SHA256_HEX.test(hash)) return undefined;
      const result = await db.query<{ content: Buffer }>(
        // substring counts from 1.
        'SELECT substring(content FROM $2 FOR $3) AS content FROM photo_files WHERE hash = $1',
        [hash, range.start + 1, Math.max(0, range.end - range.start + 1)],
      );
      return result.rows[0]?.content;
    },
    async readSized(hash, mediaType, size) {
      const original = await read(hash);
      return original && makeSizedCopy(Buffer.from(original), mediaType, size);
    },
    async remove(hash) {
      if (!SHA256_HEX.test(hash)) return false;
      const result = await db.query('DELETE FROM photo_files WHERE hash = $1', [hash]);
      return result.rowCount === 1;
    },
    async referencedMediaType(hash) {
      if (!SHA256_HEX.test(hash)) return undefined;
      const result = await db.query<{ media_type: string }>(`${mediaTypeSql} LIMIT 1`, [hash]);
      return result.rows[0]?.media_type;
    },
  };
}
