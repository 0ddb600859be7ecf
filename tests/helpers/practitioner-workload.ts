/**
 * Several practitioners working on one studio server at once, each through her own connection
 * pool and signed in as her own role: saving her own drafts and drafts the whole team edits,
 * searching, finalizing. Every save the server acknowledged is recorded with the stamp it started
 * from, so afterwards `lostOrOverwrittenSaves` can prove that none was lost or silently saved over.
 * Used by the concurrency test and by `npm run bench -- studio` for the save figures.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { studioAssessmentStore } from '../../main/db/postgres/assessment-store';
import { studioClientStore } from '../../main/db/postgres/client-store';
import type { RevisionContent } from '../../main/db/stores/assessment-rows';
import type { AssessmentStore } from '../../main/db/stores/assessment-store';
import type { ClientStore } from '../../main/db/stores/client-store';

export interface Practitioner {
  readonly name: string;
  readonly clients: ClientStore;
  readonly assessments: AssessmentStore;
}

/** A save the server said yes to: which draft, the stamp it started from, the one it wrote. */
interface Acknowledged {
  readonly assessmentId: string;
  readonly from: string;
  readonly stamp: string;
  readonly token: string;
}

export interface WorkloadReport {
  readonly acknowledged: readonly Acknowledged[];
  /** Saves refused because a colleague saved first, each checked to name who and when. */
  readonly conflicts: number;
  readonly finalized: readonly string[];
  readonly searches: number;
  /** Anything that should not happen: an error from the server, an unnamed conflict, a refusal of her own draft. */
  readonly problems: readonly string[];
  /** How long each acknowledged save took, in milliseconds. */
  readonly saveMs: readonly number[];
  /** Where each draft started: its id and first stamp. */
  readonly initialStamps: ReadonlyMap<string, string>;
}

export interface WorkloadOptions {
  readonly seconds: number;
  /** Drafts every practitioner edits, so conflicts happen. */
  readonly sharedDrafts: number;
  /** Saves of her own draft before she finalizes it and starts the next. */
  readonly savesBeforeFinalize: number;
}

/**
 * A studio owner and her practitioners, each a database role of her own (as the studio sets them
 * up), signed in through a pool that `poolAs` opens for that role name.
 */
export async function signInStudioTeam(
  admin: pg.Pool,
  size: number,
  poolAs: (user: string) => pg.Pool,
): Promise<Practitioner[]> {
  await admin.query(
    "CREATE ROLE owner LOGIN PASSWORD 'owner password 1' IN ROLE stance_owner, stance_practitioner",
  );
  const owner = poolAs('owner');
  const signedIn = [{ name: 'owner', pool: owner }];
  for (let i = 1; i < size; i += 1) {
    await owner.query('SELECT stance_add_practitioner($1, $2)', [`p${i}`, 'a long password']);
    signedIn.push({ name: `p${i}`, pool: poolAs(`p${i}`) });
  }
  return signedIn.map(({ name, pool }) => ({
    name,
    clients: studioClientStore(pool),
    assessments: studioAssessmentStore(pool),
  }));
}

/** A draft whose notes carry `token`, so a row shows which save it holds. */
export const draftWithNotes = (token: string, assessedOn = '2026-12-05'): RevisionContent => ({
  assessedOn,
  body: { schemaVersion: 1, notes: token },
  bodyVersion: 1,
  rulesVersion: 'rules-1',
  summary: {
    painNow: null,
    disabilityScore: null,
    disabilityInstrument: null,
    fpiLeft: null,
    fpiRight: null,
  },
});

const snapshot = { firstName: 'Studio', lastName: 'Client', dateOfBirth: '1980-01-01' };

export async function addStudioClient(as: Practitioner, lastName: string): Promise<string> {
  const id = randomUUID();
  const at = new Date().toISOString();
  await as.clients.insert({
    id,
    firstName: 'Client',
    lastName,
    dateOfBirth: '1980-01-01',
    email: '',
    phone: '',
    occupation: '',
    notes: '',
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
  });
  return id;
}

async function newDraft(
  as: Practitioner,
  clientId: string,
  initialStamps: Map<string, string>,
): Promise<{ id: string; stamp: string }> {
  const id = randomUUID();
  const stamp = new Date().toISOString();
  await as.assessments.insert({ id, clientId }, draftWithNotes(`${as.name}-start`), stamp);
  initialStamps.set(id, stamp);
  return { id, stamp };
}

