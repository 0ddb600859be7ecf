import type { Db } from '../connection';

/** One schema step. `up` runs inside the runner's transaction and must stay synchronous. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
