import Database from 'better-sqlite3';
import path from 'node:path';
import type { CreatedBackup } from '../../shared/channels/backups';
import { dataPaths } from '../../main/stance';
import { expectNoSeriousA11yViolations } from './a11y';
import { addClients, expect, test } from './fixtures';

test('erasing a client names the one backup that could not be rewritten, and the rest no longer hold her', async ({
  page,
  core,
  dataDir,
  gotoApp,
}) => {
  const [erin] = await addClients(core, [{ firstName: 'Erin', lastName: 'Example' }]);
  const backupName = async (): Promise<string> => {
    const created = await core.route('backups:create', {});
    if (!created.ok) throw new Error(created.error.message);
    return (created.value as CreatedBackup).backup.name;
  };
  const stuck = await backupName();
  const rewritten = await backupName();
  // Changed outside Stance, so Stance will not run it to take her out.
  const outside = new Database(path.join(dataPaths(dataDir).backups, stuck));
  outside.exec('CREATE TRIGGER changed_outside AFTER DELETE ON clients BEGIN SELECT 1; END;');
  outside.close();

  await gotoApp(`/clients/${erin!.id}`);
  await page.getByRole('button', { name: 'Erase client…' }).click();
  const ask = page.getByRole('dialog', { name: 'Erase Erin Example?' });
  await expect(ask).toContainText('from the backups Stance keeps in its own backups folder');
  await expect(ask).toContainText('backups you saved to a folder of your choice');
  await ask.getByLabel('Type the client’s full name').fill('Erin Example');
  await ask.getByRole('button', { name: 'Erase client' }).click();

  const done = page.getByRole('dialog', { name: 'Erin Example was erased' });
  await expect(done).toBeVisible();
  await expect(done.getByRole('listitem')).toHaveText([stuck]);
  await expect(done).not.toContainText(rewritten);
  await expectNoSeriousA11yViolations(page);
  await expect(done.getByRole('button', { name: 'Close' })).toBeFocused();
  await done.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();

  const inBackup = (name: string): number => {
    const db = new Database(path.join(dataPaths(dataDir).backups, name), { readonly: true });
    const count = db.prepare('SELECT count(*) FROM clients').pluck().get() as number;
    db.close();
    return count;
  };
  expect(inBackup(stuck)).toBe(1);
  expect(inBackup(rewritten)).toBe(0);
});
