/**
 * A form's save that keeps her text when the studio server cannot be reached: the copy goes to
 * localStorage at once, and the save is tried again by itself on the assessment autosave's
 * schedule (2, 4, 8, then every 15 seconds) until it goes through, when the copy is cleared. Any
 * other refusal (a colleague's save, a field main will not take) is handed back to the form as
 * it is and not tried again; a copy already kept stays until a save goes through or she discards.
 */
import type { AppErrorShape, Result } from '../../shared/errors';
import { clearKeptCopy, writeKeptCopy, type CopyStorage } from './kept-copy';
import { SaveScheduler, type SendOutcome } from './save-scheduler';

/** The same waits as the assessment autosave's while the server is away. */
export const KEPT_RETRY_MS = 2000;
export const KEPT_MAX_RETRY_MS = 15_000;

export interface KeptSaveState {
  /** A save is on its way. */
  readonly busy: boolean;
  /** The last try could not reach the server: her text is kept here and tried again. */
  readonly away: boolean;
  /** A copy of her text is in this computer's storage, waiting for a save to go through. */
  readonly kept: boolean;
}

export interface KeptSaveOptions<V, T> {
  /** The localStorage key of this record's copy. */
  readonly key: string;
  readonly send: (values: V, baseUpdatedAt: string | null) => Promise<Result<T>>;
  readonly onSaved: (saved: T) => void;
  readonly onRefused: (error: AppErrorShape) => void;
  readonly onState: (state: KeptSaveState) => void;
  readonly storage?: CopyStorage | null;
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
}

export class KeptSave<V, T> {
  private pending: { readonly values: V; readonly base: string | null } | null = null;
  /** The newest values and stamp a copy is kept with, once one exists. */
  private kept: { values: V; base: string | null } | null;
  private state: KeptSaveState;
  /** Counts discards, so the answer to a try sent before one changes nothing. */
  private discards = 0;
  private readonly scheduler: SaveScheduler;

  /** `restored`: the form opened from a copy kept earlier, with the stamp it was kept on. */
  constructor(
    private readonly options: KeptSaveOptions<V, T>,
    restored: { values: V; base: string | null } | null = null,
  ) {
    this.kept = restored;
    this.state = { busy: false, away: false, kept: restored !== null };
    this.scheduler = new SaveScheduler({
      hasPending: () => this.pending !== null,
      sendOnce: () => this.sendOnce(),
      pauseMs: 0,
      retryMs: options.retryMs ?? KEPT_RETRY_MS,
      maxRetryMs: options.maxRetryMs ?? KEPT_MAX_RETRY_MS,
    });
  }

  /** Sends these values on top of `base`; resolves once this try has answered. */
  async save(values: V, base: string | null): Promise<void> {
    this.pending = { values, base };
    if (this.kept) this.keep(values, base);
    this.scheduler.resume();
    await this.scheduler.flush();
  }

  /** She typed: a kept copy follows her typing, and a save still to be tried sends the newest. */
  edited(values: V): void {
    if (this.pending) this.pending = { ...this.pending, values };
    if (this.kept) this.keep(values, this.kept.base);
  }

  /** She chose to throw her changes away: no copy, no more tries. */
  discard(): void {
    this.discards += 1;
    this.pending = null;
    this.kept = null;
    this.scheduler.stop();
    clearKeptCopy(this.options.key, this.options.storage);
    this.setState({ busy: false, away: false, kept: false });
  }

  /** The form is gone: tries stop, the copy stays for when she comes back. */
  stop(): void {
    this.scheduler.stop();
  }

  private async sendOnce(): Promise<SendOutcome> {
    const sending = this.pending;
    if (!sending) return 'sent';
    this.setState({ ...this.state, busy: true });
    const discards = this.discards;
    const result = await this.options.send(sending.values, sending.base);
    if (this.discards !== discards) return 'stopped';
    if (result.ok) return this.done(result.value);
    if (result.error.code === 'unavailable') {
      // Kept now, not when she leaves: the window may be closed before then.
      this.keep(this.pending?.values ?? sending.values, sending.base);
      this.setState({ busy: false, away: true, kept: true });
      return 'failed';
    }
    this.pending = null;
    this.setState({ ...this.state, busy: false, away: false });
    this.options.onRefused(result.error);
    return 'refused';
  }

  private done(saved: T): SendOutcome {
    this.pending = null;
    this.kept = null;
    clearKeptCopy(this.options.key, this.options.storage);
    this.setState({ busy: false, away: false, kept: false });
    this.options.onSaved(saved);
    return 'sent';
  }

  private keep(values: V, base: string | null): void {
    this.kept = { values, base };
    writeKeptCopy(this.options.key, values, base, { storage: this.options.storage });
  }

  private setState(state: KeptSaveState): void {
    const { busy, away, kept } = this.state;
    if (state.busy === busy && state.away === away && state.kept === kept) return;
    this.state = state;
    this.options.onState(state);
  }
}
