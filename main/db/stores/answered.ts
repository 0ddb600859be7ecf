/** Runs a synchronous SQLite call as a store's promise; a throw becomes a rejection. */
export const answered = <T>(work: () => T): Promise<T> => new Promise((resolve) => resolve(work()));
