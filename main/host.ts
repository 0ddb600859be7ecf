/**
 * What main needs from the desktop around it: native file dialogs, a way to tell the window about
 * progress, and the system's keychain for secrets. Electron provides the real one (main/electron-host.ts); tests provide their own,
 * so the router and services never import Electron.
 */
import type { EventName, EventPayloads } from '../shared/events';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * Encrypts small secrets (the studio password) with a key the operating system keeps for this user
 * (Keychain, DPAPI, the desktop keyring), so the file holding them is useless on its own.
 */
export interface SecretBox {
  /** False when the system offers no real key (e.g. Linux without a keyring). */
  available: () => Promise<boolean>;
  encrypt: (text: string) => Promise<Uint8Array>;
  /** Throws when the bytes were not encrypted with this user's key on this computer. */
  decrypt: (encrypted: Uint8Array) => Promise<string>;
}

export interface Host {
  chooseFolder: (options: { title: string }) => Promise<string | null>;
  chooseSaveFile: (options: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
  }) => Promise<string | null>;
  chooseOpenFile: (options: { title: string; filters: FileFilter[] }) => Promise<string | null>;
  emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
  secrets: SecretBox;
}

const noKeychain = (): Promise<never> =>
  Promise.reject(new Error('This computer offers no keychain to encrypt with.'));

/** For places without a window (benchmarks, start-up checks): every dialog is cancelled. */
export const windowlessHost: Host = {
  chooseFolder: () => Promise.resolve(null),
  chooseSaveFile: () => Promise.resolve(null),
  chooseOpenFile: () => Promise.resolve(null),
  emit: () => undefined,
  secrets: { available: () => Promise.resolve(false), encrypt: noKeychain, decrypt: noKeychain },
};
