import { describe, expect, it } from 'vitest';
import { latestStudioSchemaVersion } from '../../../main/db/postgres/migrations';
import { judgeServer } from '../../../main/studio/connection-test';

const sam = { user: 'sam', database: 'stance' };
const current = { state: 'present', version: latestStudioSchemaVersion } as const;

describe('what Test connection says about a server that let her in', () => {
  it('PostgreSQL 16 or newer: connected, with no remark on the version', () => {
    expect(judgeServer({ major: 17, version: '17.2', schema: current }, sam)).toEqual({
      connected: true,
      serverVersion: '17.2',
      message: 'Connected to PostgreSQL 17.2 as “sam”. Stance’s tables are there and up to date.',
    });
  });

  it('PostgreSQL 15: connected, saying it is for trying out and a studio should run 16', () => {
    expect(judgeServer({ major: 15, version: '15.10', schema: current }, sam).message).toBe(
      'Connected to PostgreSQL 15.10 as “sam”. PostgreSQL 15 is accepted for trying Stance out; a studio should run 16 or newer. Stance’s tables are there and up to date.',
    );
  });

  it('PostgreSQL 14 or older: refused as too old', () => {
    expect(judgeServer({ major: 14, version: '14.13', schema: current }, sam)).toEqual({
      connected: false,
      problem: 'too-old',
      message: 'The server runs PostgreSQL 14.13; Stance needs PostgreSQL 16 or newer.',
    });
  });
});
