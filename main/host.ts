/**
 * What main needs from the desktop around it: native file dialogs and a way to tell the window
 * about progress. Electron provides the real one (main/electron-host.ts); tests provide their own,
 * so the router and services never import Electron.
 */
import type { EventName, EventPayloads } from '../shared/events';

export interface FileFilter {
  name: string;
  extensions: string[];
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
}

/** For places without a window (benchmarks, start-up checks): every dialog is cancelled. */
export const windowlessHost: Host = {
  chooseFolder: () => Promise.resolve(null),
  chooseSaveFile: () => Promise.resolve(null),
  chooseOpenFile: () => Promise.resolve(null),
  emit: () => undefined,
};
