import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkOnWorkerThread, INTEGRITY_WORKER_FILE } from '../../main/db/integrity-check';
import { searchPlan, toPrefixQuery } from '../../main/db/repositories/clients';
import { dataPaths } from '../../main/session';
import { openStance } from '../../main/stance';
import type { SeededData } from './seed';
import { sampleBody } from './seed';
import { summarize, timeEach, timeEachFastest, type Row } from './stats';

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
export const keystrokes = typed.flatMap((text) =>
  Array.from({ length: text.length }, (_, end) => text.slice(0, end + 1)),
);

export async function benchData(seeded: SeededData): Promise<Row[]> {
  const rows: Row[] = [];
  const backgroundChecks: number[] = [];
  const file = dataPaths(seeded.dataDir).database;

  // Start-up ends when the window can show the client list; the full check that runs after it
  // on the built worker thread (writes wait for it) is awaited untimed, so runs do not overlap.
  const builtWorker = path.resolve(import.meta.dirname, '../../out/main', INTEGRITY_WORKER_FILE);
  const integrityCheck = fs.existsSync(builtWorker) ? checkOnWorkerThread(builtWorker) : undefined;
  const startups: number[] = [];
  for (let run = 0; run < 12; run += 1) {
    const start = performance.now();
    const opened = await openStance({
      dataDir: seeded.dataDir,
      appVersion: 'bench',
      integrityCheck,
    });
    await opened.route('clients:list', {});
    startups.push(performance.now() - start);
    await opened.fullyChecked();
    backgroundChecks.push(performance.now() - start);
    opened.close();
  }
  const bareStartups = await timeEach(Array.from({ length: 12 }), () => {
    const db = new Database(file, { readonly: true });
    db.pragma('user_version');
    db.prepare('SELECT * FROM sqlite_schema').all();
    db.prepare('SELECT id FROM clients ORDER BY created_at DESC LIMIT 200').all();
    db.close();
  });
  rows.push({
    operation: 'start-up to a usable window',
    stance: summarize(startups.slice(2)),
    bare: summarize(bareStartups.slice(2)),
    measure: 'p95',
    targetMs: 300,
  });

  // The figures below are for a day's work, after the start-up check: at 100k that check reads
  // the whole file for seconds, and timing searches beside it measured the check, not the search.
  const core = await openStance({ dataDir: seeded.dataDir, appVersion: 'bench', integrityCheck });
  await core.fullyChecked();
  const bare = new Database(file);
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  try {
    await timeEach(keystrokes.slice(0, 20), (query) => core.route('clients:list', { query }));
    const search = await timeEachFastest(keystrokes, (query) =>
      core.route('clients:list', { query }),
    );
    // The bare baseline is the same two statements Stance runs (names first, then every match
    // when the names fall short of a page), without reading the summaries or dropping repeats.
    const bareTier = (index: string) =>
      bare.prepare(
        `SELECT ${index}.rowid FROM ${index} JOIN clients c ON c.rowid = ${index}.rowid
         WHERE ${index} MATCH ? AND c.archived_at IS NULL ORDER BY ${index}.rowid DESC LIMIT 200`,
      );
    const bareNames = bareTier('clients_fts_names');
    const bareAnywhere = bareTier('clients_fts');
    const bareSearchTimes = await timeEachFastest(keystrokes, (query) => {
      const { terms, namesOnly } = toPrefixQuery(query)!;
      const first = bareNames.all(terms);
      if (first.length < 200 && !namesOnly) bareAnywhere.all(terms);
    });
    rows.push({
      operation: `client search as you type (${keystrokes.length} keys, best of 5)`,
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
  const checks = summarize(backgroundChecks);
  console.log(
    `Full integrity check, done after start-up (${fs.existsSync(path.resolve(import.meta.dirname, '../../out/main', INTEGRITY_WORKER_FILE)) ? 'built worker thread' : 'same thread: run npm run build first'}): p50 ${checks.p50.toFixed(0)} ms, max ${checks.max.toFixed(0)} ms`,
  );
  return rows;
}

/**
 * Prints how SQLite runs each search tier on the seeded file (EXPLAIN QUERY PLAN), and whether it
 * is the intended one: the names index for the first tier and the index of every column for the
 * second, each walked newest first, each hit joined by rowid, no sort.
 */
export function printSearchPlan(seeded: SeededData): boolean {
  const db = new Database(dataPaths(seeded.dataDir).database, { readonly: true });
  try {
    const plans = searchPlan(db);
    const intended = isIntendedSearchPlan(plans);
    console.log(
      `\nSearch plan on the seeded file (${intended ? 'as intended' : 'NOT as intended'}):`,
    );
    for (const [tier, plan] of Object.entries(plans)) {
      console.log(`  ${tier}:`);
      for (const step of plan) console.log(`    ${step}`);
    }
    return intended;
  } finally {
    db.close();
  }
}

function isIntendedSearchPlan(plans: ReturnType<typeof searchPlan>): boolean {
  const walks = (plan: string[], index: string) =>
    (plan[0] ?? '').startsWith(`SCAN ${index} VIRTUAL TABLE INDEX`) &&
    plan.some((step) => /SEARCH c USING INTEGER PRIMARY KEY/.test(step)) &&
    !plan.some((step) => /TEMP B-TREE/.test(step));
  return walks(plans.names, 'clients_fts_names') && walks(plans.anywhere, 'clients_fts');
}
