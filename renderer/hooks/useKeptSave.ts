/**
 * A form's save, kept on this computer while the studio server cannot be reached and tried again
 * by itself (see lib/kept-save). The form reopens from `restored` when a copy was kept before.
 */
import { useEffect, useRef, useState } from 'react';
import type { AppErrorShape, Result } from '../../shared/errors';
import { KeptSave, type KeptSaveState } from '../lib/kept-save';

export interface KeptSaveHookOptions<V, T> {
  readonly storageKey: string;
  readonly send: (values: V, baseUpdatedAt: string | null) => Promise<Result<T>>;
  readonly onSaved: (saved: T) => void;
  readonly onRefused: (error: AppErrorShape) => void;
  readonly restored?: { readonly values: V; readonly base: string | null } | null;
}

export interface KeptSaveControls<V> extends KeptSaveState {
  readonly save: (values: V, baseUpdatedAt: string | null) => Promise<void>;
  readonly edited: (values: V) => void;
  readonly discard: () => void;
}

export function useKeptSave<V, T>(options: KeptSaveHookOptions<V, T>): KeptSaveControls<V> {
  const latestRef = useRef(options);
  useEffect(() => {
    latestRef.current = options;
  });
  const [state, setState] = useState<KeptSaveState>({
    busy: false,
    away: false,
    kept: Boolean(options.restored),
  });
  const saverRef = useRef<KeptSave<V, T> | null>(null);
  const { storageKey } = options;

  useEffect(() => {
    const { restored } = latestRef.current;
    const saver = new KeptSave<V, T>(
      {
        key: storageKey,
        send: (values, base) => latestRef.current.send(values, base),
        onSaved: (saved) => latestRef.current.onSaved(saved),
        onRefused: (error) => latestRef.current.onRefused(error),
        onState: setState,
      },
      restored ? { values: restored.values, base: restored.base } : null,
    );
    saverRef.current = saver;
    // Leaving the page stops the tries; the kept copy waits for her to come back.
    return () => saver.stop();
  }, [storageKey]);

  // The same functions every render, so a form can follow its values with an effect.
  const [actions] = useState(() => ({
    save: (values: V, base: string | null) =>
      saverRef.current?.save(values, base) ?? Promise.resolve(),
    edited: (values: V) => saverRef.current?.edited(values),
    discard: () => saverRef.current?.discard(),
  }));
  return { ...state, ...actions };
}
