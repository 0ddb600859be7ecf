/**
 * A copy of the unsaved document in localStorage, so a reload, a crash or closing the window
 * between two saves loses nothing. Keyed by assessment and revision: an amendment never picks up
 * the text of the revision before it.
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

/** How long edits are gathered before the copy is written while she types. */
export const LOCAL_COPY_MS = 250;

export function writeLocalCopy(
  id: string,
  revision: number,
  doc: FormDoc,
  baseUpdatedAt: string,
  changedAt = Date.now(),
): void {
  const copy: LocalCopy = { v: 1, doc, changedAt, baseUpdatedAt };
  try {
    localStorage.setItem(keyFor(id, revision), JSON.stringify(copy));
  } catch {
    // Storage full or blocked: the autosave still runs, only the safety copy is missing.
  }
}

/**
 * Writes the copy at most every LOCAL_COPY_MS while she types, with the newest document: turning
 * the whole document into JSON and storing it costs more than a key press should. Leaving or
 * hiding the page calls `flush`, which writes at once, so only a crash of the page itself can
 * lose the last fraction of a second (main has everything older than the autosave's wait).
 */
export class CoalescedLocalCopy {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private changedAt: number | null = null;

  constructor(
    id: string,
    revision: number,
    private readonly current: () => { readonly doc: FormDoc; readonly baseUpdatedAt: string },
    private readonly write: (doc: FormDoc, baseUpdatedAt: string, changedAt: number) => void = (
      doc,
      baseUpdatedAt,
      changedAt,
    ) => writeLocalCopy(id, revision, doc, baseUpdatedAt, changedAt),
  ) {}

  get isPending(): boolean {
    return this.changedAt !== null;
  }

  /** When the edit not yet written was made, if there is one. */
  get pendingSince(): number | null {
    return this.changedAt;
  }

  changed(): void {
    this.changedAt = Date.now();
    this.timer ??= setTimeout(() => this.flush(), LOCAL_COPY_MS);
  }

  flush(): void {
    const changedAt = this.changedAt;
    this.cancel();
    if (changedAt === null) return;
    const { doc, baseUpdatedAt } = this.current();
    this.write(doc, baseUpdatedAt, changedAt);
  }

  /** Main has everything: there is nothing left to keep. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.changedAt = null;
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

/** The shape check for a document read back from storage, which may be old or damaged. */
export function isFormDoc(doc: unknown): doc is FormDoc {
  if (typeof doc !== 'object' || doc === null) return false;
  const { assessedOn, body, unparsed } = doc as Partial<Record<keyof FormDoc, unknown>>;
  return (
    typeof assessedOn === 'string' &&
    typeof body === 'object' &&
    body !== null &&
    typeof unparsed === 'object' &&
    unparsed !== null
  );
}

export function readLocalCopy(id: string, revision: number): LocalCopy | null {
  try {
    const text = localStorage.getItem(keyFor(id, revision));
    if (!text) return null;
    const parsed = JSON.parse(text) as Partial<LocalCopy> | null;
    if (parsed?.v !== 1 || !isFormDoc(parsed.doc) || typeof parsed.changedAt !== 'number') {
      return null;
    }
    return {
      v: 1,
      doc: parsed.doc,
      changedAt: parsed.changedAt,
      baseUpdatedAt: String(parsed.baseUpdatedAt ?? ''),
    };
  } catch {
    return null;
  }
}

/**
 * The document to open with: the local copy when it was edited after the server's last save (or
 * was made on top of exactly that save), else the server's. `onTopOf` is the stamp its first save
 * must carry: for a restored copy, the save it was made on, so that if someone else (another
 * window, or in a studio a colleague) saved since, she is told instead of her copy replacing
 * their work unseen.
 */
export function documentToOpen(
  id: string,
  revision: number,
  server: { assessedOn: string; body: AssessmentBody; updatedAt: string },
): { doc: FormDoc; restored: boolean; onTopOf: string } {
  const serverDoc: FormDoc = { assessedOn: server.assessedOn, body: server.body, unparsed: {} };
  const asSaved = { doc: serverDoc, restored: false, onTopOf: server.updatedAt };
  const copy = readLocalCopy(id, revision);
  if (!copy) return asSaved;
  const isNewer =
    copy.changedAt > Date.parse(server.updatedAt) || copy.baseUpdatedAt === server.updatedAt;
  const isSame = JSON.stringify(copy.doc) === JSON.stringify(serverDoc);
  if (!isNewer || isSame) {
    clearLocalCopy(id, revision);
    return asSaved;
  }
  // A copy from before copies recorded their base can only go on top of what is there.
  return { doc: copy.doc, restored: true, onTopOf: copy.baseUpdatedAt || server.updatedAt };
}
