import type { Channel } from '../shared/contract';
import type { Route } from './router';

/**
 * Channels that only read the database, answered at once from the read-only connection while the
 * full check of a just-opened file is still running. Every other channel (a new one too, until
 * it is listed here) waits for the check, so nothing is written to a file before it has passed.
 */
export const readOnlyChannels: ReadonlySet<Channel> = new Set<Channel>([
  'app:status',
  'assessments:get',
  'assessments:getRevision',
  'assessments:history',
  'assessments:listForClient',
  'backups:lastProblem',
  'backups:list',
  'clients:get',
  'clips:listForAssessment',
  'clients:list',
  'exercises:list',
  'photos:listForAssessment',
  'photos:thumbnail',
  'programs:get',
  'programs:listForClient',
  'progress:forClient',
  'settings:get',
  // The studio connection lives in its own file and on the server, never in the database file.
  'studio:get',
  'studio:test',
]);

/** Holds every call but the listed reads until `ready()` resolves; the window shows "Saving…" meanwhile. */
export function gateWrites(route: Route, ready: () => Promise<void>): Route {
  return async (channel, payload) => {
    if (!readOnlyChannels.has(channel as Channel)) await ready();
    return route(channel, payload);
  };
}