export async function runPractitioners(
  team: readonly Practitioner[],
  options: WorkloadOptions,
): Promise<WorkloadReport> {
  const acknowledged: Acknowledged[] = [];
  const finalized: string[] = [];
  const problems: string[] = [];
  const saveMs: number[] = [];
  const initialStamps = new Map<string, string>();
  let conflicts = 0;
  let searches = 0;
  const names = new Set(team.map((member) => member.name));

  const owner = team[0]!;
  const sharedClient = await addStudioClient(owner, 'Shared');
  const shared = await Promise.all(
    Array.from({ length: options.sharedDrafts }, () =>
      newDraft(owner, sharedClient, initialStamps),
    ),
  );
  const deadline = Date.now() + options.seconds * 1000;

  async function save(
    member: Practitioner,
    assessmentId: string,
    from: string,
    token: string,
  ): Promise<string | null> {
    const started = performance.now();
    const stamp = await member.assessments.updateDraft(
      assessmentId,
      1,
      draftWithNotes(token),
      new Date().toISOString(),
      from,
    );
    if (stamp !== null) {
      saveMs.push(performance.now() - started);
      acknowledged.push({ assessmentId, from, stamp, token });
    }
    return stamp;
  }

  async function work(member: Practitioner, index: number): Promise<void> {
    const clientId = await addStudioClient(member, `Own${index}`);
    let own = await newDraft(member, clientId, initialStamps);
    let ownSaves = 0;
    const seen = new Map(shared.map((draft) => [draft.id, draft.stamp]));
    let n = 0;
    while (Date.now() < deadline) {
      n += 1;
      const token = `${member.name}-${n}`;
      const roll = Math.random();
      try {
        if (roll < 0.45) {
          const stamp = await save(member, own.id, own.stamp, token);
          if (stamp === null) problems.push(`${member.name}'s own draft was refused`);
          else own = { id: own.id, stamp };
          ownSaves += 1;
          if (ownSaves >= options.savesBeforeFinalize) {
            const done = await member.assessments.finalize(
              own.id,
              1,
              snapshot,
              new Date().toISOString(),
            );
            if (!done) problems.push(`${member.name} could not finalize her own draft`);
            else finalized.push(own.id);
            own = await newDraft(member, clientId, initialStamps);
            ownSaves = 0;
          }
        } else if (roll < 0.85) {
          const draft = shared[n % shared.length]!;
          const stamp = await save(member, draft.id, seen.get(draft.id)!, token);
          if (stamp !== null) {
            seen.set(draft.id, stamp);
          } else {
            conflicts += 1;
            const change = await member.assessments.lastChange(draft.id, 1);
            if (
              !change ||
              change.updatedAt === seen.get(draft.id) ||
              !names.has(change.updatedBy ?? '')
            ) {
              problems.push(
                `a refused save did not say who saved first: ${JSON.stringify(change)}`,
              );
            } else {
              // She reads what her colleague saved and carries on from there.
              seen.set(draft.id, change.updatedAt);
            }
          }
        } else {
          searches += 1;
          const found = await member.clients.search('Client Sha', { archived: false, limit: 25 });
          if (!found.some((client) => client.id === sharedClient))
            problems.push('search did not find the shared client');
        }
      } catch (error) {
        problems.push(`${member.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  await Promise.all(team.map((member, index) => work(member, index)));
  return { acknowledged, conflicts, finalized, searches, problems, saveMs, initialStamps };
}

/**
 * Every draft's acknowledged saves must form one chain: each started from the stamp the one
 * before it wrote, and the row holds the last one. Two acknowledged saves from the same stamp
 * mean one was silently saved over; a row that does not hold its last save means one was lost.
 */
export async function lostOrOverwrittenSaves(
  report: WorkloadReport,
  reader: AssessmentStore,
): Promise<string[]> {
  const byDraft = new Map<string, Acknowledged[]>();
  for (const save of report.acknowledged) {
    byDraft.set(save.assessmentId, [...(byDraft.get(save.assessmentId) ?? []), save]);
  }
  const faults: string[] = [];
  for (const [assessmentId, saves] of byDraft) {
    saves.sort((a, b) => a.stamp.localeCompare(b.stamp));
    let previous = report.initialStamps.get(assessmentId);
    for (const save of saves) {
      if (save.from !== previous)
        faults.push(`${assessmentId}: ${save.token} started from ${save.from}, not ${previous}`);
      previous = save.stamp;
    }
    const last = saves.at(-1)!;
    const row = await reader.findCurrent(assessmentId);
    const held = (row?.body as { notes?: string } | undefined)?.notes;
    if (held !== last.token)
      faults.push(`${assessmentId}: holds ${held}, last saved ${last.token}`);
  }
  return faults;
}
