import type { Migration } from './types';

/**
 * Holds number 7 on this branch only: another branch adds the real migration 7 in parallel. At the
 * merge this file and its line in index.ts go, and that branch's 007 takes its place.
 */
export const reserved7: Migration = {
  version: 7,
  name: 'reserved (replaced at merge)',
  up() {},
};
