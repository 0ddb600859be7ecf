/**
 * Saves the draft as it is typed: edits are written to the local copy within a fraction of a
 * second (at once when the page is left or hidden) and sent to main after a short pause (never
 * later than MAX_WAIT_MS after the first unsent edit), one save at a time, with the newest
 * document sent when the one in flight answers.
 */
import type { SavedDraft } from '../../../shared/channels/assessments';
import type { FieldIssue, Result } from '../../../shared/errors';
import type { FormStore } from './form-store';
import { CoalescedLocalCopy, clearLocalCopy, readLocalCopy, rebaseLocalCopy } from './local-copy';
import { setAside, updateSetAside } from './set-aside';
import type { Savable, SavedContent } from './validation';
import { savableContent } from './validation';
import { SaveScheduler, type SendOutcome } from '../../lib/save-scheduler';

const PAUSE_MS = 450;
const MAX_WAIT_MS = 900;
const RETRY_MS = 2000;
/** While the studio server is away: 2, 4, 8, then every 15 seconds, and at once when she types. */
const MAX_RETRY_MS = 15_000;

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string; readonly heldBack: number }
  | {
      readonly kind: 'failed';
      readonly reason: string;
      readonly conflict: boolean;
      /** The studio server could not be reached: her text is kept here and tried again. */
      readonly unreachable: boolean;
    };

/** The save state as a tiny store, so only the indicator re-renders when it changes. */
export class SaveStatusStore {
  private status: SaveStatus;
  private readonly listeners = new Set<() => void>();

  constructor(initial: SaveStatus) {
    this.status = initial;
  }

  readonly get = (): SaveStatus => this.status;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly set = (status: SaveStatus): void => {
    // Every keystroke reports "saving"; only a change of state is worth a render.
    if (status.kind === 'saving' && this.status.kind === 'saving') return;
    this.status = status;
    for (const listener of [...this.listeners]) listener();
  };
}

export interface SaveRequest extends SavedContent {
  readonly id: string;
  readonly revision: number;
  /** The server's updatedAt this document was edited on top of: main refuses it if moved on. */
  readonly expectedUpdatedAt: string;
}

export interface AutosaverOptions {
  readonly store: FormStore;
  readonly id: string;
  readonly revision: number;
  readonly lastSaved: SavedContent;
  readonly serverUpdatedAt: string;
  readonly send: (request: SaveRequest) => Promise<Result<SavedDraft>>;
  readonly onStatus: (status: SaveStatus) => void;
}

export class Autosaver {
  private lastSaved: SavedContent;
  private baseUpdatedAt: string;
  private savedVersion: number;
  private locked = false;
  /** Main's words when it refused the draft as changed elsewhere; her text is then set aside. */
  private conflict: string | null = null;
  /** False while a field is held back or the last save failed: not everything is in main. */
  private lastStatusOk = true;
  private unsubscribe: (() => void) | null = null;
  private readonly localCopy: CoalescedLocalCopy;
  /** What she types into the form after a refusal, kept with the text set aside. */
  private readonly setAsideCopy: CoalescedLocalCopy;
  private readonly scheduler = new SaveScheduler({
    hasPending: () => this.hasUnsavedChanges && !this.locked,
    sendOnce: () => this.sendOnce(),
    pauseMs: PAUSE_MS,
    maxWaitMs: MAX_WAIT_MS,
    retryMs: RETRY_MS,
    maxRetryMs: MAX_RETRY_MS,
  });

  constructor(private readonly options: AutosaverOptions) {
    this.lastSaved = options.lastSaved;
    this.baseUpdatedAt = options.serverUpdatedAt;
    this.savedVersion = options.store.get().version;
    this.localCopy = new CoalescedLocalCopy(options.id, options.revision, () => ({
      doc: options.store.get().doc,
      baseUpdatedAt: this.baseUpdatedAt,
    }));
    this.setAsideCopy = new CoalescedLocalCopy(
      options.id,
      options.revision,
      () => ({ doc: options.store.get().doc, baseUpdatedAt: this.baseUpdatedAt }),
      (doc, _base, changedAt) =>
        updateSetAside(options.id, options.revision, doc, changedAt, this.conflict ?? ''),
    );
  }

  /** Starts listening; a document restored from the local copy is saved straight away. */
  start(restored: boolean): void {
    this.scheduler.resume();
    this.unsubscribe = this.options.store.subscribe(this.onStoreChange);
    if (restored) {
      this.savedVersion = -1;
      this.options.onStatus({ kind: 'saving' });
      void this.scheduler.flush();
    }
  }

  stop(): void {
    this.localCopy.flush();
    this.setAsideCopy.flush();
    this.scheduler.stop();
    this.unsubscribe?.();
  }

