/**
 * What a connection test needs to know about a studio server, read without changing anything:
 * its version, and whether Stance's tables are there (and at which data version) or this role
 * could make them.
 */
import type { ClientBase } from 'pg';

export type StanceSchemaState =
  | { state: 'absent'; canMake: boolean }
  | { state: 'present'; version: number }
  /** The tables are there but this role may not read them: not one of the studio's practitioners. */
  | { state: 'unreadable' };

export interface ServerFacts {
  /** The major version, e.g. 15. */
  major: number;
  /** As the server says it, without the build details, e.g. "15.10". */
  version: string;
  schema: StanceSchemaState;
}

export async function readServerFacts(client: ClientBase): Promise<ServerFacts> {
  const server = await client.query<{
    number: string;
    version: string;
    made: boolean;
    canCreate: boolean;
    canMakeRoles: boolean;
  }>(
    `SELECT current_setting('server_version_num') AS "number",
            current_setting('server_version') AS "version",
            to_regclass('public.stance_schema') IS NOT NULL AS "made",
            has_database_privilege(current_database(), 'CREATE')
              AND has_schema_privilege('public', 'CREATE') AS "canCreate",
            (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) AS "canMakeRoles"`,
  );
  const row = server.rows[0]!;
  const facts = {
    major: Math.floor(Number(row.number) / 10_000),
    version: row.version.split(' ')[0] ?? row.version,
  };
  // Making the schema also makes the stance_practitioner and stance_owner roles.
  if (!row.made)
    return { ...facts, schema: { state: 'absent', canMake: row.canCreate && row.canMakeRoles } };
  try {
    const found = await client.query<{ version: number }>('SELECT version FROM stance_schema');
    return { ...facts, schema: { state: 'present', version: found.rows[0]?.version ?? 0 } };
  } catch (error) {
    if ((error as { code?: unknown }).code === '42501')
      return { ...facts, schema: { state: 'unreadable' } };
    throw error;
  }
}
