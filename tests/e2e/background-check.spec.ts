import fs from 'node:fs';
import Database from 'better-sqlite3';
import { checkOnThisThread } from '../../main/db/integrity-check';
import { dataPaths, openStance, type StanceCore } from '../../main/stance';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test as base } from './fixtures';

/** Real data, then garbage over the name index's page: the list still reads, the full check fails. */
async function dataDamagedMidFile(dataDir: string): Promise<void> {
  const core = await openStance({ dataDir, appVersion: '0.1.0' });
  try {
    for (let index = 0; index < 60; index += 1) {
      const result = await core.route('clients:create', {
        firstName: `Client${String(index).padStart(3, '0')}`,
        lastName: 'Seen',
        notes: 'n'.repeat(400),
      });
      if (!result.ok) throw new Error(result.error.message);
    }
  } finally {
    core.close();
  }
  const file = dataPaths(dataDir).database;
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const page = db
    .prepare("SELECT max(pageno) FROM dbstat WHERE name = 'clients_by_name'")
    .pluck()
    .get() as number;
  db.close();
  if (page <= 1) throw new Error('The name index should lie past the first page.');
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, pageSize * (page - 1));
  fs.closeSync(fd);
}

/** The real full check, held until the test lets it go: the window opens while it "runs". */
const held: { release: () => void } = { release: () => undefined };
const test = base.extend({
  core: async ({ dataDir, host }, use) => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    held.release = release;
    const core: StanceCore = await openStance({
      dataDir,
      appVersion: '0.1.0',
      host,
      integrityCheck: (file) => released.then(() => checkOnThisThread(file)),
    });
    try {
      await use(core);
    } finally {
      core.close();
    }
  },
});

test.describe('damage found by the check that runs after the window opens', () => {
  test.use({ prepareDataDir: { run: dataDamagedMidFile } });

  test('the list shows at once, a save waits with "Saving…", then the recovery screen; the file is untouched', async ({
    page,
    dbFile,
    gotoApp,
  }) => {
    const damaged = fs.readFileSync(dbFile);
    const mtime = fs.statSync(dbFile).mtimeMs;
    await gotoApp('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Client059 Seen' })).toBeVisible();

    await page.getByRole('link', { name: 'New client' }).click();
    await page.getByLabel('First name').fill('Never');
    await page.getByLabel('Last name').fill('Saved');
    await page.getByRole('button', { name: 'Save client' }).click();
    await expect(page.getByRole('button', { name: 'Saving…' })).toBeVisible();

    held.release();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Your client records could not be opened' }),
    ).toBeVisible();
    await page.getByText('Technical details').click();
    await expect(page.locator('.problem-details pre')).toContainText('What the check found');
    await expectNoSeriousA11yViolations(page);

    expect(fs.readFileSync(dbFile).equals(damaged)).toBe(true);
    expect(fs.statSync(dbFile).mtimeMs).toBe(mtime);
  });
});
