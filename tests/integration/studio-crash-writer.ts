/**
 * The child process of studio-crash.test.ts: a practitioner's Stance saving one draft again and
 * again on a studio server until it is killed. Each save is announced with `SAVE n` before it is
 * sent and confirmed with `ACK n <stamp>` only after the server answered, so the parent knows
 * which save was promised to her and which may have been in flight when the kill came.
 *
 *   node studio-crash-writer.cjs <databaseUrl> <assessmentId> <stamp it starts from> <round>
 */
import pg from 'pg';
import { studioAssessmentStore } from '../../main/db/postgres/assessment-store';

/** The parent always kills us well before this; it only stops an orphan if the parent died. */
const ORPHAN_LIMIT_MS = 30_000;

async function main(): Promise<void> {
  const [url, assessmentId, startStamp, round] = process.argv.slice(2);
  if (!url || !assessmentId || !startStamp || !round) throw new Error('usage: url id stamp round');
  setTimeout(() => process.exit(3), ORPHAN_LIMIT_MS).unref();
  const pool = new pg.Pool({ connectionString: url, max: 1, application_name: 'crash-writer' });
  const store = studioAssessmentStore(pool);
  let stamp = startStamp;
  for (let n = 1; ; n += 1) {
    const token = `round ${round} save ${n}`;
    process.stdout.write(`SAVE ${n}\n`);
    const written = await store.updateDraft(
      assessmentId,
      1,
      {
        assessedOn: '2026-12-06',
        body: { schemaVersion: 1, notes: token, pad: 'x'.repeat(2000 + (n % 7) * 500) },
        bodyVersion: 1,
        rulesVersion: 'rules-1',
        summary: {
          painNow: n % 11,
          disabilityScore: null,
          disabilityInstrument: null,
          fpiLeft: null,
          fpiRight: null,
        },
      },
      new Date().toISOString(),
      stamp,
    );
    if (written === null)
      throw new Error(
        `save ${n} from ${stamp} was refused: ${JSON.stringify(await store.lastChange(assessmentId, 1))}`,
      );
    stamp = written;
    process.stdout.write(`ACK ${n} ${stamp}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(2);
});
