import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyBackupFile } from '../../main/db/backup';
import { dataPaths, openStance, type StanceCore } from '../../main/stance';
import type { Assessment } from '../../shared/channels/assessments';
import type { CreatedBackup } from '../../shared/channels/backups';
import type { ClientErased } from '../../shared/channels/clients';
import type { Client, ClientSummary } from '../../shared/domain/clients';
import { addPhotoOf, value } from '../helpers/stance-data';
import { makeTempDir } from '../helpers/temp-dir';

/**
 * Erase as the practitioner means it: after she erases a client and quits, the client's name is
 * nowhere in the files Stance keeps, in the database's freed pages, its WAL, its search index or
 * the backups in its own folder, and the client's photos are gone from the backups' photo set.
 */

const SURNAME = 'Quillfeather';
const FULL_NAME = `Ottoline ${SURNAME}`;

let temp: ReturnType<typeof makeTempDir>;
let core: StanceCore;
let clock: Date;

beforeEach(async () => {
  temp = makeTempDir('stance-erase-');
  clock = new Date('2026-06-17T08:00:00.000Z');
  core = await openStance({ dataDir: temp.dir, appVersion: 'test', now: () => clock });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

const paths = () => dataPaths(temp.dir);

/** Her surname in any case (the search index keeps words lower-cased) or her email. */
function mentionsHer(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const bytes = fs.readFileSync(file);
  return [SURNAME, SURNAME.toLowerCase(), 'ottoline.q@example.com'].some((text) =>
    bytes.includes(Buffer.from(text, 'utf8')),
  );
}

async function addFiller(count: number, from: number): Promise<void> {
  for (let index = from; index < from + count; index += 1) {
    value(
      await core.route('clients:create', {
        firstName: 'Person',
        lastName: `Filler${index}`,
        notes: 'Walks the dog twice a day. '.repeat(6),
      }),
    );
  }
}

/** A client with her name in her notes and in an assessment's notes, as a record really has it. */
async function addHer(): Promise<Client> {
  const her = value<Client>(
    await core.route('clients:create', {
      firstName: 'Ottoline',
      lastName: SURNAME,
      email: 'ottoline.q@example.com',
      notes: `${SURNAME} family: mother also seen here.`,
    }),
  );
  const assessment = value<Assessment>(
    await core.route('assessments:create', { clientId: her.id, assessedOn: '2026-06-01' }),
  );
  value(
    await core.route('assessments:saveDraft', {
      id: assessment.assessmentId,
      revision: 1,
      assessedOn: '2026-06-01',
      body: { schemaVersion: 1, notes: `Ms ${SURNAME} stands with her weight on the left.` },
    }),
  );
  return her;
}

const erase = (id: string) =>
  core.route('clients:erase', { id, confirmName: FULL_NAME }).then(value<ClientErased>);

function rowsIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const names = db.prepare('SELECT last_name FROM clients ORDER BY last_name').pluck().all();
  db.close();
  return names as string[];
}

const photoCopy = (hash: string) => path.join(paths().backups, 'photos', hash.slice(0, 2), hash);

describe('erasing a client', () => {
  it('leaves her name nowhere in the database file or its WAL once Stance has quit', async () => {
    await addFiller(150, 0);
    const her = await addHer();
    await addFiller(150, 150);
    core.session!.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(mentionsHer(paths().database), 'the test can see her before the erase').toBe(true);

    await erase(her.id);
    core.close();

    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      expect(mentionsHer(paths().database + suffix), `stance.db${suffix}`).toBe(false);
    }
    core = await openStance({ dataDir: temp.dir, appVersion: 'test', now: () => clock });
    const found = value<ClientSummary[]>(await core.route('clients:list', { query: 'Filler217' }));
    expect(found.map((client) => client.lastName)).toEqual(['Filler217']);
    expect(value<ClientSummary[]>(await core.route('clients:list', { query: SURNAME }))).toEqual(
      [],
    );
    // Stance reopens read-only until its background check has passed.
    await core.fullyChecked();
    core
      .session!.db.prepare(
        "INSERT INTO clients_fts (clients_fts, rank) VALUES ('integrity-check', 1)",
      )
      .run();
  });

  it('empties the WAL of her as soon as she is erased, before Stance quits', async () => {
    await addFiller(20, 0);
    const her = await addHer();
    await erase(her.id);
    expect(mentionsHer(`${paths().database}-wal`)).toBe(false);
    expect(mentionsHer(paths().database)).toBe(false);
  });
});

