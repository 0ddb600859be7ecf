import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStance, type StanceCore } from '../../main/stance';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestHost } from '../helpers/test-host';

let temp: ReturnType<typeof makeTempDir>;
let core: StanceCore;
let logged: { error: unknown; channel: string }[];

beforeEach(async () => {
  temp = makeTempDir();
  logged = [];
  core = await openStance({
    dataDir: temp.dir,
    appVersion: 'test',
    host: createTestHost(),
    logError: (error, channel) => logged.push({ error, channel }),
  });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

describe('a page that could not be shown', () => {
  it('is written to main’s log with the page, the fault and where it happened', async () => {
    const result = await core.route('app:pageCrashed', {
      page: '#/exercises',
      message: 'exercise.regions.map is not a function',
      stack: 'TypeError: exercise.regions.map is not a function\n    at ExerciseCard',
    });
    expect(result).toEqual({ ok: true, value: { logged: true } });
    expect(logged).toHaveLength(1);
    const [{ error, channel }] = logged as [{ error: Error; channel: string }];
    expect(channel).toBe('app:pageCrashed');
    expect(error.message).toBe(
      'The page #/exercises could not be shown: exercise.regions.map is not a function',
    );
    expect(error.stack).toContain('at ExerciseCard');
  });

  it('refuses a report too long to be one, and logs nothing', async () => {
    const result = await core.route('app:pageCrashed', {
      page: '#/',
      message: 'x'.repeat(2_001),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(logged).toEqual([]);
  });
});
