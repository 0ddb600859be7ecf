import type { FileFilter, Host } from '../../main/host';

export interface EmittedEvent {
  event: string;
  payload: unknown;
}

/** What the dialogs answer; `null` is the practitioner pressing Cancel. */
export interface DialogAnswers {
  folder?: string | null;
  saveFile?: string | null;
  openFile?: string | null;
}

/** A Host whose dialogs answer from `answers` and which records every event and dialog it got. */
export interface TestHost extends Host {
  answers: DialogAnswers;
  events: EmittedEvent[];
  dialogs: { kind: 'folder' | 'save' | 'open'; title: string; filters?: FileFilter[] }[];
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
    chooseSaveFile: ({ title, filters }) => {
      host.dialogs.push({ kind: 'save', title, filters });
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
