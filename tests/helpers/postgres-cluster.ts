/**
 * A throwaway PostgreSQL server for the tests: a new cluster in a temporary folder, listening on
 * 127.0.0.1 only, on a free port, stopped and deleted afterwards. `initdb` refuses to run as root,
 * so when the tests run as root (CI containers do) the server runs as the `postgres` user that
 * Debian's package creates.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export interface TestCluster {
  /** A connection string for a fresh, empty database on the cluster. */
  readonly url: string;
  readonly port: number;
  /** Makes another empty database on the same server (one per suite keeps suites apart). */
  createDatabase(name: string): string;
  /**
   * Restarts the server on the same port and data, as a studio's server restarts for an update.
   * `immediate` stops it without a checkpoint, as a crash or a power cut would; it recovers from
   * its write-ahead log on start. Connections open at the time are dropped either way.
   */
  restart(options?: { immediate?: boolean }): Promise<void>;
  /** Stops the server (fast: running transactions are rolled back) and keeps its data. */
  halt(options?: { immediate?: boolean }): Promise<void>;
  /** Starts a server `halt` stopped, on the same port and data. */
  resume(): Promise<void>;
  /** Stops the server for good and deletes its data. */
  stop(): void;
}

function postgresBinaries(): string {
  const fromEnv = process.env['STANCE_PG_BIN'];
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((name) => fs.existsSync(path.join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error(
      'The studio-database tests need PostgreSQL 15 or newer. Install it (on Debian: ' +
        'apt-get install postgresql) or run `bash .ci/run`, which installs it.',
    );
  return path.join(root, versions[0]!, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const run = promisify(execFile);

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

export interface ClusterOptions {
  /**
   * Write to disk as a studio's server does (fsync and synchronous_commit on), for the bench's
   * save figures. The tests turn fsync off: they prove behaviour, and the disk only slows them.
   */
  readonly durable?: boolean;
  /**
   * Every role but the superuser `stance` signs in over TCP with a password (SCRAM), as on a
   * studio's server; without this every login is trusted.
   */
  readonly passwordLogins?: boolean;
  /** Offers TLS with this certificate and key (PEM); unencrypted connections are still accepted. */
  readonly tls?: { certificate: string; key: string };
}

export async function startTestCluster(clusterOptions: ClusterOptions = {}): Promise<TestCluster> {
  const bin = postgresBinaries();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-pg-'));
  const data = path.join(folder, 'data');
  const asServerUser = (command: string, args: string[]) => {
    const file = path.join(bin, command);
    return isRoot()
      ? execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' })
      : execFileSync(file, args, { stdio: 'pipe' });
  };
  if (isRoot()) {
    const { uid, gid } = postgresUser();
    fs.chownSync(folder, uid, gid);
  }
  asServerUser('initdb', [
    '-D',
    data,
    '-U',
    'stance',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const owner = isRoot() ? postgresUser() : null;
  const writeServerFile = (name: string, text: string) => {
    const file = path.join(data, name);
    fs.writeFileSync(file, text, { mode: 0o600 });
    if (owner) fs.chownSync(file, owner.uid, owner.gid);
    return file;
  };
  if (clusterOptions.passwordLogins)
    writeServerFile(
      'pg_hba.conf',
      [
        'local all all trust',
        'host all stance 127.0.0.1/32 trust',
        'host all all 127.0.0.1/32 scram-sha-256',
        '',
      ].join('\n'),
    );
  const port = await freePort();
  // The socket goes in the cluster's own folder, so nothing is written to /var/run.
  let options =
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${folder}` +
    (clusterOptions.durable ? ' -c fsync=on -c synchronous_commit=on' : ' -c fsync=off');
  if (clusterOptions.tls) {
    const certificate = writeServerFile('server.crt', clusterOptions.tls.certificate);
    const key = writeServerFile('server.key', clusterOptions.tls.key);
    options += ` -c ssl=on -c ssl_cert_file=${certificate} -c ssl_key_file=${key}`;
  }
  const startArgs = ['-D', data, '-w', '-l', path.join(folder, 'server.log'), '-o', options];
  asServerUser('pg_ctl', [...startArgs, 'start']);
  // Asynchronous, so the app under test keeps running (and failing) while the server is away.
  const pgCtl = async (args: string[]) => {
    const file = path.join(bin, 'pg_ctl');
    await (isRoot() ? run('runuser', ['-u', 'postgres', '--', file, ...args]) : run(file, args));
  };
  const stopArgs = (immediate: boolean) => [
    '-D',
    data,
    '-w',
    '-m',
    immediate ? 'immediate' : 'fast',
    'stop',
  ];
  const urlFor = (database: string) => `postgresql://stance@127.0.0.1:${port}/${database}`;
  let stopped = false;
  const cluster: TestCluster = {
    url: urlFor('postgres'),
    port,
    createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
      asServerUser('psql', [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'stance',
        '-d',
        'postgres',
        '-qc',
        `CREATE DATABASE ${name}`,
      ]);
      return urlFor(name);
    },
    async restart({ immediate = false } = {}) {
      await pgCtl(stopArgs(immediate));
      await pgCtl([...startArgs, 'start']);
    },
    halt: ({ immediate = false } = {}) => pgCtl(stopArgs(immediate)),
    resume: () => pgCtl([...startArgs, 'start']),
    stop() {
      if (stopped) return;
      stopped = true;
      spawnSync(isRoot() ? 'runuser' : path.join(bin, 'pg_ctl'), [
        ...(isRoot() ? ['-u', 'postgres', '--', path.join(bin, 'pg_ctl')] : []),
        '-D',
        data,
        '-m',
        'immediate',
        '-w',
        'stop',
      ]);
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
  return cluster;
}

function postgresUser(): { uid: number; gid: number } {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (!uid || !gid)
    throw new Error(
      'Running as root, the tests need the postgres user that Debian’s package makes.',
    );
  return { uid: Number(uid), gid: Number(gid) };
}