  get hasUnsavedChanges(): boolean {
    return this.options.store.get().version !== this.savedVersion;
  }

  /**
   * For leaving or hiding the page: writes the local copy and sends now, even with a save in
   * flight, since there may be no later.
   */
  flushNow(): void {
    this.localCopy.flush();
    this.setAsideCopy.flush();
    this.scheduler.sendNow();
  }

  /** Saves anything pending and resolves once main has it all (true) or refused it (false). */
  async settle(): Promise<boolean> {
    await this.scheduler.flush();
    return !this.locked && !this.hasUnsavedChanges && this.lastStatusOk;
  }

  private readonly onStoreChange = (): void => {
    if (this.locked) {
      if (this.conflict !== null) this.setAsideCopy.changed();
      return;
    }
    const { version } = this.options.store.get();
    if (version === this.savedVersion) return;
    this.localCopy.changed();
    this.options.onStatus({ kind: 'saving' });
    this.scheduler.changed();
  };

  private async sendOnce(): Promise<SendOutcome> {
    const { store, id, revision } = this.options;
    const { doc, version, refused } = store.get();
    const content = savableContent(id, revision, doc, this.lastSaved, { refused });
    const sendOnTopOf = (expectedUpdatedAt: string) =>
      this.options.send({
        id,
        revision,
        expectedUpdatedAt,
        assessedOn: content.assessedOn,
        body: content.body,
      });
    const base = this.baseUpdatedAt;
    let result = await sendOnTopOf(base);
    if (!result.ok && result.error.code === 'conflict' && this.baseUpdatedAt !== base) {
      // Sent beside a save of ours that landed first (leaving or hiding the page sends at once):
      // the draft moved on by our own hand, so this newer document goes on top of it.
      result = await sendOnTopOf(this.baseUpdatedAt);
    }
    if (result.ok) {
      this.saved(content, version, result.value.updatedAt);
      return 'sent';
    }
    const { error } = result;
    this.lastStatusOk = false;
    if (error.code === 'invalid-input' && error.issues?.length) {
      // Main refused a field the form let through: show it there and save the rest without it.
      const refusedByMain = byKey(error.issues);
      store.setServerIssues(refusedByMain);
      const retry = savableContent(id, revision, doc, this.lastSaved, {
        refused,
        alsoRefused: Object.keys(refusedByMain),
      });
      const again = await this.options.send({
        id,
        revision,
        expectedUpdatedAt: this.baseUpdatedAt,
        ...retry,
      });
      if (again.ok) {
        this.saved(retry, version, again.value.updatedAt, refusedByMain);
        return 'sent';
      }
    }
    const unreachable = error.code === 'unavailable';
    // Kept on this computer now, not after the copy's usual pause: the server may be away long.
    if (unreachable) this.localCopy.flush();
    if (error.code === 'conflict' || error.code === 'not-found') this.locked = true;
    if (error.code === 'conflict') {
      // Her text stays on screen, and is set aside rather than kept as the local copy: a reload
      // must show the draft as saved elsewhere, and offer hers back instead of putting it over it
      // unseen. The refusal may come as the page goes, so it is kept now.
      this.conflict = error.message;
      const typedAt =
        this.localCopy.pendingSince ?? readLocalCopy(id, revision)?.changedAt ?? Date.now();
      this.localCopy.cancel();
      clearLocalCopy(id, revision);
      setAside(id, revision, store.get().doc, typedAt, error.message);
    }
    this.options.onStatus({
      kind: 'failed',
      reason: error.message,
      conflict: this.locked,
      unreachable,
    });
    // A refused document waits for her next edit; a failure to reach main is tried again.
    if (this.locked) return 'stopped';
    return error.code === 'invalid-input' ? 'refused' : 'failed';
  }

  private saved(
    content: Savable,
    version: number,
    updatedAt: string,
    refused: Record<string, string> = {},
  ): void {
    const { store, id, revision } = this.options;
    this.lastSaved = { assessedOn: content.assessedOn, body: content.body };
    this.baseUpdatedAt = updatedAt;
    this.savedVersion = version;
    const current = store.get();
    const notSaved = content.heldBack.length + Object.keys(current.doc.unparsed).length;
    this.lastStatusOk = notSaved === 0;
    const everythingSaved = current.version === version && notSaved === 0;
    if (everythingSaved) {
      this.localCopy.cancel();
      clearLocalCopy(id, revision);
    } else if (!this.localCopy.isPending) {
      rebaseLocalCopy(id, revision, updatedAt);
    }
    store.setServerIssues(refused);
    if (current.version === version) {
      this.options.onStatus({ kind: 'saved', at: updatedAt, heldBack: notSaved });
    }
  }
}

function byKey(issues: readonly FieldIssue[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of issues) messages[issue.path] ??= issue.message;
  return messages;
}
