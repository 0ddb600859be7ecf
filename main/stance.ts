import {
  automaticBackups,
  createBackupProblemLog,
  type AutomaticBackups,
  type BackupProblemLog,
} from './backups';
import { removeLeftovers } from './backups/leftovers';
import { openDataAccess } from './data-access';
import { appHandlers } from './handlers/app';
import { auditHandlers } from './handlers/audit';
import { assessmentHandlers } from './handlers/assessments';
import { backupHandlers } from './handlers/backups';
import { clientHandlers } from './handlers/clients';
import { clipHandlers } from './handlers/clips';
import { exerciseHandlers } from './handlers/exercises';
import { photoHandlers } from './handlers/photos';
import { printHandlers } from './handlers/print';
import { programHandlers } from './handlers/programs';
import { progressHandlers } from './handlers/progress';
import { reportHandlers } from './handlers/reports';
import { settingsHandlers } from './handlers/settings';
import { studioHandlers } from './handlers/studio';
import type { HandlerContext } from './handlers/types';
import { windowlessHost, type Host } from './host';
import type { Printer } from './printer';
import { createRouter, type Handlers, type Route, type RouterOptions } from './router';
import { dataPaths, type Session } from './session';
import { createWorkplace, type Workplace } from './studio/workplace';
import { gateWrites } from './write-gate';
import type { IntegrityCheck } from './db/integrity-check';
import type { Records } from './db/stores/stores';
import type { AppStatus } from '../shared/contract';

export { dataPaths } from './session';

export interface StanceCore {
  route: Route;
  readonly status: AppStatus;
  /** The open session, or null while the data is unavailable. */
  readonly session: Session | null;
  /**
   * The records in use (the file, or the studio server when she works there), or null while they
   * are unavailable: where stored photos and clips are served from.
   */
  currentRecords: () => Records | null;
  /**
   * Resolves once the full check of the opened file has finished (it runs in the background
   * after the cheap checks; writes wait for it). Never rejects; a damaged file shows in `status`.
   */
  fullyChecked: () => Promise<void>;
  /** Call `atStart()` after the window is shown and await `onQuit()` before `close()`. */
  backups: AutomaticBackups;
  /**
   * Ends the studio database's connections once their queries are done (nothing to do on the
   * file). Await it before `close()` when quitting; `close()` alone ends them without waiting.
   */
  closeRecords(): Promise<void>;
  /** Always closes; returns what could not be tidied first, or null. */
  close(): string | null;
}

export interface OpenOptions extends RouterOptions {
  dataDir: string;
  appVersion: string;
  host?: Host;
  now?: () => Date;
  /** The system's regional format (`app.getSystemLocale()`), for default units and paper size. */
  locale?: string;
  /** Renders reports and handouts; without one, printing answers that it is unavailable. */
  printer?: Printer;
  /** The full check of an opened file; by default on a worker thread in the built app. */
  integrityCheck?: IntegrityCheck;
}

export interface HandlerOptions extends OpenOptions {
  backupProblems: BackupProblemLog;
}

/** Every channel's handler on one context; a studio's records come in through `records`. */
export function stanceHandlers(context: HandlerContext, options: HandlerOptions): Handlers {
  return {
    ...appHandlers(context.workplace.status, options.logError),
    ...assessmentHandlers(context),
    ...auditHandlers(context),
    ...backupHandlers(context, options.backupProblems),
    ...clientHandlers(context),
    ...clipHandlers(context),
    ...exerciseHandlers(context),
    ...photoHandlers(context),
    ...printHandlers(context, options),
    ...programHandlers(context),
    ...progressHandlers(context),
    ...reportHandlers(context, options.locale),
    ...settingsHandlers(context, options.locale),
    ...studioHandlers(context),
  };
}

/**
 * The composition root, shared by the Electron app, the end-to-end fixture and the benchmark:
 * open and check the database, migrate it, and build the router on the real handlers. When the
 * data cannot be opened the router still answers, with the problem, so the window can explain it
 * and offer a way out. The full check of an existing file runs in the background; reads are
 * answered meanwhile, writes wait for it, and damage it finds is sent to the window as the new
 * status (`app:status`), which shows the recovery screen.
 */
export async function openStance(options: OpenOptions): Promise<StanceCore> {
  const host = options.host ?? windowlessHost;
  const now = options.now ?? (() => new Date());
  // Made as soon as the folder has opened: the background check reports in a later turn, at the
  // earliest, and its status is sent with where the records are.
  let workplace: Workplace | null = null;
  const data = await openDataAccess({
    ...options,
    paths: dataPaths(options.dataDir),
    now,
    onStatusChange: () => {
      if (workplace) host.emit('app:status', workplace.status());
    },
  });
  removeLeftovers(data.paths, data.status().state === 'ready');
  const place = createWorkplace({
    data,
    secrets: host.secrets,
    now,
    onChange: (status) => host.emit('app:status', status),
  });
  workplace = place;
  await place.start();
  const context: HandlerContext = {
    session: data.session,
    records: place.records,
    data,
    host,
    workplace: place,
  };

  const backupProblems = createBackupProblemLog();
  const route = gateWrites(
    createRouter(stanceHandlers(context, { ...options, backupProblems }), options),
    data.fullyChecked,
  );
  const backups = automaticBackups(data, context.host, backupProblems, options);

  return {
    route,
    get status() {
      return place.status();
    },
    get session() {
      return data.current();
    },
    currentRecords: () => {
      try {
        return place.records();
      } catch {
        return null;
      }
    },
    fullyChecked: data.fullyChecked,
    backups: {
      // The daily backup copies the file, so it is taken only of a file that passed the check.
      atStart: () => data.fullyChecked().then(backups.atStart),
      onQuit: backups.onQuit,
    },
    closeRecords: place.close,
    close: () => {
      void place.close();
      return data.close();
    },
  };
}
