import {
  BrowserWindow,
  dialog,
  safeStorage,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { isEventName } from '../shared/events';
import type { Host, SecretBox } from './host';

/** Native dialogs, attached to the window in front so they behave as sheets on macOS. */
export function createElectronHost(): Host {
  const parent = (): BrowserWindow | undefined =>
    BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

  const open = async (options: OpenDialogOptions): Promise<string | null> => {
    const window = parent();
    const answer = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return answer.canceled ? null : (answer.filePaths[0] ?? null);
  };

  return {
    chooseFolder: ({ title }) => open({ title, properties: ['openDirectory', 'createDirectory'] }),
    chooseOpenFile: ({ title, filters }) => open({ title, filters, properties: ['openFile'] }),
    chooseSaveFile: async ({ title, defaultName, filters }) => {
      const options: SaveDialogOptions = { title, defaultPath: defaultName, filters };
      const window = parent();
      const answer = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
    emit: (event, payload) => {
      if (!isEventName(event)) return;
      for (const window of BrowserWindow.getAllWindows()) {
        if (!window.isDestroyed()) window.webContents.send(event, payload);
      }
    },
    secrets: systemKeychain(),
  };
}

/**
 * Electron's safeStorage. On Linux without a desktop keyring it falls back to `basic_text`, a key
 * written into Chromium itself, which anyone with the file could undo: that counts as no keychain.
 */
function systemKeychain(): SecretBox {
  return {
    available: async () =>
      (await safeStorage.isAsyncEncryptionAvailable()) &&
      (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    encrypt: async (text) => new Uint8Array(await safeStorage.encryptStringAsync(text)),
    decrypt: async (encrypted) =>
      (await safeStorage.decryptStringAsync(Buffer.from(encrypted))).result,
  };
}
