import type { StudioMigration } from './types';

/**
 * Stored files are kept uncompressed, so the clip player's range reads stay cheap.
 *
 * The player asks for a clip 2 MB at a time; `substring` on a bytea stored out of line without
 * compression fetches only the chunks holding those bytes, but on a compressed value it must
 * decompress everything before them, so the last range of a long clip would cost the whole clip.
 * Photos and video are compressed already and rarely shrink further, so little space is given up.
 * The storage setting applies to values written from now on; a value the server did compress
 * before is written again, uncompressed (`|| ''` makes a fresh copy, not the same compressed one).
 */
export const uncompressedFiles: StudioMigration = {
  version: 8,
  name: 'stored files uncompressed',
  sql: `
    ALTER TABLE photo_files ALTER COLUMN content SET STORAGE EXTERNAL;
    UPDATE photo_files SET content = content || ''::bytea
      WHERE pg_column_compression(content) IS NOT NULL;
  `,
};
