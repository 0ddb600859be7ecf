import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeElectron, safeStorage } from './fake-electron';
import { createElectronHost } from '../../../main/electron-host';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);

describe('the Electron host’s keychain', () => {
  it('encrypts through safeStorage and reads the text back', async () => {
    const { secrets } = createElectronHost();
    expect(await secrets.available()).toBe(true);
    const encrypted = await secrets.encrypt('correct horse');
    expect(Buffer.from(encrypted).toString('utf8')).not.toContain('correct horse');
    expect(await secrets.decrypt(encrypted)).toBe('correct horse');
  });

  it('refuses bytes it did not encrypt', async () => {
    const { secrets } = createElectronHost();
    await expect(secrets.decrypt(new TextEncoder().encode('plain'))).rejects.toThrow(/decrypting/);
  });

  it('is unavailable when the system has no keychain', async () => {
    safeStorage.available = false;
    expect(await createElectronHost().secrets.available()).toBe(false);
  });

  it.runIf(process.platform === 'linux')(
    'counts Linux’s basic_text fallback, a key built into Chromium, as no keychain',
    async () => {
      safeStorage.backend = 'basic_text';
      expect(await createElectronHost().secrets.available()).toBe(false);
    },
  );
});
