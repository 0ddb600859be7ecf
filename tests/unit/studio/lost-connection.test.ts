import net from 'node:net';
import { DatabaseError } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isLostConnection,
  STUDIO_UNREACHABLE_MESSAGE,
} from '../../../main/db/postgres/lost-connection';
import { openStudioPool } from '../../../main/db/postgres/pool';
import { createRouter, type Handlers } from '../../../main/router';

function serverError(code: string, message: string): DatabaseError {
  const error = new DatabaseError(message, message.length, 'error');
  error.code = code;
  error.severity = 'FATAL';
  return error;
}

const systemError = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

/** The real router with one handler that fails as `fail` says; logs what reached `internal`. */
function routerFailingWith(fail: () => Promise<never>) {
  const logged: unknown[] = [];
  const route = createRouter({ 'clients:list': fail } as unknown as Handlers, {
    logError: (error) => logged.push(error),
  });
  return { answer: () => route('clients:list', { archived: false }), logged };
}

const servers: net.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A port that accepts connections and then does whatever `onSocket` does with them. */
async function listening(onSocket: (socket: net.Socket) => void): Promise<number> {
  const server = net.createServer(onSocket);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

describe('a lost studio connection answers in plain words', () => {
  it.each([
    [
      'the server shutting down (57P01)',
      serverError('57P01', 'terminating connection due to administrator command'),
    ],
    [
      'the server crashing (57P02)',
      serverError('57P02', 'terminating connection due to crash of another server process'),
    ],
    ['the server starting up (57P03)', serverError('57P03', 'the database system is starting up')],
    ['a connection exception (08006)', serverError('08006', 'connection failure')],
    ['a refused connection', systemError('ECONNREFUSED')],
    ['a reset connection', systemError('ECONNRESET')],
    ['a timed-out connection', systemError('ETIMEDOUT')],
    ['a broken pipe', systemError('EPIPE')],
    ['an unreachable host', systemError('EHOSTUNREACH')],
    ['a dropped socket', new Error('Connection terminated unexpectedly')],
    ['the pool giving up waiting', new Error('timeout exceeded when trying to connect')],
    ['every address refusing', new AggregateError([systemError('ECONNREFUSED')], 'all failed')],
  ])('%s is unavailable, never internal', async (_, error) => {
    expect(isLostConnection(error)).toBe(true);
    const { answer, logged } = routerFailingWith(() => Promise.reject(error));
    expect(await answer()).toEqual({
      ok: false,
      error: { code: 'unavailable', message: STUDIO_UNREACHABLE_MESSAGE },
    });
    expect(logged).toEqual([]);
  });

  it.each([
    ['a broken query', serverError('42601', 'syntax error at or near "SELEC"')],
    ['a refused write', serverError('42501', 'permission denied for table clients')],
    ['a bug in Stance', new TypeError('Cannot read properties of undefined')],
  ])('%s stays internal and is logged', async (_, error) => {
    expect(isLostConnection(error)).toBe(false);
    const { answer, logged } = routerFailingWith(() => Promise.reject(error));
    expect(await answer()).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toEqual([error]);
  });

  it('a server that is not running, through a real pool', async () => {
    const port = await listening(() => undefined);
    servers.pop()!.close();
    const pool = openStudioPool({ host: '127.0.0.1', port, user: 'sam', database: 'stance' });
    const { answer } = routerFailingWith(() => pool.query('SELECT 1') as Promise<never>);
    expect(await answer()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    await pool.end();
  });

  it('a server that never answers, through a real pool with its connect timeout', async () => {
    const port = await listening(() => undefined);
    const pool = openStudioPool({
      host: '127.0.0.1',
      port,
      user: 'sam',
      database: 'stance',
      connectionTimeoutMillis: 200,
    });
    const { answer } = routerFailingWith(() => pool.query('SELECT 1') as Promise<never>);
    expect(await answer()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    await pool.end();
  });

  it('a connection dropped mid-conversation, through a real pool', async () => {
    const port = await listening((socket) => socket.once('data', () => socket.destroy()));
    const pool = openStudioPool({ host: '127.0.0.1', port, user: 'sam', database: 'stance' });
    const { answer } = routerFailingWith(() => pool.query('SELECT 1') as Promise<never>);
    expect(await answer()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    await pool.end();
  });
});
