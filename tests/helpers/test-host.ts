import type { FileFilter, Host } from '../../main/host';

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
    eventsNamed: (event) =>
      host.events.filter((emitted) => emitted.event === event).map((emitted) => emitted.payload),
  };
  return host;
}
