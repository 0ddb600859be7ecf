/**
 * Saves a photo's landmarks a moment after the last change (so a drag or a run of arrow presses
 * is one save), one request at a time, always the newest set. Leaving the page or hiding the
 * window sends what is pending at once.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LandmarkSet } from '../../../../shared/domain/photo-views';
import type { AppErrorShape, Result } from '../../../../shared/errors';
import type { PhotoInfo } from '../../../../shared/channels/photos';
import { invoke } from '../../../api';
import { SaveScheduler, type SendOutcome } from '../../../lib/save-scheduler';

export const SAVE_DELAY_MS = 400;

export type LandmarkSaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; reason: string };

/** Main's refusal in plain words; a finalized assessment gets its own explanation. */
export function saveFailureReason(error: AppErrorShape): string {
  if (error.code === 'conflict')
    return 'this assessment has been finalized, so its photos can no longer change.';
  return error.issues?.[0]?.message ?? error.message;
}

type Send = (landmarks: LandmarkSet) => Promise<Result<PhotoInfo>>;

export class LandmarkSaver {
  private state: LandmarkSaveState = { kind: 'idle' };
  private pending: LandmarkSet | null = null;
  private lastTried: LandmarkSet | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly scheduler = new SaveScheduler({
    hasPending: () => this.pending !== null,
    sendOnce: () => this.sendOnce(),
    pauseMs: SAVE_DELAY_MS,
  });

  constructor(
    private readonly sendToMain: Send,
    private readonly enabled: boolean,
  ) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = () => this.state;

  /** Queues the set; it is sent once changes pause. */
  readonly schedule = (set: LandmarkSet) => {
    if (!this.enabled) return;
    this.pending = set;
    this.scheduler.changed();
  };

  readonly retry = () => {
    if (!this.pending && this.lastTried) this.pending = this.lastTried;
    this.flush();
  };

  /** Sends what is queued now. */
  readonly flush = () => {
    void this.scheduler.flush();
  };

  private async sendOnce(): Promise<SendOutcome> {
    const landmarks = this.pending;
    if (!landmarks) return 'sent';
    this.pending = null;
    this.lastTried = landmarks;
    this.setState({ kind: 'saving' });
    const result = await this.sendToMain(landmarks);
    if (!result.ok) {
      this.setState({ kind: 'failed', reason: saveFailureReason(result.error) });
      return 'refused';
    }
    if (!this.pending) this.setState({ kind: 'saved', at: new Date() });
    return 'sent';
  }

  private setState(next: LandmarkSaveState) {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

export function useLandmarkSaver(photoId: string, enabled: boolean) {
  const [saver] = useState(
    () =>
      new LandmarkSaver(
        (landmarks) => invoke('photos:saveLandmarks', { id: photoId, landmarks }),
        enabled,
      ),
  );
  const state = useSyncExternalStore(saver.subscribe, saver.get);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saver.flush();
    };
    window.addEventListener('pagehide', saver.flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', saver.flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Moving to another page of the app: what is pending still goes.
      saver.flush();
    };
  }, [saver]);

  return { state, saver };
}
