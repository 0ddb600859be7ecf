/**
 * What went wrong connecting to a studio server, in words a practitioner can act on. node-postgres
 * passes on three kinds of failure: the server's own SQLSTATE codes, Node's network and TLS error
 * codes, and a few errors of its own known only by their text.
 */
import type { StudioProblem } from '../../shared/domain/studio-connection';

export interface ConnectionTarget {
  host: string;
  port: number;
  database: string;
  user: string;
  /** Whether a password was sent at all. */
  withPassword: boolean;
}

export interface ConnectionProblem {
  problem: StudioProblem;
  message: string;
}

const UNTRUSTED_CERTIFICATE = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
]);
const NO_SUCH_HOST = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
const NO_ANSWER = new Set(['ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN']);

export function describeConnectionProblem(
  error: unknown,
  target: ConnectionTarget,
): ConnectionProblem {
  const code = errorCode(error);
  const text = error instanceof Error ? error.message : String(error);
  const server = `${target.host}:${target.port}`;
  const said = (problem: StudioProblem, message: string) => ({ problem, message });

  switch (code) {
    case '28P01':
      return target.withPassword
        ? said('wrong-password', `The server refused the password for “${target.user}”.`)
        : said(
            'no-password',
            `The server asks for a password for “${target.user}”, and none is entered or saved.`,
          );
    case '28000':
      // pg_hba.conf has no line for this user from this computer; its text says when a line
      // exists for encrypted connections only.
      return /no encryption/i.test(text)
        ? said(
            'tls-required',
            'The server accepts only encrypted connections. Choose “Encrypted, checked against a CA certificate” and pick the server’s CA file.',
          )
        : said(
            'not-allowed',
            `The server does not let “${target.user}” sign in to “${target.database}” from this computer. Ask whoever runs the server to allow it (pg_hba.conf).`,
          );
    case '3D000':
      return said(
        'unknown-database',
        `The server has no database called “${target.database}”. Check the name with whoever set up the server.`,
      );
    case '53300':
      return said(
        'busy',
        'The server has as many connections as it allows. Try again shortly, or ask whoever runs it to allow more.',
      );
    case '57P03':
      return said('busy', 'The server is starting up or shutting down. Try again in a minute.');
  }
  // node-postgres refuses to start SCRAM with an empty password before the server can say no.
  if (/client password must be/i.test(text))
    return said(
      'no-password',
      `The server asks for a password for “${target.user}”, and none is entered or saved.`,
    );
  if (code === 'ECONNREFUSED')
    return said(
      'refused',
      `Nothing answered at ${server}: PostgreSQL may not be running there, or it listens on another port.`,
    );
  if (code && NO_SUCH_HOST.has(code))
    return said(
      'unknown-host',
      `No computer called “${target.host}” could be found. Check the spelling of the server’s address and that this computer is on the studio’s network.`,
    );
  if ((code && NO_ANSWER.has(code)) || /timeout|timed out/i.test(text))
    return said(
      'no-answer',
      `The server at ${server} did not answer in time. Check that this computer is on the studio’s network.`,
    );
  if (code && UNTRUSTED_CERTIFICATE.has(code))
    return said(
      'tls-untrusted',
      'The server’s certificate is not signed by the CA certificate you chose, so Stance did not send the password. Check that you picked the studio’s CA file.',
    );
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
    return said(
      'tls-wrong-name',
      `The server’s certificate is not made out to “${target.host}”, so Stance did not send the password. Use the address the certificate names.`,
    );
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID')
    return said(
      'tls-expired',
      'The server’s certificate is out of date, so Stance did not send the password. Ask whoever runs the server to renew it (and check this computer’s date).',
    );
  if (/does not support SSL/i.test(text))
    return said(
      'tls-unsupported',
      'The server does not offer encrypted connections. Turn encryption on at the server, or, for a server on this computer or a network you control, choose “Not encrypted”.',
    );
  return said('other', `Stance could not connect to ${server}: ${text}`);
}

/**
 * The SQLSTATE or Node error code. Connecting to a name with several addresses fails with an
 * AggregateError whose own code may be missing; its first error then says what happened.
 */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string') return own;
  if (error instanceof AggregateError) return errorCode(error.errors[0]);
  return undefined;
}
