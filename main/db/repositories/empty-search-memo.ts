import type { Db } from '../connection';

/**
 * The last search on a connection that found no client at all. Typing on after it only narrows
 * ("tomasz n", then "tomasz no"): each word of the old search is the start of a word of the new
 * one, so every client the new one could find, the old one would have found too. Answering those
 * keys from memory matters because a search that finds nobody is the dearest one: two words each
 * shared by thousands of clients that no client has together (a common first name and the start
 * of a surname none of them bears) are walked to the end of the shorter list, which grows with
 * the records, where a search that finds a page stops at the page. Forgotten as soon as the file
 * changes.
 */
interface EmptySearch {
  readonly words: readonly string[];
  readonly archived: boolean;
  readonly fileState: string;
}

const lastEmpty = new WeakMap<Db, EmptySearch>();

/** Moves whenever anything is written: data_version for other connections, total_changes for this one. */
function fileState(db: Db): string {
  const otherWrites = db.pragma('data_version', { simple: true }) as number;
  const ownWrites = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${otherWrites}:${ownWrites}`;
}

/** Whether a search for `words` is known to find no client, from an earlier search that found none. */
export function knownToFindNobody(db: Db, words: readonly string[], archived: boolean): boolean {
  const last = lastEmpty.get(db);
  return (
    last !== undefined &&
    last.archived === archived &&
    last.words.every((old) => words.some((word) => word.startsWith(old))) &&
    last.fileState === fileState(db)
  );
}

export function rememberFoundNobody(db: Db, words: readonly string[], archived: boolean): void {
  lastEmpty.set(db, { words, archived, fileState: fileState(db) });
}
