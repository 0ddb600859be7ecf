/**
 * Certificates for testing TLS to the throwaway server: a CA of the studio's own and a server
 * certificate it signed for 127.0.0.1 and localhost, plus a second CA that signed nothing, as if
 * she picked the wrong file. Made with the openssl command line (Node cannot issue certificates).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestCertificates {
  folder: string;
  /** The CA that signed the server's certificate. */
  caFile: string;
  /** A CA that signed nothing the server holds. */
  otherCaFile: string;
  serverCertificate: string;
  serverKey: string;
  remove(): void;
}

export function makeTestCertificates(): TestCertificates {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-certs-'));
  const at = (name: string) => path.join(folder, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  const makeCa = (name: string) =>
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${name}`,
      '-keyout',
      at(`${name}.key`),
      '-out',
      at(`${name}.crt`),
    );
  makeCa('studio-ca');
  makeCa('other-ca');
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    '/CN=localhost',
    '-keyout',
    at('server.key'),
    '-out',
    at('server.csr'),
  );
  fs.writeFileSync(at('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  openssl(
    'x509',
    '-req',
    '-in',
    at('server.csr'),
    '-CA',
    at('studio-ca.crt'),
    '-CAkey',
    at('studio-ca.key'),
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    at('server.ext'),
    '-out',
    at('server.crt'),
  );
  return {
    folder,
    caFile: at('studio-ca.crt'),
    otherCaFile: at('other-ca.crt'),
    serverCertificate: fs.readFileSync(at('server.crt'), 'utf8'),
    serverKey: fs.readFileSync(at('server.key'), 'utf8'),
    remove: () => fs.rmSync(folder, { recursive: true, force: true }),
  };
}
