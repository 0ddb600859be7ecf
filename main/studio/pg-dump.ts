/**
 * PostgreSQL's own pg_dump, found on this computer and run on the saved studio connection. Every
 * connection detail goes in the child's environment, which starts empty: nothing typed in Settings
 * reaches its command line (where any user of the computer could read a password, and where a
 * database name could pass for an option), and no PGSERVICE, PGPASSFILE or PGHOST of the
 * computer's own can point it elsewhere.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { SavedConnection } from './saved-connection';

/** Enough of what pg_dump says to explain a failure; it says little, but a server could say more. */
const STDERR_MAX = 64 * 1024;

export function findPgDump(searchPath = process.env['PATH'] ?? ''): string | null {
  const name = process.platform === 'win32' ? 'pg_dump.exe' : 'pg_dump';
  for (const folder of searchPath.split(path.delimiter)) {
    if (folder === '') continue;
    const file = path.join(folder, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // Not here; the next folder on PATH.
    }
  }
  return null;
}

export function pgDumpEnvironment(
  saved: SavedConnection,
  password: string | null,
  workFolder: string,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    // Debian's pg_dump is a wrapper script that needs PATH; Windows needs SYSTEMROOT for sockets.
    PATH: process.env['PATH'] ?? '',
    ...(process.env['SYSTEMROOT'] ? { SYSTEMROOT: process.env['SYSTEMROOT'] } : {}),
    PGHOST: saved.host,
    PGPORT: String(saved.port),
    PGDATABASE: saved.database,
    PGUSER: saved.user,
    PGAPPNAME: 'Stance (backup)',
    PGCONNECT_TIMEOUT: '10',
    // A password file of this computer's must not stand in for the saved password (or none).
    PGPASSFILE: path.join(workFolder, 'no-password-file'),
    PGSSLMODE: saved.tls === 'verified' ? 'verify-full' : 'disable',
  };
  if (saved.tls === 'verified' && saved.caFile) env['PGSSLROOTCERT'] = saved.caFile;
  if (password !== null) env['PGPASSWORD'] = password;
  return env;
}

export interface PgDumpOutcome {
  /** 0 when the dump is complete. */
  code: number | null;
  stderr: string;
}

/** Runs pg_dump in custom format into `file`; resolves however it ends. */
export function runPgDump(
  pgDump: string,
  file: string,
  env: NodeJS.ProcessEnv,
): Promise<PgDumpOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(pgDump, ['--format=custom', '--no-password', `--file=${file}`], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
      windowsHide: true,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < STDERR_MAX) stderr += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });
}
