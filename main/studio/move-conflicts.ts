/**
 * Before anything is copied: which of her records the server already holds (the same id). Any
 * at all refuses the whole move, so a colleague's work, or her own moved before and changed on
 * the server since, is never overwritten.
 */
import type { PoolClient } from 'pg';
import type { Db } from '../db/connection';
import { forEachBatch } from '../db/repositories/move-source';
import { checkedTables } from './move-plan';

const IDS_PER_QUERY = 1000;

export interface HeldRecords {
  /** Per kind of record, in the plan's order, only those with any held. */
  held: { one: string; several: string; count: number }[];
}

export async function recordsAlreadyOnServer(local: Db, server: PoolClient): Promise<HeldRecords> {
  const held: HeldRecords['held'] = [];
  for (const { table, names } of checkedTables) {
    let count = 0;
    await forEachBatch(local, table, 'id', IDS_PER_QUERY, async (batch) => {
      const { rows } = await server.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${table} WHERE id = ANY($1)`,
        [batch.map((row) => row['id'])],
      );
      count += rows[0]?.n ?? 0;
    });
    if (count > 0) held.push({ one: names[0], several: names[1], count });
  }
  return { held };
}

/** "3 clients, 1 assessment and 12 photos". */
export function listHeld({ held }: HeldRecords): string {
  const parts = held.map(({ one, several, count }) => `${count} ${count === 1 ? one : several}`);
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}
