import Database from 'better-sqlite3';
import { toPrefixQuery } from '../../main/db/repositories/clients';
import { dataPaths } from '../../main/session';
import { openStance } from '../../main/stance';
import type { SeededData } from './seed';
import { sampleBody } from './seed';
import { summarize, timeEach, type Row } from './stats';

const typed = [
  'maria',
  'okonkwo',
  'sorensen',
  'natarajan',
  'gallagher',
  'lucia fer',
  'tomasz now',
  'client42',
  '7700 1004',
  'runner',
  'haddad',
  'yuki tan',
];
/** Every prefix of every query, as the list refreshes on each key press. */
const keystrokes = typed.flatMap((text) =>
  Array.from({ length: text.length }, (_, end) => text.slice(0, end + 1)),
);

export async function benchData(seeded: SeededData): Promise<Row[]> {
  const rows: Row[] = [];
  const file = dataPaths(seeded.dataDir).database;

  const startups = await timeEach(Array.from({ length: 12 }), async () => {
    const core = await openStance({ dataDir: seeded.dataDir, appVersion: 'bench' });
    core.close();
  });
  const bareStartups = await timeEach(Array.from({ length: 12 }), () => {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('quick_check(1)');
    db.close();
  });
  rows.push({
    operation: 'start-up (open, check, migrate)',
    stance: summarize(startups.slice(2)),
    bare: summarize(bareStartups.slice(2)),
    measure: 'p95',
    targetMs: 300,
  });

  const core = await openStance({ dataDir: seeded.dataDir, appVersion: 'bench' });
  const bare = new Database(file);
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  try {
    await timeEach(keystrokes.slice(0, 20), (query) => core.route('clients:list', { query }));
    const search = await timeEach(keystrokes, (query) => core.route('clients:list', { query }));
    const bareSearch = bare.prepare(
      `SELECT c.id, c.first_name, c.last_name FROM clients c
       JOIN (SELECT rowid, bm25(clients_fts, 10.0, 10.0, 4.0, 4.0, 2.0, 1.0) AS rank FROM clients_fts WHERE clients_fts MATCH ?) hit
         ON hit.rowid = c.rowid
       WHERE c.archived_at IS NULL ORDER BY hit.rank LIMIT 200`,
    );
    const bareSearchTimes = await timeEach(keystrokes, (query) =>
      bareSearch.all(toPrefixQuery(query)),
    );
    rows.push({
      operation: `client search as you type (${keystrokes.length} keys)`,
      stance: summarize(search),
      bare: summarize(bareSearchTimes),
      measure: 'p95',
      targetMs: 5,
    });

    const targets = seeded.assessmentIds.filter((_, index) => index % 167 === 0).slice(0, 300);
    const saves = await timeEach(targets, (id) =>
      core.route('assessments:saveDraft', {
        id,
        revision: 1,
        assessedOn: '2026-11-02',
        body: sampleBody(id.charCodeAt(0)),
      }),
    );
    const bareSave = bare.prepare(
      'UPDATE assessment_revisions SET body = ?, updated_at = ? WHERE assessment_id = ? AND revision = 1',
    );
    const body = JSON.stringify(sampleBody(3));
    const bareSaves = await timeEach(targets, (id) =>
      bareSave.run(body, new Date().toISOString(), id),
    );
    rows.push({
      operation: `save a draft assessment, full sync (${targets.length})`,
      stance: summarize(saves),
      bare: summarize(bareSaves),
      measure: 'p95',
      targetMs: 15,
    });

    const clients = seeded.clientIds.filter((_, index) => index % 37 === 0).slice(0, 250);
    const opens = await timeEach(clients, async (id) => {
      await core.route('clients:get', { id });
      await core.route('assessments:listForClient', { clientId: id });
    });
    const bareClient = bare.prepare('SELECT * FROM clients WHERE id = ?');
    const bareHistory = bare.prepare(
      `SELECT r.* FROM assessments a JOIN assessment_revisions r ON r.assessment_id = a.id AND r.revision = a.current_revision
       WHERE a.client_id = ? ORDER BY a.assessed_on DESC`,
    );
    const bareOpens = await timeEach(clients, (id) => {
      bareClient.get(id);
      bareHistory.all(id);
    });
    rows.push({
      operation: `open a client with their history (${clients.length})`,
      stance: summarize(opens),
      bare: summarize(bareOpens),
      measure: 'p95',
      targetMs: 20,
    });
  } finally {
    bare.close();
    core.close();
  }
  return rows;
}
