import type { DataAccess } from '../data-access';

const queues = new WeakMap<DataAccess, Promise<unknown>>();

/**
 * Runs backup and restore work one at a time per data folder. Closing the database aborts a
 * backup in flight, and two copies into the same folders would trip over each other's files, so a
 * quit backup waits for a running daily one, and a restore for both.
 */
export function exclusive<T>(data: DataAccess, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(data) ?? Promise.resolve();
  const run = previous.then(task);
  queues.set(
    data,
    run.catch(() => undefined),
  );
  return run;
}
