import net from 'node:net';
import { DatabaseError } from 'pg';
import { describe, expect, it } from 'vitest';
import {
  describeConnectionProblem,
  type ConnectionTarget,
} from '../../../main/studio/connection-problems';

const target: ConnectionTarget = {
  host: 'studio-db.local',
  port: 5432,
  database: 'stance',
  user: 'sam',
  withPassword: true,
};

/** What node-postgres hands on when the server answers with an ErrorResponse. */
function serverError(code: string, message: string): DatabaseError {
  const error = new DatabaseError(message, message.length, 'error');
  error.code = code;
  error.severity = 'FATAL';
  return error;
}

/** What Node's net, dns and tls modules throw: an Error with a `code`. */
function systemError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('connection problems in plain words', () => {
  it.each([
    [
      '28P01',
      'password authentication failed for user "sam"',
      'wrong-password',
      /refused the password for “sam”/,
    ],
    [
      '3D000',
      'database "stance" does not exist',
      'unknown-database',
      /no database called “stance”/,
    ],
    [
      '28000',
      'no pg_hba.conf entry for host "10.0.0.5", user "sam", database "stance", no encryption',
      'tls-required',
      /accepts only encrypted connections/,
    ],
    [
      '28000',
      'no pg_hba.conf entry for host "10.0.0.5", user "sam", database "stance", SSL encryption',
      'not-allowed',
      /does not let “sam” sign in to “stance” from this computer/,
    ],
    ['53300', 'sorry, too many clients already', 'busy', /as many connections as it allows/],
    ['57P03', 'the database system is starting up', 'busy', /starting up or shutting down/],
  ])('server code %s (%s) is %s', (code, message, problem, words) => {
    const answer = describeConnectionProblem(serverError(code, message), target);
    expect(answer.problem).toBe(problem);
    expect(answer.message).toMatch(words);
  });

  it('a password the server asks for when none was given is said to be missing, not wrong', () => {
    const answer = describeConnectionProblem(
      serverError('28P01', 'password authentication failed for user "sam"'),
      { ...target, withPassword: false },
    );
    expect(answer).toMatchObject({ problem: 'no-password' });
    expect(answer.message).toMatch(/none is entered or saved/);
  });

  it.each([
    [
      'ENOTFOUND',
      'getaddrinfo ENOTFOUND studio-db.local',
      'unknown-host',
      /No computer called “studio-db.local”/,
    ],
    ['EAI_AGAIN', 'getaddrinfo EAI_AGAIN studio-db.local', 'unknown-host', /No computer called/],
    ['ETIMEDOUT', 'connect ETIMEDOUT 10.0.0.5:5432', 'no-answer', /did not answer in time/],
    ['EHOSTUNREACH', 'connect EHOSTUNREACH 10.0.0.5:5432', 'no-answer', /did not answer in time/],
    [
      'SELF_SIGNED_CERT_IN_CHAIN',
      'self-signed certificate in certificate chain',
      'tls-untrusted',
      /not signed by the CA certificate you chose/,
    ],
    [
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'unable to verify the first certificate',
      'tls-untrusted',
      /did not send the password/,
    ],
    [
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'self-signed certificate',
      'tls-untrusted',
      /not signed by the CA/,
    ],
    [
      'ERR_TLS_CERT_ALTNAME_INVALID',
      "Hostname/IP does not match certificate's altnames",
      'tls-wrong-name',
      /not made out to “studio-db.local”/,
    ],
    ['CERT_HAS_EXPIRED', 'certificate has expired', 'tls-expired', /out of date/],
  ])('Node code %s is %s', (code, message, problem, words) => {
    const answer = describeConnectionProblem(systemError(code, message), target);
    expect(answer.problem).toBe(problem);
    expect(answer.message).toMatch(words);
  });

  it('an empty password node-postgres will not send is said to be missing', () => {
    const error = new Error(
      'SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string',
    );
    expect(describeConnectionProblem(error, { ...target, withPassword: false }).problem).toBe(
      'no-password',
    );
  });

  it('a refused connection, from a real connect to a port nothing listens on', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const error = await new Promise<Error>((resolve) =>
      net.connect(closedPort, '127.0.0.1').on('error', resolve),
    );
    const answer = describeConnectionProblem(error, {
      ...target,
      host: '127.0.0.1',
      port: closedPort,
    });
    expect(answer.problem).toBe('refused');
    expect(answer.message).toBe(
      `Nothing answered at 127.0.0.1:${closedPort}: PostgreSQL may not be running there, or it listens on another port.`,
    );
  });

  it('reads the code from the first attempt when every address of a name failed', () => {
    const error = new AggregateError([
      systemError('ECONNREFUSED', 'connect ECONNREFUSED ::1:5432'),
      systemError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
    ]);
    expect(describeConnectionProblem(error, target).problem).toBe('refused');
  });

  it('node-postgres’ own errors, known by their words', () => {
    expect(
      describeConnectionProblem(new Error('The server does not support SSL connections'), target)
        .problem,
    ).toBe('tls-unsupported');
    expect(
      describeConnectionProblem(
        new Error('Connection terminated due to connection timeout'),
        target,
      ).problem,
    ).toBe('no-answer');
  });

  it('anything else still says where it tried and what was answered', () => {
    const answer = describeConnectionProblem(serverError('XX000', 'internal error'), target);
    expect(answer).toEqual({
      problem: 'other',
      message: 'Stance could not connect to studio-db.local:5432: internal error',
    });
  });
});
