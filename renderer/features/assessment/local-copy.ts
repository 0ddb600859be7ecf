/**
 * A copy of the unsaved document in localStorage, written on every edit, so a reload, a crash or
 * closing the window between two saves loses nothing. Keyed by assessment and revision: an
 * amendment never picks up the text of the revision before it.
 */
import type { AssessmentBody } from '../../../shared/domain/clinical';
import type { FormDoc } from './form-store';

interface LocalCopy {
  readonly v: 1;
  readonly doc: FormDoc;
  /** When it was last edited (ms since epoch). */
  readonly changedAt: number;
  /** The server's updatedAt the copy was made on top of. */
  readonly baseUpdatedAt: string;
}

const keyFor = (id: string, revision: number) => `stance:assessment-draft:${id}:${revision}`;

export function writeLocalCopy(
  id: string,
  revision: number,
  doc: FormDoc,
  baseUpdatedAt: string,
): void {
  const copy: LocalCopy = { v: 1, doc, changedAt: Date.now(), baseUpdatedAt };
  try {
    localStorage.setItem(keyFor(id, revision), JSON.stringify(copy));
  } catch {
    // Storage full or blocked: the autosave still runs, only the safety copy is missing.
  }
}

/** Keeps the copy but records that the server now has everything except the held-back fields. */
export function rebaseLocalCopy(id: string, revision: number, baseUpdatedAt: string): void {
  const copy = readLocalCopy(id, revision);
  if (!copy) return;
  try {
    localStorage.setItem(keyFor(id, revision), JSON.stringify({ ...copy, baseUpdatedAt }));
  } catch {
    // As above.
  }
}

export function clearLocalCopy(id: string, revision: number): void {
  try {
    localStorage.removeItem(keyFor(id, revision));
  } catch {
    // Nothing to do: a leftover copy is only used when newer than the server's.
  }
}

function readLocalCopy(id: string, revision: number): LocalCopy | null {
  try {
    const text = localStorage.getItem(keyFor(id, revision));
    if (!text) return null;
    const parsed = JSON.parse(text) as Partial<LocalCopy> | null;
    const doc = parsed?.doc;
    const isDoc =
      typeof doc === 'object' &&
      doc !== null &&
      typeof doc.assessedOn === 'string' &&
      typeof doc.body === 'object' &&
      doc.body !== null &&
      typeof doc.unparsed === 'object' &&
      doc.unparsed !== null;
    if (parsed?.v !== 1 || !isDoc || typeof parsed.changedAt !== 'number') return null;
    return {
      v: 1,
      doc,
      changedAt: parsed.changedAt,
      baseUpdatedAt: String(parsed.baseUpdatedAt ?? ''),
    };
  } catch {
    return null;
  }
}

/**
 * The document to open with: the local copy when it was edited after the server's last save (or
 * was made on top of exactly that save), else the server's.
 */
export function documentToOpen(
  id: string,
  revision: number,
  server: { assessedOn: string; body: AssessmentBody; updatedAt: string },
): { doc: FormDoc; restored: boolean } {
  const serverDoc: FormDoc = { assessedOn: server.assessedOn, body: server.body, unparsed: {} };
  const copy = readLocalCopy(id, revision);
  if (!copy) return { doc: serverDoc, restored: false };
  const isNewer =
    copy.changedAt > Date.parse(server.updatedAt) || copy.baseUpdatedAt === server.updatedAt;
  const isSame = JSON.stringify(copy.doc) === JSON.stringify(serverDoc);
  if (!isNewer || isSame) {
    clearLocalCopy(id, revision);
    return { doc: serverDoc, restored: false };
  }
  return { doc: copy.doc, restored: true };
}
