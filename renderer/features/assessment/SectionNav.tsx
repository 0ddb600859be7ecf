/**
 * The list of sections, kept in view while the form scrolls. Buttons, not links: a "#…" link would
 * change the hash route and leave the page.
 */
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useScrollCues } from '../../hooks/useScrollCues';
import type { SectionId } from './Section';
import { SECTIONS, sectionElementId, sectionHeadingId } from './Section';

export function SectionNav({ children }: { children?: ReactNode }) {
  const current = useCurrentSection();
  const list = useRef<HTMLOListElement>(null);
  const cues = useScrollCues(list);
  useKeepInView(list, current);
  const goTo = (id: SectionId) => {
    document.getElementById(sectionElementId(id))?.scrollIntoView({ block: 'start' });
    document.getElementById(sectionHeadingId(id))?.focus({ preventScroll: true });
  };
  // A narrow window shows the list as one row that scrolls sideways; the arrows say there is more.
  const slide = (direction: 1 | -1) => {
    const element = list.current;
    if (element) element.scrollBy({ left: direction * element.clientWidth * 0.7 });
  };
  return (
    <nav className="ae-nav" aria-label="Assessment sections">
      {children}
      <div
        className="ae-nav-scroller"
        data-more-before={cues.before || undefined}
        data-more-after={cues.after || undefined}
      >
        <ol className="ae-nav-list" ref={list}>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <button
                type="button"
                className="ae-nav-item"
                data-section={section.id}
                aria-current={current === section.id ? 'location' : undefined}
                onClick={() => goTo(section.id)}
              >
                {section.title}
              </button>
            </li>
          ))}
        </ol>
        {/* For the pointer only: Tab already walks the list, and each button scrolls into view. */}
        {cues.before && (
          <button
            type="button"
            className="ae-nav-more ae-nav-more-before"
            tabIndex={-1}
            aria-hidden="true"
            title="Earlier sections"
            onClick={() => slide(-1)}
          >
            <Chevron direction="left" />
          </button>
        )}
        {cues.after && (
          <button
            type="button"
            className="ae-nav-more ae-nav-more-after"
            tabIndex={-1}
            aria-hidden="true"
            title="More sections"
            onClick={() => slide(1)}
          >
            <Chevron direction="right" />
          </button>
        )}
      </div>
    </nav>
  );
}

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path
        d={direction === 'left' ? 'M10 3L5 8l5 5' : 'M6 3l5 5-5 5'}
        stroke="currentColor"
        strokeWidth="1.8"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** In the one-row list, the section on screen is scrolled into the row's view as the form moves. */
function useKeepInView(list: RefObject<HTMLOListElement | null>, current: SectionId) {
  useEffect(() => {
    const row = list.current;
    const item = row?.querySelector<HTMLElement>(`[data-section="${current}"]`);
    if (!row || !item || row.scrollWidth <= row.clientWidth) return;
    const left = item.offsetLeft - row.offsetLeft;
    const right = left + item.offsetWidth;
    // Room for the arrow drawn over each end of the row.
    const margin = 40;
    if (left - margin < row.scrollLeft) row.scrollTo({ left: Math.max(0, left - margin) });
    else if (right + margin > row.scrollLeft + row.clientWidth) {
      row.scrollTo({ left: right + margin - row.clientWidth });
    }
  }, [list, current]);
}

/** The section whose top has most recently passed the upper part of the window. */
function useCurrentSection(): SectionId {
  const [current, setCurrent] = useState<SectionId>('client');
  useEffect(() => {
    const visible = new Map<string, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) visible.set(entry.target.id, entry.isIntersecting);
        const first = SECTIONS.find((section) => visible.get(sectionElementId(section.id)));
        if (first) setCurrent(first.id);
      },
      { rootMargin: '-15% 0px -60% 0px' },
    );
    for (const section of SECTIONS) {
      const element = document.getElementById(sectionElementId(section.id));
      if (element) observer.observe(element);
    }
    return () => observer.disconnect();
  }, []);
  return current;
}