describe('erasing a client from the backups', () => {
  it('rewrites every backup that holds her, verified, and drops her photos from the backup photo set', async () => {
    const ada = value<Client>(
      await core.route('clients:create', { firstName: 'Ada', lastName: 'Lovelace' }),
    );
    const adaPhoto = addPhotoOf(core, ada.id, new Uint8Array([1, 2, 3]));
    const before = value<CreatedBackup>(await core.route('backups:create', {})).backup.name;
    const beforeBytes = fs.readFileSync(path.join(paths().backups, before));

    const her = await addHer();
    const herPhoto = addPhotoOf(core, her.id, new Uint8Array([7, 7, 7, 7]));
    clock = new Date('2026-06-17T09:00:00.000Z');
    const manual = value<CreatedBackup>(await core.route('backups:create', {})).backup.name;
    clock = new Date('2026-06-18T07:00:00.000Z');
    const daily = await core.backups.atStart();
    expect(daily.state).toBe('created');
    expect(fs.existsSync(photoCopy(herPhoto))).toBe(true);

    const erased = await erase(her.id);

    expect(erased).toEqual({
      erasedPhotos: 1,
      backupsRewritten: 2,
      backupsStillHolding: [],
      remainingCopies: null,
    });
    const names = fs.readdirSync(paths().backups).filter((name) => name.endsWith('.stance.db'));
    expect(names).toHaveLength(3);
    expect(names).toContain(manual);
    for (const name of names) {
      const file = path.join(paths().backups, name);
      expect(mentionsHer(file), name).toBe(false);
      expect(verifyBackupFile(file)).toBe(
        core.session!.db.pragma('user_version', { simple: true }),
      );
      expect(rowsIn(file), name).toEqual(['Lovelace']);
    }
    // A backup taken before she was added is not touched at all.
    expect(fs.readFileSync(path.join(paths().backups, before))).toEqual(beforeBytes);
    expect(fs.existsSync(photoCopy(herPhoto))).toBe(false);
    expect(fs.existsSync(photoCopy(adaPhoto))).toBe(true);
    expect(fs.existsSync(path.join(paths().backups, '.erasing'))).toBe(false);

    // A rewritten backup restores like any other, and she does not come back.
    value(await core.route('backups:restore', { name: manual }));
    const list = value<ClientSummary[]>(await core.route('clients:list', {}));
    expect(list.map((client) => client.lastName)).toEqual(['Lovelace']);
  });

  it('leaves a backup it cannot check exactly as it was and names it to her', async () => {
    await addHer();
    const her = value<ClientSummary[]>(await core.route('clients:list', {}))[0]!;
    const tampered = value<CreatedBackup>(await core.route('backups:create', {})).backup.name;
    clock = new Date('2026-06-17T09:00:00.000Z');
    const good = value<CreatedBackup>(await core.route('backups:create', {})).backup.name;
    const file = path.join(paths().backups, tampered);
    const outside = new Database(file);
    outside.exec('CREATE TRIGGER sneaky AFTER DELETE ON clients BEGIN SELECT 1; END;');
    outside.close();
    const tamperedBytes = fs.readFileSync(file);

    const erased = await erase(her.id);

    expect(erased.backupsStillHolding).toEqual([tampered]);
    expect(erased.backupsRewritten).toBe(1);
    expect(fs.readFileSync(file)).toEqual(tamperedBytes);
    expect(mentionsHer(path.join(paths().backups, good))).toBe(false);
  });

  it('lets a photo copy go once no kept backup mentions it', async () => {
    const ada = value<Client>(
      await core.route('clients:create', { firstName: 'Ada', lastName: 'Lovelace' }),
    );
    const photo = addPhotoOf(core, ada.id, new Uint8Array([4, 4]));
    const first = value<CreatedBackup>(await core.route('backups:create', {})).backup.name;
    core.session!.db.prepare('DELETE FROM photos WHERE hash = ?').run(photo);
    clock = new Date('2026-06-17T09:00:00.000Z');
    value(await core.route('backups:create', {}));
    expect(fs.existsSync(photoCopy(photo)), 'the first backup still needs it').toBe(true);

    // As the ladder does when it lets the first backup go.
    fs.rmSync(path.join(paths().backups, first));
    clock = new Date('2026-06-17T10:00:00.000Z');
    value(await core.route('backups:create', {}));
    expect(fs.existsSync(photoCopy(photo))).toBe(false);
  });
});
