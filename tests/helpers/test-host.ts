import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { FileFilter, Host, SecretBox } from '../../main/host';

export interface EmittedEvent {
  event: string;
  payload: unknown;
}

/**
 * What the dialogs answer, the same each time they open until a test changes it; `null` or
 * nothing is the practitioner pressing Cancel.
 */
export interface DialogAnswers {
  folder?: string | null;
  saveFile?: string | null;
  openFile?: string | null;
  /** False: this computer has no keychain (Linux without a keyring, say). */
  keychain?: boolean;
}

export interface ShownDialog {
  kind: 'folder' | 'save' | 'open';
  title: string;
  defaultName?: string;
  filters?: FileFilter[];
}

/**
 * The Host every test uses in place of Electron's: its dialogs answer from `answers`, and every
 * dialog shown and event emitted is recorded for assertions.
 */
export interface TestHost extends Host {
  answers: DialogAnswers;
  events: EmittedEvent[];
  dialogs: ShownDialog[];
  eventsNamed: (event: string) => unknown[];
}

export function createTestHost(answers: DialogAnswers = {}): TestHost {
  const host: TestHost = {
    answers,
    events: [],
    dialogs: [],
    chooseFolder: ({ title }) => {
      host.dialogs.push({ kind: 'folder', title });
      return Promise.resolve(host.answers.folder ?? null);
    },
    chooseSaveFile: ({ title, defaultName, filters }) => {
      host.dialogs.push({ kind: 'save', title, defaultName, filters });
      return Promise.resolve(host.answers.saveFile ?? null);
    },
    chooseOpenFile: ({ title, filters }) => {
      host.dialogs.push({ kind: 'open', title, filters });
      return Promise.resolve(host.answers.openFile ?? null);
    },
    emit: (event, payload) => {
      host.events.push({ event, payload });
    },
    secrets: keychainStandIn(() => host.answers.keychain ?? true),
    eventsNamed: (event) =>
      host.events.filter((emitted) => emitted.event === event).map((emitted) => emitted.payload),
  };
  return host;
}

/**
 * A keychain of the test's own: real AES-256-GCM under a key that lives only in this host, so what
 * it writes cannot be read without it, just as safeStorage's output cannot be read elsewhere.
 */
function keychainStandIn(available: () => boolean): SecretBox {
  const key = randomBytes(32);
  const refuse = () => Promise.reject(new Error('This computer offers no keychain.'));
  return {
    available: () => Promise.resolve(available()),
    encrypt: (text) => {
      if (!available()) return refuse();
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Promise.resolve(new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body])));
    },
    decrypt: (encrypted) => {
      if (!available()) return refuse();
      const bytes = Buffer.from(encrypted);
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Promise.resolve(
        Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8'),
      );
    },
  };
}
