/** How a SQLite store runs one synchronous repository call as its promise. */
export type Run = <T>(work: () => T) => Promise<T>;

/** Runs a synchronous SQLite call as a store's promise; a throw becomes a rejection. */
export const answered: Run = <T>(work: () => T): Promise<T> =>
  new Promise((resolve) => resolve(work()));
