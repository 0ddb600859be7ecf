/**
 * The one "save as she types" timing, used by the assessment form, the photo annotator and
 * Settings: a change is sent once typing pauses (never later than `maxWaitMs` after the first
 * unsent change), one save at a time, and whatever changed while a save was on its way goes
 * straight after it. The owner keeps what is pending; the scheduler only decides when to send.
 */

/**
 * What one attempt came to: sent; failed on the way (worth trying again by itself); refused as
 * it stands (wait for her next change or "Try again"); or never again (the record is locked).
 */
export type SendOutcome = 'sent' | 'failed' | 'refused' | 'stopped';

export interface SaveSchedulerOptions {
  /** True while something she changed has not reached main. */
  readonly hasPending: () => boolean;
  /** Sends what is pending now, once. */
  readonly sendOnce: () => Promise<SendOutcome>;
  readonly pauseMs: number;
  readonly maxWaitMs?: number;
  /** After a failure on the way, tries again by itself this much later. */
  readonly retryMs?: number;
  /**
   * With this set, each failure in a row doubles the wait before the next try, up to this much:
   * a server that is away for a while is not asked every few seconds.
   */
  readonly maxRetryMs?: number;
}

// A save that keeps failing must not spin: flush gives up after this many in a row.
const FLUSH_ATTEMPTS = 5;

export class SaveScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstUnsentAt: number | null = null;
  private inFlight: Promise<SendOutcome> | null = null;
  private stopped = false;
  private failuresInARow = 0;

  constructor(private readonly options: SaveSchedulerOptions) {}

  /** Something changed: it is sent after the pause. */
  changed(): void {
    if (this.stopped) return;
    const now = Date.now();
    this.firstUnsentAt ??= now;
    const { pauseMs, maxWaitMs } = this.options;
    const wait =
      maxWaitMs === undefined
        ? pauseMs
        : Math.max(0, Math.min(pauseMs, this.firstUnsentAt + maxWaitMs - now));
    this.wakeAfter(wait);
  }

  /**
   * Sends what is pending now, after any save in flight, and resolves once nothing is pending
   * (true) or a save failed (false).
   */
  async flush(): Promise<boolean> {
    this.clearTimer();
    for (let attempt = 0; attempt < FLUSH_ATTEMPTS; attempt += 1) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (this.stopped) return false;
      if (!this.options.hasPending()) return true;
      if ((await this.run()) !== 'sent') return false;
    }
    return !this.options.hasPending();
  }

  /**
   * For a page being left or hidden: sends at once even beside a save in flight, since there
   * may be no later turn.
   */
  sendNow(): void {
    this.clearTimer();
    if (this.stopped || !this.options.hasPending()) return;
    void this.run();
  }

  /** No more sending: the page is gone or what it saves can no longer change. */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  /** Sending again after stop(), for a page shown again. */
  resume(): void {
    this.stopped = false;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  private run(): Promise<SendOutcome> {
    this.firstUnsentAt = null;
    const run = this.options.sendOnce().then((outcome) => {
      if (this.inFlight === run) this.inFlight = null;
      this.afterSend(outcome);
      return outcome;
    });
    this.inFlight = run;
    return run;
  }

  private afterSend(outcome: SendOutcome): void {
    this.failuresInARow = outcome === 'failed' ? this.failuresInARow + 1 : 0;
    if (outcome === 'stopped') return this.stop();
    if (this.stopped || this.timer) return;
    if (outcome === 'failed' && this.options.retryMs !== undefined)
      return this.wakeAfter(this.retryWait(this.options.retryMs));
    if (outcome !== 'sent') return;
    if (this.options.hasPending()) this.wakeAfter(0);
  }

  private retryWait(retryMs: number): number {
    const { maxRetryMs } = this.options;
    if (maxRetryMs === undefined) return retryMs;
    return Math.min(maxRetryMs, retryMs * 2 ** Math.min(this.failuresInARow - 1, 16));
  }

  private wakeAfter(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      // One at a time: the save in flight sends the newest when it answers.
      if (this.inFlight || this.stopped || !this.options.hasPending()) return;
      void this.run();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
