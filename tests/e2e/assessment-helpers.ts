/** Clients and assessments made through the real router, and small page helpers for the form. */
import type { Page } from '@playwright/test';
import type { Assessment } from '../../shared/channels/assessments';
import type { AssessmentBody } from '../../shared/domain/clinical';
import type { Client } from '../../shared/domain/clients';
import { localToday } from '../../shared/domain/dates';
import type { StanceCore } from '../../main/stance';
import type { ReadOnlyDb } from './fixtures';

export function daysAgo(days: number): string {
  return localToday(new Date(Date.now() - days * 24 * 3_600_000));
}

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

/** Last visit's findings: enough that most fields have something to compare with. */
export const PREVIOUS_BODY: AssessmentBody = {
  schemaVersion: 1,
  pain: {
    nprsNow: 6,
    nprsBestLastWeek: 3,
    nprsWorstLastWeek: 8,
    regions: ['back.low-back', 'back.buttock.right'],
    onset: 'Gradual, after a long drive',
  },
  oswestry: { variant: 'odi-2.1a', sections: [3, 1, 2, 2, 3, 2, 1, null, 2, 2] },
  rolandMorris: { responses: Array.from({ length: 24 }, (_, index) => index % 3 === 0) },
  feet: {
    left: {
      fpi6: { items: [1, 1, 0, 1, 1, 0] },
      navicularDropMm: 8,
      kneeToWallCm: 10,
      arch: 'neutral',
    },
    right: {
      fpi6: { items: [2, 1, 1, 2, 1, 1] },
      navicularDropMm: 12,
      kneeToWallCm: 8,
      arch: 'low',
    },
  },
  checkpointFindings: [
    {
      checkpointId: 'anterior.foot.direction',
      side: 'right',
      severity: 'mild',
      deviation: 'turned-out',
    },
    {
      checkpointId: 'anterior.pelvis.level',
      side: null,
      severity: 'mild',
      deviation: 'right-high',
      valueDeg: 1.5,
    },
  ],
  notes: 'Stands mostly on the left leg.',
};

export interface Seeded {
  client: Client;
  assessmentId: string;
  previousId: string | null;
}

/** A client aged about 46, optionally with a finalized assessment a month ago, and today's draft. */
export async function seedAssessment(
  core: StanceCore,
  { withPrevious = true, previousBody = PREVIOUS_BODY } = {},
): Promise<Seeded> {
  const client = await call<Client>(core, 'clients:create', {
    firstName: 'Margaret',
    lastName: 'Okonkwo-Hale',
    dateOfBirth: '1980-03-27',
  });
  let previousId: string | null = null;
  if (withPrevious) {
    const previous = await call<Assessment>(core, 'assessments:create', {
      clientId: client.id,
      assessedOn: daysAgo(30),
    });
    await call(core, 'assessments:saveDraft', {
      id: previous.assessmentId,
      revision: 1,
      assessedOn: previous.assessedOn,
      body: previousBody,
    });
    await call(core, 'assessments:finalize', { id: previous.assessmentId, revision: 1 });
    previousId = previous.assessmentId;
  }
  const current = await call<Assessment>(core, 'assessments:create', { clientId: client.id });
  return { client, assessmentId: current.assessmentId, previousId };
}

/** The stored document of the current revision, straight from the file. */
export function storedBody(db: ReadOnlyDb, assessmentId: string): AssessmentBody {
  const row = db
    .prepare(
      `SELECT r.body FROM assessment_revisions r JOIN assessments a
         ON a.id = r.assessment_id AND a.current_revision = r.revision WHERE a.id = ?`,
    )
    .get(assessmentId) as { body: string } | undefined;
  if (!row) throw new Error('No stored assessment');
  return JSON.parse(row.body) as AssessmentBody;
}

export async function formReady(page: Page): Promise<void> {
  await page.locator('[data-form-ready="true"]').waitFor();
}

export const section = (page: Page, title: string) =>
  page.getByRole('region', { name: title, exact: true });

/** Another assessment for the client, left as a draft with `body` saved in it. */
export async function seedDraft(
  core: StanceCore,
  clientId: string,
  assessedOn: string,
  body: AssessmentBody,
): Promise<string> {
  const draft = await call<Assessment>(core, 'assessments:create', { clientId, assessedOn });
  await call(core, 'assessments:saveDraft', {
    id: draft.assessmentId,
    revision: 1,
    assessedOn,
    body,
  });
  return draft.assessmentId;
}
