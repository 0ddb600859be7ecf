/**
 * The one way a page asks main for something to show: on mount and whenever `key` changes, with
 * any answer for an earlier key dropped, so a slow reply never shows for the wrong thing.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppErrorShape, Result } from '../../shared/errors';

export type Load<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: AppErrorShape };

export function toLoad<T>(result: Result<T>): Load<T> {
  return result.ok
    ? { status: 'ready', value: result.value }
    : { status: 'failed', error: result.error };
}

/**
 * The answer `ask` gave for this `key`, or null until it comes. `reload` asks again and keeps
 * the last answer showing meanwhile; a new key shows nothing until its own answer arrives.
 */
export function useAnswer<A extends object>(
  key: string,
  ask: () => Promise<A>,
): { answer: A | null; reload: () => void } {
  const [answered, setAnswered] = useState<{ key: string; answer: A } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    void ask().then((answer) => {
      if (current) setAnswered({ key, answer });
    });
    return () => {
      current = false;
    };
    // `key` names what is asked; `ask` is a new closure every render and must not ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { answer: answered && answered.key === key ? answered.answer : null, reload };
}

/** One call to main as a Load: loading, ready with its value, or failed with main's error. */
export function useLoad<T>(
  key: string,
  ask: () => Promise<Result<T>>,
): { load: Load<T>; reload: () => void } {
  const { answer, reload } = useAnswer(key, () => ask().then(toLoad));
  return { load: answer ?? { status: 'loading' }, reload };
}
