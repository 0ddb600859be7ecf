import { useCallback, useEffect, useState, type RefObject } from 'react';

export interface ScrollCues {
  /** More of the row lies off to the left. */
  readonly before: boolean;
  /** More of the row lies off to the right. */
  readonly after: boolean;
}

/** Whether a sideways-scrolling row has more to show on either side, kept up as it scrolls or resizes. */
export function useScrollCues(ref: RefObject<HTMLElement | null>): ScrollCues {
  const [cues, setCues] = useState<ScrollCues>({ before: false, after: false });
  const measure = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    // A pixel of rounding at either end is not "more".
    const before = element.scrollLeft > 1;
    const after = element.scrollLeft + element.clientWidth < element.scrollWidth - 1;
    setCues((previous) =>
      previous.before === before && previous.after === after ? previous : { before, after },
    );
  }, [ref]);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const resizes = new ResizeObserver(measure);
    resizes.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      resizes.disconnect();
    };
  }, [ref, measure]);
  return cues;
}
