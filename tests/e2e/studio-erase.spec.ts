/**
 * Erasing a client while working on the studio database, in the real renderer against a real
 * PostgreSQL server: before, the dialog says the erase reaches the studio database and not its
 * backups; after, it says which backups still hold her and that the studio's owner decides about
 * them; and the server no longer has her.
 */
import type pg from 'pg';
import { migrateStudioDatabase } from '../../main/db/postgres/migrate';
import { openStudioPool } from '../../main/db/postgres/pool';
import type { Route } from '../../main/router';
import { startTestCluster, type TestCluster } from '../helpers/postgres-cluster';
import { routerOnStudio, type StudioRouter } from '../helpers/studio-router';
import type { Client } from '../../shared/domain/clients';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';

let cluster: TestCluster;
let pool: pg.Pool;
let studio: StudioRouter;

test.beforeAll(async () => {
  cluster = await startTestCluster();
  pool = openStudioPool({ connectionString: cluster.createDatabase('erase'), max: 2 });
  await migrateStudioDatabase(pool);
  studio = await routerOnStudio(pool);
});

test.afterAll(async () => {
  studio?.close();
  await pool?.end();
  cluster?.stop();
});

/** The studio's router, with the status the app shows while it works on the studio database. */
const onStudio: Route = async (channel, payload) => {
  const answer = await studio.route(channel, payload);
  if (channel !== 'app:status' || !answer.ok) return answer;
  const records = {
    place: 'studio',
    host: '127.0.0.1',
    port: 5432,
    database: 'studio',
    user: 'ana',
  };
  return { ok: true, value: { ...(answer.value as object), records } };
};

test.use({ routeTo: { route: onStudio } });

test('erasing a client on the studio database says its backups still hold her, and whose they are to keep', async ({
  page,
  gotoApp,
}) => {
  const created = await studio.route('clients:create', { firstName: 'Erin', lastName: 'Example' });
  if (!created.ok) throw new Error(created.error.message);
  const erin = created.value as Client;

  await gotoApp(`/clients/${erin.id}`);
  await page.getByRole('button', { name: 'Erase client…' }).click();
  const ask = page.getByRole('dialog', { name: 'Erase Erin Example?' });
  await expect(ask).toContainText('all of this from the studio database, for everyone who works');
  await expect(ask).toContainText('Backups of the studio database are not changed');
  await expect(ask).not.toContainText('backups Stance keeps in its own backups folder');
  await ask.getByLabel('Type the client’s full name').fill('Erin Example');
  await page.screenshot({ path: test.info().outputPath('studio-erase-ask.png') });
  await ask.getByRole('button', { name: 'Erase client' }).click();

  const done = page.getByRole('dialog', { name: 'Erin Example was erased' });
  await expect(done).toContainText(
    'Erin Example is erased from the studio database. Backups of it made before now still hold Erin Example’s record',
  );
  await expect(done).toContainText('the studio’s owner decides whether to delete or keep them');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath('studio-erase-done.png') });
  await expect(done.getByRole('button', { name: 'Close' })).toBeFocused();
  await done.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();

  const left = await pool.query('SELECT 1 FROM clients WHERE id = $1', [erin.id]);
  expect(left.rowCount).toBe(0);
});
