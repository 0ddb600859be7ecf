/**
 * The presentation's keys: the arrows move between sections and Escape leaves. An arrow pressed
 * in a control that uses arrows itself (the slider, a date list) is left to that control.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

const OWN_ARROWS = 'input, select, textarea, [role="slider"], [role="radiogroup"]';

export function useSectionKeys(handlers: {
  onPrevious: () => void;
  onNext: () => void;
  onLeave: () => void;
}): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        latest.current.onLeave();
        return;
      }
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      if (event.target instanceof Element && event.target.closest(OWN_ARROWS)) return;
      event.preventDefault();
      if (event.key === 'ArrowRight') latest.current.onNext();
      else latest.current.onPrevious();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
