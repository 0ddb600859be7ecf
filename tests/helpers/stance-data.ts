import { randomUUID } from 'node:crypto';
import { addPhoto } from '../../main/photos/photos';
import type { StanceCore } from '../../main/stance';
import type { Client, ClientSummary } from '../../shared/domain/clients';
import type { Result } from '../../shared/errors';

/** The value of a successful answer; a failure fails the test with its message. */
export function value<T>(result: Result<unknown>): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  }
  return result.value as T;
}

export async function addClient(core: StanceCore, firstName: string, notes = ''): Promise<Client> {
  return value<Client>(await core.route('clients:create', { firstName, lastName: 'Test', notes }));
}

/** A photo on a new assessment of the client; returns the photo's hash. */
export function addPhotoOf(core: StanceCore, clientId: string, bytes: Uint8Array): string {
  const session = core.session!;
  const assessmentId = randomUUID();
  session.db
    .prepare(
      "INSERT INTO assessments (id, client_id, assessed_on, created_at) VALUES (?, ?, '2026-01-01', 't')",
    )
    .run(assessmentId, clientId);
  session.db
    .prepare(
      `INSERT INTO assessment_revisions (assessment_id, revision, status, assessed_on, body, body_version, rules_version, created_at, updated_at)
       VALUES (?, 1, 'draft', '2026-01-01', '{}', 1, 'r', 't', 't')`,
    )
    .run(assessmentId);
  return addPhoto(
    session.db,
    session.photos,
    {
      assessmentId,
      revision: 1,
      view: 'anterior',
      mediaType: 'image/png',
      width: 4,
      height: 3,
      landmarks: '{}',
      thumbnail: null,
      data: bytes,
    },
    session.now(),
  ).hash;
}

/** First names of every client, archived or not, sorted. */
export async function clientNames(core: StanceCore): Promise<string[]> {
  const list = value<ClientSummary[]>(await core.route('clients:list', { limit: 1000 }));
  return list.map((client) => client.firstName).sort();
}
