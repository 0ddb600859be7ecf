/**
 * The list of sections, kept in view while the form scrolls. Buttons, not links: a "#…" link would
 * change the hash route and leave the page.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { SectionId } from './Section';
import { SECTIONS, sectionElementId, sectionHeadingId } from './Section';

export function SectionNav({ children }: { children?: ReactNode }) {
  const current = useCurrentSection();
  const goTo = (id: SectionId) => {
    document.getElementById(sectionElementId(id))?.scrollIntoView({ block: 'start' });
    document.getElementById(sectionHeadingId(id))?.focus({ preventScroll: true });
  };
  return (
    <nav className="ae-nav" aria-label="Assessment sections">
      {children}
      <ol className="ae-nav-list">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              className="ae-nav-item"
              aria-current={current === section.id ? 'location' : undefined}
              onClick={() => goTo(section.id)}
            >
              {section.title}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
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
