import { afterAll, expect, it, vi } from 'vitest';
import type * as StanceModule from '../../../main/stance';
import { makeTempDir } from '../../helpers/temp-dir';
import { app, BrowserWindow, FakeEvent, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

// The real composition root on a real database, whose close fails as on a full disk.
vi.mock('../../../main/stance', async (importOriginal) => {
  const real = await importOriginal<typeof StanceModule>();
  return {
    ...real,
    openStance: async (options: StanceModule.OpenOptions) => {
      const core = await real.openStance(options);
      const close = core.close.bind(core);
      core.close = () => {
        close();
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      };
      return core;
    },
  };
});

const temp = makeTempDir('stance-lifecycle-close-');
afterAll(() => {
  vi.unstubAllEnvs();
  temp.cleanup();
});

it('still quits when closing the data fails, and a later quit is not held', async () => {
  resetFakeElectron();
  vi.stubEnv('STANCE_DATA_DIR', temp.dir);
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await import('../../../main/index');
  await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1));

  const quitsBefore = app.quitCalls;
  const firstQuit = new FakeEvent();
  app.emit('will-quit', firstQuit);
  expect(firstQuit.defaultPrevented).toBe(true);
  await vi.waitFor(() => expect(app.quitCalls).toBe(quitsBefore + 1));
  expect(errors).toHaveBeenCalledWith(
    'Stance could not close its data cleanly.',
    expect.any(Error),
  );

  const finalQuit = new FakeEvent();
  app.emit('will-quit', finalQuit);
  expect(finalQuit.defaultPrevented).toBe(false);
});
