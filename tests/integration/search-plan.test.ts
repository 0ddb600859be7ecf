import { afterEach, describe, expect, it } from 'vitest';
import { searchPlan } from '../../main/db/repositories/clients';
import { openStance, type StanceCore } from '../../main/stance';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir> | null = null;
let core: StanceCore | null = null;
afterEach(() => {
  core?.close();
  temp?.cleanup();
});

describe('the client search plan', () => {
  it('walks the full-text index newest first and joins each hit by rowid, with no sort of all matches', async () => {
    temp = makeTempDir();
    core = await openStance({ dataDir: temp.dir, appVersion: 'test' });
    const plan = searchPlan(core.session!.db);
    expect(plan[0]).toMatch(/^SCAN f VIRTUAL TABLE INDEX \d+:/);
    expect(plan.some((step) => /SEARCH c USING INTEGER PRIMARY KEY \(rowid=\?\)/.test(step))).toBe(
      true,
    );
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
  });
});
