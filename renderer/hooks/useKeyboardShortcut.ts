import { useEffect, useRef } from 'react';

/** How the command key is written on this keyboard, for hints next to buttons. */
export const commandKeyName = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl';

/**
 * Ctrl+key on Windows and Linux, Cmd+key on macOS. Either modifier is accepted everywhere so
 * the shortcut also works on a Mac keyboard plugged into a PC, and the reverse.
 */
export function useCommandShortcut(key: string, onPress: () => void, enabled = true): void {
  const latest = useLatest(onPress);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== key) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key, enabled, latest]);
}

export function useEscapeKey(onPress: () => void, enabled = true): void {
  const latest = useLatest(onPress);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, latest]);
}

/** Keeps the newest callback without re-subscribing the listener on every render. */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
