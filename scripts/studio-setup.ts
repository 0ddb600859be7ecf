/**
 * Puts Stance's tables, roles and functions on a studio's PostgreSQL database, or brings them up
 * to date; run by whoever administers the server, as a role that may create tables and roles.
 * The app will do this itself once it runs in studio mode; until then this is the way.
 *
 *   npm run studio:setup -- 'postgresql://postgres@studio-db.local/stance?sslmode=verify-full&sslrootcert=ca.pem'
 *
 * Without an address, node-postgres reads PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD. A
 * password is best left in PGPASSWORD or ~/.pgpass rather than in the address, which other users
 * of the computer can see in the process list.
 */
import pg from 'pg';
import { migrateStudioDatabase } from '../main/db/postgres/migrate';

async function main(): Promise<void> {
  const address = process.argv[2];
  const pool = new pg.Pool({ ...(address ? { connectionString: address } : {}), max: 1 });
  try {
    const { from, to } = await migrateStudioDatabase(pool);
    console.log(
      from === to
        ? `Stance’s tables were already up to date (data version ${to}).`
        : `Stance’s tables are set up: data version ${to}${from > 0 ? ` (was ${from})` : ''}.`,
    );
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
