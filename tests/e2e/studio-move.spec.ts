/**
 * Settings → "Move my records to the studio" in the real renderer, against a real PostgreSQL
 * server: she is told what will happen, confirms, sees what was moved and checked, and finds the
 * records on the server; a second move is refused in plain words and changes nothing.
 */
import type { Page } from '@playwright/test';
import pg from 'pg';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';
import { seedRecordClient } from '../helpers/client-record';
import { expectNoSeriousA11yViolations } from './a11y';
import { addClients, expect, test } from './fixtures';

let cluster: TestCluster;
let server: pg.Pool;

test.beforeAll(async () => {
  cluster = await startTestCluster();
  server = new pg.Pool({ connectionString: cluster.createDatabase('studio'), max: 1 });
  await migrateStudioDatabase(server);
});

test.afterAll(async () => {
  await server?.end();
  cluster?.stop();
});

const count = async (table: string) =>
  (await server.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;

async function saveConnection(page: Page): Promise<void> {
  const studio = page.getByRole('region', { name: 'Studio database' });
  await studio.getByLabel('Server', { exact: true }).fill('127.0.0.1');
  await studio.getByLabel('Port', { exact: true }).fill(String(cluster.port));
  await studio.getByLabel('Database', { exact: true }).fill('studio');
  await studio.getByLabel('User name', { exact: true }).fill('stance');
  await studio.getByRole('radio', { name: /Not encrypted/ }).check();
  await studio.getByRole('button', { name: 'Save connection' }).click();
  await expect(studio.getByRole('status')).toContainText('Saved.');
}

test('she moves her records to the studio after being told what happens, and a second move is refused', async ({
  page,
  gotoApp,
  core,
}) => {
  const record = await seedRecordClient(core);
  await addClients(core, [{ firstName: 'Ines', lastName: 'Moreau' }]);
  await gotoApp('/settings');
  await saveConnection(page);

  const section = page.getByRole('region', { name: 'Move my records to the studio' });
  await section.getByRole('button', { name: 'Move my records to the studio…' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Move your records to the studio database?' });
  await expect(ask).toContainText('Your records on this computer stay exactly as they are.');
  await expectNoSeriousA11yViolations(page);
  // Cancel leaves everything as it was.
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  expect(await count('clients')).toBe(0);

  await section.getByRole('button', { name: 'Move my records to the studio…' }).click();
  await ask.getByRole('button', { name: 'Move my records' }).click();
  await expect(ask).toBeHidden();
  await expect(section.getByRole('status')).toHaveText(
    'Moved and checked: 2 clients, 2 assessments (3 saved versions), 1 program, 1 exercise of your own, 3 photos and 0 movement clips. The studio database counted every one, and all 2 photo and clip files read back exactly as they are on this computer. Your records on this computer are unchanged.',
  );
  await section.screenshot({ path: test.info().outputPath('studio-move-done.png') });
  expect(await count('clients')).toBe(2);
  const names = await server.query<{ first_name: string }>(
    'SELECT first_name FROM clients ORDER BY seq',
  );
  expect(names.rows.map((row) => row.first_name)).toEqual([record.client.firstName, 'Ines']);
  expect(await count('photo_files')).toBe(2);

  await section.getByRole('button', { name: 'Move my records to the studio…' }).click();
  await ask.getByRole('button', { name: 'Move my records' }).click();
  await expect(ask).toContainText(
    'The studio database already holds 2 clients, 2 assessments, 1 exercise, 1 program and 3 photos of yours',
  );
  await expect(ask).toContainText('Nothing was moved');
  await ask.screenshot({ path: test.info().outputPath('studio-move-refused.png') });
  await ask.getByRole('button', { name: 'Close' }).click();
  expect(await count('clients')).toBe(2);
  expect(await count('assessment_revisions')).toBe(3);
});
