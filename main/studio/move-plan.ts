/**
 * Which tables "Move my records to the studio" copies, in an order the server's foreign keys
 * accept, and what it does when the server already has a record with the same key.
 *
 * Built-in exercises live in code on every computer, so the `exercises` table holds only her own
 * (and her edited copies of built-ins, under ids of their own): all of it moves. Exercise photos
 * are the studio's shared choice of photo for an exercise, so the studio's own are kept and only
 * those it lacks are taken from hers. Of her settings only the letterhead is the studio's (see
 * `studioWideSettingKeys`); the rest (her name, units, paper size, pose suggestions) stays on her
 * computer. The letterhead moves as a whole or not at all: a studio with any of its own keeps it
 * as it is, since her address or logo added to a colleague's studio name would print as neither
 * studio's. Everything else is a record someone made: one already on the server means it was
 * moved before or a colleague holds it, and the whole move is refused rather than overwrite
 * anyone's work.
 */
import { studioWideSettingKeys } from '../../shared/domain/settings';
import type { RowFilter } from '../db/repositories/move-source';

export interface MovedTable {
  readonly table: string;
  /** The server's unique key; a local row with the same key is the same record. */
  readonly key: readonly string[];
  /**
   * `keep-studios` keeps each of the server's rows and takes those it lacks; `keep-studios-set`
   * takes none when the server has any (of the rows `only` allows).
   */
  readonly whenOnServer: 'refuse' | 'keep-studios' | 'keep-studios-set';
  /** Only these of her rows move; without it, all of them. */
  readonly only?: RowFilter;
  /** What a person calls one and several of these, for the refusal. */
  readonly names?: readonly [one: string, several: string];
}

export const movedTables: readonly MovedTable[] = [
  { table: 'clients', key: ['id'], whenOnServer: 'refuse', names: ['client', 'clients'] },
  {
    table: 'assessments',
    key: ['id'],
    whenOnServer: 'refuse',
    names: ['assessment', 'assessments'],
  },
  { table: 'assessment_revisions', key: ['assessment_id', 'revision'], whenOnServer: 'refuse' },
  { table: 'exercises', key: ['id'], whenOnServer: 'refuse', names: ['exercise', 'exercises'] },
  { table: 'exercise_photos', key: ['exercise_id'], whenOnServer: 'keep-studios' },
  { table: 'programs', key: ['id'], whenOnServer: 'refuse', names: ['program', 'programs'] },
  { table: 'program_items', key: ['program_id', 'position'], whenOnServer: 'refuse' },
  {
    table: 'settings',
    key: ['key'],
    whenOnServer: 'keep-studios-set',
    only: { column: 'key', values: studioWideSettingKeys },
  },
  { table: 'photos', key: ['id'], whenOnServer: 'refuse', names: ['photo', 'photos'] },
  {
    table: 'clips',
    key: ['id'],
    whenOnServer: 'refuse',
    names: ['movement clip', 'movement clips'],
  },
];

/** Tables whose records are checked one by one before the move; their parts come with them. */
export const checkedTables = movedTables.filter(
  (entry): entry is MovedTable & { names: readonly [string, string] } => entry.names !== undefined,
);
