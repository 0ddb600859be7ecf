/**
 * Her unsaved text from a save refused because the draft was changed elsewhere (a colleague, or
 * another window). It is kept apart from the local copy: opening the draft again must show what
 * was saved elsewhere, so her text is offered back rather than put over it unseen. Keyed by
 * assessment and revision, like the local copy.
 */
import type { FormDoc } from './form-store';
import { isFormDoc, writeLocalCopy } from './local-copy';

export interface SetAsideCopy {
  readonly v: 1;
  readonly doc: FormDoc;
  /** When she last typed in it (ms since epoch). */
  readonly changedAt: number;
  /** Main's refusal as it was worded: who saved the draft, and when. */
  readonly conflict: string;
  /** She chose to put it back: the next opening of the form does. */
  readonly putBack: boolean;
  /**
   * Text set aside before this and not yet put back or discarded (she typed on in the reopened
   * form and was refused again): offered once this one is dealt with.
   */
  readonly earlier: SetAsideCopy | null;
}

/** Refusals kept per revision; beyond this the oldest goes, so storage stays bounded. */
const MAX_KEPT = 5;

const PREFIX = 'stance:assessment-set-aside:';
const keyFor = (id: string, revision: number) => `${PREFIX}${id}:${revision}`;

/** Sent on the window when a copy is set aside, for a form that opened while the save was out. */
export const SET_ASIDE_EVENT = 'stance:assessment-set-aside';

function store(id: string, revision: number, copy: SetAsideCopy | null): void {
  try {
    if (copy) localStorage.setItem(keyFor(id, revision), JSON.stringify(limited(copy, MAX_KEPT)));
    else localStorage.removeItem(keyFor(id, revision));
  } catch {
    // Storage full or blocked: her text is still on screen to copy, as before copies were kept.
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(SET_ASIDE_EVENT));
}

export function setAside(
  id: string,
  revision: number,
  doc: FormDoc,
  changedAt: number,
  conflict: string,
): void {
  const earlier = readSetAside(id, revision);
  store(id, revision, { v: 1, doc, changedAt, conflict, putBack: false, earlier });
}

/**
 * What she typed into the refused form after the refusal: it replaces the copy set aside, keeping
 * her choice to put it back if she already made it.
 */
export function updateSetAside(
  id: string,
  revision: number,
  doc: FormDoc,
  changedAt: number,
  conflict: string,
): void {
  const kept = readSetAside(id, revision);
  store(id, revision, {
    v: 1,
    doc,
    changedAt,
    conflict: kept?.conflict ?? conflict,
    putBack: kept?.putBack ?? false,
    earlier: kept?.earlier ?? null,
  });
}

export function readSetAside(id: string, revision: number): SetAsideCopy | null {
  try {
    const text = localStorage.getItem(keyFor(id, revision));
    return text ? parseCopy(JSON.parse(text), MAX_KEPT) : null;
  } catch {
    return null;
  }
}

function parseCopy(value: unknown, depth: number): SetAsideCopy | null {
  if (depth === 0 || typeof value !== 'object' || value === null) return null;
  const parsed = value as Partial<Record<keyof SetAsideCopy, unknown>>;
  if (
    parsed.v !== 1 ||
    !isFormDoc(parsed.doc) ||
    typeof parsed.changedAt !== 'number' ||
    typeof parsed.conflict !== 'string'
  ) {
    return null;
  }
  return {
    v: 1,
    doc: parsed.doc,
    changedAt: parsed.changedAt,
    conflict: parsed.conflict,
    putBack: parsed.putBack === true,
    earlier: parseCopy(parsed.earlier, depth - 1),
  };
}

function limited(copy: SetAsideCopy, count: number): SetAsideCopy {
  const earlier = count > 1 && copy.earlier ? limited(copy.earlier, count - 1) : null;
  return { ...copy, earlier };
}

/** Her choice "Discard my text": the newest copy goes, and any earlier one is offered next. */
export function discardSetAside(id: string, revision: number): void {
  store(id, revision, readSetAside(id, revision)?.earlier ?? null);
}

/** Her choice "Put my text back"; the form is then opened again to do it. */
export function markForPutBack(id: string, revision: number): void {
  const copy = readSetAside(id, revision);
  if (copy) store(id, revision, { ...copy, putBack: true });
}

/**
 * The copy she chose to put back, as the document to open with: on top of the draft as saved now
 * (`serverUpdatedAt`, read after her choice), so its first save replaces the other version by her
 * choice, and is refused again if the draft moves on once more. It becomes the ordinary local copy
 * until that save lands.
 */
export function takePutBack(
  id: string,
  revision: number,
  serverUpdatedAt: string,
): { doc: FormDoc; restored: true; onTopOf: string } | null {
  const copy = readSetAside(id, revision);
  if (!copy?.putBack) return null;
  writeLocalCopy(id, revision, copy.doc, serverUpdatedAt);
  store(id, revision, copy.earlier);
  return { doc: copy.doc, restored: true, onTopOf: serverUpdatedAt };
}

/**
 * Drops the copies of an assessment's revisions that cannot be edited any more: all but the draft
 * revision `keep` (null: the assessment is finalized, discarded or erased).
 */
export function dropSetAsideOf(id: string, keep: number | null): void {
  try {
    const prefix = `${PREFIX}${id}:`;
    const keys: string[] = [];
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index);
      if (key?.startsWith(prefix) && key !== (keep === null ? null : keyFor(id, keep))) {
        keys.push(key);
      }
    }
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    // Nothing to do: a leftover copy is only offered, never put back by itself.
  }
}
