import type { FileFilter, Host } from '../../main/host';

export interface RecordedDialog {
  kind: 'folder' | 'save' | 'open';
  title: string;
  defaultName?: string;
  filters?: FileFilter[];
}

/**
 * A Host for tests: each dialog answers with the next preset path of its kind (null, as if
 * cancelled, once they run out), and every dialog and emitted event is recorded for assertions.
 */
export interface RecordingHost extends Host {
  saveFiles: (string | null)[];
  openFiles: (string | null)[];
  folders: (string | null)[];
  readonly dialogs: RecordedDialog[];
  readonly events: { event: string; payload: unknown }[];
}

export function createRecordingHost(
  presets: {
    saveFiles?: (string | null)[];
    openFiles?: (string | null)[];
    folders?: (string | null)[];
  } = {},
): RecordingHost {
  const host: RecordingHost = {
    saveFiles: [...(presets.saveFiles ?? [])],
    openFiles: [...(presets.openFiles ?? [])],
    folders: [...(presets.folders ?? [])],
    dialogs: [],
    events: [],
    chooseFolder: ({ title }) => {
      host.dialogs.push({ kind: 'folder', title });
      return Promise.resolve(host.folders.shift() ?? null);
    },
    chooseSaveFile: ({ title, defaultName, filters }) => {
      host.dialogs.push({ kind: 'save', title, defaultName, filters });
      return Promise.resolve(host.saveFiles.shift() ?? null);
    },
    chooseOpenFile: ({ title, filters }) => {
      host.dialogs.push({ kind: 'open', title, filters });
      return Promise.resolve(host.openFiles.shift() ?? null);
    },
    emit: (event, payload) => {
      host.events.push({ event, payload });
    },
  };
  return host;
}
